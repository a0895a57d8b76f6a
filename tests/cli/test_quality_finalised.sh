#!/usr/bin/env bash
# A finalised workbook refuses every change through the CLI (issue 6, point 7).
#
# Iterates over every command `ismapctl --help` lists whose usage takes a workbook (WB), builds its arguments from
# the usage line (ITEM → 5.1.1, REF → E-0001, FILE → a real file, --as MEMBER → the lead, ...), runs it on a
# finalised workbook and checks that
#   - a command that changes workbooks exits 9 (finalised) with a message saying so, and
#   - every command, read-only or not, leaves the workbook's content unchanged (sqlite3 .dump and trail length).
# Read-only commands (and new/demo, which only create new files) (list, status, verify, export, next/previous, report, reperform …) are named below; any other
# command is expected to refuse, so a new mutating command is covered the day it is registered.
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
READ_ONLY='^(new|demo|history|demo-scale|status|verify|verify-report|report|report history|check|engagement retention|next|previous|evidence (list|export|describe)|team list|member key (list|create)|catalog list|steps list|sample (list|reperform)|finding(s)? list|notes? list|review list|signoffs? list|sampling table|search|show|request list|sync (export|status|conflicts))$'

WB=wb.ismapwb
"$ISMAPCTL" new $WB --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add $WB lead1 --role lead >/dev/null
"$ISMAPCTL" team add $WB alice --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add $WB rita --role reviewer --as lead1 >/dev/null
export ISMAP_KEY_DIR="$T/keys"
# shellcheck source=keys.sh
. "$SOURCE_DIR/tests/cli/keys.sh"
give_keys $WB lead1 lead1 alice rita
export ISMAP_MEMBER=lead1
"$ISMAPCTL" statement import $WB "$TEST_DATA/statement/good-utf8.csv" >/dev/null
echo "evidence" >ev.txt
"$ISMAPCTL" evidence add $WB --item 5.1.1 ev.txt --as alice >/dev/null
help=$("$ISMAPCTL" --help)
has() { grep -q "^  $1 " <<<"$help"; }
has "steps generate" && "$ISMAPCTL" steps generate $WB --as lead1 >/dev/null
# An item with procedure steps, so that step commands reach the workbook (5.1.1 when there are none).
ITEM=$(sqlite3 -readonly $WB "SELECT item_id FROM procedure_step ORDER BY id LIMIT 1" 2>/dev/null || true)
ITEM=${ITEM:-5.1.1}
if has "sample draw"; then "$ISMAPCTL" sample draw $WB "$ITEM" --population 365 --frequency daily --seed 7 --as alice >/dev/null; fi
if has "finding add"; then "$ISMAPCTL" finding add $WB "$ITEM" --condition "seed" --as alice >/dev/null; fi
if has "note add"; then
    "$ISMAPCTL" note add $WB "$ITEM" "seed note" --as rita >/dev/null
    ismapctl_signed note resolve $WB 1 --resolution "done" --as rita >/dev/null
fi

# Finalise through the CLI when it offers that; the engine's lock flag otherwise.
finaliser=$(grep -Eo '^  (finalise|finalize|engagement finalise|lock)\b' <<<"$help" | sed 's/^  //' | head -1 || true)
if [ -n "$finaliser" ]; then
    # shellcheck disable=SC2086
    ismapctl_signed $finaliser $WB --as lead1 >/dev/null
else
    fail "ismapctl has no finalise command"
fi
digest() { sqlite3 -readonly "$1" .dump | sha256sum | cut -c1-64; }
before=$(digest $WB)
trail_before=$(sqlite3 -readonly $WB "SELECT count(*) FROM trail")
[ "$(sqlite3 -readonly $WB "SELECT locked FROM engagement")" = 1 ] || fail "'$finaliser' did not lock the engagement"

printf 'id,applicability\n5.1.1,out_of_scope\n' >statement.csv
mkdir -p outdir
# Placeholder values for the argument names ismapctl's usage lines use.
value_for() {
    case "$1" in
    WB) echo $WB ;;
    ITEM | ID | FROM | TO) echo "$ITEM" ;;
    STEP | N | SEQ | SET | SAMPLE | NUMBER | NOTE) echo 1 ;;
    REF) echo E-0001 ;;
    FINDING) echo F-001 ;;
    SAMPLE) echo 1 ;;
    FILE | FILE… | CSV | XLSX) echo statement.csv ;;
    OUT | OUT.pdf | FOLDER | DIR) echo outdir/out-$RANDOM.bin ;;
    NAME) echo newmember ;;
    MEMBER | LEAD) echo lead1 ;;
    KIND) echo policy ;;
    ROLE) echo staff ;;
    RESULT) echo no_exception ;;
    STATUS) echo done ;;
    TEXT | REASON | TITLE | NOTES) echo "changed after finalising" ;;
    POPULATION | SIZE) echo 365 ;;
    FREQUENCY | FREQ) echo daily ;;
    SEED) echo 42 ;;
    LANG) echo en ;;
    *) echo x ;;
    esac
}

