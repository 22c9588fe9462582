#!/usr/bin/env bash
# The scenario editor driven as an author drives it (xdotool under Xvfb):
# a new scenario from nothing gets an id and a title, a wrong total makes an
# error appear beside the field and Ctrl+Z takes it away, a question is
# tried (Try it's box reached with Ctrl+T) and saved as a test ("Save as test", found by its widget handle in
# --dump-widgets), a block is drawn on the reference diagram's canvas, the
# draft is saved (the block in the file) and rehearsed, and "< Library" from
# the rehearsal returns to the editor. The last state is rendered to a PNG (the app's own
# --screenshot, after the scripted input); the saved file is then checked
# with `rehearse validate`. Usage: gui_editor.sh [PNG_FOLDER] (with a folder,
# each intermediate state is also rendered there, one run apiece)
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
SHOTS="${1:-}"

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work
OUT="${SHOTS:-$WORK/shots}"
mkdir -p "$OUT"

# Held for a while: ImGui 1.86 misses a key pressed and released within one frame.
press() { xdotool keydown "$1"; sleep 0.25; xdotool keyup "$1"; }
chord() { xdotool keydown "$1"; sleep 0.1; xdotool key --delay 250 "$2"; sleep 0.1; xdotool keyup "$1"; }
# Clicks a widget by its handle in the app's latest widget list (centre_of
# waits for it to be drawn): no fixed coordinates, which move with the
# layout, the font size and a slow first frame.
click_named() {
    local at
    at="$(centre_of "$1")" || { echo "gui editor: $at"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $at click 1
    sleep 0.5
}
# Into a number field's own box, left of its -/+ buttons (its named rectangle holds all three).
click_number() {
    local at
    at="$(python3 - "$WORK/widgets.json" "$1" <<'PY'
import json, sys
for widget in json.load(open(sys.argv[1]))["widgets"]:
    if widget["id"] == sys.argv[2]:
        r = widget["rect"]
        print(int(r["x"] + 15), int(r["y"] + r["h"] / 2))
        sys.exit(0)
sys.exit(f"no widget named {sys.argv[2]}")
PY
)" || { echo "gui editor: $at"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$WID" $at click 1
    sleep 0.5
}
replace_text() { click_named "$1"; chord ctrl a; xdotool type --delay 60 "$2"; sleep 0.5; }

# Runs the editor on a new scenario, performs steps 1..$1, writes $2.png.
run_until() {
    local last="$1" name="$2"
    rm -f "$OUT/$name.png"
    # Each run from nothing: an earlier run's saved file would make this run's Save refuse to overwrite it.
    rm -rf "$XDG_DATA_HOME/rehearse/scenarios"
    # An earlier run's widget list must not pass for this one's.
    rm -f "$WORK/widgets.json"
    start_app_window --screen editor --no-store --width 1600 --height 1000 --screenshot "$OUT/$name.png" \
        --screenshot-delay 120 --dump-widgets "$WORK/widgets.json" >/dev/null
    local step=1
    while [ "$step" -le "$last" ]; do
        case "$step" in
            1) replace_text editor.field/id "toy-reviews"; replace_text editor.field/title "Fake reviews" ;;
            2) click_number editor.field/minutes; chord ctrl a; xdotool type --delay 60 "50"; sleep 1 ;;  # the stages add up to 45
            3) chord ctrl z; sleep 1 ;;
            4) # Try it's question box from the keyboard: it sits beside the form, out of Tab's reach.
               chord ctrl t; sleep 0.3; xdotool type --delay 50 "How many requests do you get per day?"; sleep 0.5 ;;
            5) click_named editor.try.save_question ;;    # Save as test
            6) click_named editor.reference; sleep 1 ;;   # the reference answer, with its diagram
            7) # A model block from the canvas's palette, placed on the board and labelled.
               click_named editor.canvas.palette.model; sleep 0.3
               click_named editor.canvas.board
               xdotool type --delay 60 "Ranker"; press Return; sleep 1 ;;
            8) click_named editor.save ;;
            9) click_named editor.rehearse; sleep 0.5 ;;
            10) click_named session.library; sleep 1 ;;   # < Library, from the rehearsal
        esac
        step=$((step + 1))
    done
    # Input done: the screenshot now (SIGUSR1), not when the delay, only a
    # safety net, runs out.
    kill -USR1 "$APP" 2>/dev/null || true
    wait "$APP"
    python3 "$SRC/tests/check_png.py" "$OUT/$name.png"
}

# The states along the way, as pictures, when a folder is given (each is a
# run of its own from the start; the app waits up to 120 s for the signal
# that the input is done, as the last steps can take more than 30 s on a
# loaded machine).
if [ -n "$SHOTS" ]; then
    run_until 2 editor-error
    run_until 3 editor-undone
    run_until 5 editor-try
    run_until 7 editor-diagram
    run_until 9 editor-rehearsal
fi
run_until 10 editor-back

saved="$XDG_DATA_HOME/rehearse/scenarios/toy-reviews.json"
[ -f "$saved" ] || { echo "gui editor: $saved was not saved"; exit 1; }
"$BIN" validate -q "$saved"
python3 - "$saved" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
if (s["id"], s["title"], s["minutes"]) != ("toy-reviews", "Fake reviews", 45):
    sys.exit(f"gui editor: saved {s['id']!r}, {s['title']!r}, {s['minutes']!r}")
# The block drawn on the reference canvas, with an id made from its label.
items = s["reference"]["diagram"]["items"]
if [(i["id"], i["kind"], i.get("label")) for i in items] != [("ranker", "model", "Ranker")]:
    sys.exit(f"gui editor: saved diagram items {items!r}")
PY
# The question tried was saved as a test, which `rehearse test` runs and passes.
tests="$XDG_DATA_HOME/rehearse/scenarios/tests/toy-reviews.tests.json"
grep -q '"ask": "How many requests do you get per day?"' "$tests" || { echo "gui editor: no test in $tests"; exit 1; }
printed="$("$BIN" test -q "$XDG_DATA_HOME/rehearse/scenarios")" && grep -q "1 passed, 0 failed" <<<"$printed" \
    || { echo "gui editor: the blessed test does not pass"; exit 1; }
echo "gui editor: new scenario edited, undone, tried, saved as a test, diagram drawn, saved and rehearsed: ok"
