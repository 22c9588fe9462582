#!/usr/bin/env bash
# Untrusted input through the real command line: session files, a crafted
# sessions.db, Latin-1 answer files, scenarios with terminal escapes. No
# command may die on a signal (abort, stack overflow), hang, print a raw
# control character, or print invalid JSON with --json.
set -uo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
REG="$SRC/tests/data/regressions"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
DB="$XDG_DATA_HOME/rehearse/sessions.db"
fail() { echo "FAIL: $*" >&2; exit 1; }

# run CMD...: runs it (10 s at most) with stdout in $TMP/out, stderr in $TMP/err, exit code in $code.
run() {
    timeout 10 "$@" >"$TMP/out" 2>"$TMP/err"
    code=$?
    [ "$code" -ne 124 ] || fail "$* did not return within 10 s"
    [ "$code" -lt 128 ] || fail "$* died on signal $((code - 128)): $(head -c 300 "$TMP/err")"
}
# The file holds valid UTF-8 and no control character but newline and tab.
clean() {
    python3 - "$1" <<'PY' || fail "$2: raw control characters or invalid UTF-8 in: $(head -c 300 "$1" | od -c | head -5)"
import sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
bad = [c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f]
sys.exit(1 if bad else 0)
PY
}
valid_json() { python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1" || fail "$2: not valid JSON"; }
one_line() { [ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "$1: expected one line on stderr, got: $(cat "$TMP/err")"; }

# --- sessions import: only a regular file of at most 64 MB --------------------------------
run "$BIN" sessions import /dev/zero
[ "$code" -eq 1 ] || fail "import /dev/zero: exit $code"
one_line "import /dev/zero"
grep -q "not a regular file" "$TMP/err" || fail "import /dev/zero: $(cat "$TMP/err")"
truncate -s 65M "$TMP/huge.json"
run "$BIN" sessions import "$TMP/huge.json"
[ "$code" -eq 1 ] && grep -q "larger than 64 MB" "$TMP/err" || fail "import of a 65 MB file: exit $code, $(cat "$TMP/err")"

# A session file to work with: the toy scenario, two notes.
python3 - "$SRC/tests/data/scenarios/minimal.json" "$TMP/session.json" <<'PY'
import json, sys
definition = json.load(open(sys.argv[1]))
archive = {
    "rehearse_session_format": 1,
    "session": {"uid": "s-cli0untrusted0000000001", "name": "", "created": "2026-01-02T03:04:05.000Z",
                "updated": "2026-01-02T03:14:05.000Z", "finished": None, "seconds": 600, "coverage": None,
                "stage_scores": []},
    "scenario": {"id": definition["id"], "title": definition["title"], "definition": definition},
    "journal": [{"type": "set_notes", "at": 1, "stage": 0, "text": "first"},
                {"type": "set_notes", "at": 2, "stage": 0, "text": "second"}],
}
json.dump(archive, open(sys.argv[2], "w"), indent=2)
PY
run "$BIN" sessions import "$TMP/session.json"
[ "$code" -eq 0 ] || fail "import of a good session file: exit $code, $(cat "$TMP/err")"

# --- deep nesting: refused with a message, not a stack overflow -------------------------------
python3 - "$TMP/session.json" "$TMP/deep.json" <<'PY'
import json, sys
archive = json.load(open(sys.argv[1]))
archive["session"]["uid"] = "s-cli0untrusted0000000002"
archive["scenario"]["definition"]["notes"] = "DEEP"
text = json.dumps(archive).replace('"DEEP"', "[" * 100000 + "]" * 100000)
open(sys.argv[2], "w").write(text)
PY
run "$BIN" sessions import "$TMP/deep.json"
[ "$code" -eq 1 ] && grep -q "levels deep" "$TMP/err" || fail "deep archive: exit $code, $(head -c 300 "$TMP/err")"
one_line "deep archive"

# --- text that is not UTF-8 ------------------------------------------------------------------
run "$BIN" sessions rename 1 "$(printf 'Caf\xe9')"
[ "$code" -eq 0 ] || fail "rename to Latin-1: exit $code"
run "$BIN" sessions list --json
[ "$code" -eq 0 ] || fail "sessions list --json after a Latin-1 rename: exit $code, $(cat "$TMP/err")"
valid_json "$TMP/out" "sessions list --json"
grep -q "Caf�" "$TMP/out" || fail "the name is not shown with U+FFFD: $(cat "$TMP/out")"
run "$BIN" sessions export 1 -o "$TMP/exported.json"
[ "$code" -eq 0 ] || fail "export after a Latin-1 rename: exit $code, $(cat "$TMP/err")"
valid_json "$TMP/exported.json" "exported session"

S=(--scenarios "$SRC/tests/data/scenarios")
run "$BIN" "${S[@]}" score toy-late-invoices "$REG/latin1-answer.md" --json
[ "$code" -eq 0 ] || fail "score --json of a Latin-1 answer: exit $code, $(cat "$TMP/err")"
valid_json "$TMP/out" "score --json"
grep -q "not UTF-8" "$TMP/err" || fail "no note that the answer is not UTF-8"
run "$BIN" "${S[@]}" score toy-late-invoices "$REG/latin1-answer.md"
[ "$code" -eq 0 ] || fail "score of a Latin-1 answer: exit $code"
clean "$TMP/out" "score of a Latin-1 answer"
run "$BIN" "${S[@]}" ask toy-late-invoices "$(printf 'how many invoices per day, caf\xe9?')" --json
[ "$code" -eq 0 ] || fail "ask --json with a Latin-1 question: exit $code, $(cat "$TMP/err")"
valid_json "$TMP/out" "ask --json"
grep -q "20,000" "$TMP/out" || fail "ask did not answer the Latin-1 question: $(cat "$TMP/out")"
run "$BIN" "${S[@]}" score toy-late-invoices /dev/zero
[ "$code" -eq 1 ] && grep -q "not a regular file" "$TMP/err" || fail "score /dev/zero: exit $code, $(cat "$TMP/err")"

# --- terminal escapes in a scenario are shown, never sent raw ----------------------------------
E="$REG/escape-sequences-scenario.json"
run "$BIN" --scenarios "$E" list --long
[ "$code" -eq 0 ] || fail "list: exit $code"
clean "$TMP/out" "list"
grep -qF 'Late invoices\x1b]0;pwned\x07\r\x1b[2KHidden' "$TMP/out" || fail "list does not show the escapes: $(cat "$TMP/out")"
run "$BIN" ask "$E" "what volume"
clean "$TMP/out" "ask"
grep -qF 'Volume\u{202e}: About 20,000 invoices a day.\x1b[31m\x08\x00' "$TMP/out" || fail "ask: $(cat "$TMP/out")"
run "$BIN" score "$E" "$REG/latin1-answer.md"
[ "$code" -eq 0 ] || fail "score: exit $code"
clean "$TMP/out" "score"
# A diagnostic quoting a hostile file name is shown, not obeyed.
BAD="$TMP/$(printf 'bad\033]0;pwned\007')"
printf '{ "format": 1, "id": "x" ' >"$BAD.json"
run "$BIN" validate "$BAD.json"
[ "$code" -eq 1 ] || fail "validate of a broken file: exit $code"
clean "$TMP/err" "validate diagnostics"

# A session whose scenario title and name carry escapes, imported from a partner.
python3 - "$E" "$TMP/escape-session.json" <<'PY'
import json, sys
definition = json.load(open(sys.argv[1]))
archive = {
    "rehearse_session_format": 1,
    "session": {"uid": "s-cli0untrusted0000000003", "name": "\u001b[2J\u001b[Hrenamed\r", "created": "2026-01-03T00:00:00.000Z",
                "finished": None, "seconds": 0, "coverage": None},
    "scenario": {"id": definition["id"], "title": definition["title"], "definition": definition},
    "journal": [],
}
json.dump(archive, open(sys.argv[2], "w"))
PY
run "$BIN" sessions import "$TMP/escape-session.json"
[ "$code" -eq 0 ] || fail "import of a session with escapes: exit $code, $(cat "$TMP/err")"
run "$BIN" sessions list
[ "$code" -eq 0 ] || fail "sessions list: exit $code"
clean "$TMP/out" "sessions list"
grep -qF '\x1b[2J\x1b[Hrenamed\r' "$TMP/out" || fail "sessions list does not show the escapes: $(cat "$TMP/out")"

# --- a crafted sessions.db: refused, moved aside, the original kept ------------------------------
crafted() {  # crafted SQL-FILE: applies it to the current database
    python3 - "$DB" "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript(open(sys.argv[2]).read())
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.close()
PY
}
# actions_in DB: journal rows of the first imported session (found by uid: salvage renumbers).
actions_in() {
    python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT count(*) FROM actions JOIN sessions ON sessions.id = actions.session_id "
                 "WHERE sessions.uid = 's-cli0untrusted0000000001'").fetchone()[0])
PY
}
crafted "$REG/sessions-db-trigger.sql"
cp "$DB" "$TMP/original.db"
run "$BIN" sessions rename 1 "new name"
grep -q "trigger 'wipe_journal_on_rename'" "$TMP/err" || fail "trigger not reported: $(cat "$TMP/err")"
moved="$(ls "$XDG_DATA_HOME/rehearse/" | grep 'sessions.db.altered-' | grep -v -- '-wal$\|-shm$' | head -1)"
[ -n "$moved" ] || fail "the crafted database was not moved aside"
cmp -s "$XDG_DATA_HOME/rehearse/$moved" "$TMP/original.db" || fail "the moved-aside file differs from the original"
[ "$(actions_in "$XDG_DATA_HOME/rehearse/$moved")" -eq 2 ] || fail "the trigger ran on the user's file"
[ "$(actions_in "$DB")" -eq 2 ] || fail "the salvaged session lost its journal"

crafted "$REG/sessions-db-recursive-view.sql"
run "$BIN" sessions list
[ "$code" -eq 0 ] || fail "sessions list on a recursive view: exit $code, $(cat "$TMP/err")"
grep -q "stage_scores" "$TMP/err" || fail "recursive view not reported: $(cat "$TMP/err")"

crafted "$REG/sessions-db-failing-view.sql"
run "$BIN" sessions list --json
[ "$code" -eq 0 ] || fail "sessions list on a failing view: exit $code, $(cat "$TMP/err")"
valid_json "$TMP/out" "sessions list --json after a failing view"

echo "cli untrusted input: ok"
