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

# Member keys (issue 14) with a passphrase that appears nowhere else either, made in the private folder.
MPASS="Mk-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')-mëmber"
export ISMAP_KEY_DIR=$T/keys KEY_PASS_PREFIX="$MPASS-"

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

# Search every file written during the run for each secret: the signer's passphrase (and the wrong one, which
# contains it), a member key's passphrase, and that member's private key itself (its 32-byte Ed25519 seed, as bytes,
# hex text or base64). The key folder holds the key encrypted, so it is searched too.
seed=$(openssl pkey -in "$ISMAP_KEY_DIR/lead1.key.pem" -passin "pass:${MPASS}-lead1" -outform DER | tail -c 32 |
    od -An -tx1 | tr -d ' \n')
[ ${#seed} = 64 ] || fail "could not read lead1's member key with its passphrase"
seed64=$(printf %s "$seed" | /usr/bin/python3 -c 'import sys, base64; print(base64.b64encode(bytes.fromhex(sys.stdin.read())).decode())')
hits=()
find_secret() { # LABEL TEXT [HEX]: TEXT as UTF-8, UTF-16LE and hex bytes; HEX: further bytes given as hex
    local label=$1 text=$2 more=${3:-} u16 hx f
    u16=$(printf %s "$text" | iconv -f UTF-8 -t UTF-16LE | od -An -tx1 | tr -d ' \n')
    hx=$(printf %s "$text" | od -An -tx1 | tr -d ' \n')
    while IFS= read -r -d '' f; do
        if grep -aF -- "$text" "$f" >/dev/null 2>&1; then
            hits+=("$f ($label, UTF-8)")
        elif od -An -tx1 -v "$f" 2>/dev/null | tr -d ' \n' | grep -F -e "$u16" -e "$hx" ${more:+-e "$more"} >/dev/null; then
            hits+=("$f ($label, UTF-16 or bytes)")
        fi
    done < <(find "$T" /tmp -xdev -type f -newer "$marker" -not -path "$T/pki/*" -not -name signer.p12 -print0 2>/dev/null)
}
# The search finds what it looks for: the private key's bytes planted in a file are found, then removed.
printf %s "$seed" | /usr/bin/python3 -c 'import sys; sys.stdout.buffer.write(b"x" + bytes.fromhex(sys.stdin.read()))' \
    >"$T/planted.bin"
find_secret "planted" "$seed" "$seed"
[ ${#hits[@]} -ge 1 ] || fail "the search did not find the planted key bytes: ${hits[*]:-none}"
rm "$T/planted.bin"
hits=()
find_secret "signer passphrase" "$PASS"
find_secret "member key passphrase" "$MPASS"
find_secret "member private key (hex)" "$seed" "$seed"
find_secret "member private key (base64)" "$seed64"
[ ${#hits[@]} = 0 ] || fail "a secret was written to: ${hits[*]}"
n=$(find "$T" -type f -newer "$marker" | wc -l)
echo "passphrases and member key: in none of the $n files the run wrote (workbook, WAL, report, keys, settings, logs, temporary files)"
