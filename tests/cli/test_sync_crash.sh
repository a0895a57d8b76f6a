#!/usr/bin/env bash
# Crash test for team sync (issue 15): `ismapctl sync import` is killed with SIGKILL at random moments, at least 30
# times. After every kill the workbook holds the package entirely or not at all (the sending replica's rows are
# all there or none of them), `verify` passes, and the next import brings whatever a killed one did not.
set -euo pipefail
: "${ISMAPCTL:?}" "${SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
export ISMAP_KEY_DIR="$T/keys"
# shellcheck source=keys.sh
source "$SOURCE_DIR/tests/cli/keys.sh"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$ISMAPCTL" new lead.ismapwb --csp "Crash CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add lead.ismapwb lead1 --role lead >/dev/null
"$ISMAPCTL" team add lead.ismapwb alice --role staff --as lead1 >/dev/null
give_keys lead.ismapwb lead1 lead1 alice
"$ISMAPCTL" replica create lead.ismapwb -o alice.ismapwb --for alice --as lead1 >/dev/null

# alice's rows as the lead's file holds them (chain 1).
# Not -readonly: an import with evidence writes through the rollback journal, and a killed one leaves a hot journal
# that whoever opens the file next rolls back (the app and ismapctl do; a read-only sqlite3 cannot).
held() { sqlite3 lead.ismapwb "SELECT count(*) FROM trail WHERE seq > (1 << 40) AND seq < (2 << 40)"; }
alice_head() { sqlite3 -readonly alice.ismapwb "SELECT count(*) FROM trail WHERE seq > (1 << 40) AND seq < (2 << 40)"; }
work() {
    head -c $((2 * 1024 * 1024 + RANDOM)) /dev/urandom >e.bin
    "$ISMAPCTL" evidence add alice.ismapwb --item 5.1.1 --description "run $1" e.bin --as alice >/dev/null
    "$ISMAPCTL" finding add alice.ismapwb 5.1.1 --title "run $1" --condition "c $1" --as alice >/dev/null
    "$ISMAPCTL" sync export alice.ismapwb -o p.ismapsync --for 0 --as alice --passphrase-stdin <<<"pass-alice" >/dev/null
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

work 0
t0=$(now_ms)
"$ISMAPCTL" sync import lead.ismapwb p.ismapsync --as lead1 >/dev/null
span=$((($(now_ms) - t0) * 11 / 10 + 2))

kills=0
runs=0
while [ $kills -lt 30 ]; do
    runs=$((runs + 1))
    [ $runs -le 200 ] || fail "only $kills kills landed in $runs runs"
    work $runs
    before=$(held)
    after=$(alice_head)
    "$ISMAPCTL" sync import lead.ismapwb p.ismapsync --as lead1 >/dev/null 2>&1 &
    pid=$!
    delay=$((RANDOM % span + 1))
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    if kill -9 $pid 2>/dev/null; then kills=$((kills + 1)); fi
    wait $pid 2>/dev/null || true
    now=$(held)
    [ "$now" = "$before" ] || [ "$now" = "$after" ] ||
        fail "run $runs: the lead holds $now of alice's rows: neither $before (before) nor $after (all)"
    "$ISMAPCTL" verify lead.ismapwb >verify.txt 2>&1 || { cat verify.txt >&2; fail "verify failed after kill $kills (run $runs)"; }
done
# What a killed import left out comes with the next one.
"$ISMAPCTL" sync import lead.ismapwb p.ismapsync --as lead1 >/dev/null
[ "$(held)" = "$(alice_head)" ] || fail "the last import did not bring everything alice has"
"$ISMAPCTL" verify lead.ismapwb >/dev/null
echo "test_sync_crash: $kills kills in $runs runs (kill within $span ms); whole or nothing and verify passed after each"
