#!/usr/bin/env bash
# Team sync (issue 15) as a team would use it from the command line: the lead makes replicas for alice and bob; each
# works offline; packages go both ways and through a shared folder; a conflict is recorded on both sides, resolved by
# the reviewer, and the resolution travels; sign-offs whose content a merge changed are voided; a plain file-manager
# copy of a replica is refused; tampered, truncated, foreign and unsigned packages are refused with the workbook byte
# for byte unchanged; importing a package twice changes nothing; a finalised engagement refuses a package that would
# change it; every replica verifies and they end up with the same content.
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}" "${TEST_DATA:?}" "${SOURCE_DIR:?}"
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
digest() { { cat "$1"; cat "$1-wal" 2>/dev/null || true; } | sha256sum | cut -c1-64; }
# refused WB TEXT CMD...: the command fails, says TEXT, and leaves WB byte for byte as it was.
refused() {
    local wb=$1 text=$2
    shift 2
    local before rc=0
    before=$(digest "$wb")
    "$ISMAPCTL" "$@" >out.txt 2>err.txt || rc=$?
    [ "$rc" != 0 ] || fail "$* was not refused: $(cat out.txt)"
    grep -q -- "$text" err.txt out.txt || fail "$*: no \"$text\" in: $(cat err.txt out.txt)"
    [ "$(digest "$wb")" = "$before" ] || fail "$*: $wb changed although refused"
}
export_for() { "$ISMAPCTL" sync export "$1" -o "$2" --as "$3" --passphrase-stdin <<<"pass-$3" >/dev/null; }
# The content every replica must agree on: status, findings, the rows of the audited tables (no local tables).
content() {
    "$ISMAPCTL" status "$1" --json >"$1.status.json"
    /usr/bin/python3 - "$1" <<'PY'
import sqlite3, sys, json, hashlib
db = sqlite3.connect(sys.argv[1])
local = {"trail", "trail_head", "evidence_chunk", "evidence_blob", "replica_self", "row_stamp", "trail_change",
         "sync_conflict", "sync_exchange"}
h = hashlib.sha256()
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                          "AND name NOT LIKE 'search_index%' ORDER BY name"):
    if name in local:
        continue
    for row in db.execute(f'SELECT * FROM "{name}" ORDER BY 1, 2'):
        h.update(json.dumps([name] + [str(v) for v in row], ensure_ascii=False).encode())
trail = sorted(r[0] for r in db.execute("SELECT hash FROM trail"))
h.update(json.dumps(trail).encode())
print(h.hexdigest())
PY
}

# --- The engagement on the lead's laptop, and a replica for each member (point 1).
"$ISMAPCTL" new lead.ismapwb --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add lead.ismapwb lead1 --role lead >/dev/null
for m in alice bob; do "$ISMAPCTL" team add lead.ismapwb $m --role staff --as lead1 >/dev/null; done
"$ISMAPCTL" team add lead.ismapwb rita --role reviewer --as lead1 >/dev/null
give_keys lead.ismapwb lead1 lead1 alice bob rita
"$ISMAPCTL" statement import lead.ismapwb "$TEST_DATA/statement/good-utf8.csv" --as lead1 >/dev/null
"$ISMAPCTL" steps generate lead.ismapwb --as lead1 >/dev/null 2>&1 || true
"$ISMAPCTL" finding add lead.ismapwb 4.5.2.2 --title "Before replicas" --condition "c" --as lead1 >/dev/null

refused lead.ismapwb "only the lead" replica create lead.ismapwb -o x.ismapwb --for alice --as alice
"$ISMAPCTL" replica create lead.ismapwb -o alice.ismapwb --for alice --as lead1 >create.txt
grep -q "replica 1 for alice" create.txt || fail "replica create: $(cat create.txt)"
"$ISMAPCTL" replica create lead.ismapwb -o bob.ismapwb --for bob --prefix BB --as lead1 >/dev/null
refused lead.ismapwb "already used" replica create lead.ismapwb -o c.ismapwb --for rita --prefix BB --as lead1
refused alice.ismapwb "origin" replica create alice.ismapwb -o d.ismapwb --for bob --as lead1
"$ISMAPCTL" verify alice.ismapwb >/dev/null || fail "a new replica does not verify"

