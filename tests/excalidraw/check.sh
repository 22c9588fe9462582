#!/usr/bin/env bash
# Opens every scenario's reference diagram, and the golden user canvas that
# has every item kind, with the real Excalidraw code (npm package, headless
# Chromium) and checks items, arrow bindings and labels survive Excalidraw's
# own restore, render, and a keyboard move of each shape.
#
# Usage: tests/excalidraw/check.sh REHEARSE_BINARY [WORK_DIR]
#   WORK_DIR (default tests/excalidraw/.work) gets node_modules, the exported
#   scenes and the bundled page; screenshots go to WORK_DIR/shots.
# Skips (exit 0) when node/npm or chromium is missing, except in CI (CI or
# REHEARSE_CI set, and not 0): there a missing tool fails the check, so a
# green CI means Excalidraw really opened the exports. Env CHROMIUM picks the
# browser binary (default /usr/bin/chromium).
set -euo pipefail

src="${BASH_SOURCE[0]}"
[[ "$src" == */* ]] || src="./$src"
here="$(cd "${src%/*}" && pwd)"
rehearse="${1:?usage: check.sh REHEARSE_BINARY [WORK_DIR]}"
work="${2:-$here/.work}"

missing_tool() {
  if [[ "${CI:-0}" != "0" || "${REHEARSE_CI:-0}" != "0" ]]; then
    echo "FAIL: $1; CI must run this check (scripts/install-deps.sh --tests installs it)" >&2
    exit 1
  fi
  echo "skipped: $1"
  exit 0
}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing_tool "node/npm not found (apt-get install nodejs npm)"
fi
chromium_bin="${CHROMIUM:-}"
if [[ -z "$chromium_bin" ]]; then
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do [[ -x "$c" ]] && chromium_bin="$c" && break; done
fi
[[ -z "$chromium_bin" ]] && chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium_bin" ]]; then
  missing_tool "chromium not found (apt-get install chromium)"
fi
export CHROMIUM="$chromium_bin"

# npm ci only when the lock file changed since the last install (scripts/test.sh
# may have started it already, while the build ran; this then waits for it).
bash "$here/install.sh" "$work"

scenes="$work/scenes"
rm -rf "$scenes" && mkdir -p "$scenes"
ids="$("$rehearse" list | cut -f1)"
[[ -n "$ids" ]] || { echo "no scenarios listed by $rehearse" >&2; exit 1; }
for id in $ids; do
  "$rehearse" export "$id" --reference --format excalidraw -o "$scenes/$id.excalidraw" >/dev/null
done
# A user canvas with every item kind (kept equal to the exporter's output by
# the [export] unit test).
cp "$here/../data/golden/canvas_sample.excalidraw" "$scenes/"

node "$work/app/check.mjs" --work "$work/page" --screenshots "$work/shots" "$scenes"
