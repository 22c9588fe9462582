#!/usr/bin/env python3
"""First-contact figures for the clarification matcher.

Every tuning set of clarifying questions (tests/data/clarifications-tuning-N)
was written blind and then tuned on: asks were added until the matcher
answered its questions. Its figures against today's scenarios flatter the
matcher. Asked of the scenarios as they were in the commit that added the set,
before anyone tuned on it, the same questions behave like a held-out set, and
a change to the matcher's code can be judged on them without spending a
held-out set. (Code only: the scenarios are the old ones, so new asks do not
show here.)

Usage: scripts/first_contact_questions.py [--rehearse PATH] [FOLDER ...]
  FOLDER  a folder under tests/data (default: every clarifications-tuning-N
          from the eleventh on, whose scenarios the current code reads).
Needs the git history (a full clone) and a built `rehearse`.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git(*args):
    return subprocess.run(["git", "-C", ROOT, *args], check=True, capture_output=True, text=True).stdout


def scenarios_before(folder, into):
    """Extracts scenarios/ as of the commit that added tests/data/FOLDER."""
    commits = git("log", "--diff-filter=A", "--format=%H", "--", f"tests/data/{folder}").split()
    if not commits:
        return None
    added = commits[-1]
    archive = subprocess.run(["git", "-C", ROOT, "archive", added, "scenarios"], check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as tar:
        tar.write(archive)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as files:
            files.extractall(into)
    return added, os.path.join(into, "scenarios")


def sets_before_tuning(folders):
    """Each folder, the commit that added it, and scenarios/ as of that commit (kept until the next one)."""
    for folder in folders:
        with tempfile.TemporaryDirectory() as work:
            found = scenarios_before(folder, work)
            if not found:
                print(f"{folder}: not in the git history", file=sys.stderr)
                continue
            yield (folder, *found)


def ask(rehearse, scenarios, scenario, question):
    env = dict(os.environ, REHEARSE_SCENARIOS=scenarios)
    out = subprocess.run([rehearse, "ask", "--json", scenario, question], capture_output=True, text=True, env=env)
    try:
        return [fact["id"] for fact in json.loads(out.stdout).get("facts", [])]
    except json.JSONDecodeError:
        return None


def parse_arguments(doc, prefix, first, flags=()):
    """--rehearse, any (flag, help) of `flags` as a switch, and the folders
    named, or every PREFIX-N under tests/data from N = FIRST on."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--rehearse", default=os.path.join(ROOT, "build", "ci", "rehearse"))
    for flag, meaning in flags:
        parser.add_argument(flag, action="store_true", help=meaning)
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args()
    args.folders = args.folders or sorted(
        (f for f in os.listdir(os.path.join(ROOT, "tests", "data"))
         if re.fullmatch(re.escape(prefix) + r"-(\d+)", f) and int(f.rsplit("-", 1)[1]) >= first),
        key=lambda f: int(f.rsplit("-", 1)[1]))
    return args


def main():
    args = parse_arguments(__doc__, "clarifications-tuning", 11)
    total = [0, 0, 0]  # right, given, asked
    for folder, commit, scenarios in sets_before_tuning(args.folders):
        items = []
        labelled = os.path.join(ROOT, "tests", "data", folder)
        for name in sorted(os.listdir(labelled)):
            if name.endswith(".json"):
                with open(os.path.join(labelled, name)) as file:
                    items += [(name[:-5], item["q"], item["facts"]) for item in json.load(file)]
        with ThreadPoolExecutor(2) as pool:
            got = list(pool.map(lambda item: ask(args.rehearse, scenarios, item[0], item[1]), items))
        unread = sum(1 for answer in got if answer is None)
        right = sum(len(set(answer or []) & set(expected)) for answer, (_, _, expected) in zip(got, items))
        given = sum(len(answer or []) for answer in got)
        asked = sum(len(expected) for _, _, expected in items)
        for i, value in enumerate((right, given, asked)):
            total[i] += value
        note = f", {unread} not read" if unread else ""
        print(f"{folder} (scenarios of {commit[:7]}): {len(items)} questions; precision {right / max(given, 1):.3f} "
              f"({right}/{given}), recall {right / max(asked, 1):.3f} ({right}/{asked}){note}")
    right, given, asked = total
    print(f"all: precision {right / max(given, 1):.3f} ({right}/{given}), recall {right / max(asked, 1):.3f} ({right}/{asked})")


if __name__ == "__main__":
    main()
