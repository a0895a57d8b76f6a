#!/usr/bin/env bash
# Disk full (issue 6, point 4): evidence import and report writing into a filesystem that runs out of space.
# Expected: a clear error naming the problem, a non-zero exit, and nothing lost — the workbook opens, `verify`
# passes, earlier evidence exports byte for byte, and no partial report file is left at the output path.
#
# As root (CI): a 14 MiB tmpfs (a new workbook of format 8 is 4.6 MiB, and as much again in its WAL while made) is mounted for the workbook and the report. Otherwise the same checks run with the
# file size limit (ulimit -f, SIGXFSZ ignored so writes fail with EFBIG), which SQLite and QSaveFile see as a full disk
# (ISMAP_DISKFULL_MODE=ulimit forces that mode).
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}"
T=$(mktemp -d)
D="$T/small"
mkdir -p "$D"
mounted=0
cleanup() {
    [ "$mounted" = 1 ] && umount "$D" 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT
cd "$T"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if [ "${ISMAP_DISKFULL_MODE:-}" != ulimit ] && [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=14m tmpfs "$D" 2>/dev/null; then
    mounted=1
    mode="tmpfs 14 MiB"
    limited() { "$@"; }
else
    mode="ulimit -f"
    # Blocks of 1 KiB (bash): the workbook may grow by a few MiB at most.
    limited() { (
        trap '' XFSZ
        ulimit -f $((($(stat -c %s "$D/wb.ismapwb") + 6 * 1024 * 1024) / 1024))
        "$@"
    ); }
fi
echo "disk full by: $mode"

WB="$D/wb.ismapwb"
"$ISMAPCTL" new "$WB" --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add "$WB" lead1 --role lead >/dev/null
"$ISMAPCTL" team add "$WB" alice --role staff --as lead1 >/dev/null
export ISMAP_MEMBER=alice
head -c 200000 /dev/urandom >first.bin
"$ISMAPCTL" evidence add "$WB" --item 5.1.1 first.bin >/dev/null
sum_first=$(sha256sum <first.bin | cut -c1-64)
trail_before=$(sqlite3 -readonly "$WB" "SELECT count(*) FROM trail")

# --- evidence import that does not fit -----------------------------------------------------------------------------
head -c $((12 * 1024 * 1024)) /dev/urandom >big.bin
set +e
limited "$ISMAPCTL" evidence add "$WB" --item 5.1.2 big.bin >out.txt 2>err.txt
rc=$?
set -e
cat err.txt
[ "$rc" != 0 ] || fail "evidence add of 12 MiB into a full disk reported success"
[ "$rc" -lt 64 ] || fail "evidence add on a full disk crashed (exit $rc)"
grep -Eqi "full|space|too large|limit|write|input/output" err.txt || fail "the error does not say the disk is full: $(cat err.txt)"
# Room again (the tmpfs is full of the failed WAL at most; SQLite truncates or reuses it).
"$ISMAPCTL" verify "$WB" >out.txt 2>err.txt || fail "verify fails after a disk-full import: $(cat out.txt err.txt)"
[ "$(sqlite3 -readonly "$WB" "SELECT count(*) FROM evidence")" = 1 ] || fail "a partial evidence record was left"
[ "$(sqlite3 -readonly "$WB" "SELECT count(*) FROM trail")" = "$trail_before" ] || fail "the trail changed"
rm -f exported.bin
"$ISMAPCTL" evidence export "$WB" E-0001 exported.bin >/dev/null
[ "$(sha256sum <exported.bin | cut -c1-64)" = "$sum_first" ] || fail "earlier evidence changed after a disk-full import"
"$ISMAPCTL" status "$WB" >/dev/null || fail "the workbook does not open after a disk-full import"
echo "evidence import on a full disk: refused (exit $rc), nothing lost"

# --- report writing into a full disk ---------------------------------------------------------------------------------
if "$ISMAPCTL" --help | grep -q "^  report "; then
    # Fill the disk to a few KiB of free space, then write the report next to the workbook.
    if [ "$mounted" = 1 ]; then
        free=$(df --output=avail -B1 "$D" | tail -1)
        [ "$free" -gt 65536 ] && head -c $((free - 16384)) /dev/zero >"$D/filler" 2>/dev/null || true
        report_limited() { "$@"; }
    else
        report_limited() { (
            trap '' XFSZ
            ulimit -f 8
            "$@"
        ); }
    fi
    set +e
    report_limited "$ISMAPCTL" report "$WB" -o "$D/report.pdf" --lang both >out.txt 2>err.txt
    rc=$?
    set -e
    cat err.txt
    [ "$rc" != 0 ] || fail "report writing into a full disk reported success"
    [ "$rc" -lt 64 ] || fail "report writing on a full disk crashed (exit $rc)"
    [ ! -e "$D/report.pdf" ] || fail "a partial report file was left at the output path"
    stray=$(find "$D" -maxdepth 1 -name 'report*' | head -3)
    [ -z "$stray" ] || echo "note: temporary files left beside the output: $stray"
    rm -f "$D/filler"
    "$ISMAPCTL" verify "$WB" >/dev/null || fail "verify fails after a disk-full report"
    echo "report on a full disk: refused (exit $rc), no partial file"
else
    echo "NOT RUN: this ismapctl has no report command yet, so report writing into a full disk is not checked"
fi
echo "disk full: all passed"
