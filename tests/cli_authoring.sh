#!/usr/bin/env bash
# The author's commands as an author runs them: `format` rewrites a file in
# the canonical layout (and `--check` only lists it, exit 1), `test` runs a
# scenario's blessed transcript and names the failing entry's line.
set -uo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$WORK/scenarios/tests"
cp "$SRC/tests/data/scenarios/minimal.json" "$WORK/scenarios/toy-late-invoices.json"
before="$(cat "$WORK/scenarios/toy-late-invoices.json")"

# --check changes nothing, lists the file, exits 1.
out="$("$BIN" format --check "$WORK/scenarios" 2>/dev/null)"; rc=$?
[ "$rc" -eq 1 ] || fail "format --check on an unformatted file exited $rc"
[ "$out" = "$WORK/scenarios/toy-late-invoices.json" ] || fail "format --check listed: $out"
[ "$(cat "$WORK/scenarios/toy-late-invoices.json")" = "$before" ] || fail "format --check changed the file"

# format rewrites it; then --check is clean and the file still validates.
"$BIN" format "$WORK/scenarios" 2>/dev/null || fail "format failed"
"$BIN" format --check "$WORK/scenarios" >/dev/null 2>&1 || fail "formatted file still listed by --check"
"$BIN" validate "$WORK/scenarios" >/dev/null 2>&1 || fail "formatted file does not validate"
grep -q '^      "key_points": \[$' "$WORK/scenarios/toy-late-invoices.json" || fail "layout not canonical"

# A file that is not JSON is refused at its line, exit 2, and left alone.
printf '{\n  "id": "x",,\n}\n' > "$WORK/broken.json"
err="$("$BIN" format "$WORK/broken.json" 2>&1 >/dev/null)"; rc=$?
[ "$rc" -eq 2 ] || fail "format of broken JSON exited $rc"
grep -q "broken.json:2:" <<<"$err" || fail "broken JSON not located: $err"

# test: a passing and a failing transcript, found through the scenario folder.
cat > "$WORK/scenarios/tests/toy-late-invoices.tests.json" <<'JSON'
{
  "scenario": "toy-late-invoices",
  "questions": [
    { "ask": "how many invoices a day?", "fact": "volume" },
    { "ask": "how many invoices a day?", "fact": "late-rate" }
  ],
  "sentences": [
    { "text": "XGBoost on the invoice history.", "stage": "models", "covers": ["gbdt"] }
  ]
}
JSON
err="$("$BIN" test "$WORK/scenarios" 2>&1 >/dev/null)"; rc=$?
[ "$rc" -eq 1 ] || fail "a failing transcript exited $rc"
grep -q "toy-late-invoices.tests.json:5:5: error: question \"how many invoices a day?\" should reach 'late-rate'" <<<"$err" \
    || fail "failure not reported at its entry: $err"
[ "$(echo "$err" | wc -l)" -eq 1 ] || fail "passing entries reported as failures: $err"
sed -i '5d; 4s/,$//' "$WORK/scenarios/tests/toy-late-invoices.tests.json"
out="$("$BIN" test "$WORK/scenarios" 2>&1)" || fail "a passing transcript failed: $out"
grep -q "^1 test file(s): 2 passed, 0 failed$" <<<"$out" || fail "summary: $out"

# A transcript for a scenario that does not exist names the one meant.
sed -i 's/"toy-late-invoices"/"toy-late-invoice"/' "$WORK/scenarios/tests/toy-late-invoices.tests.json"
err="$("$BIN" test "$WORK/scenarios" 2>&1 >/dev/null)" && fail "a transcript of no scenario passed"
grep -q "no scenario 'toy-late-invoice' to test (did you mean 'toy-late-invoices'?)" <<<"$err" || fail "no suggestion: $err"

