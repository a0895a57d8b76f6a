#!/usr/bin/env bash
# Crash test: ismapctl importing, editing and linking evidence is killed with SIGKILL at random moments,
# at least 50 times. After every kill the workbook opens, `verify` passes, no partial evidence exists
# and no action is half applied (every change is there with its trail row, or neither is).
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }

WB=crash.ismapwb
"$ISMAPCTL" new $WB --csp "Crash CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add $WB lead1 --role lead >/dev/null
export ISMAP_MEMBER=lead1
for s in 1 2 3; do head -c $((s * 1024 * 1024 + RANDOM)) /dev/urandom > f$s.bin; done
"$ISMAPCTL" evidence add $WB --item 5.1.1 f1.bin >/dev/null

# Everything the workbook holds must be whole: evidence with all its chunks, blobs only with evidence,
# links and metadata exactly as the trail says.
check_whole() {
    local problems
    problems=$(sqlite3 -readonly "$WB" <<'EOF'
SELECT 'partial content: ' || e.ref FROM evidence e JOIN evidence_blob b ON b.sha256 = e.sha256
    WHERE b.chunk_count != (SELECT count(*) FROM evidence_chunk c WHERE c.blob_id = b.id)
       OR e.size != (SELECT coalesce(sum(length(data)), 0) FROM evidence_chunk c WHERE c.blob_id = b.id);
SELECT 'blob without evidence: ' || id FROM evidence_blob WHERE sha256 NOT IN (SELECT sha256 FROM evidence);
SELECT 'orphan chunk: ' || id FROM evidence_chunk WHERE blob_id NOT IN (SELECT id FROM evidence_blob);
SELECT 'evidence rows and evidence.add trail rows differ'
    WHERE (SELECT count(*) FROM evidence) != (SELECT count(*) FROM trail WHERE action = 'evidence.add');
SELECT 'links differ from the trail'
    WHERE (SELECT count(*) FROM evidence_link) != (SELECT count(*) FROM trail WHERE action = 'evidence.link')
        - (SELECT count(*) FROM trail WHERE action = 'evidence.unlink');
SELECT 'description not as the trail recorded: ' || e.ref FROM evidence e
    WHERE e.description != (SELECT json_extract(after, '$.description') FROM trail
                            WHERE entity = 'evidence/' || e.ref ORDER BY seq DESC LIMIT 1);
EOF
)
    [ -z "$problems" ] || { echo "$problems" >&2; return 1; }
}

# How long each kind of command runs here, in ms, plus a tenth: the kill is timed within that span, so it mostly lands
# while the command works (and now and then after it finished), on a fast idle machine as on a loaded CI run; a
# fixed delay of 5-255 ms missed two kills in three once commands got faster.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
span() {
    local t0 t1
    t0=$(now_ms)
    "$@" >/dev/null 2>&1 || true
    t1=$(now_ms)
    echo $(((t1 - t0) * 11 / 10 > 2 ? (t1 - t0) * 11 / 10 : 2))
}
add_ms=$(span "$ISMAPCTL" evidence add $WB --item 5.1.1 --description calibrate f1.bin f2.bin f3.bin)
edit_ms=$(span "$ISMAPCTL" evidence edit $WB E-0001 --description calibrate)
link_ms=$(span "$ISMAPCTL" evidence link $WB E-0001 --item 6.1.1)

kills=0
iterations=0
while [ $kills -lt 50 ]; do
    iterations=$((iterations + 1))
    [ $iterations -le 300 ] || fail "only $kills kills landed in $iterations runs"
    # Fresh content each time so imports really write.
    for s in 1 2 3; do printf '%08d' $iterations | dd of=f$s.bin bs=1 seek=$((RANDOM % 4096)) conv=notrunc status=none; done
    refs=$(sqlite3 -readonly $WB "SELECT count(*) FROM evidence")
    ref=$(printf 'E-%04d' $((RANDOM % refs + 1)))
    case $((RANDOM % 5)) in
        0|1|2) "$ISMAPCTL" evidence add $WB --item 5.1.1 --description "run $iterations" f1.bin f2.bin f3.bin >/dev/null 2>&1 &
               ms=$add_ms ;;
        3) "$ISMAPCTL" evidence edit $WB $ref --description "edit $iterations" >/dev/null 2>&1 &
           ms=$edit_ms ;;
        4) if [ $((RANDOM % 2)) = 0 ]; then "$ISMAPCTL" evidence link $WB $ref --item 6.1.1 >/dev/null 2>&1 &
           else "$ISMAPCTL" evidence unlink $WB $ref --item 6.1.1 >/dev/null 2>&1 & fi
           ms=$link_ms ;;
    esac
    pid=$!
    delay=$((RANDOM % ms + 1))
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    if kill -9 $pid 2>/dev/null; then kills=$((kills + 1)); fi
    wait $pid 2>/dev/null || true
    "$ISMAPCTL" verify $WB >verify.txt 2>&1 || { cat verify.txt >&2; fail "verify failed after kill $kills (run $iterations)"; }
    check_whole || fail "workbook not whole after kill $kills (run $iterations)"
done
# The workbook still takes work after all that.
"$ISMAPCTL" evidence add $WB --item 5.1.1 --description final f3.bin >/dev/null
"$ISMAPCTL" verify $WB >/dev/null
check_whole
# Imports of 4 MiB or more run in the rollback journal and switch back; a kill in between leaves the file in
# rollback mode until the next read-write open puts WAL back.
[ "$(sqlite3 $WB 'PRAGMA journal_mode')" = wal ] || fail "the workbook was left out of WAL mode"
echo "test_crash: $kills kills in $iterations runs (kill within ${add_ms}/${edit_ms}/${link_ms} ms); verify passed after each ($(sqlite3 -readonly $WB "SELECT count(*) FROM evidence") evidence records)"
