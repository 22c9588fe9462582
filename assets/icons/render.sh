#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from the SVG (committed, so building
# needs no SVG renderer). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/hicolor"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}"
  rsvg-convert -w "$size" -h "$size" scalable/io.github.rehearse.Rehearse.svg \
    -o "${size}x${size}/io.github.rehearse.Rehearse.png"
done
