#!/usr/bin/env bash
# Pair practice on one screen, driven as two people drive it (xdotool under
# Xvfb): the candidate asks a question, F2 hands the screen to the
# interviewer behind the cover, the interviewer answers with the matcher's
# suggested fact and ends the interview, scores every dimension strong and
# "advance: yes"; the candidate, behind the cover again, scores themselves
# weak and "no". The stored journal must hold exactly that. Then "Swap roles"
# beside the two scorecards starts the next pair rehearsal with the names
# reversed, on a scenario the new candidate has not met; the history
# (`sessions list`) names who interviewed whom.
set -euo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"

drive() {
    # 1600x1000: the console and scorecard layout the coordinates below are for.
    start_app_window --scenario spam-email-detection --pair --interviewer Ana --candidate Ben --width 1600 \
        --height 1000 --quit-after 120 --dump-widgets "$WORK/widgets.json"
    # Held for a while: ImGui 1.86 misses a key pressed and released within one frame.
    press() { xdotool keydown "$1"; sleep 0.25; xdotool keyup "$1"; sleep 0.3; }
    click() { xdotool mousemove --window "$WID" "$1" "$2"; sleep 0.2; xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; sleep 0.4; }
    press Return                                   # the cover: "I am the candidate"
    xdotool key ctrl+3; sleep 0.4                  # the ask box
    xdotool type --delay 30 "How many emails a day?"; press Return
    press F2; press Return                         # hand over; "I am the interviewer"
    click 611 214                                  # "Answer with this" on the first suggested fact
    click 488 53                                   # "End interview"
    sleep 0.5
    # The interviewer's scorecard: Strong in each dimension, advance yes, submit.
    click 308 80; click 298 213; click 252 346; click 354 479; click 286 612; click 202 745
    click 85 970
    sleep 0.5; press Return                        # the cover: "I am the candidate"
    # The blind self-score: Weak in each dimension, advance no, submit.
    click 245 80; click 236 213; click 189 346; click 290 479; click 223 612; click 244 745
    click 85 970
    # Side by side: swap roles (found by name: its place depends on the cards;
    # waited for, as a loaded machine draws the screen late).
    local at=""
    for _ in $(seq 1 40); do
        at="$(centre_of pair.swap_roles 2>/dev/null)" && break
        at=""
        sleep 0.25
    done
    [ -n "$at" ] || { echo "gui pair hot seat: no Swap roles button beside the scorecards"; kill "$APP"; exit 1; }
    # shellcheck disable=SC2086  # "X Y" is two words on purpose
    click $at
    # The swapped rehearsal has started once the button is gone (its cover
    # is up); then quit as a person does. --quit-after is only a safety net.
    local swapped=""
    for _ in $(seq 1 40); do
        CENTRE_WAIT=0 centre_of pair.swap_roles >/dev/null 2>&1 || { swapped=1; break; }
        sleep 0.25
    done
    [ -n "$swapped" ] || { echo "gui pair hot seat: Swap roles did not start a rehearsal"; kill "$APP"; exit 1; }
    xdotool keydown ctrl keydown q; sleep 0.25; xdotool keyup q keyup ctrl
    wait "$APP"
}

. "$SRC/tests/own_display.sh"
require_tool xdotool
start_display_in_new_work
drive

"$BIN" sessions export 1 -o "$WORK/session.json" >/dev/null
"$BIN" sessions export 2 -o "$WORK/swapped.json" >/dev/null
"$BIN" sessions list >"$WORK/list.txt"
python3 - "$WORK/session.json" "$WORK/swapped.json" "$WORK/list.txt" <<'PY'
import json, sys
first = json.load(open(sys.argv[1]))
journal = first["journal"]
swapped = json.load(open(sys.argv[2]))
listing = open(sys.argv[3]).read().splitlines()
types = [a["type"] for a in journal]
problems = []
if journal[:1] and (journal[0]["type"], journal[0].get("interviewer"), journal[0].get("candidate")) != \
        ("start_pair", "Ana", "Ben"):
    problems.append(f"first action: {journal[:1]}")
# The swap: Ben interviews Ana, on a scenario other than the one Ana just
# interviewed (she has seen its hidden facts).
start = swapped["journal"][:1]
if not start or (start[0]["type"], start[0].get("interviewer"), start[0].get("candidate")) != ("start_pair", "Ben", "Ana"):
    problems.append(f"after the swap, first action: {start}")
if swapped["scenario"]["id"] == first["scenario"]["id"]:
    problems.append("the swap reran the scenario the new candidate interviewed")
rows = {line.split("\t")[0]: line for line in listing}
if not rows.get("1", "").endswith("\tpair: Ana interviewed Ben") or \
        not rows.get("2", "").endswith("\tpair: Ben interviewed Ana"):
    problems.append(f"sessions list: {listing}")
posed = [a["question"] for a in journal if a["type"] == "pose_question"]
answered = [(a["fact"], a["says"]) for a in journal if a["type"] == "answer_question"]
if "ask_clarification" in types:
    problems.append("the app answered a question itself")
if posed != ["How many emails a day?"]:
    problems.append(f"questions: {posed}")
if answered != [("volume", "")]:
    problems.append(f"answers: {answered}")
cards = {a["author"]: a["scorecard"] for a in journal if a["type"] == "set_scorecard"}
def levels(card):
    return sorted({d["level"] for d in card["dimensions"].values()}), len(card["dimensions"]), card["advance"]
if levels(cards.get("interviewer", {"dimensions": {}, "advance": None})) != (["strong"], 5, "yes"):
    problems.append(f"interviewer's scorecard: {cards.get('interviewer')}")
if levels(cards.get("candidate", {"dimensions": {}, "advance": None})) != (["weak"], 5, "no"):
    problems.append(f"self-score: {cards.get('candidate')}")
if types.index("set_scorecard") < types.index("finish_session"):
    problems.append("a scorecard before the end")
if problems:
    sys.exit("gui pair hot seat: " + "; ".join(problems))
print("gui pair hot seat: asked, answered with 'volume', both scorecards stored, roles swapped "
      f"onto {swapped['scenario']['id']}: ok")
PY
