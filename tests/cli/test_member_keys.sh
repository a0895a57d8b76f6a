#!/usr/bin/env bash
# Who did it, provably (issue 14, points 1-3): member keys made and registered, every sign-off signed, the review chain
# with the engagement quality reviewer, and each attack refused or named by `verify` with the workbook unchanged:
# a sign-off row inserted, edited or copied with sqlite3; a key registered by someone not the lead; a revoked key
# used; a signature replayed on changed content; a member reviewing their own work.
set -Eeuo pipefail
trap 'rc_=$?; [[ $- == *e* ]] && echo "FAIL: $0 line $LINENO: $BASH_COMMAND (exit $rc_)" >&2' ERR
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
export ISMAP_KEY_DIR="$T/keys"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
digest() { { cat "$1"; cat "$1-wal" 2>/dev/null || true; } | sha256sum | cut -c1-64; }
# refused CODE TEXT CMD...: the command exits CODE, says TEXT, and leaves the workbook byte for byte as it was.
refused() {
    local code=$1 text=$2
    shift 2
    local before rc=0
    before=$(digest wb.ismapwb)
    "$ISMAPCTL" "$@" >out.txt 2>err.txt || rc=$?
    [ "$rc" = "$code" ] || fail "$* exited $rc, not $code: $(cat err.txt out.txt)"
    grep -q -- "$text" err.txt out.txt || fail "$*: no \"$text\" in: $(cat err.txt)"
    [ "$(digest wb.ismapwb)" = "$before" ] || fail "$*: the workbook changed although refused"
}
# signed NAME CMD...: runs a command that signs, with NAME's passphrase on standard input.
signed() {
    local who=$1
    shift
    "$ISMAPCTL" "$@" --as "$who" --passphrase-stdin <<<"pass-$who"
}
verify_names() {
    local rc=0
    "$ISMAPCTL" verify wb.ismapwb >verify.txt 2>&1 || rc=$?
    [ "$rc" != 0 ] || fail "verify passed although $1"
    grep -q -- "$2" verify.txt || fail "verify does not name $1 (\"$2\"): $(cat verify.txt)"
}

"$ISMAPCTL" new wb.ismapwb --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
"$ISMAPCTL" team add wb.ismapwb lead1 --role lead >/dev/null
"$ISMAPCTL" team add wb.ismapwb alice --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add wb.ismapwb bob --role staff --as lead1 >/dev/null
"$ISMAPCTL" team add wb.ismapwb rita --role reviewer --as lead1 >/dev/null
"$ISMAPCTL" team add wb.ismapwb "品質 審査" --role quality_reviewer --as lead1 >/dev/null
"$ISMAPCTL" statement import wb.ismapwb "$TEST_DATA/statement/good-utf8.csv" --as lead1 >/dev/null
"$ISMAPCTL" steps generate wb.ismapwb --as lead1 >/dev/null 2>&1 || true

# --- 1. Keys: made on each member's machine, encrypted; registered by the lead only, fingerprint shown.
for m in lead1 alice bob rita "品質 審査"; do
    "$ISMAPCTL" member key create --as "$m" --passphrase-stdin <<<"pass-$m" >create.txt
    grep -q "fingerprint" create.txt || fail "member key create shows no fingerprint"
done
key=$(ls "$ISMAP_KEY_DIR"/alice.key.pem)
grep -q "BEGIN ENCRYPTED PRIVATE KEY" "$key" || fail "the private key is not encrypted PKCS#8"
[ "$(stat -c %a "$key")" = 600 ] || fail "the private key file is readable by others"
openssl pkey -in "$key" -passin pass:wrong -noout 2>/dev/null && fail "the key opens with a wrong passphrase"
openssl pkey -in "$key" -passin pass:pass-alice -noout || fail "the key does not open with its passphrase"
refused 2 "already has a key" member key create --as alice --passphrase-stdin <<<"pass-alice"

# Signing off before a key is registered: refused, saying how to register it.
ITEM=$(sqlite3 -readonly wb.ismapwb "SELECT item_id FROM procedure_step ORDER BY id LIMIT 1")
n=$(sqlite3 -readonly wb.ismapwb "SELECT count(*) FROM procedure_step WHERE item_id = '$ITEM' AND retired = 0")
for s in $(seq 1 "$n"); do
    "$ISMAPCTL" step set wb.ismapwb "$ITEM" "$s" --result no_exception --notes "checked" --as alice >/dev/null
