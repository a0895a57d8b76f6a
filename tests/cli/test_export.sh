#!/usr/bin/env bash
# ismapctl export: every work paper of the demo engagement to XLSX and CSV (UTF-8 with BOM, CP932), in Japanese and
# English, read back by an independent reader (python3-openpyxl, Python's csv) and compared cell by cell with what
# the workbook holds (read with sqlite3). Bad requests are refused with a clear error and write nothing.
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
PY=/usr/bin/python3 # Debian's interpreter, with python3-openpyxl

WB=demo.ismapwb
"$ISMAPCTL" demo $WB >/dev/null
"$ISMAPCTL" status $WB --json >status.json

# What the workbook holds, as the independent truth (tab-separated; newlines in text would break the lines, so
# only single-line fields are compared here and the multi-line ones through the finding count and refs).
sqlite3 -separator $'\t' $WB "SELECT ref, item_id, title, status FROM finding ORDER BY ref" >findings.truth
# Generated titles are stored as codes and exported in the export's language: the truth per language is what the
# engine renders (finding list --json, in that language).
for lang in ja en; do
  ISMAP_LANG=$lang "$ISMAPCTL" finding list $WB --json >findings-$lang.json
done
sqlite3 -separator $'\t' $WB "SELECT ref, sha256, size FROM evidence ORDER BY ref" >evidence.truth
sqlite3 -separator $'\t' $WB "SELECT s.item_id, s.id, s.population, i.seq, i.population_index
    FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id ORDER BY s.id, i.seq" >samples.truth
[ -s findings.truth ] && [ -s evidence.truth ] && [ -s samples.truth ] || fail "the demo has no findings, evidence or samples"

for lang in ja en; do
  for kind in findings samples evidence status; do
    "$ISMAPCTL" export $kind $WB -o $kind-$lang.xlsx --lang $lang >out.txt || fail "export $kind $lang xlsx"
    grep -q "$kind-$lang.xlsx" out.txt || fail "no summary line: $(cat out.txt)"
    "$ISMAPCTL" export $kind $WB -o $kind-$lang.csv --lang $lang >/dev/null || fail "export $kind $lang csv"
    "$ISMAPCTL" export $kind $WB -o $kind-$lang-sjis.csv --lang $lang --encoding cp932 >/dev/null \
      || fail "export $kind $lang cp932"
  done
done

"$PY" - <<'PY' || fail "exports differ from the workbook (above)"
import csv, io, json, sys
from openpyxl import load_workbook

problems = []
def check(cond, what):
    if not cond:
        problems.append(what)

