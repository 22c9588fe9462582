#!/usr/bin/env python3
"""The JSON Schema must agree with the loader: every shipped scenario and the
test scenario validate against it, and typical mistakes the loader rejects
are rejected by the schema too."""
import copy
import glob
import json
import os
import sys

import jsonschema

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "scenarios/schema/scenario.schema.json")) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

files = sorted(glob.glob(os.path.join(root, "scenarios/*.json")))
files.append(os.path.join(root, "tests/data/scenarios/minimal.json"))
failures = 0
for path in files:
    with open(path) as f:
        doc = json.load(f)
    for error in validator.iter_errors(doc):
        failures += 1
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")

with open(os.path.join(root, "tests/data/scenarios/minimal.json")) as f:
    good = json.load(f)
mistakes = {
    "unknown stage": lambda d: d["stages"][0].__setitem__("id", "modeling"),
    "bad difficulty": lambda d: d.__setitem__("difficulty", "trivial"),
    "missing title": lambda d: d.pop("title"),
    "empty concept": lambda d: d["stages"][0]["key_points"][0].__setitem__("concepts", [[]]),
    "trigger without minute": lambda d: d["stages"][0]["follow_ups"][0]["trigger"].pop("minute"),
    "unknown item kind": lambda d: d["reference"]["diagram"]["items"][0].__setitem__("kind", "neural_net"),
    "minutes as text": lambda d: d.__setitem__("minutes", "twelve"),
    "unknown dimension": lambda d: d["stages"][0]["key_points"][0].__setitem__("dimension", "modeling"),
    "unknown level": lambda d: d.__setitem__("level", "principal"),
    "unknown follow-up level": lambda d: d["stages"][0]["follow_ups"][0].__setitem__("level", "junior"),
}
for name, mutate in mistakes.items():
    doc = copy.deepcopy(good)
    mutate(doc)
    if validator.is_valid(doc):
        failures += 1
        print(f"schema accepts a scenario with: {name}")

print(f"{len(files)} scenario file(s) checked against the schema, {len(mistakes)} mistakes tried: "
      f"{'ok' if failures == 0 else str(failures) + ' problem(s)'}")
sys.exit(1 if failures else 0)
