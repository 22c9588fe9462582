#!/usr/bin/env bash
# The mouse wheel over the editor's reference diagram zooms the board and
# leaves the form around it where it is (ImGui hands the wheel of a child
# that does not scroll to its parent, so the form used to scroll too and
# carry the board away under the mouse). The same wheel beside the board
# still scrolls the form. Driven with xdotool under Xvfb; positions come
# from --dump-widgets.
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work

# Widget $1's field $2 (y of its rectangle, or its label) in the latest list.
widget() {
    python3 - "$WORK/widgets.json" "$1" "$2" <<'PY'
import json, sys
path, name, field = sys.argv[1:]
for widget in json.load(open(path))["widgets"]:
    if widget["id"] == name:
        print(widget["label"] if field == "label" else int(widget["rect"][field]))
        sys.exit(0)
sys.exit(f"no widget named {name} in {path}")
PY
}
wheel() {  # $1 4 (up) or 5 (down), $2 times, at "X Y" $3
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $3
    sleep 0.3
    for _ in $(seq 1 "$2"); do xdotool click "$1"; sleep 0.15; done
    sleep 1
}

start_app_window --screen editor --no-store --width 1280 --height 800 --screenshot "$WORK/wheel.png" \
    --screenshot-delay 120 --dump-widgets "$WORK/widgets.json" >/dev/null
# The reference answer opens at the top of the form, its board below the summary.
at="$(centre_of editor.reference)"
# shellcheck disable=SC2086
xdotool mousemove --window "$WID" $at click 1
sleep 1.5

header_before="$(widget editor.reference y)"
zoom_before="$(widget editor.canvas.zoom label)"
wheel 5 3 "$(centre_of editor.canvas.board)"
header_after="$(widget editor.reference y)"
zoom_after="$(widget editor.canvas.zoom label)"
[ "$zoom_after" != "$zoom_before" ] || { echo "gui editor wheel: the wheel over the board did not zoom it ($zoom_before)"; exit 1; }
[ "$header_after" = "$header_before" ] \
    || { echo "gui editor wheel: the wheel over the board scrolled the form ($header_before -> $header_after)"; exit 1; }

# Beside the board (the form's left margin) the same wheel scrolls the form.
board_x="$(widget editor.canvas.board x)"
form_margin="$(( board_x / 2 )) $(( $(widget editor.canvas.board y) + 40 ))"
wheel 5 3 "$form_margin"
header_scrolled="$(widget editor.reference y)"
[ "$header_scrolled" != "$header_after" ] \
    || { echo "gui editor wheel: the wheel beside the board did not scroll the form"; exit 1; }
[ "$(widget editor.canvas.zoom label)" = "$zoom_after" ] || { echo "gui editor wheel: the wheel beside the board zoomed it"; exit 1; }

kill -USR1 "$APP" 2>/dev/null || true
wait "$APP"
echo "gui editor wheel: the wheel zooms the board ($zoom_before -> $zoom_after) and leaves the form, and scrolls the form beside it: ok"
