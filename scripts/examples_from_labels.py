#!/usr/bin/env python3
"""Fill each key point's `examples` from the labelled practice answers.

Every tuning set of answers (tests/data/answers, answers-tuning and
answers-tuning-N) labels which sentences earn which key points. Those
sentences become the points' examples (docs/scenario-format.md, "Key
points"): a candidate's sentence that says the same thing in other words then
covers the point. Held-out sets (any folder with "heldout" in its name) are
never read, so they keep measuring what the scorer does on answers nobody
tuned on.

Usage: scripts/examples_from_labels.py [--before N] [--scenarios DIR]
  --before N       only sets older than answers-tuning-N (answers counts as
                   0, answers-tuning as 1): what a writer before the N-th saw
  --scenarios DIR  the scenario files to rewrite (default: scenarios/)
Replaces every key point's examples, then reformats the files with
`rehearse format` when --rehearse names a built binary.
"""
import argparse
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")


def set_number(folder):
    """Order of a tuning set of answers, or None for any other folder."""
    if "heldout" in folder:
        return None
    if folder == "answers":
        return 0
    if folder == "answers-tuning":
        return 1
    found = re.fullmatch(r"answers-tuning-(\d+)", folder)
    return int(found.group(1)) if found else None


def collect_examples(before=None):
    """{scenario id: {key point id: [sentence, ...]}} from the tuning sets, oldest set first."""
    folders = sorted((set_number(f), f) for f in os.listdir(DATA) if set_number(f) is not None)
    examples = {}
    for number, folder in folders:
        if before is not None and number >= before:
            continue
        for name in sorted(os.listdir(os.path.join(DATA, folder))):
            if not name.endswith(".labels.json"):
                continue
            with open(os.path.join(DATA, folder, name)) as file:
                labels = json.load(file)
            points = examples.setdefault(labels["scenario"], {})
            for kind in ("strong", "mediocre", "buzzword", "rejecting"):
                for point, sentences in labels["answers"].get(kind, {}).get("credit", {}).items():
                    kept = points.setdefault(point, [])
                    kept.extend(s for s in sentences if s.strip() and s not in kept)
    return examples


def add_examples(scenarios, examples):
    """Rewrites every scenario file in `scenarios` with its key points' examples; returns the paths."""
    written = []
    for name in sorted(os.listdir(scenarios)):
        path = os.path.join(scenarios, name)
        if not name.endswith(".json") or not os.path.isfile(path):
            continue
        with open(path) as file:
            scenario = json.load(file)
        labelled = examples.get(scenario.get("id"), {})
        for stage in scenario.get("stages", []):
            for point in stage.get("key_points", []):
                point.pop("examples", None)
                if labelled.get(point.get("id")):
                    point["examples"] = labelled[point["id"]]
        with open(path, "w") as file:
            json.dump(scenario, file, indent=2, ensure_ascii=False)
            file.write("\n")
        written.append(path)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=int)
    parser.add_argument("--scenarios", default=os.path.join(ROOT, "scenarios"))
    parser.add_argument("--rehearse", help="a built rehearse, to reformat the files in the canonical layout")
    args = parser.parse_args()
    examples = collect_examples(args.before)
    written = add_examples(args.scenarios, examples)
    if args.rehearse:
        subprocess.run([args.rehearse, "format", *written], check=True, capture_output=True)
    total = sum(len(sentences) for points in examples.values() for sentences in points.values())
    print(f"{len(written)} scenario files, {total} example sentences")


if __name__ == "__main__":
    main()
