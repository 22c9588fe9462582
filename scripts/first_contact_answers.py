#!/usr/bin/env python3
"""First-contact figures for the answer scorer.

The written-answer counterpart of first_contact_questions.py. Every tuning set
of answers (tests/data/answers-tuning-N: a strong, a mediocre, a buzzword and
a rejecting answer per scenario, with labels) was tuned on: key-point phrases
were added until the scorer credited what the labels credit. Scored against
the scenarios as they were in the commit that added the set, the same answers
behave like a held-out set, so a change to the scorer's code (rejections,
lists, stems) can be judged on them without spending a held-out set.

Usage: scripts/first_contact_answers.py [--rehearse PATH] [--examples] [FOLDER ...]
  FOLDER      a folder under tests/data (default: every answers-tuning-N from
              the tenth on).
  --examples  give the key points, as examples, the sentences labelled in
              the sets older than each one (examples_from_labels.py), as a
              scenario with examples stands before a new writer.
Prints, per set: mean score of each kind, the worst buzzword or rejecting
score as a share of its scenario's strong one, how many labelled key points
the strong answers get, and how many they get that no label gives. Needs the
git history and a built `rehearse`.
"""
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from examples_from_labels import add_examples, collect_examples, set_number  # noqa: E402
from first_contact_questions import ROOT, parse_arguments, sets_before_tuning  # noqa: E402

KINDS = ("strong", "mediocre", "buzzword", "rejecting")


def score(rehearse, scenarios, scenario, path):
    env = dict(os.environ, REHEARSE_SCENARIOS=scenarios)
    out = subprocess.run([rehearse, "score", "--json", scenario, path], capture_output=True, text=True, env=env)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        return None


def main():
    args = parse_arguments(__doc__, "answers-tuning", 10, [("--examples", "key points hold older sets' labelled sentences")])
    for folder, commit, scenarios in sets_before_tuning(args.folders):
        if args.examples:
            add_examples(scenarios, collect_examples(before=set_number(folder)))
        labelled = os.path.join(ROOT, "tests", "data", folder)
        means = {kind: [] for kind in KINDS}
        worst = 0.0
        hits = wanted = unlabelled = 0
        for name in sorted(os.listdir(labelled)):
            if not name.endswith(".labels.json"):
                continue
            with open(os.path.join(labelled, name)) as file:
                labels = json.load(file)
            scenario = labels["scenario"]
            fractions = {}
            for kind in KINDS:
                path = os.path.join(labelled, f"{scenario}-{kind}.md")
                if not os.path.exists(path):
                    continue
                report = score(args.rehearse, scenarios, scenario, path)
                if report is None:
                    continue
                fractions[kind] = report["fraction"]
                means[kind].append(report["fraction"])
                if kind == "strong":
                    covered = {point["id"] for stage in report["stages"] for point in stage["key_points"]
                               if point["covered"]}
                    credit = labels["answers"].get("strong", {}).get("credit", {})
                    wanted += len(credit)
                    hits += sum(1 for point in credit if point in covered)
                    unlabelled += sum(1 for point in covered if point not in credit)
            strong = fractions.get("strong", 0)
            for kind in ("buzzword", "rejecting"):
                if strong > 0 and kind in fractions:
                    worst = max(worst, fractions[kind] / strong)
        shown = ", ".join(f"{kind} {sum(v) / len(v):.3f}" for kind, v in means.items() if v)
        print(f"{folder} (scenarios of {commit[:7]}): {shown}; worst ratio {worst:.2f}; "
              f"labelled strong points credited {hits}/{wanted}, and {unlabelled} more")


if __name__ == "__main__":
    main()
