#!/usr/bin/env bash
# The request list (依頼資料 / PBC): requests added per item and sample, their statuses (overdue derived from the due
# date), exported to XLSX and CSV and read back with openpyxl; the CSP's returned copy (an edited XLSX, a CP932 CSV)
# updates the statuses, all rows or none; malformed copies are refused by file and row with the workbook
# byte-for-byte unchanged.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
PY=/usr/bin/python3
D="$TEST_DATA/requests"

WB=req.ismapwb
"$ISMAPCTL" demo $WB >/dev/null
staff=$(sqlite3 $WB "SELECT name FROM team_member WHERE role = 'staff' ORDER BY id LIMIT 1")
set1=$(sqlite3 $WB "SELECT id || ' ' || item_id FROM sample_set ORDER BY id LIMIT 1")
set_id=${set1%% *}; set_item=${set1#* }
"$ISMAPCTL" request add $WB 5.1.1 --description "情報セキュリティ基本方針（最新版）" --due 2099-12-31 --as "$staff" >/dev/null \
  || fail "request add"
"$ISMAPCTL" request add $WB "$set_item" --sample "$set_id" --description "抽出したサンプルの承認記録" \
  --requested 2026-01-05 --due 2026-01-20 --as "$staff" >/dev/null || fail "request add --sample"
"$ISMAPCTL" request add $WB 6.1.1 --description "入退室記録" --as "$staff" >/dev/null || fail "request add (3)"
"$ISMAPCTL" request list $WB --json >list.json
$PY - <<'PY' || fail "request list --json: $(cat list.json)"
import json
l = json.load(open("list.json", encoding="utf-8"))
assert [r["ref"] for r in l] == ["R-001", "R-002", "R-003"], l
assert l[0]["status"] == "requested" and l[1]["status"] == "overdue" and l[2]["status"] == "requested", l
PY
[ "$(sqlite3 $WB "SELECT count(*) FROM trail WHERE action = 'request.add'")" = 3 ] || fail "adds not trailed"

# Bad requests through the CLI: named, nothing changed.
before=$(sha256sum $WB)
expect_refusal() {
  local want="$1"; shift
  if "$ISMAPCTL" "$@" >out.txt 2>err.txt; then fail "accepted: $*"; fi
  grep -qF -- "$want" err.txt || fail "$*: expected \"$want\", got: $(cat err.txt)"
}
expect_refusal "a request needs a description" request add $WB 5.1.1 --description " " --as "$staff"
expect_refusal "is not a date" request add $WB 5.1.1 --description x --due "来月" --as "$staff"
expect_refusal "is before the request was made" request add $WB 5.1.1 --description x --requested 2026-02-01 --due 2026-01-01 --as "$staff"
expect_refusal "request R-099: no such request" request set $WB R-099 --note x --as "$staff"
expect_refusal "--status: \"later\" is none of" request set $WB R-001 --status later --as "$staff"
[ "$before" = "$(sha256sum $WB)" ] || fail "a refused request changed the workbook"

"$ISMAPCTL" request set $WB R-003 --status withdrawn --note "記録は6.1.2で入手済み" --as "$staff" >/dev/null || fail "request set"

for lang in ja en; do
  "$ISMAPCTL" export requests $WB -o requests-$lang.xlsx --lang $lang >/dev/null || fail "export requests $lang"
  "$ISMAPCTL" export requests $WB -o requests-$lang.csv --lang $lang --encoding cp932 >/dev/null || fail "export csv $lang"
done
$PY - <<'PY' || fail "the exported request list"
import csv, io
from openpyxl import load_workbook
for lang, words in (("ja", ["依頼中", "期限超過", "取下げ"]), ("en", ["requested", "overdue", "withdrawn"])):
    ws = load_workbook(f"requests-{lang}.xlsx").worksheets[0]
    rows = [[("" if c is None else str(c)) for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0][0] == ("番号" if lang == "ja" else "Ref"), rows[0]
    assert [r[0] for r in rows[1:]] == ["R-001", "R-002", "R-003"], rows
    assert [r[7] for r in rows[1:]] == words, [r[7] for r in rows[1:]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref, (ws.freeze_panes, ws.auto_filter.ref)
    c = list(csv.reader(io.StringIO(open(f"requests-{lang}.csv", "rb").read().decode("cp932"), newline="")))
    assert [r[7] for r in c[1:]] == words, c
PY

# The CSP's returned copy: the exported XLSX edited in Excel (here openpyxl): R-001 received with a note.
$PY - <<'PY'
from openpyxl import load_workbook
wb = load_workbook("requests-ja.xlsx")
ws = wb.worksheets[0]
ws["H2"] = "受領済"
ws["I2"] = "2026-05-01"
ws["K2"] = "最新版（第5版）を提出しました"
wb.save("returned.xlsx")
PY
"$ISMAPCTL" request import $WB returned.xlsx --as "$staff" >out.txt || fail "request import: $(cat out.txt)"
grep -q "1 request(s) changed" out.txt || fail "import summary: $(cat out.txt)"
"$ISMAPCTL" request list $WB --json >list.json
$PY - <<'PY' || fail "after the returned copy: $(cat list.json)"
import json
l = {r["ref"]: r for r in json.load(open("list.json", encoding="utf-8"))}
assert l["R-001"]["status"] == "received" and l["R-001"]["received_on"] == "2026-05-01", l["R-001"]
assert l["R-001"]["note"] == "最新版（第5版）を提出しました", l["R-001"]
assert l["R-003"]["status"] == "withdrawn", l["R-003"]
PY
# The same copy again changes nothing.
"$ISMAPCTL" request import $WB returned.xlsx --as "$staff" >out.txt
grep -q "0 request(s) changed" out.txt || fail "a second import changed something: $(cat out.txt)"

# Malformed copies: each refused by file and row, the workbook unchanged.
before=$(sha256sum $WB)
while IFS='|' read -r file want; do
  expect_refusal "$want" request import $WB "$D/$file" --as "$staff"
done <<'EOF_BAD'
bad-unknown-ref.csv|bad-unknown-ref.csv, row 3: R-099: no such request in this workbook
bad-status.csv|bad-status.csv, row 2: R-001: "たぶん" is not a request status
bad-duplicate.csv|bad-duplicate.csv, row 4: R-001 is listed twice (first in row 2)
bad-missing-status-column.csv|bad-missing-status-column.csv: no header row with a request number
bad-date.csv|bad-date.csv, row 2: R-001: "5月ごろ" is not a date
bad-binary.csv|bad-binary.csv: the file is binary
bad-wrong-encoding.csv|bad-wrong-encoding.csv: the file is neither UTF-8 nor CP932
bad-huge.csv|bad-huge.csv: too many rows
EOF_BAD
[ "$before" = "$(sha256sum $WB)" ] || fail "a refused returned copy changed the workbook"

# A returned copy as CP932 CSV with Japanese dates and words.
"$ISMAPCTL" request import $WB "$D/good-returned-cp932.csv" --as "$staff" >out.txt || fail "cp932 copy: $(cat out.txt)"
"$ISMAPCTL" request list $WB --json >list.json
$PY - <<'PY' || fail "after the CP932 copy: $(cat list.json)"
import json
l = {r["ref"]: r for r in json.load(open("list.json", encoding="utf-8"))}
assert l["R-001"]["received_on"] == "2026-05-01" and l["R-001"]["note"] == "最新版を提出しました", l["R-001"]
assert l["R-002"]["status"] == "overdue", l["R-002"]
assert l["R-003"]["note"] == "該当する記録はありません", l["R-003"]
PY
"$ISMAPCTL" verify $WB >/dev/null || fail "verify after the request changes"
echo "test_requests: 3 requests, 2 exports per language read back, 2 returned copies applied, 13 refusals"
