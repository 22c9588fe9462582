#!/usr/bin/env bash
# History rows read at a glance at the smallest window and the largest text:
# each line of a row's rehearsal cell (its name, its scenario, for a pair who
# played which part) stays one line, whole or ended with an ellipsis, never
# wrapped or cut off by its column; a pair session that ended early shows an
# "ended early" chip beside who played which part; hovering a row shows it
# whole; Import... and Settings... end flush with the panels; and arrow
# keys and Enter alone open a rehearsal. Once, a pair line wrapped onto five lines at 1024x640 and the
# scenario id under it was cut off by the column's edge.
# The store holds a practice session with a long name, an unfinished one,
# and two pair sessions that ended early: the interviewer's copy (Grace, the
# candidate, left) and the candidate's (Ada, the interviewer, left).
# Screenshots and widget lists stay in OUT for a person to look at.
set -euo pipefail
OUT="$1"
BIN="${REHEARSE_BIN:?set REHEARSE_BIN to the rehearse binary}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
SIZES="${ROWS_SIZES:-1024x640 1600x1000}"
FONT_SIZES="${ROWS_FONT_SIZES:-15 24}"

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work
rm -rf "$OUT"
mkdir -p "$OUT"

# --- the store ---------------------------------------------------------------
"$BIN" --scenario payment-fraud-detection --end --screenshot "$WORK/seed.png" --frames 2 >/dev/null
"$BIN" sessions export 1 -o "$WORK/practice.json" >/dev/null
python3 - "$WORK/practice.json" "$WORK" <<'PY'
import copy, json, sys
practice, work = json.load(open(sys.argv[1])), sys.argv[2]
# kept by, who left
for n, (kept, left) in enumerate((("interviewer", "candidate"), ("candidate", "interviewer"))):
    pair = copy.deepcopy(practice)
    pair["session"]["uid"] = f"s-history-rows-pair-{n}"
    start = {"at": 0, "type": "start_pair", "interviewer": "Ada", "candidate": "Grace", "kept_by": kept}
    pair["journal"] = [start] + [dict(a, partner_left=left) if a["type"] == "finish_session" else a
                                 for a in pair["journal"]]
    json.dump(pair, open(f"{work}/pair-{n}.json", "w"))
PY
"$BIN" sessions import "$WORK/pair-0.json" >/dev/null   # session 2: Grace left
"$BIN" sessions import "$WORK/pair-1.json" >/dev/null   # session 3: Ada left
"$BIN" sessions rename 1 "Fraud, second try after reading about graph features and chargeback labels" >/dev/null
"$BIN" --scenario smart-compose --stage data --screenshot "$WORK/seed2.png" --frames 2 >/dev/null  # 4: unfinished

# --- every size and text size ---------------------------------------------------
for size in $SIZES; do
    for font in $FONT_SIZES; do
        name="history-$size-text$font"
        mkdir -p "$WORK/config-$font/rehearse"
        printf '{ "settings_format": 1, "font_size": %s }\n' "$font" >"$WORK/config-$font/rehearse/settings.json"
        XDG_CONFIG_HOME="$WORK/config-$font" "$BIN" --screen history --width "${size%x*}" --height "${size#*x}" \
            --frames 6 --screenshot "$OUT/$name.png" --dump-widgets "$OUT/$name.json" >"$WORK/$name.log" 2>&1 ||
            { echo "$name: the app failed:"; cat "$WORK/$name.log"; exit 1; }
    done
