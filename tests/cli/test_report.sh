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
grep -q "$head" <<<"$(pdftotext "$tmp/report-en.pdf" -)" || fail "trail head not printed"

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
# Signed with a locally generated DEMO CA and signer: poppler's pdfsig reads the signature (its text, since
# it exits 0 even for a broken one) and the cover says DEMO.
"$ISMAPCTL" report "$wb" -o "$tmp/signed.pdf" --lang both --demo-signer "$tmp/pki" >"$tmp/out" 2>"$tmp/err" \
  || fail "demo-signed report: $(cat "$tmp/err")"
[ -s "$tmp/pki/demo-ca.pem" ] && [ -s "$tmp/pki/demo-signer.p12" ] || fail "demo PKI not written"
grep -q "signed by DEMO Signer" "$tmp/out" || fail "no signer in: $(cat "$tmp/out")"
pdfsig "$tmp/signed.pdf" >"$tmp/sig" 2>&1 || true
grep -q "Signature is Valid." "$tmp/sig" || fail "pdfsig: $(cat "$tmp/sig")"
grep -q "Total document signed" "$tmp/sig" || fail "pdfsig: $(cat "$tmp/sig")"
grep -q "ETSI.CAdES.detached" "$tmp/sig" || fail "pdfsig: $(cat "$tmp/sig")"
pdftotext -f 1 -l 1 "$tmp/signed.pdf" - | grep -q "DEMO" || fail "cover not marked DEMO"
pdfdetach -list "$tmp/signed.pdf" | grep -q "ismap-manifest.json" || fail "signed report lost its manifest"

# A passphrase-protected PKCS#12: refused without --passphrase-stdin, refused with a wrong one, signed with the
# right one read from standard input (never from an argument). Refusals write nothing.
openssl pkcs12 -in "$tmp/pki/demo-signer.p12" -passin pass: -nodes -out "$tmp/firm.pem" 2>/dev/null
openssl pkcs12 -export -in "$tmp/firm.pem" -passout pass:s3cret-Phrase -out "$tmp/firm.p12" 2>/dev/null
if "$ISMAPCTL" report "$wb" -o "$tmp/p.pdf" --sign "$tmp/firm.p12" 2>"$tmp/err" </dev/null; then fail "no passphrase accepted"; fi
grep -q "passphrase-stdin" "$tmp/err" || fail "unexpected error: $(cat "$tmp/err")"
if echo "wrong" | "$ISMAPCTL" report "$wb" -o "$tmp/p.pdf" --sign "$tmp/firm.p12" --passphrase-stdin 2>"$tmp/err"; then
  fail "wrong passphrase accepted"
fi
[ ! -e "$tmp/p.pdf" ] || fail "a file was written with a wrong passphrase"
echo "s3cret-Phrase" | "$ISMAPCTL" report "$wb" -o "$tmp/p.pdf" --sign "$tmp/firm.p12" --passphrase-stdin --lang en \
  >/dev/null 2>"$tmp/err" || fail "signing with the passphrase: $(cat "$tmp/err")"
pdfsig "$tmp/p.pdf" 2>&1 | grep -q "Signature is Valid." || fail "passphrase-signed report not valid"
if grep -rq "s3cret-Phrase" "$tmp"/*.pdf "$tmp/pki"; then fail "the passphrase was written to a file"; fi
echo "test_report: ok"
