#!/usr/bin/env bash
# The signing passphrase is in no file the app writes (issue 6, point 7), over the whole report flow: a workbook
# with evidence, a signed report (passphrase on stdin), verify-report — all with HOME, XDG_* and TMPDIR pointed into
# a private folder so that every file the app could write (workbook, WAL, report, settings, caches, temporary files)
# is searched afterwards, in UTF-8, UTF-16 and hex; /tmp is searched for files written during the run as well.
# (The signing helper's keychain test covers the OS keychain path.)
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}" "${SOURCE_DIR:?}" "${TEST_DATA:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
mkdir -p home config data cache runtime tmp pki
chmod 700 runtime
export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data XDG_CACHE_HOME=$T/cache XDG_RUNTIME_DIR=$T/runtime
export TMPDIR=$T/tmp
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
marker=$T/start-marker
touch "$marker"

# A signer PKCS#12 protected by a passphrase that appears nowhere else.
PASS="Ism4p-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')-pässphrase"
bash "$SOURCE_DIR/tests/data/pki/make-test-pki.sh" pki >/dev/null 2>&1
openssl pkcs12 -export -inkey pki/signer.key -in pki/signer.pem -certfile pki/ca.pem -passout "pass:$PASS" \
    -out signer.p12 2>/dev/null
[ -s signer.p12 ] || fail "could not make the test PKCS#12"

WB=wb.ismapwb
# A report signed with the firm's certificate is final: a clean, finalised engagement, issued by its lead.
# shellcheck source=clean_engagement.sh
source "$SOURCE_DIR/tests/cli/clean_engagement.sh"
make_clean_engagement "$T/$WB" >log-demo.txt 2>&1
ismapctl_signed finalise $WB --as lead1 >>log-demo.txt 2>&1
# The report command signs as it writes; until it exists here, sign-pdf signs the checked-in unsigned report.
if "$ISMAPCTL" --help | grep -q "^  report "; then
    sign() { "$ISMAPCTL" report $WB -o "$1" --lang both --sign signer.p12 --passphrase-stdin --as lead1; }
else
    sign() { "$ISMAPCTL" sign-pdf "$TEST_DATA/signing/report-unsigned.pdf" -o "$1" --p12 signer.p12 --passphrase-stdin; }
fi
printf '%s\n' "$PASS" | sign report.pdf >log-report.txt 2>&1 || fail "signing the report failed: $(cat log-report.txt)"
"$ISMAPCTL" verify-report report.pdf --ca pki/ca.pem >log-verify.txt 2>&1 || fail "verify-report: $(cat log-verify.txt)"
# A wrong passphrase must not leak into an error message or a file either.
printf '%s\n' "${PASS}-wrong" | sign report2.pdf >log-wrong.txt 2>&1 && fail "a wrong passphrase signed the report"
[ ! -e report2.pdf ] || fail "a report was left after a wrong passphrase"

# Search every file written during the run for the passphrase (and the wrong one, which contains it).
utf16=$(printf %s "$PASS" | iconv -f UTF-8 -t UTF-16LE | od -An -tx1 | tr -d ' \n')
hex=$(printf %s "$PASS" | od -An -tx1 | tr -d ' \n')
hits=()
while IFS= read -r -d '' f; do
    if grep -qaF -- "$PASS" "$f" 2>/dev/null; then
        hits+=("$f (UTF-8)")
    elif od -An -tx1 -v "$f" 2>/dev/null | tr -d ' \n' | grep -qF -e "$utf16" -e "$hex"; then
        hits+=("$f (UTF-16 or hex)")
    fi
done < <(find "$T" /tmp -xdev -type f -newer "$marker" -not -path "$T/pki/*" -not -name signer.p12 -print0 2>/dev/null)
[ ${#hits[@]} = 0 ] || fail "the passphrase was written to: ${hits[*]}"
n=$(find "$T" -type f -newer "$marker" | wc -l)
echo "passphrase: in none of the $n files the run wrote (workbook, WAL, report, settings, logs, temporary files)"
