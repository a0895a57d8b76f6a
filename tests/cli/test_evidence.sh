#!/usr/bin/env bash
# ismapctl evidence add | export | list | link | unlink | edit, and verify: end to end, with refusals.
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap 'chmod -R u+w "$T"; rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect CODE CMD...: runs CMD, checks its exit code, keeps stderr in err.txt
expect() {
    local want=$1; shift
    set +e; "$@" >out.txt 2>err.txt; local rc=$?; set -e
    [ "$rc" = "$want" ] || { cat out.txt err.txt >&2; fail "exit $rc, expected $want: $*"; }
}

WB=wb.ismapwb
"$ISMAPCTL" new $WB --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add $WB lead1 --role lead >/dev/null
"$ISMAPCTL" team add $WB alice --role staff --as lead1 >/dev/null
export ISMAP_MEMBER=alice

head -c 2500000 /dev/urandom > big.bin
printf 'date,user,action\n2025-05-01,bob,login\n' > access-log.csv
printf '%%PDF-1.4\n%%fake\n' > policy.pdf
mkdir folder

# Import two files in one action, with metadata; the second run of the same content is deduplicated.
expect 0 "$ISMAPCTL" evidence add $WB --item 5.1.1 --source "CSP security office" --obtained 2025-06-30 \
    --description "Access log extract" big.bin access-log.csv
grep -q "big.bin: added as E-0001" out.txt || fail "E-0001 not reported: $(cat out.txt)"
grep -q "access-log.csv: added as E-0002" out.txt || fail "E-0002 not reported"
expect 0 "$ISMAPCTL" evidence add $WB --item 6.1.1 --as alice access-log.csv
grep -q "already in the vault as E-0002" out.txt || fail "duplicate not reported: $(cat out.txt)"

# List, as text and JSON, all and per item.
expect 0 "$ISMAPCTL" evidence list $WB --json
python3 - out.txt <<'EOF'
import json, sys, hashlib
rows = json.load(open(sys.argv[1]))
assert [r["ref"] for r in rows] == ["E-0001", "E-0002"], rows
e2 = rows[1]
assert e2["sha256"] == hashlib.sha256(open("access-log.csv", "rb").read()).hexdigest()
assert e2["mime"] == "text/csv", e2["mime"]
assert e2["obtained_from"] == "CSP security office" and e2["obtained_at"] == "2025-06-30"
assert e2["added_by"] == "alice"
assert sorted(e2["links"]) == ["item/5.1.1", "item/6.1.1"], e2["links"]
EOF
expect 0 "$ISMAPCTL" evidence list $WB --item 6.1.1
grep -q "^E-0002" out.txt || fail "E-0002 not listed for 6.1.1"
! grep -q "^E-0001" out.txt || fail "E-0001 listed for 6.1.1"

# Export to a file and into a folder; byte for byte the same.
expect 0 "$ISMAPCTL" evidence export $WB E-0001 out.bin
cmp -s out.bin big.bin || fail "exported content differs"
expect 0 "$ISMAPCTL" evidence export $WB e-0002 folder
cmp -s folder/access-log.csv access-log.csv || fail "export into a folder"
expect 2 "$ISMAPCTL" evidence export $WB E-0001 out.bin
grep -q "already exists" err.txt || fail "overwrite not refused"

# A stored name that tries to climb out of the folder stays inside it.
expect 0 "$ISMAPCTL" evidence edit $WB E-0002 --name "../../escaped.csv" --description "renamed"
mkdir -p deep/inner
expect 0 "$ISMAPCTL" evidence export $WB E-0002 deep/inner
[ -f deep/inner/escaped.csv ] || fail "sanitised name not used"
[ ! -e escaped.csv ] && [ ! -e deep/escaped.csv ] || fail "export escaped the folder"

# Link and unlink.
expect 0 "$ISMAPCTL" evidence link $WB E-0001 --item 6.1.1
expect 0 "$ISMAPCTL" evidence unlink $WB E-0001 --item 6.1.1
expect 3 "$ISMAPCTL" evidence unlink $WB E-0001 --item 6.1.1
grep -q "E-0001: not linked" err.txt || fail "unlink of a missing link: $(cat err.txt)"

