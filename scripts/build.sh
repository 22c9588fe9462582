#!/usr/bin/env bash
# Configures and builds Rehearse with a CMake preset (default: release).
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${1:-release}"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j"$(nproc)"
