#!/usr/bin/env bash
# Pair practice on two machines when the interviewer leaves mid-interview,
# the mirror of gui_pair_candidate_leaves.sh: Ada hosts as the interviewer,
# Grace joins, asks a question and Ada answers it; then Ada quits (Ctrl+Q).
# Grace's window must say the interview ended early because Ada, the
# interviewer, left; she can still score herself, and her stored copy must
# be finished, say so, and keep her self-score.
# Screenshots of both windows at each step go to SHOTS (default: WORK).
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

PAIR_CHECK="gui pair interviewer leaves"
. "$SRC/tests/pair_windows.sh"

interview_until_first_answer

# Ada leaves in the middle of the interview.
focus host; xdotool key ctrl+q
wait "$host_PID" || fail "the hosting app exited with an error: $(cat "$WORK/host.out")"
HOST_WID=""
at join pair.closed >/dev/null
SAYS="$(label_of join pair.closed)"
shot interviewer-left
[ "$SAYS" = "The interview ended early: Ada, the interviewer, left." ] || fail "Grace's window says '$SAYS'"

# Grace still scores herself on what she did; there is no card of Ada's to set beside it.
for dimension in problem data modelling evaluation communication; do
    click join "scorecard.$dimension.weak"
done
click join scorecard.advance.no
click join scorecard.submit
at join pair.waiting_scorecard >/dev/null
WAITING="$(label_of join pair.waiting_scorecard)"
shot self-scored
case "$WAITING" in "Your self-score is in. Ada left"*) ;; *) fail "after her self-score Grace's window says '$WAITING'" ;; esac
focus join; xdotool key ctrl+q
wait "$join_PID" || fail "the joining app exited with an error: $(cat "$WORK/join.out")"

# Grace's history: her copy finished, ended early because Ada left.
LISTED="$(XDG_DATA_HOME="$WORK/join/data" XDG_CONFIG_HOME="$WORK/join/config" "$BIN" sessions list)"
case "$LISTED" in
    *"finished"*"pair: Ada interviewed you · ended early: Ada left"*) ;;
    *) fail "Grace's sessions list says: $LISTED" ;;
esac
case "$LISTED" in *unfinished*) fail "Grace's session is listed as unfinished: $LISTED" ;; esac
# Read from the store itself: a copy with nothing of the scenario revealed does not export.
CARDS="$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    "SELECT count(*) FROM actions WHERE json LIKE ?", ("%set_scorecard%",)).fetchone()[0])' \
    "$WORK/join/data/rehearse/sessions.db")"
[ "$CARDS" = 1 ] || fail "Grace's stored copy holds $CARDS scorecards, not her self-score"
echo "gui pair interviewer leaves: Grace's window and history say the interview ended early because Ada left, and her self-score is kept: ok"