done
refused 10 "member key register" signoff wb.ismapwb "$ITEM" --as alice --passphrase-stdin <<<"pass-alice"
# --as alone, without any key on this machine: refused with how to make one.
ISMAP_KEY_DIR="$T/nokeys" refused 10 "member key create" signoff wb.ismapwb "$ITEM" --as alice
refused 10 "only the engagement lead" member key register wb.ismapwb --member alice \
    --public-key "$ISMAP_KEY_DIR/alice.pub.pem" --as rita
refused 2 "not a PEM public key" member key register wb.ismapwb --member alice --public-key "$key" --as lead1
for m in lead1 alice bob rita "品質 審査"; do
    f="$ISMAP_KEY_DIR/$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$m").pub.pem"
    "$ISMAPCTL" member key register wb.ismapwb --member "$m" --public-key "$f" --as lead1 >reg.txt
    want=$(openssl pkey -pubin -in "$f" -outform DER | sha256sum | cut -c1-4)
    grep -q "$want" reg.txt || fail "register does not print the fingerprint openssl computes for $m"
done
"$ISMAPCTL" member key list wb.ismapwb | grep -q "^alice	active	" || fail "member key list does not show alice's key"

# --- 2. Signed sign-offs; a wrong passphrase unlocks nothing.
refused 2 "passphrase is wrong" signoff wb.ismapwb "$ITEM" --as alice --passphrase-stdin <<<"not-it"
signed alice signoff wb.ismapwb "$ITEM" >/dev/null
sig=$(sqlite3 -readonly wb.ismapwb "SELECT signature FROM signoff WHERE role = 'preparer'")
[ -n "$sig" ] || fail "the sign-off carries no signature"
"$ISMAPCTL" verify wb.ismapwb >verify.txt || fail "verify fails on a signed workbook: $(cat verify.txt)"
grep -q "signatures: 1 checked" verify.txt || fail "verify does not count the signature: $(cat verify.txt)"

# --- 3. The review chain: nobody reviews their own work; the quality reviewer does no fieldwork.
refused 10 "may not sign off item $ITEM as reviewer" signoff wb.ismapwb "$ITEM" --role reviewer --as alice --passphrase-stdin <<<"pass-alice"
refused 10 "quality reviewer" signoff wb.ismapwb "$ITEM" --as "品質 審査" --passphrase-stdin <<<"pass-品質 審査"
refused 10 "quality reviewer" step set wb.ismapwb "$ITEM" 1 --result no_exception --as "品質 審査"
# A reviewer recording a result becomes a preparer: told first what it voids, refused without --confirm-void.
refused 2 "voids alice's" step set wb.ismapwb "$ITEM" 1 --result no_exception --notes "re-done" --as rita
"$ISMAPCTL" step set wb.ismapwb "$ITEM" 1 --result no_exception --notes "re-done" --as rita --confirm-void >out.txt
grep -q "voids" out.txt || fail "step set --confirm-void does not say what it voided"
[ "$(sqlite3 -readonly wb.ismapwb "SELECT count(*) FROM signoff WHERE voided_at IS NULL")" = 0 ] \
    || fail "the preparer's sign-off was not voided"
signed alice signoff wb.ismapwb "$ITEM" >/dev/null
refused 10 "one of its preparers" signoff wb.ismapwb "$ITEM" --as rita --passphrase-stdin <<<"pass-rita"
"$ISMAPCTL" team add wb.ismapwb ron --role reviewer --as lead1 >/dev/null
"$ISMAPCTL" member key create --as ron --passphrase-stdin <<<"pass-ron" >/dev/null
"$ISMAPCTL" member key register wb.ismapwb --member ron --public-key "$ISMAP_KEY_DIR/ron.pub.pem" --as lead1 >/dev/null
signed ron signoff wb.ismapwb "$ITEM" >/dev/null
# Engagement sign-offs: the quality reviewer after the lead, the lead never as quality reviewer.
refused 2 "lead has not signed" signoff wb.ismapwb --engagement --as "品質 審査" --passphrase-stdin <<<"pass-品質 審査"
signed lead1 signoff wb.ismapwb --engagement >/dev/null
refused 2 "already signed off" signoff wb.ismapwb --engagement --as lead1 --passphrase-stdin <<<"pass-lead1"
signed "品質 審査" review sign-off wb.ismapwb --engagement >/dev/null
[ "$(sqlite3 -readonly wb.ismapwb "SELECT group_concat(role) FROM engagement_signoff WHERE voided_at IS NULL")" \
    = "lead,quality_reviewer" ] || fail "the engagement sign-offs are not stored"
"$ISMAPCTL" verify wb.ismapwb >verify.txt || fail "verify fails after the review chain: $(cat verify.txt)"

