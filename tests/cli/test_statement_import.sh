#!/usr/bin/env bash
# ismapctl statement import: every malformed statement is refused with its file and row on stderr, a non-zero
# exit and the workbook (and its -wal) byte-for-byte unchanged; good statements import and show in status --json.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}" "${SOURCE_DIR:?}"
D="$TEST_DATA/statement"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
WB="$T/s.ismapwb"
fail() { echo "FAIL: $*" >&2; exit 1; }

digest() { for f in "$1" "$1-wal"; do if [ -e "$f" ]; then sha256sum <"$f"; else echo absent; fi; done; }

"$ISMAPCTL" new "$WB" --csp "Test CSP" --service "Test Service" --period 2025-04-01..2026-03-31 >/dev/null

# --help
"$ISMAPCTL" statement import --help >"$T/help" || fail "--help exit code"
grep -q -- "--encoding" "$T/help" || fail "--help does not mention --encoding"
grep -q -- "--sheet" "$T/help" || fail "--help does not mention --sheet"

# expect_refusal FILE EXPECTED_EXIT STDERR_TEXT [ARGS...]
expect_refusal() {
    local file="$1" want="$2" text="$3"
    shift 3
    local before after rc=0
    before=$(digest "$WB")
    "$ISMAPCTL" statement import "$WB" "$D/$file" "$@" >"$T/out" 2>"$T/err" || rc=$?
    [ "$rc" -eq "$want" ] || fail "$file: exit $rc, expected $want; stderr: $(cat "$T/err")"
    grep -qF -- "$text" "$T/err" || fail "$file: stderr lacks \"$text\": $(cat "$T/err")"
    after=$(digest "$WB")
    [ "$before" = "$after" ] || fail "$file: the workbook changed"
}

expect_refusal bad-empty.csv 2 "bad-empty.csv: the file is empty"
expect_refusal bad-header-only.csv 2 "bad-header-only.csv: no statement rows below the header (row 1)"
expect_refusal bad-binary.csv 2 "bad-binary.csv: the file is binary"
expect_refusal bad-wrong-encoding.csv 2 "bad-wrong-encoding.csv: the file is neither UTF-8 nor CP932"
expect_refusal bad-missing-id-column.csv 2 "bad-missing-id-column.csv, row 1: no ID column"
expect_refusal bad-missing-applicability-column.csv 2 "bad-missing-applicability-column.csv, row 1: no applicability column"
expect_refusal bad-unknown-id.csv 2 "bad-unknown-id.csv, row 3: 5.1.1.99: unknown ID"
expect_refusal bad-duplicate-id.csv 2 "bad-duplicate-id.csv, row 4: 5.1.1: duplicate ID"
expect_refusal bad-mark.csv 2 "bad-mark.csv, row 3: 5.1.2:"
expect_refusal bad-frequency.csv 2 "bad-frequency.csv, row 2: 5.1.1:"
expect_refusal bad-population-count.csv 2 "bad-population-count.csv, row 3: 5.1.2: \"100〜200件\" is not a population count"
expect_refusal bad-mandatory-no-reason.csv 2 "bad-mandatory-no-reason.csv, row 4: 9.4.2.2.B: out of scope without a reason"
expect_refusal bad-100k-rows.csv 2 "bad-100k-rows.csv: too many rows"
expect_refusal bad-1mb-cell.csv 2 "bad-1mb-cell.csv, row 2, column 4: the cell is too long"
expect_refusal bad-not-zip.xlsx 2 "bad-not-zip.xlsx: not an XLSX workbook"
expect_refusal bad-rows.xlsx 2 "bad-rows.xlsx, row 8: 6.1.1:"
expect_refusal good-statement.xlsx 2 "there is no sheet named" --sheet Nope
expect_refusal good-cp932-crlf.csv 2 "good-cp932-crlf.csv: the file is not valid UTF-8" --encoding utf8
expect_refusal good-utf8.csv 2 "--encoding" --encoding latin1
expect_refusal good-utf8.csv 2 "a sheet name applies only to an XLSX workbook" --sheet Sheet1

expect_refusal good-utf8.csv 10 "--as: \"nobody\" is not on the engagement team" --as nobody

# Every problem of a file, one line each, file and row first.
expect_refusal bad-many-errors.csv 2 "bad-many-errors.csv: 5 problems; nothing was imported."
# Row 8 names its population in words ("たくさん"): a description, no longer an error.
for want in "row 4: 5.1.1.99" "row 5: 5.1.1" "row 6: 5.1.2" "row 7: 6.1.1" "row 9: 6.1.3"; do
    grep -q "^bad-many-errors.csv, $want: " "$T/err" || fail "bad-many-errors.csv: no line for $want"
