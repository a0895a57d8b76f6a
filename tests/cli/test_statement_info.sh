#!/usr/bin/env bash
# The statement's own content (言明書の記載事項) and the engagement's scope: imported from a cover sheet of the XLSX
# (the sheet with the item rows found without --sheet) or from a second file (--cover), shown and edited with
# `statement info`, trailed, printed in the report; a malformed cover is refused by file and row with the workbook
# byte-for-byte unchanged; the scope is given at `new --scope` and changed later by the lead only.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
D="$TEST_DATA/statement"

WB=info.ismapwb
"$ISMAPCTL" new $WB --csp "Info CSP" --service S --period 2025-04-01..2026-03-31 --scope "IaaS（東京リージョン）" >/dev/null
"$ISMAPCTL" team add $WB lead1 --role lead >/dev/null
"$ISMAPCTL" team add $WB staff1 --role staff --as lead1 >/dev/null
[ "$("$ISMAPCTL" engagement scope $WB)" = "IaaS（東京リージョン）" ] || fail "new --scope not kept"

# A cover sheet before the statement rows: no --sheet needed, both imported.
"$ISMAPCTL" statement import $WB "$D/good-statement-with-cover.xlsx" --as lead1 >out.txt || fail "import with cover"
grep -q "10 items stated" out.txt || fail "the item sheet was not found: $(cat out.txt)"
grep -q "dated 30 May 2025" out.txt || fail "the cover was not reported: $(cat out.txt)"
"$ISMAPCTL" statement info $WB --json >info.json
/usr/bin/python3 - <<'PY' || fail "statement info --json: $(cat info.json)"
import json
i = json.load(open("info.json", encoding="utf-8"))
assert i["statement_date"] == "2025-05-30", i            # 令和7年5月30日
assert i["version"] == "第2版", i
assert i["regions"] == "東京リージョン、大阪リージョン", i
assert i["underlying_services"] == [{"name": "Amazon Web Services", "ismap_registered": True},
                                    {"name": "自社データセンター", "ismap_registered": False}], i
assert i["changes_in_period"].startswith("2025年10月"), i
assert i["subsequent_events"] == "該当なし", i
assert i["source"] == "good-statement-with-cover.xlsx", i
PY
# The rationale column came in with the populations named in words.
[ "$(sqlite3 $WB "SELECT population_rationale FROM statement_item WHERE population = 1200")" = "チケット管理システムから抽出した全件" ] \
  || fail "population rationale not imported"

# Malformed covers, as a second file: refused by file and row, the workbook unchanged.
before=$(sha256sum $WB)
for bad in "bad-cover-date.csv|bad-cover-date.csv, row 1: \"5月30日ごろ\" is not a date" \
           "bad-cover-twice.csv|bad-cover-twice.csv, row 3: \"版\" is given twice (first in row 1)"; do
  file=${bad%%|*}; want=${bad#*|}
  if "$ISMAPCTL" statement import $WB "$D/good-utf8.csv" --cover "$D/$file" --as lead1 >out.txt 2>err.txt; then
    fail "$file accepted"
  fi
  grep -qF "$want" err.txt || fail "$file: expected \"$want\", got: $(cat err.txt)"
  [ "$before" = "$(sha256sum $WB)" ] || fail "$file changed the workbook"
done

# A second file in CP932 as the cover of a CSV statement.
"$ISMAPCTL" statement import $WB "$D/good-utf8.csv" --cover "$D/good-cover-cp932.csv" --as lead1 >out.txt \
  || fail "import with --cover"
"$ISMAPCTL" statement info $WB | grep -q "Version: 第2版" || fail "the CP932 cover was not imported"

# Edited by a team member: trailed, shown, and in the report.
"$ISMAPCTL" statement info $WB --version "第3版" --service "AWS:registered" --service "自社DC:not-registered" \
  --subsequent-events "2026年4月にリージョンを追加" --as staff1 >/dev/null || fail "statement info edit"
"$ISMAPCTL" statement info $WB >shown.txt
grep -q "Version: 第3版" shown.txt && grep -q "AWS (ISMAP-registered); 自社DC (not ISMAP-registered)" shown.txt \
  || fail "the edit is not shown: $(cat shown.txt)"
[ "$(sqlite3 $WB "SELECT count(*) FROM trail WHERE action = 'statement.info' AND member = 'staff1'")" = 1 ] \
  || fail "the edit is not trailed"
before=$(sha256sum $WB)
if "$ISMAPCTL" statement info $WB --date "someday" --as staff1 2>err.txt; then fail "a bad date was accepted"; fi
grep -qF -- '--date: "someday" is not a date' err.txt || fail "bad date: $(cat err.txt)"
if "$ISMAPCTL" statement info $WB --version 4 2>err.txt; then fail "an edit without --as was accepted"; fi
[ "$before" = "$(sha256sum $WB)" ] || fail "a refused edit changed the workbook"

# The scope: the lead only, trailed.
if "$ISMAPCTL" engagement scope $WB "PaaS" --as staff1 2>err.txt; then fail "staff changed the scope"; fi
grep -q "only the engagement lead" err.txt || fail "scope refusal: $(cat err.txt)"
"$ISMAPCTL" engagement scope $WB "IaaS・PaaS（東京・大阪リージョン）" --as lead1 >/dev/null || fail "lead scope change"
[ "$("$ISMAPCTL" engagement scope $WB)" = "IaaS・PaaS（東京・大阪リージョン）" ] || fail "the scope did not change"
[ "$(sqlite3 $WB "SELECT count(*) FROM trail WHERE action = 'engagement.scope'")" = 1 ] || fail "scope not trailed"
"$ISMAPCTL" verify $WB >/dev/null || fail "verify after the edits"

"$ISMAPCTL" report $WB -o r.pdf --lang en >/dev/null
pdftotext -layout r.pdf r.txt
for want in "Date of the statement" "第3版" "AWS (ISMAP-registered)" \
            "Subsequent events" "IaaS・PaaS（東京・大阪リージョン）"; do
  grep -qF "$want" r.txt || fail "the report lacks \"$want\""
done
echo "test_statement_info: cover sheet, second file, edits, scope, report; 5 refusals"
