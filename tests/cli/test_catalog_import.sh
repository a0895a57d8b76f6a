#!/usr/bin/env bash
# ismapctl catalog import / list end to end: good catalogs import with counts, every malformed catalog
# is refused with its one-line errors and a non-zero exit, and the workbook stays byte-for-byte the same.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat_dir="$TEST_DATA/catalog"
wb="$work/e.ismapwb"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

digest() { sha256sum "$wb" | cut -d' ' -f1; }

"$ISMAPCTL" new "$wb" --csp "Test CSP" --service "Test" --period 2025-04-01..2026-03-31 >/dev/null

# --help works and names the options.
"$ISMAPCTL" catalog import --help >"$work/help" || fail "catalog import --help exit $?"
grep -q -- "--revision" "$work/help" || fail "help does not mention --revision"
grep -q -- "--sheet" "$work/help" || fail "help does not mention --sheet"

# Missing arguments: usage error.
set +e
"$ISMAPCTL" catalog import "$wb" 2>"$work/err" >/dev/null
rc=$?
set -e
[ "$rc" -eq 64 ] || fail "missing FILE: exit $rc, expected 64"

# Each malformed catalog: exit 2 (invalid input), the expected text on stderr, workbook unchanged.
expect_refused() {
    local file=$1 expected=$2 lines=${3:-1}
    local before after rc
    before=$(digest)
    set +e
    "$ISMAPCTL" catalog import "$wb" "$cat_dir/$file" >"$work/out" 2>"$work/err"
    rc=$?
    set -e
    after=$(digest)
    [ "$rc" -eq 2 ] || fail "$file: exit $rc, expected 2 ($(cat "$work/err"))"
    grep -qF -- "$expected" "$work/err" || fail "$file: stderr lacks '$expected': $(cat "$work/err")"
    [ "$(wc -l <"$work/err")" -eq "$lines" ] || fail "$file: expected $lines error line(s): $(cat "$work/err")"
    grep -qv '^ismapctl: ' "$work/err" && fail "$file: an error line without the ismapctl: prefix"
    [ -s "$work/out" ] && fail "$file: printed something on stdout"
    [ "$before" = "$after" ] || fail "$file: the workbook changed"
}

expect_refused empty.csv "ismapctl: empty.csv: the file is empty."
expect_refused header-only.csv "header-only.csv: no criteria items below the header (row 1)."
expect_refused garbage.csv "garbage.csv: the file is binary, not CSV text."
expect_refused wrong-encoding.csv "wrong-encoding.csv: the file is neither UTF-8 nor CP932"
expect_refused missing-id.csv "missing-id.csv, row 1: no ID column"
expect_refused missing-title.csv "missing-title.csv, row 1: no title column"
expect_refused duplicate-id.csv "duplicate-id.csv, row 8: ID 5.1.1.1 appears twice (first in row 5)." 2
expect_refused bad-id.csv 'bad-id.csv, row 4: "A-12" is not a criteria ID' 3
expect_refused bad-level.csv 'bad-level.csv, row 3: "chapter-ish" is not a level'
expect_refused catalog-no-revision.csv "give it with --revision"
expect_refused notzip.xlsx "notzip.xlsx: not an XLSX workbook (the file is not a zip archive)."
expect_refused legacy.xls "legacy.xls: this is a password-protected workbook or an old .xls file"
expect_refused zip-bomb.xlsx "zip-bomb.xlsx: the part xl/sharedStrings.xml unpacks to more than"
expect_refused zip-bomb-false-size.xlsx "zip-bomb-false-size.xlsx (xl/sharedStrings.xml): is not well-formed XML"
expect_refused deep-nesting.xlsx "nests XML deeper than 64 levels"
expect_refused billion-laughs.xlsx "contains a document type or entity declaration"
expect_refused bigcell.csv "bigcell.csv, row 2, column 3: the cell is too long"
expect_refused bigcell.xlsx "bigcell.xlsx, row 2, cell B2: the cell is too long"
expect_refused many-rows.csv "many-rows.csv: too many rows (more than 20000)."
expect_refused many-rows.xlsx "many-rows.xlsx: too many rows (more than 20000)."