# A file-manager copy of a replica is not the replica: refused until claimed.
cp alice.ismapwb alice-copy.ismapwb
refused alice-copy.ismapwb "copy or it was moved" step set alice-copy.ismapwb 4.5.2.2 1 --result no_exception --as alice
mv alice.ismapwb alice-moved.ismapwb
refused alice-moved.ismapwb "copy or it was moved" step set alice-moved.ismapwb 4.5.2.2 1 --result no_exception --as alice
"$ISMAPCTL" replica claim alice-moved.ismapwb --as alice >/dev/null
mv alice-moved.ismapwb alice.ismapwb
"$ISMAPCTL" replica claim alice.ismapwb --as alice >/dev/null
rm -f alice-copy.ismapwb

# --- Offline work: readable references never collide (F-AL-001, F-BB-001), ids never either.
"$ISMAPCTL" step set alice.ismapwb 4.5.2.2 1 --result no_exception --notes "alice inspected" --as alice >/dev/null
"$ISMAPCTL" finding add alice.ismapwb 4.5.2.2 --title "Alice's finding" --condition "x" --as alice >f.txt
grep -q "F-A" f.txt || fail "a replica's finding has no replica prefix: $(cat f.txt)"
"$ISMAPCTL" finding add bob.ismapwb 4.5.2.2 --title "Bob's finding" --condition "y" --as bob >f.txt
grep -q "F-BB-001" f.txt || fail "bob's finding is not F-BB-001: $(cat f.txt)"
printf 'evidence from bob\n' >bob-evidence.txt
"$ISMAPCTL" evidence add bob.ismapwb --item 4.5.2.2 bob-evidence.txt --as bob >/dev/null
"$ISMAPCTL" step set bob.ismapwb 4.5.2.2 2 --result no_exception --notes "bob inspected" --as bob >/dev/null

# --- Change packages (point 2): signed, checked, applied once.
export_for alice.ismapwb a1.ismapsync alice
export_for bob.ismapwb b1.ismapsync bob
"$ISMAPCTL" sync import lead.ismapwb a1.ismapsync --as lead1 >imp.txt
grep -q "imported" imp.txt || fail "import printed: $(cat imp.txt)"
grep -q "alice: steps 1" imp.txt || fail "import does not say what alice did: $(cat imp.txt)"
before=$(digest lead.ismapwb)
"$ISMAPCTL" sync import lead.ismapwb a1.ismapsync --as lead1 >imp.txt
grep -q "nothing new" imp.txt || fail "a second import is not a no-op: $(cat imp.txt)"
[ "$(digest lead.ismapwb)" = "$before" ] || fail "importing the same package twice changed the workbook"
"$ISMAPCTL" sync import lead.ismapwb b1.ismapsync --as lead1 >imp.txt
grep -q "new file" imp.txt || fail "bob's evidence did not come in: $(cat imp.txt)"
"$ISMAPCTL" verify lead.ismapwb >v.txt || fail "lead does not verify after two imports: $(cat v.txt)"

# Refused packages, each leaving the workbook byte for byte as it was (point 5).
head -c 300 b1.ismapsync >truncated.ismapsync
refused alice.ismapwb "truncated" sync import alice.ismapwb truncated.ismapsync --as alice
cp b1.ismapsync tampered.ismapsync
size=$(stat -c %s tampered.ismapsync)
printf 'X' | dd of=tampered.ismapsync bs=1 seek=$((size / 2)) conv=notrunc status=none
refused alice.ismapwb "" sync import alice.ismapwb tampered.ismapsync --as alice
"$ISMAPCTL" new other.ismapwb --csp "Other" --service "S" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add other.ismapwb lead1 --role lead >/dev/null
"$ISMAPCTL" team add other.ismapwb bob --role staff --as lead1 >/dev/null
refused other.ismapwb "no replicas" sync import other.ismapwb b1.ismapsync --as lead1
give_keys other.ismapwb lead1 lead1
"$ISMAPCTL" replica create other.ismapwb -o other-bob.ismapwb --for bob --as lead1 >/dev/null
refused other.ismapwb "another engagement" sync import other.ismapwb b1.ismapsync --as lead1
# A package from an unregistered key: bob makes a new key on his machine without the lead registering it.
mv "$ISMAP_KEY_DIR/bob.key.pem" "$ISMAP_KEY_DIR/bob.key.pem.old"
mv "$ISMAP_KEY_DIR/bob.pub.pem" "$ISMAP_KEY_DIR/bob.pub.pem.old"
"$ISMAPCTL" member key create --as bob --passphrase-stdin <<<"pass-bob" >/dev/null
export_for bob.ismapwb rogue.ismapsync bob 2>/dev/null && fail "bob exported with an unregistered key"
mv "$ISMAP_KEY_DIR/bob.key.pem.old" "$ISMAP_KEY_DIR/bob.key.pem"
mv "$ISMAP_KEY_DIR/bob.pub.pem.old" "$ISMAP_KEY_DIR/bob.pub.pem"

