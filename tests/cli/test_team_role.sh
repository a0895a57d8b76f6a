#!/usr/bin/env bash
# `ismapctl team role WB NAME ROLE --as LEAD` (issue 13): the engagement lead changes a member's role; exactly one
# lead (a new lead is a hand-over, the former lead becomes a reviewer); the quality reviewer stands outside the
# fieldwork team; every refusal names the member and the rule, exits with its kind's code and changes nothing; each
# change is one trail row that `verify` accepts.
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}" "${TEST_DATA:?}" "${SOURCE_DIR:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
source "${SOURCE_DIR:?}/tests/cli/refused.sh"
role_of() { "$ISMAPCTL" team list wb.ismapwb | awk -F'\t' -v n="$1" '$1 == n { print $2 }'; }

"$ISMAPCTL" new wb.ismapwb --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add wb.ismapwb lead1 --role lead >/dev/null
"$ISMAPCTL" team add wb.ismapwb alice --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add wb.ismapwb bob --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add wb.ismapwb "品質 審査" --role quality_reviewer --as lead1 >/dev/null
"$ISMAPCTL" statement import wb.ismapwb "$TEST_DATA/statement/good-utf8.csv" --as lead1 >/dev/null

"$ISMAPCTL" team role --help >help.txt || fail "team role --help exited $?"
grep -q "Usage: ismapctl team role" help.txt || fail "team role --help has no usage line: $(cat help.txt)"
grep -q "quality_reviewer" help.txt || fail "team role --help does not list the roles: $(cat help.txt)"

# Staff to reviewer, by the lead: one trail row, verify accepts it.
"$ISMAPCTL" team role wb.ismapwb alice reviewer --as lead1 >out.txt
grep -q "alice is now reviewer" out.txt || fail "team role printed: $(cat out.txt)"
[ "$(role_of alice)" = reviewer ] || fail "alice is $(role_of alice), not reviewer"
[ "$(sqlite3 wb.ismapwb "SELECT count(*) FROM trail WHERE action = 'team.role'")" = 1 ] || fail "not one trail row"
"$ISMAPCTL" verify wb.ismapwb >verify.txt 2>&1 || fail "verify after a role change: $(cat verify.txt)"

# Only the lead; the member must be on the team; the role must be known and new.
refused 10 "only the engagement lead may" team role wb.ismapwb bob reviewer --as alice
refused 3 "carol is not on the engagement team" team role wb.ismapwb carol reviewer --as lead1
refused 2 "boss" team role wb.ismapwb bob boss --as lead1
refused 2 "alice is already" team role wb.ismapwb alice reviewer --as lead1
# Exactly one lead: the lead's own role does not change on its own.
refused 2 "lead1 is the engagement lead" team role wb.ismapwb lead1 staff --as lead1
# The quality reviewer stands outside the fieldwork team: not the lead, not someone assigned fieldwork.
"$ISMAPCTL" plan assign wb.ismapwb 5.1.1 --to bob --as lead1 >/dev/null
refused 2 "bob cannot become the engagement quality reviewer" team role wb.ismapwb bob quality_reviewer --as lead1
# A quality reviewer who has not signed anything may move into the fieldwork team (a mistake set right) and back.
"$ISMAPCTL" team role wb.ismapwb "品質 審査" staff --as lead1 >/dev/null
"$ISMAPCTL" team role wb.ismapwb "品質 審査" quality_reviewer --as lead1 >/dev/null
[ "$(role_of "品質 審査")" = quality_reviewer ] || fail "品質 審査 is $(role_of "品質 審査")"

# The hand-over: alice becomes the lead, lead1 a reviewer, in one action (two trail rows, one transaction).
"$ISMAPCTL" team role wb.ismapwb alice lead --as lead1 >/dev/null
[ "$(role_of alice)" = lead ] || fail "alice is $(role_of alice) after the hand-over"
[ "$(role_of lead1)" = reviewer ] || fail "lead1 is $(role_of lead1) after the hand-over"
[ "$(sqlite3 wb.ismapwb "SELECT count(*) FROM team_member WHERE role = 'lead'")" = 1 ] || fail "not one lead"
refused 10 "lead1 (Reviewer) may not change the team" team role wb.ismapwb bob reviewer --as lead1
"$ISMAPCTL" team role wb.ismapwb bob reviewer --as alice >/dev/null
"$ISMAPCTL" verify wb.ismapwb >verify.txt 2>&1 || fail "verify after the hand-over: $(cat verify.txt)"

# In Japanese the refusal names the member too.
rc=0
ISMAP_LANG=ja "$ISMAPCTL" team role wb.ismapwb alice staff --as alice >out.txt 2>err.txt || rc=$?
[ "$rc" = 2 ] || fail "ja: exit $rc"
grep -q "alice" err.txt || fail "ja refusal does not name alice: $(cat err.txt)"
echo "ok"
