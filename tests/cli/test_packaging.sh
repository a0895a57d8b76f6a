#!/bin/bash
# Packaging: the desktop integration files validate, the DEB builds, and what it installs runs from a clean root.
set -euo pipefail
BUILD_DIR=$(cd "$(dirname "$ISMAPCTL")/.." && pwd)
PKG="$SOURCE_DIR/packaging"
ID=io.github.ismap_workbench.workbench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

desktop-file-validate "$PKG/$ID.desktop"
appstreamcli validate --no-net "$PKG/$ID.metainfo.xml" >"$tmp/appstream.txt" || { cat "$tmp/appstream.txt"; exit 1; }
xmllint --noout "$PKG/$ID.mime.xml" 2>/dev/null || python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$PKG/$ID.mime.xml"
grep -q 'glob pattern="\*.ismapwb"' "$PKG/$ID.mime.xml"
grep -q '^MimeType=application/x-ismap-workbook;' "$PKG/$ID.desktop"

(cd "$tmp" && cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/out/ismap-workbench_*.deb)
info=$(dpkg-deb --info "$deb")
grep -q 'Package: ismap-workbench' <<<"$info"
grep -q 'Depends:.*libqt6core6' <<<"$info"
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/ismapctl usr/bin/ismap-workbench "usr/share/applications/$ID.desktop" "usr/share/metainfo/$ID.metainfo.xml" \
         "usr/share/mime/packages/$ID.xml" "usr/share/icons/hicolor/scalable/apps/$ID.svg"; do
    [[ -e "$root/$f" ]] || { echo "missing in package: $f" >&2; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/$ID.desktop"

# The installed binaries run from the extracted root, in a clean working directory.
work="$tmp/work"
mkdir "$work"
cd "$work"
version=$("$root/usr/bin/ismapctl" --version)
grep -q '^ismapctl [0-9]' <<<"$version"
"$root/usr/bin/ismapctl" new "$work/pkg.ismapwb" --csp "Pkg CSP" --service "Pkg Service" --period 2025-04-01..2026-03-31 >/dev/null
[[ -s "$work/pkg.ismapwb" ]]
help=$("$root/usr/bin/ismap-workbench" --help)
grep -q -- '--quit-after' <<<"$help"
version=$("$root/usr/bin/ismap-workbench" --version)
grep -q ' 0\.' <<<"$version"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/ismap-workbench" --quit-after 300 "$work/pkg.ismapwb" 2>"$tmp/gui.err" \
    || { cat "$tmp/gui.err"; exit 1; }
echo "packaging: ok ($(basename "$deb"))"
