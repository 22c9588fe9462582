#!/usr/bin/env python3
"""Writes a pair session script for `rehearse host/join --play`: COUNT actions
of one part (interviewer or candidate), as JSON lines the journal writes,
spaced SPACING seconds apart, drawn at random (SEED) from what that part may
do in SCENARIO (a scenario file: its fact and follow-up ids). Some are bound
to be refused by the session (an answer with no question waiting, a probe
already answered): a script cannot know its partner's timing."""
import json
import random
import sys

role, scenario_path, count, seed, spacing, out_path = sys.argv[1:7]
count, spacing = int(count), float(spacing)
rng = random.Random(int(seed))
scenario = json.load(open(scenario_path, encoding="utf-8"))
facts = [f["id"] for f in scenario["facts"]]
follow_ups = [f["id"] for s in scenario["stages"] for f in s.get("follow_ups", [])]
stage_count = len(scenario["stages"])

actions = []
stage = 0
notes = [""] * stage_count
paused = False
for i in range(count):
    at = round(i * spacing + rng.random() * spacing / 2, 6)
    r = rng.random()
    if role == "candidate":
        if r < 0.25:
            a = {"type": "pose_question", "question": f"Question {i}: how large is part {rng.randint(1, 99)}?"}
        elif r < 0.45:
            text = f" note {i}"
            a = {"type": "edit_notes", "stage": stage, "offset": len(notes[stage].encode()), "erase": 0, "insert": text}
            notes[stage] += text
        elif r < 0.52:
            notes[stage] = f"rewritten at {i}"
            a = {"type": "set_notes", "stage": stage, "text": notes[stage]}
        elif r < 0.58 and stage_count > 1:
            stage = rng.choice([s for s in range(stage_count) if s != stage])
            a = {"type": "go_to_stage", "stage": stage}
        elif r < 0.8:
            a = {"type": "answer_follow_up", "probe": rng.randint(0, 40), "text": f"answer {i}"}
        elif r < 0.85:
            a = {"type": "skip_follow_up", "probe": rng.randint(0, 40)}
        else:
            a = {"type": "set_canvas_view", "centre_x": rng.uniform(-500, 500), "centre_y": rng.uniform(-500, 500),
                 "zoom": 1.0}
    else:
        if r < 0.2 and facts:
            a = {"type": "answer_question", "fact": rng.choice(facts), "says": ""}
        elif r < 0.35:
            a = {"type": "answer_question", "fact": "", "says": f"In my words, answer {i}."}
        elif r < 0.5 and follow_ups:
            a = {"type": "raise_follow_up", "follow_up": rng.choice(follow_ups), "says": ""}
        elif r < 0.6:
            a = {"type": "raise_follow_up", "follow_up": "", "says": f"My own probe {i}?"}
        elif r < 0.7:
            a = {"type": "nudge_move_on", "says": "" if rng.random() < 0.5 else f"Time to move on ({i})."}
        elif r < 0.9:
            a = {"type": "interviewer_note", "text": f"private note {i}"}
        else:
            a = {"type": "resume_clock" if paused else "pause_clock"}
            paused = not paused
    a["at"] = at
    actions.append(a)

with open(out_path, "w", encoding="utf-8") as out:
    for a in actions:
        out.write(json.dumps(a) + "\n")
