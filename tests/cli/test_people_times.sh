#!/usr/bin/env bash
# Times and names for people in ismapctl (issue 13 point 5, issue 15 point 7): every time a person reads is local
# time in the locale's format (a stored 2026-12-02T18:31:51Z reads 2026/12/03 3:31 in Japanese in Tokyo), every
# plain date in the locale's form, never a raw ISO string; --json keeps ISO UTC. Team-sync conflicts are named for
# people ("Step 3 of 4.5.2.2 — result, notes"), their versions as fields, not JSON.
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
cd "$T"
export ISMAP_KEY_DIR="$T/keys"
# shellcheck source=keys.sh
source "$SOURCE_DIR/tests/cli/keys.sh"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
PY=/usr/bin/python3
export_for() { "$ISMAPCTL" sync export "$1" -o "$2" --for 0 --as "$3" --passphrase-stdin <<<"pass-$3" >/dev/null; }

# --- The demo: history, status, findings, notes, evidence, requests, reports.
ISMAP_LANG=en "$ISMAPCTL" demo demo.ismapwb >/dev/null
# --- Team sync with a conflict: the lead and alice record the same step differently.
"$ISMAPCTL" new lead.ismapwb --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add lead.ismapwb lead1 --role lead >/dev/null
"$ISMAPCTL" team add lead.ismapwb alice --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add lead.ismapwb bob --role staff --as lead1 >/dev/null
give_keys lead.ismapwb lead1 lead1 alice bob
"$ISMAPCTL" statement import lead.ismapwb "$TEST_DATA/statement/good-utf8.csv" --as lead1 >/dev/null
"$ISMAPCTL" steps generate lead.ismapwb --as lead1 >/dev/null 2>&1 || true
"$ISMAPCTL" replica create lead.ismapwb -o alice.ismapwb --for alice --as lead1 >/dev/null
"$ISMAPCTL" step set alice.ismapwb 4.5.2.2 3 --result no_exception --notes "alice says A" --as alice >/dev/null
"$ISMAPCTL" step set lead.ismapwb 4.5.2.2 3 --result not_applicable --notes "bob says B" --as bob >/dev/null
export_for alice.ismapwb a1.ismapsync alice
"$ISMAPCTL" sync import lead.ismapwb a1.ismapsync --as lead1 >imp.txt
grep -q "conflict" imp.txt || fail "the import records no conflict: $(cat imp.txt)"

human() { # LANG: every human command, in that language, in Tokyo
    local l=$1
    {
        for c in "history demo.ismapwb 9.2.5" "status demo.ismapwb" "finding list demo.ismapwb" \
            "note list demo.ismapwb" "evidence list demo.ismapwb" "request list demo.ismapwb" \
            "statement info demo.ismapwb" "report history demo.ismapwb" "check demo.ismapwb" \
            "member key list lead.ismapwb" "sync status lead.ismapwb" "sync conflicts lead.ismapwb" \
            "history lead.ismapwb 4.5.2.2" "status lead.ismapwb"; do
            echo "### $c"
            # shellcheck disable=SC2086
            TZ=Asia/Tokyo ISMAP_LANG=$l "$ISMAPCTL" $c 2>&1 || true
        done
    } >"human-$l.txt"
}
human en
human ja

# No raw ISO time or date anywhere a person reads.
for l in en ja; do
    if grep -En '[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+Z?)?' "human-$l.txt" >raw.txt; then
        fail "raw ISO time or date in the $l output: $(head -5 raw.txt)"
    fi
    # Conflicts: named for people, versions as fields, not table names or JSON.
    if grep -En 'procedure_step|\{"' "human-$l.txt" >raw.txt; then fail "raw conflict in $l: $(head -3 raw.txt)"; fi
done
grep -Eq "Step 3 of 4\.5\.2\.2 — notes, .*result" human-en.txt ||
    fail "the conflict is not named for people: $(grep -A3 '### sync conflicts' human-en.txt)"
grep -q "notes: alice says A" human-en.txt || fail "a version's fields: $(grep -A4 '### sync conflicts' human-en.txt)"
grep -Eq "4\.5\.2\.2 のステップ 3 — メモ、.*結果" human-ja.txt ||
    fail "the conflict is not named in Japanese: $(grep -A3 '### sync conflicts' human-ja.txt)"
# The engagement period as a plain date in the locale's form.
grep -q "(1 Apr 2025 .. 31 Mar 2026)" human-en.txt || fail "status period (en): $(grep -A1 '### status lead' human-en.txt)"
grep -q "(2025年4月1日 .. 2026年3月31日)" human-ja.txt || fail "status period (ja): $(grep -A1 '### status lead' human-ja.txt)"

# Stored UTC times read as Tokyo time in the locale's format: a member key's start, a review note's raising.
$PY - <<'PY' || fail "local times"
import sqlite3, datetime
def shown(iso):
    t = datetime.datetime.strptime(iso[:19], "%Y-%m-%dT%H:%M:%S") + datetime.timedelta(hours=9)
    en = f"{t.month}/{t.day}/{t.year} {(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    ja = f"{t.year}/{t.month:02d}/{t.day:02d} {t.hour}:{t.minute:02d}"
    return en, ja
en = open("human-en.txt", encoding="utf-8").read()
ja = open("human-ja.txt", encoding="utf-8").read()
# The example of the issue: 2026-12-02T18:31:51Z is the next morning in Tokyo.
assert shown("2026-12-02T18:31:51.692Z") == ("12/3/2026 3:31 AM", "2026/12/03 3:31")
(valid_from,) = sqlite3.connect("lead.ismapwb").execute(
    "SELECT valid_from FROM member_key WHERE member_id = (SELECT id FROM team_member WHERE name = 'alice')").fetchone()
e, j = shown(valid_from)
assert f"\t{e}\t" in en.split("### member key list", 1)[1], (e, en.split("### member key list", 1)[1][:300])
assert f"\t{j}\t" in ja.split("### member key list", 1)[1], (j, ja.split("### member key list", 1)[1][:300])
# A key's state in the reader's words, not the stored code.
assert "\tactive\t" in en.split("### member key list", 1)[1].split("###", 1)[0]
assert "\t有効\t" in ja.split("### member key list", 1)[1].split("###", 1)[0], ja.split("### member key list", 1)[1][:300]
assert "\tactive\t" not in ja.split("### member key list", 1)[1].split("###", 1)[0]
(raised,) = sqlite3.connect("demo.ismapwb").execute("SELECT raised_at FROM review_note ORDER BY id LIMIT 1").fetchone()
e, j = shown(raised)
assert f"\t{e}\t" in en.split("### note list", 1)[1], (e, en.split("### note list", 1)[1][:300])
assert f"\t{j}\t" in ja.split("### note list", 1)[1], (j, ja.split("### note list", 1)[1][:300])
PY

# --json keeps the stored ISO UTC times and the raw parts.
TZ=Asia/Tokyo ISMAP_LANG=ja "$ISMAPCTL" sync conflicts lead.ismapwb --json >c.json
TZ=Asia/Tokyo ISMAP_LANG=ja "$ISMAPCTL" history demo.ismapwb 9.2.5 --json >h.json
$PY - <<'PY' || fail "--json"
import json, re
c = json.load(open("c.json", encoding="utf-8"))
assert c and c[0]["table"] == "procedure_step", c
assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+Z(\|.*)?", v["stamp"]) for v in c[0]["versions"]), c
h = json.load(open("h.json", encoding="utf-8"))
assert h and all(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+Z", r["at"]) for r in h), h[:1]
PY
echo "ok"
