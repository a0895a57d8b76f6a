#!/usr/bin/env bash
# The real OS keychain through QtKeychain: a private D-Bus session with gnome-keyring unlocked by the test.
# sign-pdf --passphrase-stdin --remember stores the passphrase; --use-keychain signs again without stdin; report --sign
# takes the same remembered passphrase (and report --remember writes it); the passphrase appears in no file under
# HOME, the XDG folders, the output folder or the workbook; --forget removes it.
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (setup.sh installs dbus and gnome-keyring)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
bash "$TEST_DATA/pki/make-test-pki.sh" "$work/pki" >/dev/null
mkdir -p "$work/home" "$work/runtime" "$work/data" "$work/config" "$work/cache" "$work/out"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
    XDG_CACHE_HOME="$work/cache"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export WORK="$work" IN="$TEST_DATA/signing/report-unsigned.pdf" SOURCE_DIR="${SOURCE_DIR:?}"

cat >"$work/inside.sh" <<'INSIDE'
set -euo pipefail
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
p12="$WORK/pki/signer.p12"
out="$WORK/out"

printf 'test-pass\n' | "$ISMAPCTL" sign-pdf "$IN" -o "$out/first.pdf" --p12 "$p12" --passphrase-stdin --remember \
    >"$WORK/log" 2>&1 || fail "sign with --remember: $(cat "$WORK/log")"
"$ISMAPCTL" sign-pdf "$IN" -o "$out/second.pdf" --p12 "$p12" --use-keychain </dev/null >"$WORK/log" 2>&1 \
    || fail "sign with --use-keychain: $(cat "$WORK/log")"
for f in first second; do
    "$ISMAPCTL" verify-report "$out/$f.pdf" --ca "$WORK/pki/ca.pem" >"$WORK/log" 2>&1 || fail "verify $f: $(cat "$WORK/log")"
done

# The passphrase is in no file anywhere the run could write (the keyring file is encrypted).
if grep -r -a -l "test-pass" "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$out" \
    >"$WORK/found" 2>/dev/null; then
    fail "the passphrase appears in: $(cat "$WORK/found")"
fi

# report --sign takes the same remembered passphrase (the desktop app's key): no stdin needed.
# A report signed with the firm's certificate is final: a clean, finalised engagement, issued by its lead; each
# further final report after a reopening with a reason.
source "$SOURCE_DIR/tests/cli/clean_engagement.sh"
make_clean_engagement "$WORK/wb.ismapwb" >"$WORK/log" 2>&1 || fail "clean engagement: $(cat "$WORK/log")"
ismapctl_signed finalise "$WORK/wb.ismapwb" --as lead1 >"$WORK/log" 2>&1 || fail "finalise: $(cat "$WORK/log")"
export ISMAP_MEMBER=lead1
reopen() {
    ismapctl_signed review unlock "$WORK/wb.ismapwb" --reason "another signed copy for the keychain test" --as lead1 >"$WORK/log" 2>&1 \
        && ismapctl_signed finalise "$WORK/wb.ismapwb" --as lead1 >>"$WORK/log" 2>&1 || fail "reopen: $(cat "$WORK/log")"
}
"$ISMAPCTL" report "$WORK/wb.ismapwb" -o "$out/report.pdf" --lang en --sign "$p12" </dev/null >"$WORK/log" 2>&1 \
    || fail "report with the remembered passphrase: $(cat "$WORK/log")"
"$ISMAPCTL" verify-report "$out/report.pdf" --ca "$WORK/pki/ca.pem" >"$WORK/log" 2>&1 \
    || fail "verify the keychain-signed report: $(cat "$WORK/log")"
set +e
"$ISMAPCTL" report "$WORK/wb.ismapwb" -o "$out/nokeychain.pdf" --sign "$p12" --no-keychain </dev/null >"$WORK/log" 2>&1
rc=$?
set -e
[ "$rc" -ne 0 ] || fail "report --no-keychain signed without a passphrase"
[ ! -e "$out/nokeychain.pdf" ] || fail "report --no-keychain left a file"
"$ISMAPCTL" report --help >"$WORK/log" 2>&1
grep -q "remembered in the OS keychain" "$WORK/log" || fail "report --help does not mention the keychain"

# Forget it: --use-keychain then has nothing and says so; nothing is written.
"$ISMAPCTL" sign-pdf --p12 "$p12" --forget >"$WORK/log" 2>&1 || fail "--forget: $(cat "$WORK/log")"
set +e
"$ISMAPCTL" sign-pdf "$IN" -o "$out/third.pdf" --p12 "$p12" --use-keychain </dev/null >"$WORK/log" 2>&1
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "after --forget: exit $rc: $(cat "$WORK/log")"
grep -q "no passphrase is remembered" "$WORK/log" || fail "after --forget: $(cat "$WORK/log")"
[ ! -e "$out/third.pdf" ] || fail "an output file was left behind"
set +e
"$ISMAPCTL" report "$WORK/wb.ismapwb" -o "$out/forgotten.pdf" --sign "$p12" </dev/null >"$WORK/log" 2>&1
rc=$?
set -e
[ "$rc" -ne 0 ] || fail "report signed after --forget"
grep -q "no passphrase is remembered" "$WORK/log" || fail "report after --forget: $(cat "$WORK/log")"
[ ! -e "$out/forgotten.pdf" ] || fail "report after --forget left a file"
# report --passphrase-stdin --remember writes the entry again; the next report needs no stdin.
reopen
printf 'test-pass\n' | "$ISMAPCTL" report "$WORK/wb.ismapwb" -o "$out/remembered.pdf" --sign "$p12" \
    --passphrase-stdin --remember >"$WORK/log" 2>&1 || fail "report --remember: $(cat "$WORK/log")"
reopen
"$ISMAPCTL" report "$WORK/wb.ismapwb" -o "$out/after-remember.pdf" --sign "$p12" </dev/null >"$WORK/log" 2>&1 \
    || fail "report after report --remember: $(cat "$WORK/log")"
if grep -r -a -l "test-pass" "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$out" \
    "$WORK/wb.ismapwb"* >"$WORK/found" 2>/dev/null; then
    fail "the passphrase appears in: $(cat "$WORK/found")"
fi
exit "$failures"
INSIDE

dbus-run-session -- bash -c 'eval "$(printf %s keyring-unlock-pw | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' \
    bash bash "$work/inside.sh"
echo "test_keychain: all checks passed"
