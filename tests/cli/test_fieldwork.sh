#!/usr/bin/env bash
# A scripted fieldwork through ismapctl: team, statement, steps, results, a sample, a finding, review notes,
# sign-offs, finalise and unlock — and the refusals (wrong role, locked workbook, unknown item), each a clear
# one-line error that leaves the workbook and its WAL byte-for-byte as they were.
set -euo pipefail
: "${ISMAPCTL:?}" "${SOURCE_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wb="$work/f.ismapwb"
export ISMAP_KEY_DIR="$work/keys"
# shellcheck source=keys.sh
. "$(dirname "$0")/keys.sh"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
run() { ismapctl_signed "$@" >"$work/out" 2>"$work/err" || fail "ismapctl $* exited $? ($(cat "$work/err"))"; }
# The workbook and its WAL (a missing WAL and an empty one hold the same: nothing).
digest() { { cat "$wb"; cat "$wb-wal" 2>/dev/null || true; } | sha256sum | cut -d' ' -f1; }
# refused EXPECTED_EXIT TEXT ARGS… : the command fails with that exit code and text, and changes nothing.
refused() {
    local code=$1 text=$2 before after rc
    shift 2
    before=$(digest)
    set +e
    ismapctl_signed "$@" >"$work/out" 2>"$work/err"
    rc=$?
    set -e
    after=$(digest)
    [ "$rc" -eq "$code" ] || fail "ismapctl $*: exit $rc, expected $code ($(cat "$work/err"))"
    grep -qF -- "$text" "$work/err" || fail "ismapctl $*: stderr lacks \"$text\": $(cat "$work/err")"
    [ "$(wc -l <"$work/err")" -eq 1 ] || fail "ismapctl $*: error is not one line"
    [ "$before" = "$after" ] || fail "ismapctl $*: the workbook changed"
}

run new "$wb" --csp "Test CSP" --service "Test" --period 2025-04-01..2026-03-31
run team add "$wb" lead1 --role lead
run team add "$wb" staff1 --role staff --as lead1
run team add "$wb" staff2 --role staff --as lead1
run team add "$wb" rev1 --role reviewer --as lead1
give_keys "$wb" lead1 lead1 staff1 staff2 rev1
run statement import "$wb" "$SOURCE_DIR/resources/demo/demo-statement.csv"
run steps generate "$wb" --as staff1
grep -q "added" "$work/out" || fail "steps generate printed: $(cat "$work/out")"

# --help for every fieldwork command.
for c in "steps generate" "steps list" "step set" next previous "sample draw" "sample list" "sample result" \
    "sample reperform" "sample discard" "sampling table" "finding add" "finding edit" "finding withdraw" \
    "finding list" "note add" "note resolve" \
    "note list" signoff finalise unlock "cycle set" "cycle import" "plan kind" "plan assign" "plan audit"; do
    # shellcheck disable=SC2086
    "$ISMAPCTL" $c --help >"$work/help" || fail "$c --help exited $?"
    grep -q "Usage: ismapctl $c" "$work/help" || fail "$c --help has no usage line"
done

# The walk: staff's first pending item; steps listed; results recorded.
run next "$wb" --as staff1
[ "$(cut -f1 "$work/out")" = "3.1.1" ] || fail "next: $(cat "$work/out")"
run steps list "$wb" 5.1.1 --json
grep -q '"status": "not_started"' "$work/out" || fail "5.1.1 not not_started"
n=$(grep -c '"seq"' "$work/out")
for i in $(seq 1 "$n"); do run step set "$wb" 5.1.1 "$i" --result no_exception --notes "規程 v3.2 を閲覧" --as staff1; done
run signoff "$wb" 5.1.1 --as staff1
grep -q "preparer" "$work/out" || fail "signoff did not sign as preparer"
run next "$wb" --as rev1
[ "$(cut -f1 "$work/out")" = "5.1.1" ] || fail "reviewer's next is not 5.1.1: $(cat "$work/out")"

