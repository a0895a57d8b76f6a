#!/usr/bin/env bash
# ismapctl evidence describe | unlink | remove: the same rule as the desktop app's evidence context menu — only evidence
# linked to nothing, answering no request, while the engagement is open; staff only what they added. A removed
# reference is never given again, and verify stays clean.
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {
    local want=$1; shift
    set +e; "$@" >out.txt 2>err.txt; local rc=$?; set -e
    [ "$rc" = "$want" ] || { cat out.txt err.txt >&2; fail "exit $rc, expected $want: $*"; }
}

WB=wb.ismapwb
"$ISMAPCTL" new $WB --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add $WB lead1 --role lead >/dev/null
"$ISMAPCTL" team add $WB alice --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add $WB bob --role staff --as lead1 >/dev/null
export ISMAP_KEY_DIR=$T/keys
# shellcheck source=keys.sh
source "$SOURCE_DIR/tests/cli/keys.sh"
give_keys $WB lead1 lead1
export ISMAP_MEMBER=alice
printf 'policy v1\n' > policy.txt
printf 'minutes\n' > minutes.txt
expect 0 "$ISMAPCTL" evidence add $WB --item 5.1.1 policy.txt minutes.txt

# describe: one record with its links.
expect 0 "$ISMAPCTL" evidence describe $WB E-0001
grep -q "policy.txt" out.txt || fail "describe does not name the file: $(cat out.txt)"
grep -q "Linked to: item/5.1.1" out.txt || fail "describe does not show the link: $(cat out.txt)"

# Linked evidence is refused, naming the link; nothing changes.
expect 2 "$ISMAPCTL" evidence remove $WB E-0001
grep -q "E-0001" err.txt && grep -q "unlink it first" err.txt || fail "refusal does not say why: $(cat err.txt)"

# Unlink, then bob (staff) may not remove alice's evidence; alice may.
expect 0 "$ISMAPCTL" evidence unlink $WB E-0001 --item 5.1.1
expect 0 "$ISMAPCTL" evidence describe $WB E-0001
grep -q "Linked to: nothing" out.txt || fail "still linked: $(cat out.txt)"
set +e; "$ISMAPCTL" evidence remove $WB E-0001 --as bob >out.txt 2>err.txt; rc=$?; set -e
[ "$rc" != 0 ] || fail "bob removed alice's evidence"
grep -q "added by alice" err.txt || fail "refusal does not name who added it: $(cat err.txt)"
expect 0 "$ISMAPCTL" evidence remove $WB E-0001
grep -q "E-0001: removed" out.txt || fail "no confirmation: $(cat out.txt)"
set +e; "$ISMAPCTL" evidence describe $WB E-0001 >out.txt 2>err.txt; rc=$?; set -e
[ "$rc" != 0 ] || fail "E-0001 still described after removal"

# The next evidence gets a new reference, not the removed one; verify is clean.
printf 'new file\n' > new.txt
expect 0 "$ISMAPCTL" evidence add $WB --item 5.1.1 new.txt
grep -q "added as E-0003" out.txt || fail "the removed reference was reused: $(cat out.txt)"
expect 0 "$ISMAPCTL" verify $WB

# A finalised engagement refuses the removal of even unlinked evidence.
expect 0 "$ISMAPCTL" evidence unlink $WB E-0002 --item 5.1.1
expect 0 ismapctl_signed finalise $WB --as lead1
set +e; "$ISMAPCTL" evidence remove $WB E-0002 --as lead1 >out.txt 2>err.txt; rc=$?; set -e
[ "$rc" != 0 ] || fail "evidence removed from a finalised engagement"
expect 0 "$ISMAPCTL" evidence describe $WB E-0002
echo "PASS: evidence describe/unlink/remove"