# Where the usage line's mandatory words are not enough ("give one of the optional ones").
declare -A extra=(["plan audit"]="--kind renewal" ["sampling table"]="" ["statement info"]="--version 9 --as lead1" ["request set"]="--note x")
checked=0
refused=0
while IFS= read -r cmd; do
    [ -n "$cmd" ] || continue
    usage=$("$ISMAPCTL" $cmd --help 2>/dev/null | grep -m1 '^Usage: ismapctl ' || true)
    syntax=${usage#"Usage: ismapctl $cmd"}
    # Only commands whose first argument is a workbook; unlock is the lead's way back and is checked last.
    [[ "$syntax" =~ ^\ WB ]] || continue
    [ "$cmd" != "$finaliser" ] && [ "$cmd" != unlock ] && [ "$cmd" != "review unlock" ] || continue
    # Mandatory words: drop [optional] groups, keep "--opt VALUE" pairs and positionals.
    words=$(sed -E 's/\[[^]]*\]//g' <<<"$syntax")
    args=()
    prev=""
    for w in $words; do
        case "$w" in
        --*\|*) args+=("${w%%|*}") ;;            # "--in|--out" → the first
        --*) args+=("$w") ;;
        *\|*) args+=("${w%%|*}") ;;               # "ja|en|both" → first choice
        [A-Z]* | *…) args+=("$(value_for "${w%…}")") ;;
        *) args+=("$w") ;;
        esac
        prev=$w
    done
    # shellcheck disable=SC2206
    [ -n "${extra[$cmd]:-}" ] && args+=(${extra[$cmd]})
    set +e
    # shellcheck disable=SC2086
    "$ISMAPCTL" $cmd "${args[@]}" >out.txt 2>err.txt
    rc=$?
    set -e
    checked=$((checked + 1))
    if [[ "$cmd" =~ $READ_ONLY ]]; then
        echo "read-only: $cmd ${args[*]} → exit $rc"
    else
        [ "$rc" = 9 ] || fail "'$cmd ${args[*]}' on a finalised workbook: exit $rc, expected 9 (finalised): $(cat out.txt err.txt)"
        grep -qi "finalised\|finalized" err.txt || fail "'$cmd': the refusal does not say the workbook is finalised: $(cat err.txt)"
        refused=$((refused + 1))
        echo "refused: $cmd ${args[*]} → exit 9"
    fi
    [ "$(digest $WB)" = "$before" ] || fail "'$cmd ${args[*]}' changed a finalised workbook"
    [ "$(sqlite3 -readonly $WB "SELECT count(*) FROM trail")" = "$trail_before" ] || fail "'$cmd' added a trail row"
done < <(grep '^  [a-z]' <<<"$help" | cut -c3-22 | sed 's/ *$//')
[ "$refused" -ge 5 ] || fail "only $refused mutating commands found in ismapctl --help"
"$ISMAPCTL" verify $WB >/dev/null || fail "verify fails on the finalised workbook"
# Only the lead reopens it, with a reason, and that is trailed.
if has unlock; then
    set +e
    "$ISMAPCTL" unlock $WB --reason "try" --as alice >/dev/null 2>err.txt
    rc=$?
    set -e
    [ "$rc" != 0 ] || fail "a staff member unlocked the finalised workbook"
    [ "$(digest $WB)" = "$before" ] || fail "a refused unlock changed the workbook"
    ismapctl_signed unlock $WB --reason "Correction requested by the reviewer" --as lead1 >/dev/null
    [ "$(sqlite3 -readonly $WB "SELECT locked FROM engagement")" = 0 ] || fail "unlock did not reopen the workbook"
    [ "$(sqlite3 -readonly $WB "SELECT count(*) FROM trail")" -gt "$trail_before" ] || fail "unlock left no trail row"
fi
echo "finalised workbook: $refused mutating commands refused with exit 9, $checked commands checked, workbook unchanged"
