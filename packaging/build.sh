#!/usr/bin/env bash
# Build Posse as a PyInstaller one-dir app (dist/posse/) and, on Debian/Ubuntu, a .deb
# (dist/posse_<version>_<arch>.deb: /opt/posse, /usr/bin/posse, desktop file, icons, metainfo).
#
#   packaging/build.sh            # app + .deb
#   packaging/build.sh --no-deb   # app only
#   packaging/build.sh --deb-only # repackage an existing dist/posse
#
# Uses its own venv (build/package-venv; POSSE_PACKAGE_VENV overrides) with the checkout installed
# non-editable plus the `package` extra, so the bundle holds exactly what `pip install .` ships.
# Needs python3-venv; the .deb step needs dpkg-deb, ldd and dpkg (all standard on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BUILD_DEB=1
BUILD_APP=1
case "${1:-}" in
    --no-deb) BUILD_DEB=0 ;;
    --deb-only) BUILD_APP=0 ;;
    "") ;;
    *) echo "usage: $0 [--no-deb|--deb-only]" >&2; exit 2 ;;
esac

PYTHON=${PYTHON:-python3}
VENV=${POSSE_PACKAGE_VENV:-build/package-venv}
DIST=$ROOT/dist
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

step() { printf '\n== %s\n' "$*"; }
seconds() { date +%s.%N; }

APP_DIR=$DIST/posse
if [ "$BUILD_APP" = 1 ]; then
step "packaging venv: $VENV"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q ".[package]"
"$VENV/bin/python" -m pip install -q --no-deps --force-reinstall .

step "PyInstaller one-dir build"
start=$(seconds)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" packaging/posse.spec
end=$(seconds)
printf 'built %s in %.0f s, %s\n' "$APP_DIR" "$(awk -v a="$start" -v b="$end" "BEGIN{print b-a}")" "$(du -sh "$APP_DIR" | cut -f1)"

step "smoke test"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$APP_DIR/posse-cli" --version
"$APP_DIR/posse-cli" --db "$tmp/smoke.db" check
"$APP_DIR/posse" --db "$tmp/smoke.db" --quit-after-start
echo "frozen app starts and opens a database"
fi

[ "$BUILD_DEB" = 1 ] || exit 0
if ! command -v dpkg-deb >/dev/null; then
    echo "dpkg-deb not found: skipping the .deb" >&2
    exit 0
fi

step ".deb"
VERSION=$("$APP_DIR/posse-cli" --version | awk '{print $2}')
RESOURCES=$APP_DIR/_internal/posse_desktop/resources
APP_ID=$(basename "$RESOURCES"/*.desktop .desktop)
ARCH=$(dpkg --print-architecture)
STAGE=$ROOT/build/deb/posse_${VERSION}_${ARCH}
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/posse"
cp -a "$APP_DIR" "$STAGE/opt/posse"
# The bootloader finds _internal/ through /proc/self/exe, so plain symlinks work.
ln -s /opt/posse/posse "$STAGE/usr/bin/posse"
ln -s /opt/posse/posse-cli "$STAGE/usr/bin/posse-cli"
install -m 644 "$RESOURCES/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "$RESOURCES/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
for png in "$RESOURCES"/icons/hicolor/*/apps/"$APP_ID.png"; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
install -D -m 644 "$RESOURCES/icons/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cat > "$STAGE/usr/share/doc/posse/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Posse
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.
 The bundled Qt for Python (PySide6) is LGPL-3.0-only; its libraries are in /opt/posse/_internal.
COPYRIGHT

mapfile -t deps < <(python3 packaging/deb_depends.py "$APP_DIR")
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: posse
Version: $VERSION
Architecture: $ARCH
Maintainer: The Posse developers <posse@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: ${deps[0]}
Recommends: ${deps[1]}
Section: utils
Priority: optional
Homepage: https://github.com/posse-desktop/posse
Description: address book for cultivating your professional network
 Posse keeps names, phones, e-mails, photos and vCards like any address book,
 and remembers who knows what, when you last talked and who helped whom.
 Before a tough project it answers "who can help me with X?", ranked.
CONTROL
# Menus and icon caches refresh through dpkg triggers (desktop-file-utils, hicolor-icon-theme).

DEB=$DIST/posse_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'
printf 'built %s, %s\n' "$DEB" "$(du -h "$DEB" | cut -f1)"
