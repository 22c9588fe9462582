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
grep -q "tests/data/broken/wrong-type.json:8:14: error: 'minutes' must be a number, not a string" <<<"$out" \
    || fail "missing located diagnostic in: $out"
grep -q "2 file(s) checked: 1 valid scenario(s)" <<<"$out" || fail "good file not counted: $out"

"$BIN" validate /nonexistent/path.json >/dev/null 2>&1 && fail "missing file accepted"
printed="$("$BIN" --scenarios "$SRC/tests/data/scenarios" list)" && grep -q "^toy-late-invoices	Late invoices	senior$" <<<"$printed" || fail "list output"
# --scenarios after the subcommand reaches every command that reads scenarios.
TOY="$SRC/tests/data/scenarios"
printed="$("$BIN" list --scenarios "$TOY")" && grep -q "^toy-late-invoices	Late invoices	senior$" <<<"$printed" || fail "list --scenarios DIR"
printed="$("$BIN" validate --scenarios "$TOY")" && grep -q "^1 file(s) checked: 1 valid" <<<"$printed" || fail "validate --scenarios DIR"
"$BIN" ask toy-late-invoices "what volume?" --scenarios "$TOY" >/dev/null || fail "ask ... --scenarios DIR"
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
# --scenarios adds to the library: the shipped scenarios are still there.
export XDG_DATA_HOME="$OUT/data"  # no user folder but the one made below
printed="$("$BIN" ask spam-email-detection "how many emails come in per day?" --scenarios "$TOY")" && grep -q "10 billion" <<<"$printed" \
    || fail "--scenarios DIR replaced the shipped scenarios"
printed="$("$BIN" list --scenarios "$TOY")" && grep -q "^spam-email-detection	" <<<"$printed" || fail "list --scenarios DIR lost the shipped ones"
# validate checks what it is given (PATH, else the --scenarios named), and with neither the whole library.
shipped="$(ls "$SRC"/scenarios/*.json | wc -l)"
printed="$("$BIN" validate "$TOY")" && grep -q "^1 file(s) checked: 1 valid" <<<"$printed" || fail "validate DIR checked more than DIR"
printed="$("$BIN" validate)" && grep -q "^$shipped file(s) checked: $shipped valid" <<<"$printed" || fail "validate: not the shipped library"
mkdir -p "$XDG_DATA_HOME/rehearse/scenarios"
cp "$TOY/minimal.json" "$XDG_DATA_HOME/rehearse/scenarios/"
printed="$("$BIN" validate)" && grep -q "^$((shipped + 1)) file(s) checked: $((shipped + 1)) valid" <<<"$printed" \
    || fail "validate: the user's folder is not part of the library"
# The same folder named again (the shipped one, or the user's) lists nothing twice.
"$BIN" --scenarios "$SRC/scenarios" --scenarios "$XDG_DATA_HOME/rehearse/scenarios/" list >/dev/null 2>"$OUT/err" \
    && [ ! -s "$OUT/err" ] || fail "a folder named twice: $(cat "$OUT/err")"
rm -r "$XDG_DATA_HOME/rehearse/scenarios"
printf 'Gradient-boosted trees on tabular features.\n' >"$OUT/answer.md"
printed="$("$BIN" score toy-late-invoices "$OUT/answer.md" --scenarios "$TOY")" && grep -q "^Total: " <<<"$printed" || fail "score ... --scenarios DIR"
"$BIN" export toy-late-invoices --reference -o "$OUT/toy.svg" --scenarios "$TOY" && [ -s "$OUT/toy.svg" ] \
    || fail "export --reference ... --scenarios DIR"
# ask: a matched fact prints its answer; an unmatched question says so; both exit 0.
printed="$("$BIN" --scenarios "$SRC/scenarios" ask spam-email-detection "how many emails come in per day?")" \
    && grep -q "10 billion" <<<"$printed" || fail "ask did not answer the volume question"
"$BIN" --scenarios "$SRC/scenarios" ask spam-email-detection "what is your favourite colour?" >/dev/null \
    || fail "ask exits non-zero on no match"
# score: a strong written answer scores far higher than a weak one.
pct() { "$BIN" --scenarios "$SRC/scenarios" score spam-email-detection "$1" | sed -n 's/^Total: .*(\([0-9]*\)%)$/\1/p'; }
strong="$(pct "$SRC/tests/data/answers/spam-email-detection-strong.md")"
weak="$(pct "$SRC/tests/data/answers/spam-email-detection-weak.md")"
[ -n "$strong" ] && [ -n "$weak" ] && [ "$strong" -ge $((weak + 50)) ] || fail "strong $strong% vs weak $weak%"
echo "cli validate/list/ask/score: ok (strong $strong%, weak $weak%)"
