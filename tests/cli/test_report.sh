#!/usr/bin/env bash
# ismapctl report end to end: a PDF a reader can open and search, the manifest attached, and refusals that
# leave no file behind (no statement in scope, unwritable output, unknown language).
set -euo pipefail
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

wb="$tmp/e.ismapwb"
"$ISMAPCTL" new "$wb" --csp "Kumo CSP" --service "Kumo Storage" --period 2025-04-01..2026-03-31 --firm "Sora Audit" >/dev/null

# Nothing in scope yet: a clear error, a non-zero exit, and no file.
if "$ISMAPCTL" report "$wb" -o "$tmp/none.pdf" 2>"$tmp/err"; then fail "report without scope succeeded"; fi
grep -q "no item is in scope" "$tmp/err" || fail "unexpected error: $(cat "$tmp/err")"
[ ! -e "$tmp/none.pdf" ] || fail "a file was written without scope"

# Put three items in scope and one out (the statement import's job; done here with sqlite3 as a fixture).
sqlite3 "$wb" "INSERT INTO statement_item(item_id, applicability, reason, frequency, population) VALUES
  ('5.1.1', 'in_scope', '', 'annual', 1), ('9.4.1', 'in_scope', '', 'daily', 365),
  ('6.3.1.P', 'in_scope', '', 'monthly', 12), ('11.1.1', 'out_of_scope', '物理的な設備を保有しないため', '', NULL);"

for lang in ja en both; do
  out="$tmp/report-$lang.pdf"
  "$ISMAPCTL" report "$wb" -o "$out" --lang "$lang" >"$tmp/out" 2>"$tmp/err" || fail "report --lang $lang: $(cat "$tmp/err")"
  grep -q "pages" "$tmp/out" || fail "no summary line: $(cat "$tmp/out")"
  pdfinfo "$out" | grep -q "^Pages:" || fail "pdfinfo cannot read the $lang report"
  text=$(pdftotext -layout "$out" - | python3 -c 'import sys,unicodedata; print(unicodedata.normalize("NFKC", sys.stdin.read()))')
  for id in 5.1.1 9.4.1 6.3.1.P 11.1.1; do
    grep -q "$id" <<<"$text" || fail "$lang: item $id missing"
  done
  grep -q "Kumo CSP / Kumo Storage / 2025-04-01" <<<"$text" || fail "$lang: running header missing"
  grep -q "物理的な設備を保有しないため" <<<"$text" || fail "$lang: out-of-scope reason missing"
  pdffonts "$out" | grep -Eq "(NotoSansCJK|IPAex).*yes" || fail "$lang: CJK font not embedded"
  pdfdetach -list "$out" | grep -q "ismap-manifest.json" || fail "$lang: manifest not attached"
done
pdfdetach -save 1 -o "$tmp/manifest.json" "$tmp/report-both.pdf" >/dev/null
head=$(sqlite3 "$wb" "SELECT hash FROM trail ORDER BY seq DESC LIMIT 1")
grep -q "\"trail_head\": \"$head\"" "$tmp/manifest.json" || fail "manifest trail head differs from the workbook's"
pdftotext "$tmp/report-en.pdf" - | grep -q "$head" || fail "trail head not printed"

# Unknown language, missing folder, a folder as output: clear errors, usage-level exit, nothing written.
if "$ISMAPCTL" report "$wb" -o "$tmp/fr.pdf" --lang fr 2>"$tmp/err"; then fail "--lang fr accepted"; fi
grep -q '"fr"' "$tmp/err" || fail "unexpected error: $(cat "$tmp/err")"
[ ! -e "$tmp/fr.pdf" ] || fail "a file was written for --lang fr"
if "$ISMAPCTL" report "$wb" -o "$tmp/missing/r.pdf" 2>"$tmp/err"; then fail "missing folder accepted"; fi
grep -q "does not exist" "$tmp/err" || fail "unexpected error: $(cat "$tmp/err")"
if "$ISMAPCTL" report "$wb" -o "$tmp" 2>"$tmp/err"; then fail "a folder accepted as output"; fi
grep -q "is a folder" "$tmp/err" || fail "unexpected error: $(cat "$tmp/err")"
if "$ISMAPCTL" report "$wb" 2>"$tmp/err"; then fail "no -o accepted"; fi

# An existing report is replaced only by a complete new one: a failing run leaves it untouched.
cp "$tmp/report-en.pdf" "$tmp/keep.pdf"
before=$(sha256sum <"$tmp/keep.pdf")
if "$ISMAPCTL" report "$tmp/no-such.ismapwb" -o "$tmp/keep.pdf" 2>/dev/null; then fail "missing workbook accepted"; fi
[ "$(sha256sum <"$tmp/keep.pdf")" = "$before" ] || fail "existing report changed by a failed run"
echo "test_report: ok"
