# Sourced by the scripted GUI checks: the tool check, a private X server and
# the app started on it. Expects SRC (the source tree) to be set, BIN (the
# app) for start_app_window, and WORK (a temporary folder) unless
# start_display_in_new_work does it.

# A missing tool skips the check on a developer's machine; in CI (CI or
# REHEARSE_CI set, not 0) it fails, so that green means the check ran.
require_tool() {
  command -v "$1" >/dev/null && return 0
  if [ "${CI:-0}" != "0" ] || [ "${REHEARSE_CI:-0}" != "0" ]; then echo "FAIL: $1 not found" >&2; exit 1; fi
  echo "skipped: $1 not found"; exit 0
}

# The app's folders inside WORK, the shipped scenarios, software GL, and our
# own X server. XVFB_SCREEN overrides the screen's size. Sets XVFB_PID and
# DISPLAY.
#
# The display number is drawn at random from 1000-20999, not the first free
# one (-displayfd alone): ctest runs two checks at once, and a server started
# on the number another check's server was just giving up lost its socket to
# that server's clean-up, after it had taken a client ("Failed to open
# display :0" in CI, twice). -displayfd still reports when the server accepts
# connections; a number in use makes Xvfb exit, and another is drawn.
start_own_display() {
  export HOME="$WORK" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
  export REHEARSE_SCENARIOS="$SRC/scenarios" LIBGL_ALWAYS_SOFTWARE=1
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
  local attempt number
  for attempt in 1 2 3 4 5; do
    number=$((1000 + RANDOM % 20000))
    [ -e "/tmp/.X$number-lock" ] && continue
    : >"$WORK/display"
    # -noreset: the server does not regenerate each time its last client
    # leaves (every check starts and stops the app several times).
    Xvfb ":$number" -displayfd 3 -screen 0 "${XVFB_SCREEN:-1600x1000x24}" -nolisten tcp -noreset \
      3>"$WORK/display" 2>"$WORK/xvfb.log" &
    XVFB_PID=$!
    for _ in $(seq 1 100); do
      [ -s "$WORK/display" ] && break
      kill -0 "$XVFB_PID" 2>/dev/null || break
      sleep 0.1
    done
    if [ ! -s "$WORK/display" ]; then
      echo "Xvfb did not start on :$number (attempt $attempt)" >&2
      stop_own_display
      continue
    fi
    export DISPLAY=":$number"
    # The server must take a client before the app comes.
    command -v xdotool >/dev/null || return 0
    for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "Xvfb on $DISPLAY took no client (attempt $attempt); starting another" >&2
    stop_own_display
  done
  echo "Xvfb never started"; exit 1
}

# Stops our X server and waits until it is gone. Not waiting let the next
# check's server, started on the display number just freed, lose its socket
# to this one's late clean-up ("Failed to open display :0" in CI).
stop_own_display() {
  [ -n "${XVFB_PID:-}" ] || return 0
  kill "$XVFB_PID" 2>/dev/null
  wait "$XVFB_PID" 2>/dev/null || true
  XVFB_PID=""
}

# A new WORK folder, removed with the X server when the script exits.
start_display_in_new_work() {
  WORK="$(mktemp -d)"
  XVFB_PID=""
  trap 'stop_own_display; rm -rf "$WORK"' EXIT
  start_own_display
}

# Starts "$BIN" with the given arguments in the background on our display
# and waits for its window: sets APP (the process) and WID (the window for
# xdotool). With --dump-widgets among the arguments it also waits for the
# first widget list, then, as every check needs, for the first frames to
# settle. Redirect the call to silence the app.
start_app_window() {
  local widgets="" previous="" argument
  for argument in "$@"; do
    [ "$previous" = --dump-widgets ] && widgets="$argument"
    previous="$argument"
  done
  local launch
  for launch in 1 2; do
    "$BIN" "$@" 2>"$WORK/app-start.log" &
    APP=$!
    WID=""
    for _ in $(seq 1 150); do
      WID="$(xdotool search --name '^Rehearse$' 2>/dev/null | head -1 || true)"
      [ -n "$WID" ] && break
      kill -0 "$APP" 2>/dev/null || break
      sleep 0.2
    done
    [ -n "$WID" ] && break
    kill -0 "$APP" 2>/dev/null && break
    # The app is gone. Twice in CI it could not open a display that had just
    # served clients (cause not found): say what the server was doing, and
    # try once more only when the display, not the app, failed.
    cat "$WORK/app-start.log" >&2
    echo "the app exited before its window appeared (launch $launch); Xvfb $(kill -0 "$XVFB_PID" 2>/dev/null && echo running || echo gone)," \
         "socket $(ls "/tmp/.X11-unix/X${DISPLAY#:}" 2>/dev/null || echo missing), server log: $(tail -3 "$WORK/xvfb.log" 2>/dev/null)" >&2
    grep -q "Failed to open display" "$WORK/app-start.log" && [ "$launch" = 1 ] || exit 1
    sleep 1
  done
  [ -n "$WID" ] || { echo "no window" >&2; kill "$APP"; exit 1; }
  if [ -n "$widgets" ]; then
    for _ in $(seq 1 50); do [ -s "$widgets" ] && break; sleep 0.1; done
  fi
  sleep 1.5
}

# The centre of a named widget in the app's latest widget list
# ($WORK/widgets.json, written by --dump-widgets): "X Y". Waits up to
# CENTRE_WAIT seconds (10 unless set) for the widget to appear: a popup
# opened by the last click is drawn a frame or two later, and a loaded CI
# machine draws those late (a fixed sleep missed the history list once).
# CENTRE_WAIT=0 asks only the latest list, for checks that a widget is gone.
centre_of() {
    python3 - "$WORK/widgets.json" "$1" "${CENTRE_WAIT:-10}" <<'PY'
import json, sys, time
path, name, wait = sys.argv[1], sys.argv[2], float(sys.argv[3])
deadline = time.monotonic() + wait
while True:
    for widget in json.load(open(path))["widgets"]:
        if widget["id"] == name:
            r = widget["rect"]
            print(int(r["x"] + r["w"] / 2), int(r["y"] + r["h"] / 2))
            sys.exit(0)
    if time.monotonic() >= deadline:
        sys.exit(f"no widget named {name} in {path}")
    time.sleep(0.1)
PY
}
