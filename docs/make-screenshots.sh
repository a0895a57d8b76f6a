#!/bin/bash
# Renders the desktop app's main views at 1280x800 and 1600x1000 and the report dialogs, in Japanese and English
# (offscreen), into docs/screenshots/ (NAME-WIDTHxHEIGHT-LANG.png for the main views).
# Usage: docs/make-screenshots.sh [BUILD_DIR]   (default: build)
#        SIZES="1280x800 1600x1000" LANGS="ja en" to choose sizes and languages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="${1:-$root/build}/bin"
out="$root/docs/screenshots"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The demo's own texts (notes, causes, responses) are Japanese; what it composes follows ISMAP_LANG, so ja keeps
# every typed text in one language.
ISMAP_LANG=ja "$bin/ismapctl" demo "$tmp/demo.ismapwb" >/dev/null
member=$("$bin/ismapctl" status "$tmp/demo.ismapwb" --json >/dev/null && sqlite3 "$tmp/demo.ismapwb" \
    "SELECT name FROM team_member WHERE role = 'staff' ORDER BY id LIMIT 1")
item=$(sqlite3 "$tmp/demo.ismapwb" "SELECT item_id FROM procedure_step p WHERE status = 'done' \
    AND EXISTS (SELECT 1 FROM procedure_step q WHERE q.item_id = p.item_id AND q.status = 'pending') ORDER BY id LIMIT 1")
mkdir -p "$out"
for size in ${SIZES:-1280x800 1600x1000}; do
    for lang in ${LANGS:-ja en}; do
        # A fresh settings folder each time: no remembered window or splitter state from another size.
        rm -rf "$tmp/config"
        XDG_CONFIG_HOME="$tmp/config" ISMAP_LANG=$lang QT_QPA_PLATFORM=offscreen \
            "$bin/ismap-workbench" --member "$member" --item "${item:-5.1.1}" --screenshot "$out" \
            --screenshot-size "$size" "$tmp/demo.ismapwb"
    done
done
# The report and verification dialogs, from their offscreen test (a signed report of a small workbook).
tests="${1:-$root/build}/tests"
if [ -x "$tests/tst_reportdialog" ]; then
    ISMAP_SCREENSHOT_DIR="$out" ISMAP_LANG=en QT_QPA_PLATFORM=offscreen "$tests/tst_reportdialog" >/dev/null
fi
# Team sync: the Synchronise dialog after an import, the conflicts view with two versions, the status bar (ja, en).
if [ -x "$tests/tst_syncview" ]; then
    ISMAP_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$tests/tst_syncview" >/dev/null
fi
if [ -x "$tests/tst_statementinfodialog" ]; then
    ISMAP_SCREENSHOT_DIR="$out" ISMAP_LANG=en QT_QPA_PLATFORM=offscreen "$tests/tst_statementinfodialog" >/dev/null
fi
ls "$out"