def xlsx(path):
    wb = load_workbook(path)  # not read-only: freeze panes and the filter are read too
    ws = wb.worksheets[0]
    rows = [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    return ws, rows

def csv_rows(path, encoding):
    raw = open(path, "rb").read()
    if encoding == "utf-8-sig":
        check(raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 BOM")
    return [r for r in csv.reader(io.StringIO(raw.decode(encoding), newline=""))]

truth = {
    "findings": [l.split("\t") for l in open("findings.truth", encoding="utf-8").read().splitlines()],
    "evidence": [l.split("\t") for l in open("evidence.truth", encoding="utf-8").read().splitlines()],
    "samples": [l.split("\t") for l in open("samples.truth", encoding="utf-8").read().splitlines()],
}
status = json.load(open("status.json", encoding="utf-8"))
check(status.get("in_scope", 0) > 0, "status --json has nothing in scope")
status_word_en = {"not started": "not_started", "in progress": "in_progress", "prepared": "prepared",
                  "reviewed": "reviewed", "needs attention": "needs_attention",
                  "not in this year's cycle": "out_of_cycle"}

headers = {
    ("findings", "ja"): ["番号", "管理策"], ("findings", "en"): ["Ref", "Item"],
    ("samples", "ja"): ["管理策", "管理策名", "サンプル"], ("samples", "en"): ["Item", "Item title", "Sample"],
    ("evidence", "ja"): ["番号", "ファイル名"], ("evidence", "en"): ["Ref", "Name"],
    ("status", "ja"): ["管理策", "管理策名"], ("status", "en"): ["Item", "Item title"],
}
sheet_names = {("findings", "ja"): "発見事項", ("findings", "en"): "Findings", ("samples", "ja"): "サンプル抽出",
               ("samples", "en"): "Samples", ("evidence", "ja"): "証跡一覧", ("evidence", "en"): "Evidence",
               ("status", "ja"): "進捗状況", ("status", "en"): "Status"}

for lang in ("ja", "en"):
    for kind in ("findings", "samples", "evidence", "status"):
        ws, rows = xlsx(f"{kind}-{lang}.xlsx")
        name = f"{kind}-{lang}.xlsx"
        check(ws.title == sheet_names[(kind, lang)], f"{name}: sheet named {ws.title!r}")
        check(ws.freeze_panes == "A2", f"{name}: header row not frozen ({ws.freeze_panes})")
        check(bool(ws.auto_filter.ref) and ws.auto_filter.ref.startswith("A1:"), f"{name}: no auto-filter")
        check(all((ws.column_dimensions[c].width or 0) > 5 for c in "ABC"), f"{name}: column widths not set")
        check(rows[0][:len(headers[(kind, lang)])] == headers[(kind, lang)], f"{name}: header {rows[0][:3]}")
        body = rows[1:]
        # The same cells in both CSV encodings as in the XLSX (numbers compared as the text they show).
        for enc, path in (("utf-8-sig", f"{kind}-{lang}.csv"), ("cp932", f"{kind}-{lang}-sjis.csv")):
            c = csv_rows(path, enc)
            # CP932 holds look-alikes of a few characters (the export maps them as Windows does)
            cp = lambda s: s.replace("\u301c", "\uff5e").replace("\u2014", "\u2015").replace("\u2013", "-")
            check(len(c) == len(rows), f"{path}: {len(c)} rows, the XLSX has {len(rows)}")
            for i, (a, b) in enumerate(zip(rows, c)):
                b = b + [""] * (len(a) - len(b))
                a = [x[:-2] if x.endswith(".0") and x[:-2].isdigit() else x for x in a]
                if enc == "cp932":
                    a = [cp(x) for x in a]
                if a != b:
                    check(False, f"{path}, row {i + 1}: {b[:4]} but the XLSX has {a[:4]}")
                    break
        if kind == "findings":
            got = [[r[0], r[1], r[3]] for r in body]
            rendered = {f["ref"]: f["title"] for f in json.load(open(f"findings-{lang}.json", encoding="utf-8"))}
            want = [[t[0], t[1], rendered[t[0]]] for t in truth["findings"]]
            check(all(not w[2].startswith('{"tc"') for w in want), f"{name}: a title left as its code: {want[:2]}")
            check(got == want, f"{name}: findings {got[:2]} differ from the workbook's {want[:2]}")
        elif kind == "evidence":
            got = [[r[0], r[3], r[2].removesuffix(".0")] for r in body]
            check(got == truth["evidence"], f"{name}: evidence {got[:2]} differ from {truth['evidence'][:2]}")
        elif kind == "samples":
            got = sorted([[r[0], r[2].removesuffix(".0"), r[5].removesuffix(".0"), r[7].removesuffix(".0"),
                           r[8].removesuffix(".0")] for r in body], key=lambda r: (int(r[1]), int(r[3])))
            check(got == truth["samples"], f"{name}: samples {got[:2]} differ from {truth['samples'][:2]}")
            check(all(isinstance(v, (int, float)) for v in
                      next(ws.iter_rows(min_row=2, max_row=2, min_col=9, max_col=9, values_only=True))),
                  f"{name}: the population index is not a number in Excel")
        elif kind == "status":
            check(len(body) == status["in_scope"], f"{name}: {len(body)} items, status --json has {status['in_scope']}")
            if lang == "en":
                counts = {}
                for r in body:
                    counts[status_word_en.get(r[4], r[4])] = counts.get(status_word_en.get(r[4], r[4]), 0) + 1
                want = {k: v for k, v in status["by_status"].items() if v}
                check(counts == want, f"{name}: statuses {counts} but status --json says {want}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
PY

# English headers carry no Japanese, Japanese status words come from the Japanese export.
"$PY" -c "
from openpyxl import load_workbook
import sys
en = load_workbook('status-en.xlsx').worksheets[0]
ja = load_workbook('status-ja.xlsx').worksheets[0]
hdr = [c.value for c in en[1]]
if any(any('\u3040' <= ch <= '\u9fff' for ch in str(v)) for v in hdr): sys.exit('Japanese in English headers: %s' % hdr)
if not any(c.value in ('未着手', '実施中', '作成済', '査閲済', '要対応', '今期対象外') for c in ja['E'][1:]): sys.exit('no Japanese status')
" || fail "language of the status export"

# Bad requests: a clear error, a non-zero exit, and no file.
expect_refusal() {
  local want="$1"; shift
  if "$ISMAPCTL" "$@" >out.txt 2>err.txt; then fail "accepted: $*"; fi
  grep -qF -- "$want" err.txt || fail "$*: expected \"$want\", got: $(cat err.txt)"
}
expect_refusal '"nonsense" is not an export' export nonsense $WB -o x.xlsx
expect_refusal 'give a file name ending in .xlsx or .csv' export findings $WB -o x.pdf
expect_refusal '"latin1" is not a CSV encoding' export findings $WB -o x.csv --encoding latin1
expect_refusal '"fr" is not an export language' export findings $WB -o x.csv --lang fr
expect_refusal '-o FILE is required' export findings $WB
[ ! -e x.xlsx ] && [ ! -e x.csv ] && [ ! -e x.pdf ] || fail "a refused export left a file"
# A character CP932 cannot hold: refused naming the row and column; UTF-8 takes it.
"$ISMAPCTL" team add $WB temp-lead --role lead >/dev/null 2>&1 || true
ref=$(head -1 findings.truth | cut -f1)
lead=$(sqlite3 $WB "SELECT name FROM team_member WHERE role = 'lead' LIMIT 1")
"$ISMAPCTL" finding edit $WB "$ref" --effect "影響 🙂 大" --as "$lead" >/dev/null || fail "finding edit"
expect_refusal 'cannot hold' export findings $WB -o emoji.csv --encoding cp932 --lang ja
grep -qF 'emoji.csv, row 2, column "影響"' err.txt || fail "the CP932 refusal does not name row and column: $(cat err.txt)"
[ ! -e emoji.csv ] || fail "a refused CP932 export left a file"
"$ISMAPCTL" export findings $WB -o emoji.csv --lang ja >/dev/null || fail "UTF-8 export with an emoji"
grep -q "影響 🙂 大" emoji.csv || fail "the emoji did not reach the UTF-8 CSV"
echo "test_export: 4 kinds x 2 languages x 3 formats read back and compared; 6 refusals"
