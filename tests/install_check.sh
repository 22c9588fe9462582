#!/usr/bin/env bash
# `cmake --install` as a user or packager runs it: installs the build into a
# fresh prefix outside the source and build trees, then runs the installed
# binary from a working folder outside both, with nothing pointing at the
# sources. It must find its scenarios beside itself (also after the prefix
# is moved), fail with a list of the places it tried when they are gone
# (never reaching back into the source tree), and the desktop file and
# AppStream metainfo must pass Debian's validators.
#
# Usage: tests/install_check.sh BUILD_DIR [GUI]
#   GUI OFF (a build without the window): no launcher, icons or metainfo are
#   installed, and none may be.
# desktop-file-validate and appstreamcli missing: skipped, except in CI (CI
# or REHEARSE_CI set and not 0), where that fails.
set -uo pipefail
BUILD="${1:?usage: install_check.sh BUILD_DIR [GUI]}"
GUI="${2:-ON}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
APP_ID=io.github.rehearse.Rehearse
fail() { echo "FAIL: $*" >&2; exit 1; }

WORK="$(mktemp -d /tmp/rehearse-install-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
PREFIX="$WORK/prefix"
cmake --install "$BUILD" --prefix "$PREFIX" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "cmake --install"; }

for f in bin/rehearse share/rehearse/scenarios/spam-email-detection.json share/rehearse/scenarios/schema/scenario.schema.json; do
    [ -s "$PREFIX/$f" ] || fail "not installed: $f"
done
DESKTOP_FILES="share/applications/$APP_ID.desktop share/metainfo/$APP_ID.metainfo.xml share/icons/hicolor/scalable/apps/$APP_ID.svg"
if [ "$GUI" != "ON" ]; then
    for f in $DESKTOP_FILES; do [ ! -e "$PREFIX/$f" ] || fail "a build without the GUI installed $f"; done
fi
for f in $DESKTOP_FILES; do [ "$GUI" != "ON" ] || [ -s "$PREFIX/$f" ] || fail "not installed: $f"; done
for size in 16 24 32 48 64 128 256; do
    [ "$GUI" = "ON" ] || break
    png="$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    # The PNG header's width and height (bytes 16..23, big-endian).
    dims="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")" \
        || fail "no icon $png"
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done

# The user's view: a home of their own, no REHEARSE_SCENARIOS, data dirs
# that hold no Rehearse (so a system-wide install cannot stand in), and a
# working folder that is neither tree.
mkdir -p "$WORK/home" "$WORK/cwd" "$WORK/empty-share"
cd "$WORK/cwd" || fail "cd"
run() { env -u REHEARSE_SCENARIOS HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config" \
            XDG_DATA_DIRS="$WORK/empty-share" "$@"; }
shipped="$(ls "$SRC"/scenarios/*.json | wc -l)"

listed="$(run "$PREFIX/bin/rehearse" list)" || fail "installed rehearse list"
[ "$(printf '%s\n' "$listed" | wc -l)" -eq "$shipped" ] || fail "list shows $(printf '%s\n' "$listed" | wc -l) of $shipped scenarios"
grep -q "^spam-email-detection	" <<<"$listed" || fail "spam-email-detection not listed"
printed="$(run "$PREFIX/bin/rehearse" validate --strict)" && grep -q "^$shipped file(s) checked: $shipped valid scenario(s), 0 error(s)" <<<"$printed" \
    || fail "installed rehearse validate --strict"
printed="$(run "$PREFIX/bin/rehearse" ask spam-email-detection "how many emails come in per day?")" && grep -q "10 billion" <<<"$printed" \
    || fail "installed rehearse ask"

# A moved prefix still finds its scenarios: nothing of the prefix is baked in.
mv "$PREFIX" "$WORK/moved"
run "$WORK/moved/bin/rehearse" list >/dev/null || fail "rehearse list after moving the prefix"

# Scenarios gone: an error naming every place tried, none of them the sources.
mv "$WORK/moved/share/rehearse/scenarios" "$WORK/moved/share/rehearse/gone"
err="$(run "$WORK/moved/bin/rehearse" list 2>&1 >/dev/null)" && fail "list succeeded without scenarios"
grep -q "$WORK/moved/share/rehearse/scenarios" <<<"$err" || fail "error does not name the place beside the binary: $err"
grep -q "$WORK/empty-share/rehearse/scenarios" <<<"$err" || fail "error does not name the XDG_DATA_DIRS entry: $err"
case "$err" in *"$SRC"*) fail "the installed binary looked in the source tree: $err" ;; esac
# XDG_DATA_DIRS is searched: the same scenarios under a data dir are found.
mkdir -p "$WORK/xdg/rehearse" && mv "$WORK/moved/share/rehearse/gone" "$WORK/xdg/rehearse/scenarios"
printed="$(env -u REHEARSE_SCENARIOS HOME="$WORK/home" XDG_DATA_DIRS="$WORK/empty-share:$WORK/xdg" "$WORK/moved/bin/rehearse" list)" \
    && grep -q "^spam-email-detection	" <<<"$printed" || fail "scenarios under \$XDG_DATA_DIRS not found"

if [ "$GUI" != "ON" ]; then echo "install: ok ($shipped scenarios from the installed prefix; no GUI, no desktop files)"; exit 0; fi
missing_tool() {
    if [ "${CI:-0}" != "0" ] || [ "${REHEARSE_CI:-0}" != "0" ]; then fail "$1 not found (CI must run it)"; fi
    echo "skipped: $1 not found (apt-get install desktop-file-utils appstream)"; exit 0
}
command -v desktop-file-validate >/dev/null || missing_tool desktop-file-validate
command -v appstreamcli >/dev/null || missing_tool appstreamcli
desktop-file-validate "$WORK/moved/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$WORK/moved/share/metainfo/$APP_ID.metainfo.xml" || fail "appstreamcli validate"
echo "install: ok ($shipped scenarios from the installed prefix; desktop file and metainfo valid)"
