#!/usr/bin/env bash
# Pair practice on two machines when the candidate leaves mid-interview: two
# app processes under one X server over loopback, driven with xdotool and
# found by widget name. Ada hosts as the interviewer, Grace joins, asks a
# question and Ada answers it; then Grace quits (Ctrl+Q). Ada's window must
# say that the interview ended early because Grace, the candidate, left,
# and Ada's stored history must say the same of the session, which counts
# as finished (she can still score what she saw).
# Screenshots of both windows at each step go to SHOTS (default: WORK).
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

PAIR_CHECK="gui pair candidate leaves"
. "$SRC/tests/pair_windows.sh"

# Ada hosts spam email detection as the interviewer, Grace joins and asks,
# and Ada answers with the volume fact.
interview_until_first_answer

# Grace leaves in the middle of the interview.
focus join; xdotool key ctrl+q
wait "$join_PID" || fail "the joining app exited with an error: $(cat "$WORK/join.out")"
JOIN_WID=""
at host pair.closed >/dev/null
SAYS="$(label_of host pair.closed)"
shot candidate-left
[ "$SAYS" = "The interview ended early: Grace, the candidate, left." ] || fail "Ada's window says '$SAYS'"
focus host; xdotool key ctrl+q
wait "$host_PID" || fail "the hosting app exited with an error: $(cat "$WORK/host.out")"

# Ada's history: the session finished, ended early because Grace left.
LISTED="$(XDG_DATA_HOME="$WORK/host/data" XDG_CONFIG_HOME="$WORK/host/config" "$BIN" sessions list)"
case "$LISTED" in
    *"finished"*"pair: You interviewed Grace · ended early: Grace left"*) ;;
    *) fail "Ada's sessions list says: $LISTED" ;;
esac
case "$LISTED" in *unfinished*) fail "Ada's session is listed as unfinished: $LISTED" ;; esac
echo "gui pair candidate leaves: Ada's window and history say the interview ended early because Grace left: ok"
