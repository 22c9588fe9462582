#!/usr/bin/env python3
"""The JSON Schema must agree with the loader: every shipped scenario and
every test fixture that loads validate against it, and typical mistakes the
loader rejects are rejected by the schema too. For editors (VS Code reads
`description`, `markdownDescription` and `defaultSnippets`): every field says
what it is, and every snippet, with its placeholders filled by their
defaults, is valid where it is offered."""
import copy
import glob
import json
import os
import re
import sys

import jsonschema

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "scenarios/schema/scenario.schema.json")) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

files = sorted(glob.glob(os.path.join(root, "scenarios/*.json")))
# Fixtures that load (the lint ones have only --strict findings); a misspelt
# field, an error under --strict, the schema must refuse.
refused = {os.path.join(root, "tests/data/lint/misspelt-field.json")}
fixtures = sorted(glob.glob(os.path.join(root, "tests/data/scenarios/*.json")) +
                  glob.glob(os.path.join(root, "tests/data/lint/*.json")))
files += [path for path in fixtures if path not in refused]
failures = 0
for path in files:
    with open(path) as f:
        doc = json.load(f)
    for error in validator.iter_errors(doc):
        failures += 1
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
for path in sorted(refused):
    with open(path) as f:
        if validator.is_valid(json.load(f)):
            failures += 1
            print(f"{path}: the schema accepts it")


def walk(node, where):
    """Every schema object inside `node`, with where it is."""
    if isinstance(node, dict):
        yield node, where
        for key, value in node.items():
            if key not in ("defaultSnippets", "const", "enum"):
                yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{where}/{i}")


def filled(body):
    """A snippet body with `${1:text}` as text and `${1|a,b|}` as a."""
    if isinstance(body, str):
        body = re.sub(r"\$\{\d+\|([^,|]*)[^}]*\}", r"\1", body)
        return re.sub(r"\$\{\d+:([^}]*)\}", r"\1", body)
    if isinstance(body, list):
        return [filled(value) for value in body]
    if isinstance(body, dict):
        return {key: filled(value) for key, value in body.items()}
    return body


described = snippets = 0
for node, where in walk(schema, "#"):
    for name, field in node.get("properties", {}).items():
        for key in ("description", "markdownDescription"):
            if not field.get(key, "").strip():
                failures += 1
                print(f"schema: {where}/properties/{name} has no {key}")
        described += 1
    for snippet in node.get("defaultSnippets", []):
        snippets += 1
        offered = dict(node, **{"$defs": schema["$defs"]})
        offered.pop("defaultSnippets")
        for error in jsonschema.Draft202012Validator(offered).iter_errors(filled(snippet["body"])):
            failures += 1
            print(f"schema: snippet '{snippet['label']}' at {where}: {error.message}")
for array in ("facts", "stages"):
    if not schema["properties"][array].get("defaultSnippets"):
        failures += 1
        print(f"schema: no snippet for '{array}'")

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

print(f"{len(files)} scenario file(s) checked against the schema, {described} field(s) described, "
      f"{snippets} snippet(s) valid, {len(mistakes)} mistakes tried: "
      f"{'ok' if failures == 0 else str(failures) + ' problem(s)'}")
sys.exit(1 if failures else 0)