# Refusals: one clear line naming the thing, and the workbook unchanged.
before=$(sha256sum $WB | cut -d' ' -f1)
expect 3 "$ISMAPCTL" evidence add $WB --item 99.9.9 policy.pdf
grep -q "item 99.9.9" err.txt || fail "unknown item not named"
expect 3 "$ISMAPCTL" evidence add $WB --item 5.1.1 policy.pdf missing.pdf
grep -q "missing.pdf: no such file" err.txt || fail "missing file not named"
expect 2 "$ISMAPCTL" evidence add $WB --item 5.1.1 folder
grep -q "folder: is a folder" err.txt || fail "folder not refused"
expect 10 "$ISMAPCTL" evidence add $WB --item 5.1.1 --as mallory policy.pdf
grep -q "mallory is not on the engagement team" err.txt || fail "stranger not refused"
expect 10 env -u ISMAP_MEMBER "$ISMAPCTL" evidence add $WB --item 5.1.1 policy.pdf
grep -q -- "--as" err.txt || fail "missing member not explained"
expect 2 "$ISMAPCTL" evidence add $WB --item 5.1.1 --obtained 2025-02-30 policy.pdf
grep -q "2025-02-30" err.txt || fail "bad date not named"
expect 3 "$ISMAPCTL" evidence export $WB E-0042 x.bin
grep -q "E-0042" err.txt || fail "unknown ref not named"
[ ! -e x.bin ] || fail "output left behind"
[ "$before" = "$(sha256sum $WB | cut -d' ' -f1)" ] || fail "a refusal changed the workbook"
expect 0 "$ISMAPCTL" evidence list $WB
grep -q "2 piece(s) of evidence" out.txt || fail "count after refusals: $(cat out.txt)"

# verify: OK now; a flipped byte in a chunk is named, exit 13; export refuses and leaves no file.
expect 0 "$ISMAPCTL" verify $WB
grep -q "^OK" out.txt || fail "verify not OK"
python3 - $WB <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rowid, data = db.execute("SELECT c.id, c.data FROM evidence_chunk c JOIN evidence_blob b ON b.id = c.blob_id "
                         "JOIN evidence e ON e.sha256 = b.sha256 WHERE e.ref = 'E-0001' AND c.seq = 2").fetchone()
data = bytearray(data); data[1234] ^= 0x01
db.execute("UPDATE evidence_chunk SET data = ? WHERE id = ?", (bytes(data), rowid))
db.commit(); db.close()
EOF
expect 13 "$ISMAPCTL" verify $WB
grep -q "evidence E-0001 chunk 2: hash mismatch" err.txt || fail "verify did not name the chunk: $(cat err.txt)"
expect 13 "$ISMAPCTL" evidence export $WB E-0001 corrupt.bin
grep -q "E-0001 chunk 2" err.txt || fail "export did not name the chunk"
[ ! -e corrupt.bin ] || fail "corrupt export left a file"
ls -a | grep -q "corrupt" && fail "temporary export file left behind"

# A large import (>= 4 MiB) alone on the workbook goes through the rollback journal: it succeeds, exports
# byte-identical, and leaves the workbook in WAL mode with nothing in the WAL.
head -c $((6 * 1024 * 1024 + 17)) /dev/urandom > large.bin
expect 0 "$ISMAPCTL" evidence add $WB --item 5.1.1 large.bin
ref=$(sed -n 's/^large.bin: added as \(E-[0-9]*\),.*/\1/p' out.txt)
[ -n "$ref" ] || fail "large import not reported: $(cat out.txt err.txt)"
[ "$(sqlite3 $WB 'PRAGMA journal_mode')" = wal ] || fail "the workbook was left out of WAL mode"
[ ! -s $WB-wal ] || fail "the large import went through the WAL ($(stat -c %s $WB-wal) bytes)"
expect 0 "$ISMAPCTL" evidence export $WB $ref large.out
cmp -s large.bin large.out || fail "large evidence exported differently"
rm -f large.out

# A finalised workbook refuses imports.
sqlite3 $WB "UPDATE engagement SET locked = 1" 2>/dev/null || python3 -c "import sqlite3,sys; d=sqlite3.connect('$WB'); d.execute('UPDATE engagement SET locked = 1'); d.commit()"
expect 9 "$ISMAPCTL" evidence add $WB --item 5.1.1 policy.pdf
grep -q "finalised" err.txt || fail "finalised not explained"
echo "test_evidence: all passed"
