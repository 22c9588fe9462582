#!/usr/bin/env bash
# Exports of a session file from someone else, as a user runs them: a canvas
# item of 549755813760 x 549755813760 units (it froze the app), items at
# +-1e300, labels with control characters and U+FFFF, a session "finished"
# at t = 1e300. Then the one rule for output files (read-only refused,
# symlinks replaced, the umask kept) and for formats from file names.
# Every failure is one line on stderr and a non-zero exit, never an abort.
set -uo pipefail
BIN="${REHEARSE_BIN:?}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "FAIL: $*" >&2; exit 1; }

WORK="$(mktemp -d /tmp/rehearse-cli-exports-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
export REHEARSE_SCENARIOS="$SRC/scenarios"
mkdir -p "$HOME"
OUT="$WORK/out"
mkdir -p "$OUT"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# Runs the binary with a time limit; exit code in $code, stderr in $err.
# Both scenario folders: the session's scenario is in the library, so its
# export has nothing to note on stderr.
run() {
    err="$(timeout 60 "$BIN" --scenarios "$SRC/scenarios" --scenarios "$SRC/tests/data/scenarios" "$@" 2>&1 >/dev/null)"
    code=$?
    [ "$code" -ne 124 ] || fail "hung (60 s): rehearse $*"
    [ "$code" -lt 128 ] || fail "crashed with signal $((code - 128)): rehearse $*: $err"
}
# A refusal: the expected exit code and exactly one line on stderr.
refused() {
    local want="$1"; shift
    run "$@"
    [ "$code" -eq "$want" ] || fail "expected exit $want, got $code: rehearse $*: $err"
    [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && [ -n "$err" ] || fail "not one line on stderr: rehearse $*: $err"
}

run sessions import "$SRC/tests/data/regressions/huge-canvas.session.json"
[ "$code" -eq 0 ] || fail "import: $err"

# --- The hostile session exports, in every format, quickly ----------------
start=$(date +%s)
for name in canvas.svg canvas.png canvas.excalidraw debrief.md session.json; do
    run sessions export 1 -o "$OUT/$name"
    [ "$code" -eq 0 ] || fail "sessions export -o $name: exit $code: $err"
done
elapsed=$(( $(date +%s) - start ))
[ "$elapsed" -lt 30 ] || fail "exports took ${elapsed}s"

"$PY" -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$OUT/canvas.svg" \
    || fail "the SVG is not well-formed XML"
grep -qE '="(-?inf|-?nan)' "$OUT/canvas.svg" && fail "the SVG has a non-finite number"
if command -v rsvg-convert >/dev/null 2>&1; then
    # Scaled down: the canvas is 2e7 units wide, more than rsvg draws at 1:1.
    rsvg-convert -w 800 -a "$OUT/canvas.svg" -o "$OUT/rsvg.png" || fail "rsvg-convert refused the SVG"
fi
size="$("$PY" -c 'import struct, sys; d = open(sys.argv[1], "rb").read(); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$OUT/canvas.png")"
case "$size" in 1x*|*x1) fail "the PNG is $size" ;; esac
"$PY" -c 'import json, sys; json.load(open(sys.argv[1]))' "$OUT/canvas.excalidraw" || fail "excalidraw is not JSON"
grep -q '999999:59:59' "$OUT/debrief.md" || fail "the debrief does not show the clamped time"
grep -q ':-' "$OUT/debrief.md" && fail "the debrief shows a negative time"

# --- Formats from file names: any case, synonyms, unknown refused ---------
run sessions export 1 -o "$OUT/debrief.markdown"
[ "$code" -eq 0 ] && grep -q '^#' <<<"$(head -c 2 "$OUT/debrief.markdown")" || fail ".markdown did not give Markdown"
run sessions export 1 -o "$OUT/pic.SVG"
[ "$code" -eq 0 ] && grep -q '<svg' "$OUT/pic.SVG" || fail ".SVG did not give SVG"
run export 1 -o "$OUT/other.Markdown"
[ "$code" -eq 0 ] && grep -q '^#' <<<"$(head -c 2 "$OUT/other.Markdown")" || fail "export -o .Markdown"
run sessions export 1 -o "$OUT/backup"
[ "$code" -eq 0 ] && grep -q '{' <<<"$(head -c 1 "$OUT/backup")" || fail "no extension did not give the JSON session file"
refused 2 sessions export 1 -o "$OUT/notes.txt"
[ -e "$OUT/notes.txt" ] && fail "an unknown extension still wrote a file"
grep -q "unknown extension '.txt'" <<<"$err" || fail "message: $err"
run sessions export 1 -o "$OUT/notes.txt" --format md
[ "$code" -eq 0 ] && grep -q '^#' <<<"$(head -c 2 "$OUT/notes.txt")" || fail "--format md did not win over the name"
refused 2 export spam-email-detection --reference -o "$OUT/ref.txt"
refused 2 export spam-email-detection --reference -o "$OUT/ref.json"

# --- One rule for the file: read-only refused, symlinks replaced, umask ---
printf 'precious\n' > "$OUT/keep"
chmod 444 "$OUT/keep"
for fmt in json md svg png excalidraw; do
    refused 3 sessions export 1 -o "$OUT/keep" --format "$fmt"
    grep -q 'is read-only; not replaced' <<<"$err" || fail "$fmt: message: $err"
done
for fmt in svg png excalidraw; do
    refused 3 export spam-email-detection --reference -o "$OUT/keep" --format "$fmt"
done
[ "$(cat "$OUT/keep")" = precious ] || fail "a read-only file was changed"

# Each writer: the session's json, md, svg and excalidraw, and png through
# the reference diagram (the hostile session's PNG is 8192 x 8192: slow).
exporters=("sessions export 1 -o" "sessions export 1 -o" "sessions export 1 -o" "sessions export 1 -o"
           "export spam-email-detection --reference -o" "export spam-email-detection --reference -o")
extensions=(json md svg excalidraw png svg)

printf 'not mine\n' > "$WORK/target"
for i in "${!extensions[@]}"; do
    file="$OUT/link$i.${extensions[$i]}"
    ln -sf "$WORK/target" "$file"
    run ${exporters[$i]} "$file"
    [ "$code" -eq 0 ] || fail "export through a symlink (${extensions[$i]}): $err"
    [ -L "$file" ] && fail "${extensions[$i]}: the symlink was followed, not replaced"
done
[ "$(cat "$WORK/target")" = "not mine" ] || fail "the symlink's target was written"

for mask in 022 077; do
    want=$([ "$mask" = 022 ] && echo 644 || echo 600)
    for i in "${!extensions[@]}"; do
        file="$OUT/mode$i.${extensions[$i]}"
        (umask "$mask" && run ${exporters[$i]} "$file" && [ "$code" -eq 0 ]) || fail "umask $mask: $file"
        mode="$(stat -c %a "$file")"
        [ "$mode" = "$want" ] || fail "umask $mask, ${extensions[$i]}: mode $mode, expected $want"
        # Replacing keeps the mode the file has now.
        chmod 640 "$file"
        (umask "$mask" && run ${exporters[$i]} "$file" && [ "$code" -eq 0 ]) || fail "replace: $file"
        [ "$(stat -c %a "$file")" = 640 ] || fail "${extensions[$i]}: replacing changed the mode"
        rm -f "$file"
    done
done

refused 3 sessions export 1 -o "$OUT" --format json
refused 3 sessions export 1 -o "$WORK/no/such/dir/x.svg"
echo "cli untrusted exports: ok (${elapsed}s for the five exports, png $size)"