# --- Conflicts (point 4): alice and bob change the same step's notes after they last met.
"$ISMAPCTL" sync import alice.ismapwb b1.ismapsync --as alice >/dev/null
"$ISMAPCTL" sync import bob.ismapwb a1.ismapsync --as bob >/dev/null
"$ISMAPCTL" step set alice.ismapwb 4.5.2.2 3 --result no_exception --notes "alice says A" --as alice >/dev/null
"$ISMAPCTL" step set bob.ismapwb 4.5.2.2 3 --result not_applicable --notes "bob says B" --as bob >/dev/null
export_for alice.ismapwb a2.ismapsync alice
export_for bob.ismapwb b2.ismapsync bob
"$ISMAPCTL" sync import alice.ismapwb b2.ismapsync --as alice >imp.txt
grep -q "conflict" imp.txt || fail "alice's import records no conflict: $(cat imp.txt)"
"$ISMAPCTL" sync import bob.ismapwb a2.ismapsync --as bob >/dev/null
"$ISMAPCTL" sync conflicts alice.ismapwb --json >ca.json
"$ISMAPCTL" sync conflicts bob.ismapwb --json >cb.json
/usr/bin/python3 - ca.json cb.json <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert len(a) == 1, a
strip = lambda cs: [{k: v for k, v in c.items() if k != "detected_at"} for c in cs]
assert strip(a) == strip(b), (a, b)
vals = sorted(v["values"].get("notes") for v in a[0]["versions"])
assert vals == ["alice says A", "bob says B"], vals
PY
# Each side's record of the merge goes to the other too; then they hold the same rows and the same trail.
export_for alice.ismapwb a2m.ismapsync alice
export_for bob.ismapwb b2m.ismapsync bob
"$ISMAPCTL" sync import alice.ismapwb b2m.ismapsync --as alice >/dev/null
"$ISMAPCTL" sync import bob.ismapwb a2m.ismapsync --as bob >/dev/null
[ "$(content alice.ismapwb)" = "$(content bob.ismapwb)" ] || fail "alice and bob differ after exchanging"
id=$(/usr/bin/python3 -c 'import json; print(json.load(open("ca.json"))[0]["id"])')
refused alice.ismapwb "reviewer" sync resolve alice.ismapwb "$id" --take mine --as alice
# rita works on the lead's laptop: the lead's file gets both packages, rita decides there, and it travels.
"$ISMAPCTL" sync import lead.ismapwb a2.ismapsync --as lead1 >/dev/null
"$ISMAPCTL" sync import lead.ismapwb b2.ismapsync --as lead1 >/dev/null
"$ISMAPCTL" sync conflicts lead.ismapwb --json >cl.json
/usr/bin/python3 -c 'import json,sys; a=json.load(open("cl.json")); assert len(a)==1 and a[0]["id"]==sys.argv[1], a' "$id"
"$ISMAPCTL" sync resolve lead.ismapwb "$id" --take 1 --as rita >/dev/null
export_for lead.ismapwb l1.ismapsync lead1
for m in alice bob; do "$ISMAPCTL" sync import $m.ismapwb l1.ismapsync --as $m >/dev/null; done
for m in alice bob lead; do
    "$ISMAPCTL" sync conflicts $m.ismapwb --json >c.json
    [ "$(cat c.json | tr -d '[:space:]')" = "[]" ] || fail "$m still lists the resolved conflict: $(cat c.json)"
    "$ISMAPCTL" steps list $m.ismapwb 4.5.2.2 --json | grep -q "alice says A" || fail "$m does not hold the decided notes"
done

