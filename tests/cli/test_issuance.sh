#!/usr/bin/env bash
# The issuance gate and the archive (issue 14, points 4 and 5), end to end through ismapctl:
#   - `check` lists each kind of gap with its item, and exits 1 until the engagement is clean and finalised;
#   - a final report (the firm's certificate) requested at each gate failure is refused, naming the gap, with no file
#     written and the workbook unchanged (SHA-256 of the file); without the certificate the report is a draft:
#     DRAFT / ドラフト on every page (pdftotext page by page), the draft title, a manifest that says draft;
#   - a clean, finalised engagement gives the final signed report, recorded in the workbook (report history: its
#     SHA-256), archived (locked, kept until the retention date), verify and verify-report --workbook pass;
#   - reopening an issued engagement needs the lead and a reason; the next report prints a reissue section with the
#     earlier report's SHA-256, and its manifest refers to it.
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# shellcheck source=clean_engagement.sh
source "$HERE/clean_engagement.sh"

# The firm's certificate: a signer that is not the demo signer, without a passphrase.
openssl req -x509 -newkey rsa:2048 -nodes -keyout firm.key -out firm.crt -days 30 \
    -subj "/CN=Example Audit Signer/O=Example Audit LLC" >/dev/null 2>&1
openssl pkcs12 -export -inkey firm.key -in firm.crt -out firm.p12 -passout pass: >/dev/null 2>&1

wbsum() { sha256sum "$1" | cut -c1-64; }
manifest_field() { # PDF FIELD → the manifest's value
    rm -rf att && mkdir att && pdfdetach -saveall -o att "$1" >/dev/null
    /usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' att/ismap-manifest.json "$2"
}
# Every page of PDF says DRAFT (and, in Japanese, ドラフト).
draft_on_every_page() {
    local pdf=$1 lang=$2 pages p text
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" -ge 3 ] || fail "$pdf: only $pages pages"
    for p in $(seq 1 "$pages"); do
        text=$(pdftotext -f "$p" -l "$p" "$pdf" -)
        grep -q "DRAFT" <<<"$text" || fail "$pdf page $p of $pages does not say DRAFT"
        if [ "$lang" = ja ]; then grep -q "ドラフト" <<<"$text" || fail "$pdf page $p does not say ドラフト"; fi
    done
}
# final_refused WB WHAT…: a final report is refused naming each WHAT; nothing written, the workbook unchanged.
final_refused() {
    local wb=$1 before rc
    shift
    rm -f final.pdf
    before=$(wbsum "$wb")
    set +e
    "$ISMAPCTL" report "$wb" -o final.pdf --lang en --sign firm.p12 --as lead1 >out.txt 2>err.txt
    rc=$?
    set -e
    [ "$rc" != 0 ] || fail "$wb: a final report was issued with gaps left: $(cat out.txt)"
    [ ! -e final.pdf ] || fail "$wb: a refused final report left a file"
    grep -q "the final report cannot be issued" err.txt || fail "$wb: the refusal does not say why: $(cat err.txt)"
    for what in "$@"; do
        grep -qF -- "$what" err.txt || fail "$wb: the refusal does not name \"$what\": $(cat err.txt)"
    done
    [ "$(wbsum "$wb")" = "$before" ] || fail "$wb: a refused final report changed the workbook"
}
# draft_written WB: without the firm's certificate the report is a draft, the manifest says so, the workbook unchanged.
draft_written() {
    local wb=$1 before
    before=$(wbsum "$wb")
    "$ISMAPCTL" report "$wb" -o draft.pdf --lang en >out.txt
    grep -q "DRAFT" out.txt || fail "$wb: the draft is not announced as such: $(cat out.txt)"
    [ "$(manifest_field draft.pdf kind)" = draft ] || fail "$wb: the draft's manifest does not say draft"
    pdftotext -f 1 -l 1 draft.pdf - | grep -q "DRAFT — Report of the Results" || fail "$wb: the draft's cover title"
    { pdfsig draft.pdf 2>&1 || true; } | grep -q "does not contain any signatures" || fail "$wb: the draft is signed"
    [ "$(wbsum "$wb")" = "$before" ] || fail "$wb: writing a draft changed the workbook"
}
# check_lists WB KIND ITEM: `check --json` lists a gap of KIND on ITEM, and exits 1.
check_lists() {
    local wb=$1 kind=$2 item=$3 rc
    set +e
    "$ISMAPCTL" check "$wb" --json >check.json
    rc=$?
    set -e
    [ "$rc" = 1 ] || fail "$wb: check exits $rc with gaps, expected 1"
    /usr/bin/python3 - "$kind" "$item" <<'PY' || fail "$wb: check does not list $kind on '$item': $(cat check.json)"
import json, sys
kind, item = sys.argv[1], sys.argv[2]
c = json.load(open("check.json"))
assert not c["clean"] and c["count"] == sum(g["count"] for g in c["groups"])
assert any(g["kind"] == kind and any(x["item"] == item for x in g["gaps"]) for g in c["groups"])
PY
}

