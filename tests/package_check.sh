#!/usr/bin/env bash
# The .deb CPack builds: its Depends line comes from dpkg-shlibdeps (the
# libraries the binary really links) plus the fonts it opens by name, and it
# carries the same files `cmake --install` puts in place, under /usr.
#
# Usage: tests/package_check.sh BUILD_DIR GUI(ON|OFF)
set -uo pipefail
BUILD="${1:?usage: package_check.sh BUILD_DIR GUI}"
GUI="${2:-ON}"
fail() { echo "FAIL: $*" >&2; exit 1; }
if ! command -v dpkg-shlibdeps >/dev/null || ! command -v dpkg-deb >/dev/null; then
    if [ "${CI:-0}" != "0" ] || [ "${REHEARSE_CI:-0}" != "0" ]; then fail "dpkg-shlibdeps/dpkg-deb not found"; fi
    echo "skipped: dpkg-shlibdeps not found (apt-get install dpkg-dev)"; exit 0
fi
WORK="$(mktemp -d /tmp/rehearse-package-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$WORK" >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; fail "cpack -G DEB"; }
deb="$(ls "$WORK"/rehearse_*.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || fail "no .deb written"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for dep in libc6 libstdc++6 libsqlite3-0 libstemmer0d libsodium23 libsimdjson14 fonts-dejavu-core; do
    grep -q "\b$dep\b" <<<"$depends" || fail "Depends lacks $dep"
done
if [ "$GUI" = "ON" ]; then
    for dep in libglfw3 libfontconfig1 libfreetype6; do grep -q "\b$dep\b" <<<"$depends" || fail "Depends lacks $dep"; done
fi
contents="$(dpkg-deb -c "$deb")"
files="./usr/bin/rehearse ./usr/share/rehearse/scenarios/spam-email-detection.json"
[ "$GUI" = "ON" ] && files="$files ./usr/share/applications/io.github.rehearse.Rehearse.desktop
    ./usr/share/metainfo/io.github.rehearse.Rehearse.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/io.github.rehearse.Rehearse.svg"
# Here-strings, not `echo | grep -q`: grep -q leaves at its first match, and
# with pipefail the echo still writing the listing's next block fails the check.
for f in $files; do grep -q " $f\$" <<<"$contents" || fail "$f not in the package"; done
echo "package: ok ($(basename "$deb"))"
