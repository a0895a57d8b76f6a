#!/usr/bin/env bash
# Crash consistency (issue 6, point 3): kills ismapctl with SIGKILL at random moments while it changes a workbook,
# N times (default 200), and checks after every kill that
#   - the workbook opens (`status`) and `verify` passes (integrity, trail chain, evidence hashes, sign-offs),
#   - no partial evidence: every evidence record's content is complete (verify re-hashes it) and an interrupted
#     import either added all its files or none,
#   - no half-written report: the output path either does not exist or is a complete PDF (%PDF- … %%EOF, and
#     `qpdf --check` passes when qpdf is installed); temporary files beside it are never named like the report.
#
#   tests/cli/crash-consistency.sh [N] [SEED]        ISMAPCTL=path/to/ismapctl (default: build/bin/ismapctl)
#
# Operations: evidence add (several MiB, several files in one action), evidence edit / link / unlink, statement
# import, team add, and — when this ismapctl has them — step edits, sign-offs and report writing (detected from
# `ismapctl --help`). The kill delay is uniform in 0..the operation's own measured duration, so every phase of the
# operation (open, hashing, chunk writes, commit, checkpoint) is hit over many runs.
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
N="${1:-200}"
SEED="${2:-$RANDOM}"
RANDOM=$SEED
here="$(cd "$(dirname "$0")" && pwd)"
ISMAPCTL="${ISMAPCTL:-$here/../../build/bin/ismapctl}"
TEST_DATA="${TEST_DATA:-$here/../data}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() {
    echo "FAIL (seed $SEED, kill $k, op $op, delay ${delay_ms}ms): $*" >&2
    cp -r "$T" "/tmp/crash-consistency-failure-$SEED" 2>/dev/null && echo "state kept in /tmp/crash-consistency-failure-$SEED" >&2
    exit 1
}
k=0
op=setup
delay_ms=0

WB=wb.ismapwb
"$ISMAPCTL" new $WB --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add $WB lead1 --role lead >/dev/null
"$ISMAPCTL" team add $WB alice --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add $WB rita --role reviewer --as lead1 >/dev/null
"$ISMAPCTL" statement import $WB "$TEST_DATA/statement/good-utf8.csv" >/dev/null
export ISMAP_MEMBER=alice
for i in 1 2 3 4; do head -c $((i * 3 * 1024 * 1024 + i)) /dev/urandom >ev$i.bin; done
"$ISMAPCTL" evidence add $WB --item 5.1.1 ev1.bin >/dev/null

help=$("$ISMAPCTL" --help)
has() { grep -q "^  $1 " <<<"$help"; }
ops=(evidence_add evidence_add evidence_add evidence_edit evidence_link statement_import team_add)
has "step set" && ops+=(step_set step_set)
has "signoff" && ops+=(signoff signoff)
has "report" && ops+=(report report report)
echo "crash consistency: $N kills, seed $SEED, operations: ${ops[*]}"

items=(5.1.1 5.1.2 6.1.1 6.1.2 8.1.1 9.1.1)
uniq=0
# Sets $cmd (the arguments of one ismapctl run) for operation $1; runs in this shell so $uniq keeps counting.
command_for() {
    uniq=$((uniq + 1))
    case "$1" in
    evidence_add)
        # a fresh variant each time so it is never deduplicated: several files in one all-or-nothing action
        local f="add$uniq.bin"
        { head -c $((RANDOM % 4 * 1024 * 1024 + 1024)) ev$((RANDOM % 4 + 1)).bin; echo "$uniq"; } >"$f"
        cmd="evidence add $WB --item ${items[RANDOM % 6]} $f ev$((RANDOM % 4 + 1)).bin" ;;
    evidence_edit) cmd="evidence edit $WB E-0001 --description edit-$uniq" ;;
    evidence_link) cmd="evidence link $WB E-0001 --item ${items[RANDOM % 6]}" ;;
    statement_import) cmd="statement import $WB $TEST_DATA/statement/good-utf8.csv --merge" ;;
    team_add) cmd="team add $WB member$uniq --role staff --as lead1" ;;
    step_set) cmd="step set $WB ${items[RANDOM % 6]} 1 --status done --result no_exception --notes crash-$uniq" ;;
    signoff) cmd="signoff $WB ${items[RANDOM % 6]} --as rita" ;;
    report) cmd="report $WB -o report.pdf --lang both" ;;
    esac
}

# How long each operation runs uninterrupted (ms), measured once; the kill delay is drawn below it.
declare -A duration
measure() {
    local start end
    command_for "$1"
    rm -f report.pdf
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$ISMAPCTL" $cmd >/dev/null 2>&1 || true
    end=$(date +%s%N)
    duration[$1]=$(((end - start) / 1000000 + 20))
}
for o in $(printf '%s\n' "${ops[@]}" | sort -u); do measure "$o"; done
for o in "${!duration[@]}"; do echo "  $o: ~${duration[$o]} ms"; done

check_report() {
    [ -e report.pdf ] || return 0
    head -c 5 report.pdf | grep -q '%PDF-' || fail "report.pdf exists but does not start with %PDF-"
    tail -c 64 report.pdf | grep -q '%%EOF' || fail "report.pdf exists but is truncated (no %%EOF)"
    if command -v qpdf >/dev/null; then
        qpdf --check report.pdf >/dev/null 2>&1 || [ $? = 3 ] || fail "report.pdf exists but qpdf --check fails"
    fi
}

killed=0
completed=0
for k in $(seq 1 "$N"); do
    op=${ops[RANDOM % ${#ops[@]}]}
    command_for "$op"
    evidence_before=$(sqlite3 -readonly $WB "SELECT count(*) FROM evidence" 2>/dev/null || echo "?")
    delay_ms=$((RANDOM % ${duration[$op]}))
    # shellcheck disable=SC2086
    "$ISMAPCTL" $cmd >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '0.%03d' "$delay_ms")" 2>/dev/null || sleep "$((delay_ms / 1000))"
    if kill -KILL $pid 2>/dev/null; then killed=$((killed + 1)); else completed=$((completed + 1)); fi
    wait $pid 2>/dev/null || true

    "$ISMAPCTL" status $WB >/dev/null 2>err.txt || fail "the workbook does not open: $(cat err.txt)"
    "$ISMAPCTL" verify $WB >out.txt 2>err.txt || fail "verify fails: $(cat out.txt err.txt)"
    if [ "$op" = evidence_add ]; then
        after=$(sqlite3 -readonly $WB "SELECT count(*) FROM evidence")
        # Two files per action, each either new or deduplicated: the count grows by 0, 1 or 2, never by a partial record.
        [ $((after - evidence_before)) -le 2 ] || fail "evidence count jumped from $evidence_before to $after"
        orphans=$(sqlite3 -readonly $WB "SELECT count(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM evidence_link l WHERE l.evidence_id = e.id)" 2>/dev/null || echo 0)
        [ "$orphans" = 0 ] || fail "$orphans evidence record(s) without a link (a half-finished import)"
    fi
    check_report
    rm -f add*.bin
    [ $((k % 50)) = 0 ] && echo "  $k kills done ($killed killed mid-run, $completed had finished)"
done
echo "crash consistency: $N runs ($killed killed mid-run, $completed finished first), seed $SEED: workbook always opened and verified"