# --- Through a shared folder (point 6): each writes its own package; the others' are imported.
mkdir share
for round in 1 2; do
    for m in alice bob lead; do
        as=$m
        [ $m = lead ] && as=lead1
        "$ISMAPCTL" sync folder $m.ismapwb share --as $as --passphrase-stdin <<<"pass-$as" >/dev/null
    done
done
ls share/*.part 2>/dev/null && fail "a half-written package was left in the folder"
cp share/"$(ls share | head -1)" half.tmp
head -c 200 half.tmp >share/zz-half-copied.ismapsync
rc=0
"$ISMAPCTL" sync folder alice.ismapwb share --as alice --passphrase-stdin <<<"pass-alice" >out.txt 2>err.txt || rc=$?
[ "$rc" = 1 ] || fail "a half-copied package in the folder was not reported"
grep -q "zz-half-copied" err.txt || fail "the bad package is not named: $(cat err.txt)"
[ -e share/zz-half-copied.ismapsync ] || fail "the bad package was not left where it was"
rm share/zz-half-copied.ismapsync
"$ISMAPCTL" sync folder lead.ismapwb share --as lead1 --passphrase-stdin <<<"pass-lead1" >/dev/null
for m in alice bob; do "$ISMAPCTL" sync folder $m.ismapwb share --as $m --passphrase-stdin <<<"pass-$m" >/dev/null; done

# --- Convergence (point 3) and one verifiable history (point 5).
ref=$(content lead.ismapwb)
for m in alice bob; do
    [ "$(content $m.ismapwb)" = "$ref" ] || fail "$m does not hold the same content as the lead after syncing"
    cmp -s lead.ismapwb.status.json $m.ismapwb.status.json || fail "status --json of $m differs from the lead's"
done
for m in alice bob lead; do "$ISMAPCTL" verify $m.ismapwb >v.txt || fail "$m does not verify: $(cat v.txt)"; done
"$ISMAPCTL" sync status lead.ismapwb >s.txt
grep -q "alice" s.txt || fail "sync status lists no replicas: $(cat s.txt)"

# A row edited in a replica's trail with an outside tool is named by verify.
cp bob.ismapwb bob-edited.ismapwb
sqlite3 bob-edited.ismapwb "DROP TRIGGER trail_no_update; UPDATE trail SET member = 'mallory' WHERE seq = (SELECT max(seq) FROM trail WHERE seq > (1 << 40) AND seq < (2 << 40));"
rc=0
"$ISMAPCTL" verify bob-edited.ismapwb >v.txt 2>&1 || rc=$?
[ "$rc" != 0 ] || fail "verify passed an edited trail row of replica 1"
grep -q "1:" v.txt || fail "verify does not name the replica's row: $(cat v.txt)"

# --- Sign-offs whose content a merge changed are voided with the member who changed it.
"$ISMAPCTL" step set lead.ismapwb 4.5.2.2 4 --result no_exception --notes "done on the lead's laptop" --as alice >/dev/null
ismapctl_signed signoff lead.ismapwb 4.5.2.2 --as alice >/dev/null
"$ISMAPCTL" step set alice.ismapwb 4.5.2.2 1 --result no_exception --notes "alice, after the sign-off" --as alice >/dev/null
export_for alice.ismapwb a3.ismapsync alice
"$ISMAPCTL" sync import lead.ismapwb a3.ismapsync --as lead1 >imp.txt
grep -q "sign-off(s) voided" imp.txt || fail "the merge voided no sign-off: $(cat imp.txt)"
"$ISMAPCTL" history lead.ismapwb 4.5.2.2 >h.txt
grep -q "changed by a merge from alice" h.txt || fail "the void reason does not name alice: $(head -20 h.txt)"
"$ISMAPCTL" verify lead.ismapwb >v.txt || fail "lead does not verify after a merge voided a sign-off: $(cat v.txt)"

# --- A finalised engagement refuses a package that would change it, naming what.
"$ISMAPCTL" step set bob.ismapwb 4.5.2.3 1 --result no_exception --notes "late work" --as bob >/dev/null
export_for bob.ismapwb b9.ismapsync bob
ismapctl_signed finalise lead.ismapwb --as lead1 >/dev/null
refused lead.ismapwb "finalised" sync import lead.ismapwb b9.ismapsync --as lead1
grep -q "step" err.txt || fail "the refusal does not name what the package would change: $(cat err.txt)"
echo "sync: ok"