# 1. Each gate failure: listed by check with its item, the final report refused naming it, a draft instead.
make_clean_engagement "$T/undecided.ismapwb" 5.1.2
ismapctl_signed finalise undecided.ismapwb --as lead1 >/dev/null
check_lists undecided.ismapwb undecided 5.1.2
"$ISMAPCTL" check undecided.ismapwb >check.txt || true
grep -q "^Items whose applicability is not decided (1)" check.txt || fail "check text: $(cat check.txt)"
grep -q "^  5.1.2  the statement does not say whether the item is in scope" check.txt || fail "check: $(cat check.txt)"
final_refused undecided.ismapwb "5.1.2: the statement does not say whether the item is in scope"
draft_written undecided.ismapwb

make_clean_engagement "$T/steps.ismapwb" "" last-step
last=$("$ISMAPCTL" steps list steps.ismapwb 5.1.1 --json | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["steps"]))')
ismapctl_signed finalise steps.ismapwb --as lead1 >/dev/null
check_lists steps.ismapwb step_without_result 5.1.1
check_lists steps.ismapwb preparer_signoff_missing 5.1.1
final_refused steps.ismapwb "5.1.1: step $last has no result" "5.1.1: no valid preparer sign-off"
draft_written steps.ismapwb

make_clean_engagement "$T/signoff.ismapwb" "" signoff
ismapctl_signed signoff signoff.ismapwb 5.1.1 --as alice >/dev/null
ismapctl_signed finalise signoff.ismapwb --as lead1 >/dev/null
check_lists signoff.ismapwb reviewer_signoff_missing 5.1.1
final_refused signoff.ismapwb "5.1.1: no valid reviewer sign-off"
draft_written signoff.ismapwb

make_clean_engagement "$T/finding.ismapwb"
"$ISMAPCTL" finding add finding.ismapwb 5.1.1 --condition "The policy was not approved." --as alice >/dev/null
ismapctl_signed signoff finding.ismapwb 5.1.1 --as alice >/dev/null # the finding voided both sign-offs
ismapctl_signed signoff finding.ismapwb 5.1.1 --as rita >/dev/null
ismapctl_signed finalise finding.ismapwb --as lead1 >/dev/null
check_lists finding.ismapwb draft_finding 5.1.1
check_lists finding.ismapwb finding_without_response 5.1.1
final_refused finding.ismapwb "5.1.1: finding F-001 is still a draft" "5.1.1: finding F-001 has no management response"
draft_written finding.ismapwb

make_clean_engagement "$T/response.ismapwb"
"$ISMAPCTL" finding add response.ismapwb 5.1.1 --condition "The policy was not approved." --as alice >/dev/null
"$ISMAPCTL" finding edit response.ismapwb F-001 --status open --as alice >/dev/null
ismapctl_signed signoff response.ismapwb 5.1.1 --as alice >/dev/null
ismapctl_signed signoff response.ismapwb 5.1.1 --as rita >/dev/null
ismapctl_signed finalise response.ismapwb --as lead1 >/dev/null
check_lists response.ismapwb finding_without_response 5.1.1
final_refused response.ismapwb "5.1.1: finding F-001 has no management response"
draft_written response.ismapwb

make_clean_engagement "$T/note.ismapwb"
"$ISMAPCTL" note add note.ismapwb 5.1.1 "Which version of the policy was inspected?" --as rita >/dev/null
check_lists note.ismapwb open_review_note 5.1.1
check_lists note.ismapwb not_finalised ""
final_refused note.ismapwb "5.1.1: review note #1 is open: Which version of the policy was inspected?" \
    "the engagement lead has not finalised the engagement"
draft_written note.ismapwb

# 2. Clean but for finalising: check names it; the draft is DRAFT on every page, in Japanese and in English.
WB=clean.ismapwb
make_clean_engagement "$T/$WB"
check_lists $WB not_finalised ""
final_refused $WB "the engagement lead has not finalised the engagement"
"$ISMAPCTL" report $WB -o draft-ja.pdf --lang ja >/dev/null
"$ISMAPCTL" report $WB -o draft-en.pdf --lang en >/dev/null
draft_on_every_page draft-ja.pdf ja
draft_on_every_page draft-en.pdf en
pdftotext -f 1 -l 1 draft-ja.pdf - | grep -q "実施結果報告書（ドラフト）" || fail "the Japanese draft's title"
[ "$(manifest_field draft-ja.pdf kind)" = draft ] || fail "the draft's manifest does not say draft"
# The demo signer may sign a draft: still DRAFT, and nothing recorded.
"$ISMAPCTL" report $WB -o demo-draft.pdf --lang en --demo-signer pki >/dev/null
draft_on_every_page demo-draft.pdf en
[ "$(sqlite3 -readonly $WB "SELECT count(*) FROM report_issue")" = 0 ] || fail "a draft was recorded as issued"

