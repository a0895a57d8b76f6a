#!/usr/bin/env bash
# The report as an IPA reviewer reads it (pdftotext -layout of the demo report in ja, en and both): no raw data (the
# sampling table named by name and version, printed once as a table in an appendix), no header line repeated on
# consecutive lines after a page break, the CSP's statement text beside the procedures, items outside this year's
# cycle said to be so, the report date the user chose (default today in Japan), and no "undecided" column in a
# final report.
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }

WB=demo.ismapwb
"$ISMAPCTL" demo $WB >/dev/null
lead=$(sqlite3 $WB "SELECT name FROM team_member WHERE role = 'lead' LIMIT 1")
# One item with steps taken out of this year's cycle: printed as such, not as "no procedures recorded".
out_item=$(sqlite3 $WB "SELECT s.item_id FROM statement_item s JOIN catalog_item c ON c.id = s.item_id
                        WHERE s.applicability = 'in_scope' AND c.level = 'detailed' ORDER BY c.sort_key DESC LIMIT 1")
"$ISMAPCTL" cycle set $WB "$out_item" --out --as "$lead" >/dev/null

for lang in ja en both; do
  "$ISMAPCTL" report $WB -o r-$lang.pdf --lang $lang --date 2026-04-15 >/dev/null || fail "report --lang $lang"
  pdftotext -layout r-$lang.pdf r-$lang.txt
done
"$ISMAPCTL" report $WB -o today.pdf --lang en >/dev/null
pdftotext -layout today.pdf today.txt

/usr/bin/python3 - "$out_item" <<'PY' || fail "the report text (above)"
import datetime, re, sys, unicodedata
out_item = sys.argv[1]
problems = []
def text(name):
    return unicodedata.normalize("NFKC", open(name, encoding="utf-8").read())
for lang in ("ja", "en", "both"):
    t = text(f"r-{lang}.txt")
    pages = t.split("\f")
    # No raw data: JSON objects or the stored sampling table's keys.
    for bad in ('{"', '"format"', "ismap-sampling-table", '"frequencies"', '"bands"'):
        if bad in t:
            line = next(l for l in t.splitlines() if bad in l)
            problems.append(f"{lang}: raw data {bad!r} in: {line.strip()[:100]}")
    # No line repeated on the next non-blank line (a table header printed twice after a page break).
    for p, page in enumerate(pages, 1):
        prev = None
        for line in page.splitlines():
            s = " ".join(line.split())
            if not s:
                continue
            if s == prev and not re.fullmatch(r"[\d\s./-]*", s):
                problems.append(f"{lang}, page {p}: the line {s[:80]!r} is printed twice in a row")
            prev = s
    ja, en = lang in ("ja", "both"), lang in ("en", "both")
    # The sampling table by name and version after each sample, the table itself once in an appendix.
    if en:
        if "Appendix A. Sampling tables" not in t: problems.append(f"{lang}: no sampling-table appendix")
        flat = " ".join(t.split())  # a sample's line wraps; the words stay in order
        if not re.search(r"Table: [^:]+ version \S+ \((付録A / )?Appendix A-1\)", flat):
            problems.append(f"{lang}: samples do not name the table by name and version")
        if lang == "en" and "Statement of the CSP" not in t:
            problems.append(f"{lang}: no statement text beside the procedures")
        if "15 April 2026" not in t: problems.append(f"{lang}: the chosen report date is not printed")
        if "Outside this year's audit cycle" not in t: problems.append(f"{lang}: the out-of-cycle item is not said to be so")
    if ja:
        if "付録A サンプリング表" not in t: problems.append(f"{lang}: no sampling-table appendix (ja)")
        if "言明書の記述" not in t: problems.append(f"{lang}: no statement text (ja)")
        if "令和8年4月15日" not in t: problems.append(f"{lang}: the chosen report date is not printed (ja)")
        if "複数年の監査サイクルにより本年度の対象外" not in t: problems.append(f"{lang}: out-of-cycle item (ja)")
    appendix_headings = len(re.findall(r"(Appendix A|付録A)-1 ", t))
    if appendix_headings != 1: problems.append(f"{lang}: the table is printed {appendix_headings} times in the appendix")
# Without --date: today in Japan (UTC+9), which is a day ahead of UTC from 15:00 UTC.
today = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=9)).date()
if f"{today.day} {today.strftime('%B')} {today.year}" not in text("today.txt"):
    problems.append(f"the default report date is not today in Japan ({today})")
if problems:
    print("\n".join(problems)); sys.exit(1)
PY

# A final report: no undecided column, though a draft of the same statement shows one.
F=final.ismapwb
"$ISMAPCTL" new $F --csp "Final CSP" --service S --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add $F lead1 --role lead >/dev/null
export ISMAP_KEY_DIR="$T/keys"
# shellcheck source=keys.sh
. "$SOURCE_DIR/tests/cli/keys.sh"
give_keys $F lead1 lead1
"$ISMAPCTL" statement import $F "$SOURCE_DIR/tests/data/statement/good-demo-style.csv" --as lead1 >/dev/null
"$ISMAPCTL" report $F -o draft.pdf --lang both >/dev/null
pdftotext -layout draft.pdf draft.txt
grep -q "Undecided" draft.txt || fail "the draft lacks its undecided column"
ismapctl_signed finalise $F --as lead1 >/dev/null
"$ISMAPCTL" report $F -o final.pdf --lang both >/dev/null
pdftotext -layout final.pdf final.txt
if grep -E "Undecided|未決定" final.txt; then fail "a final report has an undecided column"; fi
echo "test_report_text: ja, en and both read as text; 0 problems"
