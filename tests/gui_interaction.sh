#!/usr/bin/env bash
# The real app driven as a person drives it (xdotool under Xvfb): ask the
# interviewer a question, place a feature-store block and name it, let the
# app exit, then check the stored session holds exactly that: the question
# answered from the right fact, and the block with its full label (the first
# keystroke into a new label used to be lost). Controls are found by their
# names in the app's widget list (--dump-widgets), not by pixel positions,
# so a change of font or layout does not send a click elsewhere.
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

# Clicks a named widget.
click() {
    local at
    at="$(centre_of "$1")" || { echo "gui interaction: $at"; kill "$APP"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $at click 1
}

drive() {
    # Window 1440x900 at a fixed layout. The app is closed with Ctrl+Q once
    # the typing is done; --quit-after only guards against a hang.
    # The ordinary event-driven loop (not --screenshot, which renders
    # continuously), so the test sees what a person's clicks and keys see.
    start_app_window --scenario spam-email-detection --width 1440 --height 900 --quit-after 90 \
        --dump-widgets "$WORK/widgets.json"
    # Held for a while: ImGui 1.86 misses a key pressed and released within one frame.
    press() { xdotool keydown "$1"; sleep 0.25; xdotool keyup "$1"; }
    click session.ask_box; sleep 0.4
    xdotool type --delay 40 "How many emails arrive each day?"; press Return; sleep 0.6
    # The feature-store block in the palette, then a click on the board.
    click canvas.palette.feature_store; sleep 0.4
    # Typing straight after the click: the keys arrive before ImGui has given
    # the new label editor focus, which must not lose or misread them.
    click canvas.board; sleep 0.05
    xdotool type --delay 40 "Velocity features"; press Return; sleep 0.6
    xdotool keydown ctrl; press q; xdotool keyup ctrl
    wait "$APP"
}

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work
drive

"$BIN" sessions export 1 -o "$WORK/session.json" >/dev/null
python3 - "$WORK/session.json" <<'PY'
import json, sys
journal = json.load(open(sys.argv[1]))["journal"]
asked = [a for a in journal if a["type"] == "ask_clarification"]
labels = [a["command"]["text"] for a in journal
          if a["type"] == "canvas_apply" and a["command"].get("op") == "set_label"]
adds = [i["kind"] for a in journal if a["type"] == "canvas_apply" and a["command"].get("op") == "add"
        for i in a["command"]["items"]]
problems = []
if [(a["question"], a["fact"]) for a in asked] != [("How many emails arrive each day?", "volume")]:
    problems.append(f"clarification: {asked}")
if adds != ["feature_store"]:
    problems.append(f"items added: {adds}")
if labels != ["Velocity features"]:
    problems.append(f"labels: {labels}")
if problems:
    sys.exit("gui interaction: " + "; ".join(problems))
print("gui interaction: question answered from 'volume', block labelled 'Velocity features': ok")
PY
