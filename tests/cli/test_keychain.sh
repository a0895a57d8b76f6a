#!/usr/bin/env bash
# The real OS keychain through QtKeychain: a private D-Bus session with gnome-keyring unlocked by the test.
# sign-pdf --passphrase-stdin --remember stores the passphrase; --use-keychain signs again without stdin;
# the passphrase appears in no file under HOME, the XDG folders or the output folder; --forget removes it.
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
export WORK="$work" IN="$TEST_DATA/signing/report-unsigned.pdf"

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

# Forget it: --use-keychain then has nothing and says so; nothing is written.
"$ISMAPCTL" sign-pdf --p12 "$p12" --forget >"$WORK/log" 2>&1 || fail "--forget: $(cat "$WORK/log")"
set +e
"$ISMAPCTL" sign-pdf "$IN" -o "$out/third.pdf" --p12 "$p12" --use-keychain </dev/null >"$WORK/log" 2>&1
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "after --forget: exit $rc: $(cat "$WORK/log")"
grep -q "no passphrase is remembered" "$WORK/log" || fail "after --forget: $(cat "$WORK/log")"
[ ! -e "$out/third.pdf" ] || fail "an output file was left behind"
exit "$failures"
INSIDE

dbus-run-session -- bash -c 'eval "$(printf %s keyring-unlock-pw | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' \
    bash bash "$work/inside.sh"
echo "test_keychain: all checks passed"