# new: a skeleton in the user's folder, listed beside the shipped scenarios;
# --from copies one; an existing file is never overwritten.
export XDG_DATA_HOME="$WORK/data"
path="$("$BIN" new hotel-price-ranking 2>/dev/null)" || fail "new failed"
[ "$path" = "$WORK/data/rehearse/scenarios/hotel-price-ranking.json" ] || fail "new wrote $path"
"$BIN" validate "$path" >/dev/null 2>&1 || fail "the skeleton does not validate"
printed="$("$BIN" list)" && grep -q "^hotel-price-ranking	" <<<"$printed" || fail "list does not show the new scenario"
printed="$("$BIN" list)" && grep -q "^spam-email-detection	" <<<"$printed" || fail "list lost the shipped scenarios"
"$BIN" new hotel-price-ranking >/dev/null 2>&1 && fail "new overwrote an existing file"
"$BIN" new spam-copy --from spam-email-detection >/dev/null 2>&1 || fail "new --from failed"
grep -q '"title": "Spam email detection (copy)"' "$WORK/data/rehearse/scenarios/spam-copy.json" || fail "copy title"
# ... with the original's tests, renamed to the copy and passing on it.
copied_tests="$WORK/data/rehearse/scenarios/tests/spam-copy.tests.json"
grep -q '"scenario": "spam-copy"' "$copied_tests" || fail "new --from did not copy the tests"
"$BIN" test "$WORK/data/rehearse/scenarios" >/dev/null 2>&1 || fail "the copied tests fail on the copy"
"$BIN" new "Bad Id" >/dev/null 2>&1 && fail "new accepted a bad id"
# The copy says what came with it: the original's tests, which expect its
# facts and key points, and text that --strict reports as repeated.
err="$("$BIN" new spam-copy-2 --from spam-email-detection 2>&1 >/dev/null)" || fail "new --from failed: $err"
grep -q "copied spam-email-detection's blessed tests ([0-9]* question(s), [0-9]* sentence(s)) to $WORK/data/rehearse/scenarios/tests/spam-copy-2.tests.json" <<<"$err" \
    || fail "new --from does not say which tests it copied: $err"
# ... and the command it names runs them.
run_copied="$(echo "$err" | grep -o 'run `rehearse test [^`]*`' | sed 's/^run `rehearse test //; s/`$//')"
"$BIN" test -q "$run_copied" >/dev/null || fail "the command new --from names does not run the copied tests: $run_copied"
grep -q "reports each repeated text as 'same text as'" <<<"$err" || fail "new --from does not warn of the repeated text: $err"
# An id another scenario of the library has is refused: the second file would not load.
err="$("$BIN" new spam-email-detection 2>&1 >/dev/null)" && fail "new took the id of a shipped scenario"
grep -q "'spam-email-detection' is already the id of .*spam-email-detection.json; pick another id" <<<"$err" \
    || fail "new with a taken id: $err"
[ ! -e "$WORK/data/rehearse/scenarios/spam-email-detection.json" ] || fail "new wrote a scenario with a taken id"
# Tests left at the copy's test path are kept, and the author is told.
echo '{ "scenario": "spam-copy-3", "questions": [], "sentences": [] }' > "$WORK/data/rehearse/scenarios/tests/spam-copy-3.tests.json"
err="$("$BIN" new spam-copy-3 --from spam-email-detection 2>&1 >/dev/null)" || fail "new --from over old tests failed: $err"
grep -q "warning: .*spam-copy-3.tests.json was already there .*kept it, and did not copy spam-email-detection's tests over it" <<<"$err" \
    || fail "new --from over old tests says: $err"
grep -q '"questions": \[\]' "$WORK/data/rehearse/scenarios/tests/spam-copy-3.tests.json" || fail "new --from replaced tests already there"
# format keeps a blessed transcript in the layout "Save as test" writes,
# one entry a line, so blessing one entry later changes one line.
mkdir -p "$WORK/fmt/tests"
cat > "$WORK/fmt/tests/toy.tests.json" <<'JSON'
{
  "scenario": "toy",
  "questions": [
    {
      "ask": "how many invoices a day?",
      "fact": "volume"
    }
  ],
  "sentences": []
}
JSON
"$BIN" format "$WORK/fmt/tests/toy.tests.json" 2>/dev/null || fail "format of a tests file failed"
grep -q '^    { "ask": "how many invoices a day?", "fact": "volume" }$' "$WORK/fmt/tests/toy.tests.json" \
    || fail "tests file not in the one-entry-a-line layout: $(cat "$WORK/fmt/tests/toy.tests.json")"
"$BIN" format --check "$WORK/fmt/tests/toy.tests.json" >/dev/null 2>&1 || fail "formatted tests file still listed by --check"
echo "cli authoring: ok"
