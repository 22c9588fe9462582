#!/usr/bin/env bash
# `rehearse validate` as an author uses it: exit 0 on good files; on a broken
# one, exit non-zero with path:line:col: error: lines, and the good files in
# the same run still reported as valid.
set -uo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$BIN" validate "$SRC/tests/data/scenarios/minimal.json" >/dev/null || fail "valid file rejected"

out="$("$BIN" validate "$SRC/tests/data/broken/wrong-type.json" "$SRC/tests/data/scenarios/minimal.json" 2>&1)"
code=$?
[ "$code" -eq 1 ] || fail "expected exit 1, got $code"
echo "$out" | grep -q "tests/data/broken/wrong-type.json:8:14: error: 'minutes' must be a number, not a string" \
    || fail "missing located diagnostic in: $out"
echo "$out" | grep -q "2 file(s) checked: 1 valid scenario(s)" || fail "good file not counted: $out"

"$BIN" validate /nonexistent/path.json >/dev/null 2>&1 && fail "missing file accepted"
"$BIN" --scenarios "$SRC/tests/data/scenarios" list | grep -q "^toy-late-invoices	Late invoices$" || fail "list output"
echo "cli validate/list: ok"
