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
# The fuzz targets (a clang build of their own) compile while the suite runs,
# at the lowest priority: the scripted GUI checks run one at a time and leave
# a core mostly idle, and they keep the CPU they need to draw on time.
# Its own process group (job control, set -m), so a failing suite stops the
# whole build; not its own session (setsid), whose scheduler group would get
# an equal share of the CPU whatever its priority.
fuzz_build_pid=""
if [ "${REHEARSE_SKIP_FUZZ:-0}" != "1" ]; then
  mkdir -p build/fuzz
  set -m
  nice -n 19 bash tests/fuzz/run.sh --build-only >build/fuzz/build.log 2>&1 &
  fuzz_build_pid=$!
  set +m
  trap 'kill -- "-$fuzz_build_pid" 2>/dev/null || true' EXIT
fi
ctest --preset "$PRESET" -j2
if [ -n "$fuzz_build_pid" ]; then
  trap - EXIT
  # A failed build is built again in the foreground below, where its errors show.
  wait "$fuzz_build_pid" || echo "the fuzz build failed in the background (build/fuzz/build.log); building again"
  bash tests/fuzz/run.sh all --runs "${REHEARSE_FUZZ_RUNS:-2000}"
fi
