#!/usr/bin/env bash
# Installs every package Rehearse needs to build, run and test, from Debian's
# archive only. Safe to run again: apt-get skips what is already there.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  # toolchain
  build-essential cmake pkg-config git
  # GUI stack: Dear ImGui 1.86 (with its GLFW + OpenGL3 backends), GLFW, GL headers
  libimgui-dev libstb-dev libglfw3-dev libgl-dev libfreetype-dev
  # OpenGL loader generator (glad 2); only needed to regenerate third_party/glad
  python3-glad
  # core libraries (simdjson: scenario files parsed at GB/s; see the README)
  nlohmann-json3-dev libsimdjson-dev libcli11-dev libstemmer-dev libsqlite3-dev libfontconfig-dev
  # pair practice: TCP (standalone Asio) and the key exchange and encryption (libsodium)
  libasio-dev libsodium-dev
  # tests
  catch2 xvfb xauth xdotool libgl1-mesa-dri librsvg2-bin python3 python3-jsonschema
  # a real magic-wormhole transit relay for the pair transport's relay test
  magic-wormhole-transit-relay
  # a UI font found through fontconfig
  fonts-inter fonts-dejavu-core
)

# With --tests: what only the test suite needs. Chromium, node and npm run
# the real Excalidraw (the npm packages pinned in tests/excalidraw) on our
# .excalidraw exports; clang and its runtime libraries build the libFuzzer
# targets (tests/fuzz); desktop-file-utils and appstream check the installed
# .desktop file and AppStream metainfo.
if [ "${1:-}" = "--tests" ]; then
  PACKAGES+=(chromium nodejs clang libclang-rt-14-dev desktop-file-utils appstream)
  # Debian packages npm apart from nodejs; a nodejs from elsewhere (NodeSource)
  # bundles npm and conflicts with Debian's, so ask for it only when missing.
  command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
