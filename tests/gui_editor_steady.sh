#!/usr/bin/env bash
# The editor's form holds still under the cursor (xdotool under Xvfb): typing
# a stage's minutes so that the stages no longer add up to the scenario's
# total makes an error appear at the scenario's Minutes, above the field
# typed into. While the author types, that field must not move (the finding
# above waits until they leave the field); once they leave it, the finding
# shows. Positions come from --dump-widgets. Usage: gui_editor_steady.sh [PNG_FOLDER]
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
SHOTS="${1:-}"

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work
OUT="${SHOTS:-$WORK/shots}"
mkdir -p "$OUT"

chord() { xdotool keydown "$1"; sleep 0.1; xdotool key --delay 250 "$2"; sleep 0.1; xdotool keyup "$1"; }
click_named() {
    local at
    at="$(centre_of "$1")" || { echo "gui editor steady: $at"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $at click 1
    sleep 0.5
}
# The top of a named widget in the latest widget list, and whether a text is shown.
top_of() {
    python3 - "$WORK/widgets.json" "$1" <<'PY'
import json, sys
for widget in json.load(open(sys.argv[1]))["widgets"]:
    if widget["id"] == sys.argv[2]:
        print(int(widget["rect"]["y"]))
        sys.exit(0)
sys.exit(f"no widget named {sys.argv[2]}")
PY
}
# Waits until the widget list (written when a frame differs) stops changing:
# the draft's check runs off the frame loop and lands a moment later.
settle() {
    local before=""
    for _ in $(seq 1 40); do
        sleep 0.5
        local now
        now="$(md5sum < "$WORK/widgets.json")"
        [ "$now" = "$before" ] && return 0
        before="$now"
    done
}

start_app_window --screen editor --no-store --width 1600 --height 1000 --screenshot "$OUT/editor-steady.png" \
    --screenshot-delay 120 --dump-widgets "$WORK/widgets.json" >/dev/null
field=editor.field/stages/0/minutes
click_named editor.entry/stages/0
settle
# Into the number's own box, left of its -/+ buttons (the named rectangle holds all three).
at="$(python3 - "$WORK/widgets.json" "$field" <<'PY'
import json, sys
for widget in json.load(open(sys.argv[1]))["widgets"]:
    if widget["id"] == sys.argv[2]:
        r = widget["rect"]
        print(int(r["x"] + 15), int(r["y"] + r["h"] / 2))
PY
)"
# shellcheck disable=SC2086  # "X Y" is two words on purpose
xdotool mousemove --window "$WID" $at click 1
settle
before="$(top_of "$field")"
# 45 minutes in all; this stage's 5 become 12: the total no longer adds up.
chord ctrl a
xdotool type --delay 120 "12"
settle
typing="$(top_of "$field")"
# Leave the field: a click on the empty lower part of the try-it pane.
xdotool mousemove --window "$WID" 1300 900 click 1
settle
after="$(top_of "$field")"
kill -USR1 "$APP" 2>/dev/null || true
wait "$APP"
python3 "$SRC/tests/check_png.py" "$OUT/editor-steady.png"
[ "$typing" = "$before" ] || { echo "gui editor steady: the field typed into moved from y=$before to y=$typing"; exit 1; }
[ "$after" != "$before" ] || { echo "gui editor steady: the total's error never showed above the field (y=$after)"; exit 1; }
echo "gui editor steady: the minutes field stayed at y=$before while typed in; the error above showed after (y=$after): ok"