# Review note blocks the reviewer; resolving it lets the review through.
run note add "$wb" 5.1.1 "承認日の記載を確認してください" --as rev1
refused 2 "open review note" signoff "$wb" 5.1.1 --as rev1
refused 10 "may not clear review notes" note resolve "$wb" 1 --resolution done --as staff1
run note resolve "$wb" 1 --resolution "承認日を追記した" --as rev1
refused 10 "may not sign off item 5.1.1 as reviewer" signoff "$wb" 5.1.1 --as staff2 --role reviewer
run signoff "$wb" 5.1.1 --as rev1
run steps list "$wb" 5.1.1 --json
grep -q '"status": "reviewed"' "$work/out" || fail "5.1.1 not reviewed"

# A later change voids both sign-offs and says so in the trail.
run step set "$wb" 5.1.1 2 --result no_exception --notes "changed later" --as staff2 --confirm-void
grep -q "voids staff1.s Preparer sign-off" "$work/out" || fail "step set did not say what it voided: $(cat "$work/out")"
run steps list "$wb" 5.1.1
grep -q "VOIDED" "$work/out" || fail "sign-offs not voided"
sqlite3 "$wb" "SELECT count(*) FROM trail WHERE action = 'signoff.void'" | grep -qx 2 || fail "no trail rows for the voids"
run status "$wb" --json
grep -q '"needs_attention": 1' "$work/out" || fail "status does not show needs_attention"

# A deviation raises a draft finding; the finding is completed.
run step set "$wb" 9.2.5 1 --result deviation --notes "手順書に承認者の記載なし" --as staff1
grep -q "F-001" "$work/out" || fail "no draft finding: $(cat "$work/out")"
run finding edit "$wb" F-001 --cause "テンプレート未更新" --effect "承認漏れのおそれ" --severity medium --response "改訂済み" --as staff1
refused 10 "may not mark finding F-001 as closed" finding edit "$wb" F-001 --status closed --as staff1
refused 2 "severity" finding edit "$wb" F-001 --severity catastrophic --as staff1
run finding edit "$wb" F-001 --status agreed --as rev1
run finding list "$wb" --json
grep -q '"status": "agreed"' "$work/out" || fail "finding not agreed"

# Sampling: sizes from the table, reproducible from the seed, failing items raise findings.
run sample draw "$wb" 9.2.5 --population 4 --frequency quarterly --seed 42 --as staff1
grep -q "2 of 4" "$work/out" || fail "quarterly 4 -> 2: $(cat "$work/out")"
run sample draw "$wb" 12.4.1 --population 365 --frequency daily --seed 7 --as staff1
grep -q "25 of 365" "$work/out" || fail "daily -> 25: $(cat "$work/out")"
run sample draw "$wb" 12.4.1 --population 3 --frequency weekly --seed 7 --as staff1
grep -q "3 of 3" "$work/out" || fail "population below size -> all: $(cat "$work/out")"
run sample reperform "$wb" 2
grep -q "re-performs exactly" "$work/out" || fail "reperform: $(cat "$work/out")"
run sample result "$wb" 1 1 --result pass --attr approved=yes --as staff1
run sample result "$wb" 1 2 --result fail --notes "承認記録なし" --as staff1
run finding list "$wb"
grep -q "F-002" "$work/out" || fail "failing sample item raised no finding"
refused 2 "not pass, fail or na" sample result "$wb" 1 1 --result maybe --as staff1
refused 3 "there is no sample item 9" sample result "$wb" 1 9 --result pass --as staff1
refused 2 "not in the sampling table" sample draw "$wb" 9.2.5 --population 4 --frequency hourly --as staff1

