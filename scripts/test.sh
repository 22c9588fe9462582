#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest: unit
# tests, CLI checks of the shipped scenarios and the GUI smoke test under
# Xvfb. `scripts/test.sh asan` runs the same suite under ASan + UBSan.
# In CI (CI or REHEARSE_CI set, not 0) the default preset is `ci`: warnings
# are errors, and a check whose tool is missing fails instead of skipping.
# Then every fuzz target runs for a fixed number of inputs (its own clang
# build in build/fuzz); REHEARSE_SKIP_FUZZ=1 leaves that step out.
set -euo pipefail
cd "$(dirname "$0")/.."
IN_CI=0
if [ "${CI:-0}" != "0" ] || [ "${REHEARSE_CI:-0}" != "0" ]; then IN_CI=1; export REHEARSE_CI=1; fi
if [ "$IN_CI" = "1" ]; then PRESET="${1:-ci}"; else PRESET="${1:-release}"; fi
if [ "${REHEARSE_SKIP_INSTALL:-0}" != "1" ]; then bash scripts/install-deps.sh --tests; fi
# The Excalidraw check's npm packages download while the build compiles:
# `npm ci` waits on the network (minutes on a fresh machine), not on the
# CPU. The check waits for this install, or runs it itself if it failed.
npm_pid=""
if command -v npm >/dev/null 2>&1; then
  mkdir -p "build/$PRESET/tests/excalidraw"
  bash tests/excalidraw/install.sh "build/$PRESET/tests/excalidraw" \
    >"build/$PRESET/tests/excalidraw/install.log" 2>&1 &
  npm_pid=$!
fi
bash scripts/build.sh "$PRESET"
[ -z "$npm_pid" ] || wait "$npm_pid" || echo "npm ci failed (build/$PRESET/tests/excalidraw/install.log); the Excalidraw check tries again"
# The suite runs in two parts. First everything but the scripted GUI checks,
# two at a time. Then those checks, one at a time (they click and type with
# real timing), while the fuzz targets (a clang build of their own) compile
# beside them at the lowest priority in the core they leave mostly idle. Not
# during the first part: beside the build, whatever its priority, the store
# and export checks ran two to three times slower (disk and memory are not
# shared out by priority). The build is its own process group (job control,
# set -m), so a failing check stops all of it; not its own session (setsid),
# whose scheduler group would get an equal share of the CPU whatever its
# priority.
ctest --preset "$PRESET" -j2 -LE scripted
fuzz_build_pid=""
if [ "${REHEARSE_SKIP_FUZZ:-0}" != "1" ]; then
  mkdir -p build/fuzz
  set -m
  nice -n 19 bash tests/fuzz/run.sh --build-only >build/fuzz/build.log 2>&1 &
  fuzz_build_pid=$!
  set +m
  trap 'kill -- "-$fuzz_build_pid" 2>/dev/null || true' EXIT
fi
ctest --preset "$PRESET" -L scripted
if [ -n "$fuzz_build_pid" ]; then
  trap - EXIT
  # A failed build is built again in the foreground below, where its errors show.
  wait "$fuzz_build_pid" || echo "the fuzz build failed in the background (build/fuzz/build.log); building again"
  bash tests/fuzz/run.sh all --runs "${REHEARSE_FUZZ_RUNS:-2000}"
fi
