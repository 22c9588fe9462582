#!/usr/bin/env bash
# The canvas history list driven as a person drives it (xdotool under Xvfb):
# two blocks placed and named, then the list opened from the toolbar and the
# oldest step clicked, then opened again with Ctrl+H and the next step taken
# with the arrow keys. The stored journal must hold exactly the undos and
# the redo those take, after the edits, so replay and a partner see them.
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

click() {
    local at
    at="$(centre_of "$1")" || { echo "gui canvas history: $at"; kill "$APP"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $at click 1
}

drive() {
    start_app_window --scenario spam-email-detection --width 1440 --height 900 --quit-after 90 \
        --dump-widgets "$WORK/widgets.json"
    # A short tap: the app's key pacer shows ImGui a key released in the frame
    # it was pressed as down for one frame. Held 0.2 s, a slow frame between
    # keydown and keyup let ImGui count past its 0.275 s repeat delay and take
    # Up twice (three undos and two redos, once in CI).
    press() { xdotool keydown "$1"; sleep 0.05; xdotool keyup "$1"; }
    local bx by
    read -r bx by < <(centre_of canvas.board)
    click canvas.palette.feature_store; sleep 0.4
    xdotool mousemove --window "$WID" $((bx - 200)) "$by" click 1; sleep 0.3
    xdotool type --delay 40 "Velocity features"; press Return; sleep 0.6
    click canvas.palette.model; sleep 0.4
    xdotool mousemove --window "$WID" $((bx + 100)) "$by" click 1; sleep 0.3
    xdotool type --delay 40 "Ranker"; press Return; sleep 0.6
    # The list from the toolbar; step 1 is the first block, still unnamed.
    click canvas.history; sleep 0.8
    click canvas.history.step.1; sleep 0.6
    press Escape; sleep 0.4
    # Again from the keyboard: the list opens on the current step, Up is
    # the next newer one, Space takes it.
    click canvas.board; sleep 0.3
    xdotool keydown ctrl; press h; xdotool keyup ctrl; sleep 0.8
    press Up; sleep 0.3
    press space; sleep 0.6
    press Escape; sleep 0.4
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
canvas = [a for a in journal if a["type"].startswith("canvas_")]
ops = [a["command"]["op"] if a["type"] == "canvas_apply" else a["type"] for a in canvas]
edits = [op for op in ops if op not in ("canvas_undo", "canvas_redo")]
after = ops[len(edits):]
problems = []
if ops[:len(edits)] != edits:
    problems.append(f"undo or redo before the last edit: {ops}")
# Four steps (add, name, add, name): step 1 is three undos away, the next one redo.
if after != ["canvas_undo"] * 3 + ["canvas_redo"]:
    problems.append(f"after the edits: {after}")
if edits.count("add") != 2:
    problems.append(f"edits: {edits}")
if problems:
    sys.exit("gui canvas history: " + "; ".join(problems))
print("gui canvas history: three undos to step 1 by click, one redo by keyboard: ok")
PY