# Drawn or raised in error: a sample without results is discarded, a draft finding withdrawn; both trailed.
refused 2 "item 1 has a result recorded" sample discard "$wb" 1 --as staff1
refused 10 "staff may only discard samples they drew themselves" sample discard "$wb" 2 --as staff2
run sample discard "$wb" 2 --as staff1
grep -q "sample 2 discarded" "$work/out" || fail "sample discard: $(cat "$work/out")"
refused 3 "sample set 2: no such sample" sample reperform "$wb" 2
run finding add "$wb" 9.2.5 --condition "誤って起票" --as staff1
ref=$(sed -n 's/^\(F-[0-9]*\) raised.*/\1/p' "$work/out")
[ -n "$ref" ] || fail "finding add printed no reference: $(cat "$work/out")"
refused 10 "staff may only withdraw findings they raised themselves" finding withdraw "$wb" "$ref" --as staff2
refused 2 "only a draft finding can be withdrawn" finding withdraw "$wb" F-001 --as staff1
run finding withdraw "$wb" "$ref" --as staff1
run finding list "$wb"
grep -q "$ref" "$work/out" && fail "$ref still listed after withdraw"
run verify "$wb"

# Cycle: out-of-cycle items carry no steps; a list file sets the cycle.
run cycle set "$wb" 6.1.1 --out --as rev1
run steps list "$wb" 6.1.1
grep -q "\[Not in this year's cycle," "$work/out" || fail "6.1.1 not out of the cycle: $(cat "$work/out")"
refused 10 "may not plan this year's cycle" cycle set "$wb" 6.1.1 --in --as staff1
printf '5.1.1\n99.1.1\n' >"$work/cycle.txt"
refused 2 "99.1.1" cycle import "$wb" "$work/cycle.txt" --as rev1

# Refusals: unknown item, unknown member, no member, wrong role for finalise.
refused 3 "item 99.9.9: not in the catalog" step set "$wb" 99.9.9 1 --result no_exception --as staff1
refused 3 "no active step 42" step set "$wb" 5.1.1 42 --result no_exception --as staff1
refused 10 "nobody is not on the engagement team" step set "$wb" 5.1.1 1 --result no_exception --as nobody
(
    unset ISMAP_MEMBER
    refused 10 "Give --as MEMBER" step set "$wb" 5.1.1 1 --result no_exception
    exit "$failures"
) || fail "refusal without a member"
refused 2 "is not one of" step set "$wb" 5.1.1 1 --result fine --as staff1
refused 10 "may not finalise" finalise "$wb" --as rev1
refused 10 "may not raise review notes" note add "$wb" 5.1.1 "x" --as staff1

# Finalise: every mutation is refused until the lead reopens with a reason.
run finalise "$wb" --as lead1
refused 9 "finalised" step set "$wb" 5.1.1 1 --result no_exception --as staff1
refused 9 "finalised" sample draw "$wb" 9.2.5 --population 4 --frequency quarterly --as staff1
refused 9 "finalised" finding add "$wb" 5.1.1 --condition x --as staff1
refused 9 "finalised" note add "$wb" 5.1.1 "x" --as rev1
refused 9 "finalised" signoff "$wb" 5.1.1 --as staff1
refused 9 "finalised" cycle set "$wb" 6.1.1 --in --as rev1
refused 9 "finalised" steps generate "$wb" --as staff1
refused 10 "only the engagement lead" unlock "$wb" --reason "x" --as rev1
refused 2 "give the reason" unlock "$wb" --as lead1
run unlock "$wb" --reason "IPA asked for a correction to 5.1.1" --as lead1
sqlite3 "$wb" "SELECT after FROM trail WHERE action = 'engagement.unlock'" | grep -q "IPA asked" || fail "unlock reason not trailed"
run step set "$wb" 5.1.1 1 --result no_exception --as staff1

# Evidence linked after a sign-off voids it; verify then still passes (no valid sign-off over stale content).
n=$("$ISMAPCTL" steps list "$wb" 5.1.2 --json | grep -c '"seq"')
for i in $(seq 1 "$n"); do run step set "$wb" 5.1.2 "$i" --result no_exception --as staff1; done
run signoff "$wb" 5.1.2 --as staff1
echo "policy v3.2" >"$work/policy.txt"
run evidence add "$wb" --item 5.1.2 "$work/policy.txt" --as staff1
run steps list "$wb" 5.1.2
grep -q "VOIDED (evidence E-0001 was linked)" "$work/out" || fail "evidence link did not void: $(cat "$work/out")"
run verify "$wb"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
