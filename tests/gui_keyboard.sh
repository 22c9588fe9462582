#!/usr/bin/env bash
# A whole rehearsal with the keyboard only, as a person without a mouse does
# it (xdotool under Xvfb, the ordinary event-driven loop): in the library type
# "fraud" and press Enter; write notes (the notes have the keyboard on
# entering a stage); jump to the ask box and type ten questions back to back
# with no pause; answer the interviewer's follow-up; move on (answering the
# "before we move on" question first); go through the stages to the end and
# confirm; quit with Ctrl+Q. Then the stored journal must hold every question
# in order, the notes, both answers, the stage moves and the end.
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

. "$SRC/tests/own_display.sh"
require_tool xdotool
WORK="$(mktemp -d)"
XVFB_PID=""
APP=""
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null
    stop_own_display
    rm -rf "$WORK"
}
trap cleanup EXIT
start_own_display

# --quit-after is only a safety net: Ctrl+Q must close the app long before.
start_app_window --width 1440 --height 900 --quit-after 120
# The keyboard goes to the window: no click anywhere in this test.
xdotool windowfocus --sync "$WID" 2>/dev/null || true
key() { xdotool key --clearmodifiers "$1"; }

# Library: typing filters and selects the best match; Enter starts it.
xdotool type --delay 30 "fraud"; sleep 0.3; key Return; sleep 1.5
# Session: the notes have the keyboard on entering a stage.
xdotool type --delay 20 "Start from the decision the score drives: approve, decline or step up."; sleep 0.3
# The ask box, then ten questions with no pause between them.
key ctrl+3; sleep 0.1
questions=(
    "How many transactions per second at peak?"
    "Do we see the shopper's device?"
    "How long until a chargeback arrives?"
    "Which regions do we serve?"
    "What is the latency budget for a decision?"
    "Do we see the merchant category?"
    "Is there a rules engine today?"
    "What does a false decline cost?"
    "Can a reviewer look at flagged payments?"
    "How often can we retrain?"
)
# (xdotool types a newline as a key GLFW does not know: Return is pressed.)
for q in "${questions[@]}"; do xdotool type --delay 12 "$q"; xdotool key --clearmodifiers Return; done
sleep 1.5
# The follow-up raised on entering the stage: Ctrl+2 to its answer box.
key ctrl+2; sleep 0.1
xdotool type --delay 15 "Approve or decline each payment within the checkout."; key ctrl+Return; sleep 1.2
# Move on: nothing above names the fraud base rate, so the interviewer asks
# about it first; Enter answers, where the note about it appeared.
key alt+Right; sleep 1.0
key Return; sleep 0.1
xdotool type --delay 15 "About 0.1 percent of payments."; key ctrl+Return; sleep 1.2
key alt+Right; sleep 1.0
# Through the remaining stages: each move is asked about once, then taken.
for _ in $(seq 1 12); do key alt+Right; sleep 0.7; done
key Return; sleep 1.5  # "End the interview?": Enter ends
key ctrl+q
for _ in $(seq 1 50); do kill -0 "$APP" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$APP" 2>/dev/null; then echo "Ctrl+Q did not quit"; exit 1; fi
wait "$APP" || { echo "the app failed"; exit 1; }
APP=""

"$BIN" sessions export 1 -o "$WORK/session.json" >/dev/null
python3 - "$WORK/session.json" "${questions[@]}" <<'PY'
import json, sys
record = json.load(open(sys.argv[1]))
journal = record["journal"]
want = sys.argv[2:]
asked = [a["question"] for a in journal if a["type"] == "ask_clarification"]
# Notes are journaled as whole texts (set_notes) or as edits of a byte range
# (edit_notes); replaying both gives the text of the first stage's notes.
notes = b""
for a in journal:
    if a.get("stage") != 0:
        continue
    if a["type"] == "set_notes":
        notes = a["text"].encode()
    elif a["type"] == "edit_notes":
        notes = notes[:a["offset"]] + a["insert"].encode() + notes[a["offset"] + a["erase"]:]
notes = notes.decode()
answers = [a["text"] for a in journal if a["type"] == "answer_follow_up"]
moves = [a["stage"] for a in journal if a["type"] == "go_to_stage"]
problems = []
if record.get("scenario", {}).get("id", record.get("scenario_id")) not in (None, "payment-fraud-detection"):
    problems.append(f"scenario: {record.get('scenario_id')}")
if asked != want:
    problems.append(f"questions: {len(asked)} of {len(want)}: {asked}")
if notes != "Start from the decision the score drives: approve, decline or step up.":
    problems.append(f"notes: {notes!r}")
if answers != ["Approve or decline each payment within the checkout.", "About 0.1 percent of payments."]:
    problems.append(f"answers: {answers}")
if moves[:1] != [1] or moves != sorted(moves) or len(moves) < 5:
    problems.append(f"stage moves: {moves}")
if not any(a["type"] == "finish_session" for a in journal):
    problems.append("never finished")
if problems:
    sys.exit("gui keyboard: " + "; ".join(problems))
print(f"gui keyboard: {len(asked)} questions, notes, 2 answers, stages {moves}, finished: ok")
PY
