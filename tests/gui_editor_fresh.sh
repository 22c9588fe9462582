#!/usr/bin/env bash
# An empty entry just added does not stop "try it" (xdotool under Xvfb): a
# question typed into the try-it pane is still answered after "+ Add fact",
# and the pane says calmly that the draft is tried without the new fact and
# what it needs, not that the draft has errors. Handles and labels come from
# --dump-widgets. Usage: gui_editor_fresh.sh [PNG_FOLDER]
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
SHOTS="${1:-}"

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work
OUT="${SHOTS:-$WORK/shots}"
mkdir -p "$OUT"

click_named() {
    local at
    at="$(centre_of "$1")" || { echo "gui editor fresh: $at"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $at click 1
    sleep 0.5
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
# The label of a named widget in the latest list; empty when there is none.
label_of() {
    python3 - "$WORK/widgets.json" "$1" <<'PY'
import json, sys
for widget in json.load(open(sys.argv[1]))["widgets"]:
    if widget["id"] == sys.argv[2]:
        print(widget["label"])
PY
}

start_app_window --screen editor --no-store --width 1600 --height 1000 --screenshot "$OUT/editor-fresh.png" \
    --screenshot-delay 120 --dump-widgets "$WORK/widgets.json" >/dev/null
click_named editor.try.question
xdotool type --delay 50 "How many requests do you get per day?"
settle
centre_of editor.try.save_question >/dev/null || { echo "gui editor fresh: the question was not tried"; exit 1; }
# The facts' section, opened if it is closed, and its "+ Add fact".
CENTRE_WAIT=0 centre_of editor.add/facts >/dev/null 2>&1 || click_named editor.section.facts
click_named editor.add/facts
settle
note="$(label_of editor.try.note)"
kill -USR1 "$APP" 2>/dev/null || true
wait "$APP"
python3 "$SRC/tests/check_png.py" "$OUT/editor-fresh.png"
expected="Trying the draft without the new fact until it is filled in: the topic, asks and answer."
[ "$note" = "$expected" ] || { echo "gui editor fresh: the try-it pane says '$note', not '$expected'"; exit 1; }
CENTRE_WAIT=0 centre_of editor.try.save_question >/dev/null \
    || { echo "gui editor fresh: the question is no longer tried after + Add fact"; exit 1; }
echo "gui editor fresh: after + Add fact the question is still tried, without the new fact: ok"
