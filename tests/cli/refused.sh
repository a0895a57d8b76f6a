# Sourced by CLI tests that check refusals: fail TEXT; digest FILE (the workbook with its WAL);
# refused CODE TEXT CMD... — ismapctl CMD exits CODE, says TEXT on standard error and leaves wb.ismapwb (in the
# current folder) byte for byte as it was.
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
digest() { { cat "$1"; cat "$1-wal" 2>/dev/null || true; } | sha256sum | cut -c1-64; }
refused() {
    local code=$1 text=$2
    shift 2
    local before rc=0
    before=$(digest wb.ismapwb)
    "$ISMAPCTL" "$@" >out.txt 2>err.txt || rc=$?
    [ "$rc" = "$code" ] || fail "$* exited $rc, not $code: $(cat err.txt out.txt)"
    grep -q -- "$text" err.txt || fail "$*: no \"$text\" in: $(cat err.txt)"
    [ "$(digest wb.ismapwb)" = "$before" ] || fail "$*: the workbook changed although refused"
}
