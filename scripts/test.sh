#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest: unit
# tests, CLI checks of the shipped scenarios and the GUI smoke test under
# Xvfb. `scripts/test.sh asan` runs the same suite under ASan + UBSan.
# Then every fuzz target runs for a fixed number of inputs (its own clang
# build in build/fuzz); REHEARSE_SKIP_FUZZ=1 leaves that step out.
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${1:-release}"
if [ "${REHEARSE_SKIP_INSTALL:-0}" != "1" ]; then bash scripts/install-deps.sh --tests; fi
bash scripts/build.sh "$PRESET"
ctest --preset "$PRESET" -j2
if [ "${REHEARSE_SKIP_FUZZ:-0}" != "1" ]; then
  bash tests/fuzz/run.sh all --runs "${REHEARSE_FUZZ_RUNS:-2000}"
fi