done

# A missing workbook.
rc=0
"$ISMAPCTL" statement import "$T/none.ismapwb" "$D/good-utf8.csv" 2>"$T/err" || rc=$?
[ "$rc" -eq 3 ] || fail "missing workbook: exit $rc"
[ ! -e "$T/none.ismapwb" ] || fail "missing workbook was created"

# --check writes nothing.
before=$(digest "$WB")
"$ISMAPCTL" statement import "$WB" "$D/good-utf8.csv" --check >"$T/out" || fail "--check exit code"
grep -q "nothing written" "$T/out" || fail "--check output: $(cat "$T/out")"
[ "$before" = "$(digest "$WB")" ] || fail "--check changed the workbook"

# expect_import FILE IN OUT UNDECIDED ENCODING [ARGS...]
expect_import() {
    local file="$1" in="$2" out="$3" und="$4" enc="$5"
    shift 5
    "$ISMAPCTL" statement import "$WB" "$D/$file" "$@" >"$T/out" 2>"$T/err" || fail "$file: exit $?: $(cat "$T/err")"
    grep -qF "Imported $file ($enc)" "$T/out" || fail "$file: output: $(cat "$T/out")"
    grep -qF "In scope: $in  Out of scope: $out  Undecided: $und" "$T/out" || fail "$file: counts: $(cat "$T/out")"
    "$ISMAPCTL" status "$WB" --json >"$T/status.json"
    grep -qE "\"in_scope\": $in,?\$" "$T/status.json" || fail "$file: status in_scope: $(cat "$T/status.json")"
    grep -qE "\"out_of_scope\": $out,?\$" "$T/status.json" || fail "$file: status out_of_scope"
    grep -qE "\"undecided\": $und,?\$" "$T/status.json" || fail "$file: status undecided"
}

"$ISMAPCTL" team add "$WB" Sato --role staff >/dev/null
expect_import good-utf8.csv 50 10 201 "UTF-8" --as Sato
"$ISMAPCTL" verify "$WB" >/dev/null || fail "verify after import"
n=$(sqlite3 "$WB" "SELECT count(*) FROM trail WHERE member = 'Sato' AND action = 'statement.import'")
[ "$n" -eq 61 ] || fail "trail: $n statement.import rows by Sato, expected 60 items + 1 summary"
expect_import good-utf8-bom.csv 35 5 221 "UTF-8 (BOM)"
expect_import good-cp932-crlf.csv 20 10 231 "CP932"
expect_import good-cp932-crlf.csv 20 10 231 "CP932" --encoding cp932
expect_import good-multiline-trailing.csv 20 0 241 "UTF-8"
expect_import good-english.csv 235 26 0 "UTF-8"
expect_import good-utf8.csv 231 30 0 "UTF-8" --merge
expect_import good-statement.xlsx 36 4 221 "XLSX"
expect_import good-statement-second-sheet.xlsx 36 4 221 "XLSX" --sheet 言明書
expect_import good-statement-second-sheet.xlsx 36 4 221 "XLSX" # behind a cover sheet, found without --sheet
expect_import good-demo-style.csv 70 17 174 "UTF-8"
"$ISMAPCTL" statement import "$WB" "$SOURCE_DIR/resources/demo/demo-statement.csv" >"$T/out" 2>"$T/err" \
    || fail "demo-statement.csv: $(cat "$T/err")"
grep -q "Undecided: 0" "$T/out" || fail "demo-statement.csv: $(cat "$T/out")"
expect_import good-demo-style.csv 70 17 174 "UTF-8"

# A bad file after good imports still changes nothing. (`status` opens read-only, which leaves an empty -wal
# behind; a writing open removes it again, so let --check settle the files before taking the digest.)
"$ISMAPCTL" statement import "$WB" "$D/good-demo-style.csv" --check >/dev/null
expect_refusal bad-many-errors.csv 2 "bad-many-errors.csv, row 9: 6.1.3"
"$ISMAPCTL" status "$WB" --json >"$T/status-after.json"
python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1]))["in_scope"] != 70)' "$T/status-after.json" \
    || fail "status after refused import: $(head -c 400 "$T/status-after.json")"
echo "statement import: all checks passed"
