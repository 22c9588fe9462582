#!/usr/bin/env bash
# Installs what is missing, builds, and opens Rehearse on the spam-detection
# scenario. Extra arguments go to the app (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
if [ "$#" -eq 0 ]; then set -- --scenario spam-email-detection; fi
exec ./build/release/rehearse "$@"