# 3. Clean and finalised: the final report, signed, recorded, the engagement archived.
"$ISMAPCTL" engagement retention $WB --years 7 --as lead1 | grep -q "7 year" || fail "retention not set"
if "$ISMAPCTL" engagement retention $WB --years 0 --as lead1 >/dev/null 2>err.txt; then fail "0 years accepted"; fi
grep -q "1 to 100 years" err.txt || fail "retention refusal: $(cat err.txt)"
ismapctl_signed finalise $WB --as lead1 >/dev/null
"$ISMAPCTL" check $WB | grep -q "clean" || fail "check is not clean on a clean finalised engagement"
"$ISMAPCTL" check $WB --json >/dev/null || fail "check exits non-zero when clean"
# Only the lead issues it.
before=$(wbsum $WB)
if "$ISMAPCTL" report $WB -o final.pdf --sign firm.p12 --as rita >/dev/null 2>err.txt; then fail "a reviewer issued"; fi
grep -q "only the engagement lead" err.txt || fail "refusal for a reviewer: $(cat err.txt)"
[ ! -e final.pdf ] && [ "$(wbsum $WB)" = "$before" ] || fail "a refused final report left a trace"
"$ISMAPCTL" report $WB -o issued.pdf --lang both --sign firm.p12 --as lead1 >out.txt
grep -q "FINAL report issued and recorded" out.txt || fail "final report: $(cat out.txt)"
sha1=$(sha256sum issued.pdf | cut -c1-64)
[ "$(manifest_field issued.pdf kind)" = final ] || fail "the final report's manifest does not say final"
if pdftotext issued.pdf - | grep -q "DRAFT\|ドラフト"; then fail "the final report says DRAFT"; fi
pdfsig issued.pdf | grep -q "Example Audit Signer" || fail "the final report is not signed by the firm"
"$ISMAPCTL" report history $WB >history.txt
grep -q "final report  $sha1" history.txt || fail "report history does not list the final report $sha1: $(cat history.txt)"
# Dates people read are in the locale's form (English here: 7 Dec 2033).
until=$(date -u -d "+7 years" "+%-d %b %Y")
grep -q "kept until $until" history.txt || fail "retention date: $(cat history.txt)"
"$ISMAPCTL" engagement retention $WB | grep -q "kept until $until" || fail "engagement retention does not show the date"
"$ISMAPCTL" verify $WB >/dev/null || fail "verify fails after the issue"
"$ISMAPCTL" verify-report issued.pdf --workbook $WB >vr.txt || fail "verify-report --workbook: $(cat vr.txt)"
grep -q "matches the workbook" vr.txt || fail "verify-report: $(cat vr.txt)"
# Archived: locked, and a second final report needs a reopening first.
set +e
"$ISMAPCTL" finding add $WB 5.1.1 --condition "late" --as alice >/dev/null 2>err.txt
rc=$?
set -e
[ "$rc" = 9 ] || fail "the issued engagement accepted a change (exit $rc)"
check_lists $WB already_issued ""
final_refused $WB "already issued" "$sha1"

# 4. Reopening needs the lead and a reason; the next report is a reissue referring to the first.
before=$(wbsum $WB)
if ismapctl_signed review unlock $WB --reason "try" --as alice >/dev/null 2>&1; then fail "staff reopened"; fi
if ismapctl_signed review unlock $WB --as lead1 >/dev/null 2>err.txt; then fail "reopened without a reason"; fi
grep -q "reason" err.txt || fail "unlock refusal: $(cat err.txt)"
[ "$(wbsum $WB)" = "$before" ] || fail "a refused unlock changed the workbook"
ismapctl_signed review unlock $WB --reason "Subsequent event disclosed by the CSP" --as lead1 >out.txt
grep -q "$sha1" out.txt || fail "unlock does not name the issued report: $(cat out.txt)"
"$ISMAPCTL" report $WB -o reopened.pdf --lang en >/dev/null
pdftotext reopened.pdf - | grep -q "$sha1" || fail "the draft after reopening does not refer to the earlier report"
ismapctl_signed finalise $WB --as lead1 >/dev/null
"$ISMAPCTL" report $WB -o reissue.pdf --lang en --sign firm.p12 --as lead1 >/dev/null
sha2=$(sha256sum reissue.pdf | cut -c1-64)
text=$(pdftotext reissue.pdf -)
grep -q "Reissue" <<<"$text" || fail "no reissue section"
grep -q "$sha1" <<<"$text" || fail "the reissue section does not give the earlier report's SHA-256"
grep -q "Subsequent event disclosed by the CSP" <<<"$text" || fail "the reissue section does not give the reason"
[ "$(manifest_field reissue.pdf reissue_of)" = "$sha1" ] || fail "the manifest does not refer to the earlier report"
"$ISMAPCTL" report history $WB >history.txt
grep -q "final report (reissue)  $sha2" history.txt && grep -q "reissue of $sha1" history.txt || fail "history: $(cat history.txt)"
"$ISMAPCTL" verify $WB >/dev/null || fail "verify fails after the reissue"
echo "issuance: 6 gate failures refused and drafted, final issued, archived, reopened with a reason, reissued"
