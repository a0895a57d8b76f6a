#!/usr/bin/env bash
# ismapctl demo: a partly worked engagement in every state, which verifies, and is reproducible apart from
# its UUID (same statuses, samples and findings on a second run).
set -euo pipefail
: "${ISMAPCTL:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
wb="$work/demo.ismapwb"
"$ISMAPCTL" demo --help | grep -q "Usage: ismapctl demo" || fail "demo --help"
"$ISMAPCTL" demo "$wb" >"$work/out" || fail "demo exited $?"
grep -q "fictional\|架空" "$work/out" || fail "the demo CSP is not marked fictional: $(cat "$work/out")"
"$ISMAPCTL" status "$wb" --json >"$work/status.json"
python3 - "$work/status.json" <<'PY' || fail "status: $(cat "$work/status.json")"
import json, sys
s = json.load(open(sys.argv[1]))
for key in ("items_total", "in_scope", "out_of_scope", "undecided", "by_status", "findings", "evidence"):
    assert key in s, key
b = s["by_status"]
assert b["reviewed"] > 20 and b["prepared"] > 10 and b["in_progress"] > 10 and b["not_started"] > 10, b
assert b["needs_attention"] >= 4, b           # open review notes and findings after sign-off
assert s["findings"] >= 3 and s["evidence"] >= 10, s
PY
"$ISMAPCTL" verify "$wb" >"$work/verify" || fail "verify failed: $(cat "$work/verify")"
"$ISMAPCTL" note list "$wb" --open | grep -q "open" || fail "no open review notes"
"$ISMAPCTL" finding list "$wb" --json >"$work/findings"
grep -q '"response": "2' "$work/findings" || fail "findings carry no management response"
"$ISMAPCTL" sample reperform "$wb" 1 >/dev/null || fail "the first demo sample does not re-perform"
"$ISMAPCTL" evidence list "$wb" >"$work/evidence" 2>&1 || true
grep -q "\.pdf" "$work/evidence" && grep -q "\.png" "$work/evidence" && grep -q "\.csv" "$work/evidence" ||
    fail "evidence lacks pdf/png/csv: $(head -5 "$work/evidence")"

# Deterministic apart from the UUID.
"$ISMAPCTL" demo "$work/again.ismapwb" >/dev/null
"$ISMAPCTL" status "$work/again.ismapwb" --json >"$work/status2.json"
diff <(grep -v '"engagement"' "$work/status.json") <(grep -v '"engagement"' "$work/status2.json") ||
    fail "a second demo differs"
for f in "$wb" "$work/again.ismapwb"; do
    sqlite3 "$f" "SELECT item_id, seed, group_concat(population_index) FROM sample_set JOIN sample_item ON sample_set_id = sample_set.id GROUP BY sample_set.id"
done | sort | uniq -u | grep -q . && fail "demo samples differ between runs"

# An existing file is never overwritten.
before=$(sha256sum "$wb")
if "$ISMAPCTL" demo "$wb" 2>"$work/err"; then fail "demo overwrote a file"; fi
[ "$before" = "$(sha256sum "$wb")" ] || fail "demo changed an existing file"
if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
