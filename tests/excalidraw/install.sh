#!/usr/bin/env bash
# Installs the npm packages pinned in package-lock.json (Excalidraw, React,
# esbuild, playwright-core) into WORK_DIR/app/node_modules, unless the same
# lock file is installed there already. check.sh calls it; scripts/test.sh
# starts it while the build runs, since `npm ci` waits on the network for a
# few minutes on a fresh machine and needs almost no CPU.
#
# Usage: tests/excalidraw/install.sh WORK_DIR
# Two calls at once (the early start and the check) do not clash: the second
# waits for the first and then finds the packages in place.
set -euo pipefail

src="${BASH_SOURCE[0]}"
[[ "$src" == */* ]] || src="./$src"
here="$(cd "${src%/*}" && pwd)"
work="${1:?usage: install.sh WORK_DIR}"

mkdir -p "$work/app"
exec 9>"$work/app/.install-lock"
flock 9
cp "$here/package.json" "$here/package-lock.json" "$here/check.mjs" "$here/page.js" "$work/app/"
stamp="$work/app/node_modules/.rehearse-lock"
if ! cmp -s "$here/package-lock.json" "$stamp" 2>/dev/null; then
  (cd "$work/app" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$stamp"
fi
