#!/usr/bin/env bash
# `ismapctl history`: an item's trail for people — when (local time, the locale's format), who, what (a sentence in
# the reader's language), the changed fields as before → after — and the whole change with --full or --json (which
# also keeps the stored UTC time and action code).
set -euo pipefail
: "${ISMAPCTL:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
PY=/usr/bin/python3

WB=h.ismapwb
ISMAP_LANG=en "$ISMAPCTL" demo $WB >/dev/null
# The demo's item 9.2.5 has a failed sample, its finding F-001 and a step recorded as a deviation.
TZ=Asia/Tokyo ISMAP_LANG=en "$ISMAPCTL" history $WB 9.2.5 >en.txt || fail "history (en)"
TZ=Asia/Tokyo ISMAP_LANG=ja "$ISMAPCTL" history $WB 9.2.5 >ja.txt || fail "history (ja)"
TZ=Asia/Tokyo ISMAP_LANG=en "$ISMAPCTL" history $WB 9.2.5 --json >h.json || fail "history --json"
TZ=Asia/Tokyo ISMAP_LANG=en "$ISMAPCTL" history $WB 9.2.5 --full >full.txt || fail "history --full"

grep -q "raised finding F-001" en.txt || fail "no 'raised finding F-001' sentence: $(head -20 en.txt)"
grep -Eq "recorded step [0-9]+ as deviation" en.txt || fail "no 'recorded step N as deviation': $(head -20 en.txt)"
grep -Eq "recorded sample [0-9]+ item 1 as fail" en.txt || fail "no sample result sentence: $(head -20 en.txt)"
grep -q "発見事項 F-001 を起票しました" ja.txt || fail "no Japanese sentence: $(head -20 ja.txt)"
grep -Eq "ステップ [0-9]+ を「逸脱」と記録しました" ja.txt || fail "no Japanese step sentence: $(head -20 ja.txt)"
# Fields before → after, named in the reader's language; the generated title rendered, not its code.
grep -Eq "^    status: draft → open$" en.txt || fail "no 'status: draft → open': $(head -20 en.txt)"
grep -Eq "^    状態: 下書き → 未解消$" ja.txt || fail "no '状態: 下書き → 未解消': $(head -20 ja.txt)"
grep -Eq "title: Sample [0-9]+ item 1 \(population #[0-9]+\) failed" en.txt || fail "no rendered title: $(cat en.txt)"
grep -Eq "表題: サンプル [0-9]+ の項目 1（母集団 #[0-9]+）で逸脱" ja.txt || fail "no Japanese title: $(cat ja.txt)"
# Human output shows no action codes, JSON or raw UTC timestamps, and no English in the Japanese lines' words.
for f in en.txt ja.txt; do
    if grep -Eq 'finding\.(raise|edit)|step\.result|sample\.result|\{"|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z' $f; then
        fail "$f shows raw data: $(grep -E 'finding\.|step\.result|\{"|T[0-9:.]+Z' $f | head -3)"
    fi
done
if grep -Eq "raised|recorded|edited|linked|drew" ja.txt; then fail "English sentence in ja: $(grep -E 'raised|recorded' ja.txt | head -2)"; fi

# The times are local (Asia/Tokyo here), in the locale's format: en M/d/yyyy h:mm AP, ja yyyy/MM/dd H:mm.
$PY - <<'PY' || fail "history --json / local times"
import json, datetime, re
rows = json.load(open("h.json", encoding="utf-8"))
assert rows and all(r["at"].endswith("Z") and "T" in r["at"] for r in rows), rows[:1]
assert all(not r["what"].startswith(("finding.", "step.", "sample.")) for r in rows), [r["what"] for r in rows]
raise_row = next(r for r in rows if r["action"] == "finding.raise")
assert raise_row["what"] == "raised finding F-001", raise_row
assert any(c["field"] == "title" for c in raise_row["changes"]), raise_row
t = datetime.datetime.strptime(raise_row["at"][:19], "%Y-%m-%dT%H:%M:%S") + datetime.timedelta(hours=9)
en_when = f"{t.month}/{t.day}/{t.year} {(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
ja_when = f"{t.year}/{t.month:02d}/{t.day:02d} {t.hour}:{t.minute:02d}"
en = open("en.txt", encoding="utf-8").read()
ja = open("ja.txt", encoding="utf-8").read()
assert f"{en_when}  " in en and "raised finding F-001" in en.split(en_when, 1)[1].split("\n", 1)[0], (en_when, en[:400])
assert f"{ja_when}  " in ja, (ja_when, ja[:400])
assert raise_row["when"] == en_when, (raise_row["when"], en_when)
PY

# --full: every field whole, the stored code and entity on demand.
grep -q "When: " full.txt || fail "--full lacks When: $(head -5 full.txt)"
grep -q "Recorded as: finding.raise on item/9.2.5/finding/F-001" full.txt || fail "--full lacks the record: $(head -30 full.txt)"
grep -q "condition after: " full.txt || fail "--full lacks a field after: $(head -30 full.txt)"

# Bad input: a clear error, exit 64/1 family, nothing printed on stdout.
if ISMAP_LANG=en "$ISMAPCTL" history $WB 99.99 >out.txt 2>err.txt; then fail "unknown item accepted"; fi
[ -s err.txt ] || fail "no error for an unknown item"
echo "ok"