done
python3 "$SRC/tests/check_layout.py" "$OUT"/history-*.json
python3 - "$OUT"/history-*.json <<'PY'
import json, sys
ELLIPSIS = "\u2026"
problems = []
for path in sys.argv[1:]:
    frame = json.load(open(path))["widgets"]
    widgets = {w["id"]: w for w in frame if w["layer"] == frame[0]["layer"]}  # the main window, not a tooltip
    line = widgets["history.summary"]["rect"]["h"]  # one line of body text
    def one_line(wid, whole=None, may_cut=True):
        w = widgets.get(wid)
        if not w:
            problems.append(f"{path}: no {wid}"); return
        if w["rect"]["h"] > line * 1.3:
            problems.append(f'{path}: {wid} takes {w["rect"]["h"] / line:.1f} lines: "{w["label"]}"')
        if whole is not None and w["label"] != whole and not (may_cut and w["label"].endswith(ELLIPSIS)
                                                              and whole.startswith(w["label"][:-1])):
            problems.append(f'{path}: {wid} says "{w["label"]}", not "{whole}" or the start of it')
    for row in (1, 2, 3, 4):
        one_line(f"history.row.{row}.name")
        one_line(f"history.row.{row}.scenario")
    one_line("history.row.2.pair", "You interviewed Grace")
    one_line("history.row.3.pair", "Ada interviewed you")
    for row in (2, 3):
        chip, pair = widgets.get(f"history.row.{row}.ended_early"), widgets.get(f"history.row.{row}.pair")
        if not chip or chip["label"] != "ended early":
            problems.append(f"{path}: row {row} has no 'ended early' chip")
        elif pair and abs(chip["rect"]["y"] - pair["rect"]["y"]) > line:
            problems.append(f"{path}: row {row}'s 'ended early' chip is not beside who played which part")
    # The long name: whole where there is room, else cut with an ellipsis.
    one_line("history.row.1.name", "Fraud, second try after reading about graph features and chargeback labels")
    # Import... and Settings... end where the panels do, as far from the
    # right edge as < Library is from the left (a fixed offset once left a gap).
    settings, back = widgets.get("history.settings"), widgets.get("history.library")
    if settings and back:
        right = json.load(open(path))["window"]["w"] - back["rect"]["x"]
        if abs(settings["rect"]["x"] + settings["rect"]["w"] - right) > 2:
            problems.append(f'{path}: Settings... ends at {settings["rect"]["x"] + settings["rect"]["w"]:.0f}, '
                            f'the panels at {right:.0f}')
    if widgets.get("history.row.4.state", {}).get("label") != "unfinished":
        problems.append(f"{path}: the unfinished session has no 'unfinished' chip")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

# --- hovering shows the row whole --------------------------------------------------
hover_failed() { echo "gui history rows: $*"; cat "$WORK/hover.log"; exit 1; }
XDG_CONFIG_HOME="$WORK/config-24" start_app_window --screen history --width 1024 --height 640 --quit-after 60 \
    --dump-widgets "$WORK/widgets.json" >"$WORK/hover.log"
AT="$(centre_of history.row.3.pair)" || hover_failed "$AT"
# shellcheck disable=SC2086  # "X Y" is two words on purpose
xdotool mousemove --window "$WID" $AT || hover_failed "xdotool could not move the pointer"
sleep 0.3
xdotool mousemove_relative 2 0
WHOLE="$(python3 - "$WORK/widgets.json" <<'PY'
import json, sys, time
for _ in range(50):
    for widget in json.load(open(sys.argv[1]))["widgets"]:
        if widget["id"] == "history.row.3.whole":
            print(widget["label"]); sys.exit(0)
    time.sleep(0.1)
PY
)"
python3 "$SRC/tests/x_window_png.py" "$WID" "$OUT/history-1024x640-text24-hover.png" || true
xdotool windowfocus --sync "$WID" 2>/dev/null || true; xdotool key ctrl+q
wait "$APP" || true
[ "$WHOLE" = "Ada interviewed you · ended early: Ada left" ] ||
    { echo "gui history rows: hovering the row shows '$WHOLE'"; exit 1; }
# --- the keyboard alone opens a rehearsal -----------------------------------------
# Arrow keys reach the rows (the table scrolls with its framed panel, not as
# a window of its own that arrows do not enter); Enter opens the row.
start_app_window --screen history --width 1024 --height 640 --quit-after 60 \
    --dump-widgets "$WORK/keys.json" >"$WORK/keys.log"
xdotool windowfocus --sync "$WID" 2>/dev/null || true
for key in Down Down Down Return; do xdotool keydown "$key"; sleep 0.25; xdotool keyup "$key"; sleep 0.3; done
OPENED="$(python3 - "$WORK/keys.json" <<'PY'
import json, sys, time
for _ in range(50):
    ids = {w["id"] for w in json.load(open(sys.argv[1]))["widgets"]}
    if "history.title" not in ids and ({"debrief.tab.coverage", "session.ask_box"} & ids):
        print("opened"); sys.exit(0)
    time.sleep(0.1)
print(sorted(ids)[:8])
PY
)"
python3 "$SRC/tests/x_window_png.py" "$WID" "$OUT/history-keyboard-opened.png" || true
xdotool key ctrl+q; wait "$APP" || true
[ "$OPENED" = opened ] || { echo "gui history rows: Down, Down, Down, Enter did not open a rehearsal: $OPENED"; exit 1; }
echo "gui history rows: every row's lines stay one line at $SIZES, text $FONT_SIZES; hovering shows the row whole; the keyboard alone opens a rehearsal: ok"
