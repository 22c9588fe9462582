# Sourced by the two-window pair checks: a private X server wide enough for
# two app windows side by side, one app process per side ("host" for Ada,
# "join" for Grace), each with its own folders (its own store) and its own
# widget list, and the helpers that drive them by widget name. Expects SRC,
# BIN and PAIR_CHECK (the check's name, for its failure messages); leaves
# HOST_WID and JOIN_WID set, the windows placed, and SHOTS ready.
. "$SRC/tests/own_display.sh"
require_tool xdotool
# Two 1280x1000 windows side by side.
export XVFB_SCREEN=2600x1040x24
start_display_in_new_work
SHOTS="${SHOTS:-$WORK/shots}"
mkdir -p "$SHOTS"

fail() {
    echo "$PAIR_CHECK: $*" >&2
    shot "failure"
    for side in host join; do [ -s "$WORK/$side.out" ] && sed "s/^/$side: /" "$WORK/$side.out" >&2; done
    cp -r "$WORK/host" "$WORK/join" "$SHOTS/" 2>/dev/null || true  # the two stores, to look into
    exit 1
}

# Each side: its own folders (its own store), its own widget list.
# PAIR_WIDTH, PAIR_HEIGHT and PAIR_FONT_SIZE run the same check in a smaller
# window or with larger text (by hand: the screenshots are the point there;
# at 1024x640 it gets as far as the scorecards, where the wheel scrolls an
# evidence box instead of the form).
launch() {  # NAME X
    local side="$1"
    mkdir -p "$WORK/$side/config/rehearse"
    [ -n "${PAIR_FONT_SIZE:-}" ] && echo "{\"font_size\": $PAIR_FONT_SIZE}" >"$WORK/$side/config/rehearse/settings.json"
    XDG_DATA_HOME="$WORK/$side/data" XDG_CONFIG_HOME="$WORK/$side/config" \
        "$BIN" --width "${PAIR_WIDTH:-1280}" --height "${PAIR_HEIGHT:-1000}" --quit-after 600 --dump-widgets "$WORK/$side.json" \
        >"$WORK/$side.out" 2>&1 &
    eval "${side}_PID=$!"
}

window_of() {  # PID
    local wid=""
    for _ in $(seq 1 150); do
        wid="$(xdotool search --all --pid "$1" --name '^Rehearse$' 2>/dev/null | head -1 || true)"
        [ -n "$wid" ] && break
        sleep 0.2
    done
    [ -n "$wid" ] || fail "no window for process $1"
    echo "$wid"
}

# What side $1's latest widget list says of widget $2: its centre ("X Y")
# or its label; waited for, up to $3 tries a quarter second apart (a loaded
# machine draws late). Empty when it never showed.
widget_field() {  # SIDE WIDGET centre|label TRIES
    local found=""
    for _ in $(seq 1 "$4"); do
        found="$(WORK_JSON="$WORK/$1.json" python3 - "$2" "$3" <<'PY' 2>/dev/null
import json, os, sys
for widget in json.load(open(os.environ["WORK_JSON"]))["widgets"]:
    if widget["id"] == sys.argv[1]:
        r = widget["rect"]
        if sys.argv[2] == "centre":
            print(int(r["x"] + r["w"] / 2), int(r["y"] + r["h"] / 2))
        else:
            print(widget["label"])
        sys.exit(0)
sys.exit(1)
PY
)" && break
        found=""
        sleep 0.25
    done
    echo "$found"
}

at() {  # SIDE WIDGET
    local found
    found="$(widget_field "$1" "$2" centre 120)"
    [ -n "$found" ] || fail "no widget $2 in $1's window"
    echo "$found"
}

label_of() {  # SIDE WIDGET
    local found
    found="$(widget_field "$1" "$2" label 40)"
    [ -n "$found" ] || fail "no label for $2 in $1's window"
    echo "$found"
}

wid_of() { if [ "$1" = host ]; then echo "$HOST_WID"; else echo "$JOIN_WID"; fi; }

# Held for a while: ImGui 1.86 misses a key pressed and released within one frame.
click() {  # SIDE WIDGET
    local xy wid height="${PAIR_HEIGHT:-1000}"
    xy="$(at "$1" "$2")"
    wid="$(wid_of "$1")"
    # Below the window's edge (a small window, large text): scroll the panel
    # it is in with the wheel, as a person would, until it shows.
    for _ in $(seq 1 12); do
        [ "${xy#* }" -lt $((height - 12)) ] && break
        xdotool mousemove --window "$wid" "${xy% *}" $((height - 80)); sleep 0.1
        xdotool click 5 click 5 click 5; sleep 0.6
        xy="$(at "$1" "$2")"
    done
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    xdotool mousemove --window "$wid" $xy; sleep 0.2
    # Held long enough for a frame to see it down: a loaded machine draws slowly.
    xdotool mousedown 1; sleep 0.35; xdotool mouseup 1; sleep 0.5
}
# With no window manager the keyboard stays with the window that took it
# last (the newest): each side takes it before typing.
focus() { xdotool windowfocus --sync "$(wid_of "$1")"; sleep 0.2; }
type_into() {  # SIDE WIDGET TEXT
    click "$1" "$2"
    focus "$1"
    xdotool type --delay 40 "$3"; sleep 0.3
}
press() { focus "$1"; xdotool keydown "$2"; sleep 0.25; xdotool keyup "$2"; sleep 0.3; }

STEP=0
shot() {  # WHAT
    STEP=$((STEP + 1))
    [ -n "${HOST_WID:-}" ] && python3 "$SRC/tests/x_window_png.py" "$HOST_WID" "$SHOTS/$(printf %02d $STEP)-$1-host.png" || true
    [ -n "${JOIN_WID:-}" ] && python3 "$SRC/tests/x_window_png.py" "$JOIN_WID" "$SHOTS/$(printf %02d $STEP)-$1-join.png" || true
}

# Ada hosts spam email detection as the interviewer; Grace joins with the
# code and asks how many emails arrive a day; Ada answers with the volume fact.
interview_until_first_answer() {
    type_into host library.filter "spam email"
    click host library.host_pair
    type_into host pair_host.name "Ada"
    click host pair_host.start
    at host pair.code >/dev/null
    CODE="$(label_of host pair.code)"
    click join library.join_pair
    type_into join pair_join.code "$CODE"
    type_into join pair_join.name "Grace"
    click join pair_join.join
    at host console.end >/dev/null
    at join session.ask_box >/dev/null
    type_into join session.ask_box "How many emails a day?"
    press join Return
    at host console.question >/dev/null
    click host console.fact.volume
    sleep 1
    shot answered
}

launch host
HOST_WID="$(window_of "$host_PID")"
launch join
JOIN_WID="$(window_of "$join_PID")"
xdotool windowmove "$HOST_WID" 0 0
xdotool windowmove "$JOIN_WID" 1300 0
sleep 1.5