# --- Attacks with sqlite3 (someone holding the file but not the key): verify names each.
cp wb.ismapwb clean.ismapwb
restore() { cp clean.ismapwb wb.ismapwb; rm -f wb.ismapwb-wal wb.ismapwb-shm; }
# Inserted: a reviewer sign-off written by hand for another item.
OTHER=$(sqlite3 -readonly wb.ismapwb "SELECT item_id FROM procedure_step WHERE item_id <> '$ITEM' LIMIT 1")
sqlite3 wb.ismapwb "INSERT INTO signoff(item_id, role, member_id, at, content_hash, signature, key_fingerprint)
  SELECT '$OTHER', 'reviewer', id, '2026-01-01T00:00:00.000Z', '$(printf %064d 0)', '', '' FROM team_member WHERE name = 'ron'"
verify_names "an inserted sign-off" "item $OTHER, reviewer by ron.*not signed"
restore
# Edited: the signer changed to another member.
sqlite3 wb.ismapwb "UPDATE signoff SET member_id = (SELECT id FROM team_member WHERE name = 'bob') WHERE role = 'preparer' AND voided_at IS NULL"
verify_names "an edited sign-off" "preparer by bob.*not bob's\|preparer by bob.*signed with alice's key"
restore
# Copied from another item, signature and all.
sqlite3 wb.ismapwb "INSERT INTO signoff(item_id, role, member_id, at, content_hash, signature, key_fingerprint)
  SELECT '$OTHER', role, member_id, at, content_hash, signature, key_fingerprint FROM signoff WHERE role = 'reviewer' AND voided_at IS NULL"
verify_names "a copied sign-off" "item $OTHER, reviewer by ron.*signature does not match"
restore
# Replayed on changed content: the result changed behind the app, the hash updated to match, the old signature kept.
sqlite3 wb.ismapwb "UPDATE procedure_step SET notes = 'changed' WHERE item_id = '$ITEM' AND seq = 1"
verify_names "changed content under a sign-off" "signed content has changed"
# ... and the sign-off's hash replaced to match other content: its signature no longer holds.
sqlite3 wb.ismapwb "UPDATE signoff SET content_hash = '$(printf %064d 1)' WHERE role = 'reviewer' AND voided_at IS NULL"
verify_names "a signature replayed on changed content" "reviewer by ron.*signature does not match"
restore

# --- Revoked key: refused from then on; rotation keeps earlier signatures valid.
"$ISMAPCTL" member key revoke wb.ismapwb --member bob --reason "laptop lost" --as lead1 >/dev/null
refused 2 "reason" member key revoke wb.ismapwb --member alice --as lead1
refused 10 "only the member or the engagement lead" member key revoke wb.ismapwb --member alice --reason x --as bob
ITEM2=$OTHER
n2=$(sqlite3 -readonly wb.ismapwb "SELECT count(*) FROM procedure_step WHERE item_id = '$ITEM2' AND retired = 0")
for s in $(seq 1 "$n2"); do
    "$ISMAPCTL" step set wb.ismapwb "$ITEM2" "$s" --result no_exception --as bob >/dev/null
done
refused 10 "revoked" signoff wb.ismapwb "$ITEM2" --as bob --passphrase-stdin <<<"pass-bob"
old_fp=$(sqlite3 -readonly wb.ismapwb "SELECT fingerprint FROM member_key k JOIN team_member m ON m.id = k.member_id WHERE m.name = 'alice'")
signed alice member key rotate wb.ismapwb >/dev/null
"$ISMAPCTL" member key list wb.ismapwb | grep -q "^alice	rotated	" || fail "the old key is not shown as rotated"
signed alice signoff wb.ismapwb "$ITEM2" >/dev/null
[ "$(sqlite3 -readonly wb.ismapwb "SELECT key_fingerprint FROM signoff WHERE item_id = '$ITEM2' AND voided_at IS NULL")" != "$old_fp" ] \
    || fail "the sign-off after rotation used the old key"
"$ISMAPCTL" verify wb.ismapwb >verify.txt || fail "verify fails after rotation and revocation: $(cat verify.txt)"
# A sign-off forged with the revoked key after its revocation is named (its time after the key's end).
sqlite3 wb.ismapwb "UPDATE member_key SET status = 'revoked', valid_until = '2026-01-01T00:00:00.000Z' WHERE fingerprint = '$old_fp'"
verify_names "a signature made after the key's revocation" "with a key revoked at"
for t in member_key.register member_key.rotate member_key.revoke; do
    [ "$(sqlite3 -readonly wb.ismapwb "SELECT count(*) FROM trail WHERE action = '$t'")" -gt 0 ] || fail "no trail row for $t"
done
echo "PASS: member keys, signed sign-offs, review chain and attacks"
