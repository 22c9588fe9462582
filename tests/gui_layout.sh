#!/usr/bin/env bash
# Every screen at every corner of the window sizes and text sizes people
# use: the real app under Xvfb writes the named widgets it drew
# (--dump-widgets) with its screenshot, and check_layout.py fails when one
# leaves the window, is cut off by its panel, has a label that does not fit,
# or overlaps another (the stage stepper once read "EvaluatiDeployment &
# monit"). Screens: library, a session with a stage and its follow-up probe
# open, the debrief, history (with a stored session) and settings. Sizes:
# 1024x640 to 3840x2160; text sizes: the settings' smallest and largest.
# The screenshots and widget lists stay in OUT for a person to look at.
set -euo pipefail
OUT="$1"
BIN="${REHEARSE_BIN:?set REHEARSE_BIN to the rehearse binary}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
SIZES="${LAYOUT_SIZES:-1024x640 1280x800 1600x1000 2560x1440 3840x2160}"
FONT_SIZES="${LAYOUT_FONT_SIZES:-11 24}"   # Settings::fontSize is clamped to 11..24
SCREENS="${LAYOUT_SCREENS:-library session debrief history settings}"

. "$SRC/tests/own_display.sh"
require_tool Xvfb
XVFB_SCREEN=3840x2160x24 start_display_in_new_work
rm -rf "$OUT"
mkdir -p "$OUT"

screen_args() {
    case "$1" in
        library) echo "--no-store" ;;
        # Evaluation of the guardrails scenario: long stage titles, and a
        # follow-up asked on entering the stage, pinned with its answer box.
        session) echo "--no-store --scenario llm-guardrails-gateway --stage evaluation" ;;
        debrief) echo "--no-store --scenario payment-fraud-detection --end" ;;
        history) echo "--screen history" ;;
        settings) echo "--no-store --screen settings" ;;
    esac
}

# History lists what is stored: one finished and one unfinished rehearsal.
SEED="$WORK/seed"
mkdir -p "$SEED"
XDG_DATA_HOME="$SEED" XDG_CONFIG_HOME="$WORK/seed-config" \
    "$BIN" --scenario payment-fraud-detection --end --screenshot "$WORK/seed1.png" --frames 2 >/dev/null
XDG_DATA_HOME="$SEED" XDG_CONFIG_HOME="$WORK/seed-config" \
    "$BIN" --scenario smart-compose --stage data --screenshot "$WORK/seed2.png" --frames 2 >/dev/null

# One run: its own settings and store, so runs side by side share nothing.
run() {
    local screen="$1" size="$2" font="$3"
    local name="$screen-$size-text$font" dir="$WORK/run-$screen-$size-$font"
    mkdir -p "$dir/config/rehearse"
    printf '{ "settings_format": 1, "font_size": %s }\n' "$font" >"$dir/config/rehearse/settings.json"
    if [ "$screen" = history ]; then cp -r "$SEED" "$dir/data"; else mkdir -p "$dir/data"; fi
    # shellcheck disable=SC2046  # the arguments are words on purpose
    XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
        "$BIN" $(screen_args "$screen") --width "${size%x*}" --height "${size#*x}" --frames 6 \
        --screenshot "$OUT/$name.png" --dump-widgets "$OUT/$name.json" >"$dir/log" 2>&1 ||
        { echo "$name: the app failed:"; cat "$dir/log"; return 1; }
}

# Two at a time: the machines running this have two cores or more.
jobs_failed=0
pids=()
for screen in $SCREENS; do
    for size in $SIZES; do
        for font in $FONT_SIZES; do
            run "$screen" "$size" "$font" &
            pids+=($!)
            if [ "${#pids[@]}" -ge 2 ]; then
                for pid in "${pids[@]}"; do wait "$pid" || jobs_failed=1; done
                pids=()
            fi
        done
    done
done
for pid in "${pids[@]}"; do wait "$pid" || jobs_failed=1; done
[ "$jobs_failed" = 0 ] || exit 1

python3 "$SRC/tests/check_layout.py" "$OUT"/*.json
echo "gui layout: $(ls "$OUT"/*.json | wc -l) screens laid out without overlap, cut-off or clipped labels (${SECONDS} s)"
