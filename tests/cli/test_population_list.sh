#!/usr/bin/env bash
# A sample drawn from the CSP's ledger (母集団リスト): the file (CP932 CSV with quoted commas and line breaks, UTF-8
# with BOM, XLSX) is kept in the evidence vault by SHA-256, its record count is the population, and every drawn item
# names the record at its population index — checked against Python's own reading of the file. Malformed lists are
# refused naming the file, with the workbook byte-for-byte unchanged.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
PY=/usr/bin/python3
D="$TEST_DATA/population"

WB=pop.ismapwb
"$ISMAPCTL" demo $WB >/dev/null
staff=$(sqlite3 $WB "SELECT name FROM team_member WHERE role = 'staff' ORDER BY id LIMIT 1")
item=$(sqlite3 $WB "SELECT s.item_id FROM statement_item s JOIN catalog_item c ON c.id = s.item_id
                    LEFT JOIN item_plan p ON p.item_id = s.item_id
                    WHERE s.applicability = 'in_scope' AND coalesce(p.in_cycle, 1) = 1 ORDER BY c.sort_key LIMIT 1")

check_draw() { # FILE ENCODING RECORDS: the last draw's population, list ref and labels against the file
  local file="$1" enc="$2" records="$3"
  "$ISMAPCTL" sample list $WB "$item" --json >sets.json
  $PY - "$D/$file" "$enc" "$records" "$(sha256sum "$D/$file" | cut -d' ' -f1)" <<'PY' || fail "$file: the draw does not match the file"
import csv, io, json, sys
path, enc, records, sha = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
s = json.load(open("sets.json", encoding="utf-8"))[-1]
if enc == "xlsx":
    from openpyxl import load_workbook
    rows = [["" if c is None else str(c) for c in r] for r in load_workbook(path).worksheets[0].iter_rows(values_only=True)]
else:
    rows = list(csv.reader(io.StringIO(open(path, "rb").read().decode(enc), newline="")))
data = [r for r in rows[1:] if "".join(r).strip()]
assert len(data) == records, (len(data), records)
assert s["population"] == records, s["population"]
assert s["population_sha256"] == sha, s
assert s["population_list"].startswith("E-"), s
def label(cells):
    parts = [" ".join(c.split()) for c in cells if " ".join(c.split())][:4]
    return " / ".join(parts)
assert s["items"], s
for i in s["items"]:
    want = label(data[i["population_index"] - 1])
    assert i["label"] == want, (i["population_index"], i["label"], want)
print(s["population_list"])
PY
}

"$ISMAPCTL" sample draw $WB "$item" --population-list "$D/good-ledger-cp932.csv" --frequency daily --seed 42 \
  --as "$staff" >out.txt || fail "draw from the CP932 ledger: $(cat out.txt)"
grep -q "population list E-" out.txt || fail "the draw does not name its list: $(cat out.txt)"
ref=$(check_draw good-ledger-cp932.csv cp932 40)
# The list is evidence of the item, stored once by its hash.
[ "$(sqlite3 $WB "SELECT sha256 FROM evidence WHERE ref = '$ref'")" = "$(sha256sum "$D/good-ledger-cp932.csv" | cut -d' ' -f1)" ] \
  || fail "the list is not kept by its SHA-256"
[ "$(sqlite3 $WB "SELECT count(*) FROM evidence_link l JOIN evidence e ON e.id = l.evidence_id WHERE e.ref = '$ref' AND l.item_id = '$item'")" = 1 ] \
  || fail "the list is not linked to the item"
# Seed 42 draws record 7, whose subject has a quoted comma: one cell, not two.
"$ISMAPCTL" sample list $WB "$item" --json >sets.json
grep -q '"label": "CHG-1007 / ファイアウォール規則の変更, 緊急 / ' sets.json || fail "a quoted comma was split"
"$ISMAPCTL" sample draw $WB "$item" --population-list "$D/good-ledger-utf8-bom.csv" --frequency monthly --seed 7 \
  --as "$staff" >/dev/null || fail "draw from the UTF-8 ledger"
check_draw good-ledger-utf8-bom.csv utf-8-sig 25 >/dev/null
"$ISMAPCTL" sample draw $WB "$item" --population-list "$D/good-ledger.xlsx" --frequency weekly --seed 9 \
  --as "$staff" >/dev/null || fail "draw from the XLSX ledger"
check_draw good-ledger.xlsx xlsx 30 >/dev/null
"$ISMAPCTL" sample reperform $WB "$(sqlite3 $WB "SELECT max(id) FROM sample_set")" >/dev/null || fail "reperform"
"$ISMAPCTL" verify $WB >/dev/null || fail "verify after the draws"

# Malformed lists and requests: refused, nothing written.
before=$(sha256sum $WB)
expect_refusal() {
  local want="$1"; shift
  if "$ISMAPCTL" "$@" >out.txt 2>err.txt; then fail "accepted: $*"; fi
  grep -qF -- "$want" err.txt || fail "$*: expected \"$want\", got: $(cat err.txt)"
}
while IFS='|' read -r file want; do
  expect_refusal "$want" sample draw $WB "$item" --population-list "$D/$file" --frequency daily --as "$staff"
done <<'EOF_BAD'
bad-empty.csv|bad-empty.csv: the file is empty
bad-header-only.csv|bad-header-only.csv: no records below the header row
bad-binary.csv|bad-binary.csv: the file is binary
bad-wrong-encoding.csv|bad-wrong-encoding.csv: the file is neither UTF-8 nor CP932
bad-long-record.csv|bad-long-record.csv, record 2: the record is too long
EOF_BAD
expect_refusal "give --population or --population-list, not both" sample draw $WB "$item" --population 10 \
  --population-list "$D/good-ledger-cp932.csv" --frequency daily --as "$staff"
expect_refusal "no-such.csv" sample draw $WB "$item" --population-list no-such.csv --frequency daily --as "$staff"
out_item=$(sqlite3 $WB "SELECT item_id FROM statement_item WHERE applicability = 'out_of_scope' LIMIT 1")
expect_refusal "not in scope" sample draw $WB "$out_item" --population-list "$D/good-ledger-cp932.csv" --frequency daily --as "$staff"
[ "$before" = "$(sha256sum $WB)" ] || fail "a refused draw changed the workbook"
echo "test_population_list: 3 ledgers drawn and labelled as the files say; 8 refusals"