# A sheet that does not exist.
before=$(digest)
set +e
"$ISMAPCTL" catalog import "$wb" "$cat_dir/catalog-2022-ja.xlsx" --sheet Nope 2>"$work/err" >/dev/null
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "--sheet Nope: exit $rc"
grep -qF 'there is no sheet named "Nope" (the sheets are: 管理策基準, 注記).' "$work/err" || fail "--sheet: $(cat "$work/err")"
[ "$before" = "$(digest)" ] || fail "--sheet Nope: the workbook changed"

# --sheet on a CSV file, and --as someone who is not on the team.
expect_refused_with() {
    local want_rc=$1 expected=$2
    shift 2
    local before rc
    before=$(digest)
    set +e
    "$ISMAPCTL" catalog import "$wb" "$@" >/dev/null 2>"$work/err"
    rc=$?
    set -e
    [ "$rc" -eq "$want_rc" ] || fail "$*: exit $rc, expected $want_rc"
    grep -qF -- "$expected" "$work/err" || fail "$*: stderr lacks '$expected': $(cat "$work/err")"
    [ "$before" = "$(digest)" ] || fail "$*: the workbook changed"
}
expect_refused_with 2 "catalog-2022-en.csv: a sheet was named, but the file is not XLSX." \
    "$cat_dir/catalog-2022-en.csv" --sheet Sheet1
expect_refused_with 10 '--as: "nobody" is not on the engagement team.' "$cat_dir/catalog-2022-en.csv" --as nobody

# Good imports: XLSX (named sheet), then a newer revision that drops items carrying work.
"$ISMAPCTL" catalog import "$wb" "$cat_dir/catalog-2022-ja.xlsx" --sheet 管理策基準 >"$work/out"
grep -qF "Imported 1267 criteria items from catalog-2022-ja.xlsx (revision 2022-04-01" "$work/out" || fail "xlsx: $(cat "$work/out")"
grep -qF "added 946, updated 321, unchanged 0, disappeared 0" "$work/out" || fail "xlsx counts: $(cat "$work/out")"
"$ISMAPCTL" catalog import "$wb" "$cat_dir/catalog-2022-en.csv" >"$work/out"
grep -qF "unchanged 0" "$work/out" && grep -qF "added 0, updated 1267" "$work/out" || fail "en: $(cat "$work/out")"
"$ISMAPCTL" team add "$wb" "Lead Auditor" --role lead --as "Lead Auditor" >/dev/null
"$ISMAPCTL" catalog import "$wb" "$cat_dir/catalog-2022-en.csv" --revision 2022-04-01b --as "Lead Auditor" >"$work/out"
who=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT member FROM trail WHERE action='catalog.install' ORDER BY seq DESC LIMIT 1\").fetchone()[0])" "$wb")
[ "$who" = "Lead Auditor" ] || fail "--as: the trail names '$who'"
grep -qF "(revision 2022-04-01b" "$work/out" || fail "--revision: $(cat "$work/out")"

# Work on two items (a statement entry each), written straight into the file for this test.
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO statement_item(item_id, applicability) VALUES ('6.3.1.1.PB','in_scope'),('3.1.1','in_scope')\"); c.commit()" "$wb"
"$ISMAPCTL" catalog import "$wb" "$cat_dir/catalog-r7-ja.csv" >"$work/out"
grep -qF "(revision 令和7年度" "$work/out" || fail "r7: $(cat "$work/out")"
grep -qF "Items no longer in revision 令和7年度 that carry work (kept, marked retired): 6.3.1.1.PB" "$work/out" ||
    fail "r7 disappeared with work: $(cat "$work/out")"
"$ISMAPCTL" status "$wb" --json >"$work/status"
grep -qF '"criteria_revision": "令和7年度"' "$work/status" || fail "status does not show the new revision"

# catalog list: the tree, JSON, retired items on request.
"$ISMAPCTL" catalog list "$wb" >"$work/list"
grep -qE '^ +8\.34\.2 ' "$work/list" || fail "list lacks 8.34.2"
grep -qF "6.3.1.1.PB" "$work/list" && fail "list shows a retired item"
"$ISMAPCTL" catalog list "$wb" --retired >"$work/list"
grep -qF "6.3.1.1.PB  " "$work/list" || fail "--retired does not show 6.3.1.1.PB"
"$ISMAPCTL" catalog list "$wb" --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["criteria_revision"] == "令和7年度", d["criteria_revision"]
assert len(d["items"]) == 591, len(d["items"])
' || fail "list --json"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "catalog import: all checks passed"
