#!/usr/bin/env bash
# ismapctl sign-pdf / verify-report end to end, cross-checked with tools the project did not write:
# poppler's pdfsig (its text: it exits 0 even for a broken signature), qpdf --check, pdffonts, pdftotext.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pki="$work/pki"
bash "$TEST_DATA/pki/make-test-pki.sh" "$pki"
in="$TEST_DATA/signing/report-unsigned.pdf"
out="$work/signed.pdf"

# run EXPECTED_RC CMD... : runs CMD, keeps stdout/stderr in $work/out and $work/err, checks the exit code.
run() {
    local expected=$1
    shift
    set +e
    "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    set -e
    [ "$rc" -eq "$expected" ] || fail "exit $rc (expected $expected): $* -- $(cat "$work/err")"
}
expect_out() { grep -q -- "$1" "$work/out" || fail "stdout lacks '$1': $(cat "$work/out")"; }
expect_err() { grep -q -- "$1" "$work/err" || fail "stderr lacks '$1': $(cat "$work/err")"; }

# --- Signing -------------------------------------------------------------------------------------------
run 0 "$ISMAPCTL" sign-pdf --help
expect_out "--passphrase-stdin"
expect_out "never an argument"
printf 'test-pass\n' | run 0 "$ISMAPCTL" sign-pdf "$in" -o "$out" --p12 "$pki/signer.p12" --passphrase-stdin \
    --reason "ISMAP 実施結果報告書" --location Tokyo
expect_out "Signed"
[ -s "$out" ] || fail "no signed file"
cmp -s -n "$(stat -c %s "$in")" "$in" "$out" || fail "the original bytes are not kept in front of the signature"

# pdfsig: valid, whole document, trusted with an NSS database holding the test CA.
nss="$work/nss"
mkdir "$nss"
certutil -N -d "sql:$nss" --empty-password
certutil -A -d "sql:$nss" -n ca -t "C,C,C" -i "$pki/ca.pem"
pdfsig -nssdir "sql:$nss" "$out" >"$work/pdfsig" 2>&1 || true
grep -q "Signature is Valid." "$work/pdfsig" || fail "pdfsig: $(cat "$work/pdfsig")"
grep -q "Total document signed" "$work/pdfsig" || fail "pdfsig does not see the whole document signed"
grep -q "Certificate is Trusted." "$work/pdfsig" || fail "pdfsig does not trust the test CA's signer"
grep -q "ETSI.CAdES.detached" "$work/pdfsig" || fail "pdfsig: not ETSI.CAdES.detached"
grep -q "SHA-256" "$work/pdfsig" || fail "pdfsig: not SHA-256"

qpdf --check "$out" >"$work/qpdf" 2>&1 || fail "qpdf --check: $(cat "$work/qpdf")"
pdffonts "$out" | grep -E "NotoSansCJK.*Identity-H +yes" >/dev/null || fail "pdffonts: CJK font not embedded"
pdftotext "$out" "$work/text"
[ "$(head -1 "$work/text")" = "日本 方針 実施結果報告書 管理策 令和7年4月1日" ] || fail "pdftotext: $(head -1 "$work/text")"

# --- Verification --------------------------------------------------------------------------------------
run 0 "$ISMAPCTL" verify-report "$out" --ca "$pki/ca.pem"
expect_out "Signature: *valid"
expect_out "Signer: *Test Signer (Test Audit Firm)"
expect_out "Coverage: *whole document"
expect_out "Trust: *trusted"
expect_out "Signing time: *[0-9/]*/20[0-9][0-9] "   # local time, the locale's format (en: M/d/yyyy)
run 0 "$ISMAPCTL" verify-report "$out"
expect_out "Trust: *not checked"
run 0 "$ISMAPCTL" verify-report --help
expect_out "20  tampered"
expect_out "24  valid, but the manifest"

# Another CA: untrusted (21).
run 21 "$ISMAPCTL" verify-report "$out" --ca "$pki/other-ca.pem"
expect_out "Signature: *untrusted"

# One flipped byte inside the signed range: tampered (20), and pdfsig says Digest Mismatch.
flipped="$work/flipped.pdf"
cp "$out" "$flipped"
offset=$(($(stat -c %s "$in") / 2))
byte=$(dd if="$flipped" bs=1 skip="$offset" count=1 2>/dev/null | od -An -tu1 | tr -d ' ')
printf "$(printf '\\%03o' $(((byte ^ 1) & 255)))" | dd of="$flipped" bs=1 seek="$offset" conv=notrunc 2>/dev/null
cmp -s "$out" "$flipped" && fail "the byte was not flipped"
pdfsig "$flipped" >"$work/pdfsig" 2>&1 || true
grep -q "Digest Mismatch." "$work/pdfsig" || fail "pdfsig on a flipped byte: $(cat "$work/pdfsig")"
run 20 "$ISMAPCTL" verify-report "$flipped" --ca "$pki/ca.pem"
expect_out "Digest mismatch"

# Bytes appended after signing: not the whole document (20); pdfsig agrees.
appended="$work/appended.pdf"
cp "$out" "$appended"
printf '\n%% appended after signing\n' >>"$appended"
pdfsig "$appended" >"$work/pdfsig" 2>&1 || true
grep -q "Not total document signed" "$work/pdfsig" || fail "pdfsig on appended bytes: $(cat "$work/pdfsig")"
run 20 "$ISMAPCTL" verify-report "$appended" --ca "$pki/ca.pem"
expect_out "Coverage: *NOT the whole document"

# Unsigned (22), malformed (23), unreadable (23).
run 22 "$ISMAPCTL" verify-report "$in"
expect_out "Signature: *unsigned"
printf 'not a pdf\n' >"$work/junk.pdf"
run 23 "$ISMAPCTL" verify-report "$work/junk.pdf"
run 23 "$ISMAPCTL" verify-report "$work/absent.pdf"
expect_err "absent.pdf"
head -c 20000 "$out" >"$work/truncated.pdf"
run 23 "$ISMAPCTL" verify-report "$work/truncated.pdf"

# --- Manifest against a workbook -------------------------------------------------------------------------
wb="$work/e.ismapwb"
"$ISMAPCTL" new "$wb" --csp "Test CSP" --service "Test" --period 2025-04-01..2026-03-31 >/dev/null
head_hash=$("$ISMAPCTL" verify "$wb" | sed -n 's/.*head \([0-9a-f]\{64\}\).*/\1/p')
[ -n "$head_hash" ] || fail "no trail head from ismapctl verify"
mkdir "$work/m"
printf '{"trail_head":"%s","engagement":"x"}\n' "$head_hash" >"$work/m/ismap-manifest.json"
printf 'test-pass\n' | run 0 "$ISMAPCTL" sign-pdf "$in" -o "$work/with-manifest.pdf" --p12 "$pki/signer.p12" \
    --passphrase-stdin --attach "$work/m/ismap-manifest.json"
run 0 "$ISMAPCTL" verify-report "$work/with-manifest.pdf" --ca "$pki/ca.pem" --workbook "$wb"
expect_out "Manifest: *matches the workbook"
pdfdetach -list "$work/with-manifest.pdf" >"$work/detach"
grep -q "ismap-manifest.json" "$work/detach" || fail "pdfdetach does not list the manifest"
wb2="$work/other.ismapwb"
"$ISMAPCTL" new "$wb2" --csp "Other CSP" --service "Test" --period 2025-04-01..2026-03-31 >/dev/null
run 24 "$ISMAPCTL" verify-report "$work/with-manifest.pdf" --ca "$pki/ca.pem" --workbook "$wb2"
expect_out "DOES NOT MATCH"
run 24 "$ISMAPCTL" verify-report "$out" --workbook "$wb"
expect_out "MISSING"
# The right trail head but another engagement's id: a mismatch too.
printf '{"trail_head":"%s","engagement_uuid":"00000000-0000-0000-0000-000000000000"}\n' "$head_hash" \
    >"$work/m/ismap-manifest.json"
printf 'test-pass\n' | run 0 "$ISMAPCTL" sign-pdf "$in" -o "$work/other-engagement.pdf" --p12 "$pki/signer.p12" \
    --passphrase-stdin --attach "$work/m/ismap-manifest.json"
run 24 "$ISMAPCTL" verify-report "$work/other-engagement.pdf" --workbook "$wb"
expect_out "the report is of engagement 00000000"

# --- Bad input: a clear error and no output file -------------------------------------------------------
bad() { # expected-stderr p12 [sign-pdf options...] ; passphrase on stdin from $stdin
    local msg=$1 p12=$2
    shift 2
    rm -f "$work/bad.pdf"
    printf '%s\n' "$stdin" | run "$expected" "$ISMAPCTL" sign-pdf "$in" -o "$work/bad.pdf" --p12 "$p12" "$@"
    expect_err "$msg"
    [ ! -e "$work/bad.pdf" ] || fail "an output file was left behind ($msg)"
}
expected=2
stdin=wrong bad "wrong passphrase" "$pki/signer.p12" --passphrase-stdin
stdin=test-pass bad "no private key" "$pki/nokey.p12" --passphrase-stdin
stdin=test-pass bad "expired on 2021-01-01" "$pki/expired.p12" --passphrase-stdin
stdin=x bad "not a PKCS#12 file" "$pki/notapkcs12.p12" --passphrase-stdin
stdin= bad "needs a passphrase" "$pki/signer.p12"
expected=11
stdin=test-pass bad "absent.p12" "$pki/absent.p12" --passphrase-stdin
# The passphrase is never accepted as an argument.
run 64 "$ISMAPCTL" sign-pdf "$in" -o "$work/bad.pdf" --p12 "$pki/signer.p12" --passphrase test-pass
[ ! -e "$work/bad.pdf" ] || fail "signed with a passphrase argument"
# An output folder that cannot be written.
mkdir "$work/ro"
chmod 500 "$work/ro"
if [ ! -w "$work/ro" ]; then
    printf 'test-pass\n' | run 11 "$ISMAPCTL" sign-pdf "$in" -o "$work/ro/out.pdf" --p12 "$pki/signer.p12" --passphrase-stdin
    expect_err "cannot write"
    [ ! -e "$work/ro/out.pdf" ] || fail "a file appeared in a read-only folder"
fi
printf 'test-pass\n' | run 11 "$ISMAPCTL" sign-pdf "$in" -o "$work/missing/dir/out.pdf" --p12 "$pki/signer.p12" --passphrase-stdin
expect_err "cannot write"
chmod 700 "$work/ro"

# A PKCS#12 without a passphrase needs none (nothing on stdin).
run 0 "$ISMAPCTL" sign-pdf "$in" -o "$work/nopass.pdf" --p12 "$pki/signer-nopass.p12" </dev/null
run 0 "$ISMAPCTL" verify-report "$work/nopass.pdf" --ca "$pki/ca.pem"

# The passphrase is in no file the run wrote.
if grep -r -a -l "test-pass" "$work" --exclude-dir=pki >/dev/null 2>&1; then
    fail "the passphrase appears in: $(grep -r -a -l "test-pass" "$work" --exclude-dir=pki)"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "test_signing: all checks passed"
