#!/usr/bin/env bash
# The one benchmark command (issue 6, point 2):
#
#   tests/bench/run-benchmarks.sh [--quick] [--runs N]
#
# Builds the release preset, builds (once, then reuses) an engagement-scale workbook with bench_scale, and prints one
# JSON line per figure — {"figure", "median", "min", "max", "unit", "runs", "target", "pass", "peak_rss_mib"} — also
# written to build-release/benchmarks.jsonl. Figures: workbook open (core and `ismapctl status`), evidence import
# throughput and its ratio to sha256sum on the same file, verify throughput and ratio, report render time and pages,
# signing and verification time, and whatever the other bench_* programs print (desktop window ready, filter
# keystroke, item selection, imports). A figure over its target is marked "pass": false; the command itself never
# fails because a machine is slow (exit 0 unless something does not build or run).
# --quick: a 64 MiB evidence file instead of 1 GiB, 3 runs; bench programs with --small; the scale workbook as usual.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
quick=0
runs=5
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1; runs=3 ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: $0 [--quick] [--runs N]" >&2; exit 64 ;;
    esac
    shift
done
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 ISMAP_LANG=en

cmake --preset release >/dev/null
cmake --build build-release -j "${BENCH_BUILD_JOBS:-2}" | grep -E "error|FAILED" || true
B=$root/build-release
I=$B/bin/ismapctl
[ -x "$I" ] || { echo "run-benchmarks: the release build failed" >&2; exit 2; }
OUT=$B/benchmarks.jsonl
DATA=$B/bench-data
W=$(mktemp -d "$B/bench-run.XXXXXX")
trap 'rm -rf "$W"' EXIT
mkdir -p "$DATA"
: >"$OUT"

# measure NAME UNIT TARGET(-|<x|>x) [--per BYTES] -- CMD...: runs CMD $runs times (a "--prep CMD" runs before each),
# records wall time and the peak RSS of each run, prints and appends one JSON line.
measure() {
    python3 - "$OUT" "$runs" "$@" <<'PY'
import json, os, resource, subprocess, sys, time
out, runs, name, unit, target = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rest = sys.argv[6:]
per = None
prep = None
while rest and rest[0] != "--":
    if rest[0] == "--per": per = float(rest[1]); rest = rest[2:]
    elif rest[0] == "--prep": prep = rest[1]; rest = rest[2:]
    else: rest = rest[1:]
cmd = rest[1:]
vals, rss = [], []
for _ in range(runs):
    if prep: subprocess.run(prep, shell=True, check=True)
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.setsid()
        fd = os.open(os.devnull, os.O_WRONLY); os.dup2(fd, 1); os.dup2(fd, 2)
        os.execvp(cmd[0], cmd)
    _, status, ru = os.wait4(pid, 0)
    dt = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        print(json.dumps({"figure": name, "error": "exit %d" % os.waitstatus_to_exitcode(status), "command": " ".join(cmd)}))
        sys.exit(0)
    rss.append(ru.ru_maxrss / 1024.0)
    if unit == "ms": vals.append(dt * 1000)
    elif unit == "s": vals.append(dt)
    elif unit == "MiB/s": vals.append(per / 1048576.0 / dt)
    else: vals.append(dt)
vals.sort()
rec = {"figure": name, "median": round(vals[len(vals) // 2], 3), "min": round(vals[0], 3), "max": round(vals[-1], 3),
       "unit": unit, "runs": runs, "target": target, "peak_rss_mib": round(max(rss), 1)}
if target.startswith("<"): rec["pass"] = rec["median"] < float(target[1:])
elif target.startswith(">"): rec["pass"] = rec["median"] > float(target[1:])
print(json.dumps(rec, ensure_ascii=False))
open(out, "a").write(json.dumps(rec, ensure_ascii=False) + "\n")
PY
}
# emit JSON: appends and prints a ready-made record
emit() { echo "$1" | tee -a "$OUT"; }
# ratio NAME A B TARGET: a figure that is the ratio of two earlier medians (A / B)
ratio() {
    python3 - "$OUT" "$@" <<'PY'
import json, sys
out, name, a, b, target = sys.argv[1:6]
recs = {}
for l in open(out):
    try:
        r = json.loads(l); recs[r.get("figure")] = r
    except Exception: pass
if a in recs and b in recs and "median" in recs[a] and "median" in recs[b] and recs[b]["median"]:
    v = recs[a]["median"] / recs[b]["median"]
    rec = {"figure": name, "median": round(v, 3), "min": round(recs[a]["min"] / recs[b]["max"], 3),
           "max": round(recs[a]["max"] / recs[b]["min"], 3), "unit": "x", "target": target,
           "pass": v > float(target[1:]) if target.startswith(">") else None}
    print(json.dumps(rec)); open(out, "a").write(json.dumps(rec) + "\n")
PY
}

# --- the engagement-scale workbook (bench_scale: built once, reused) ------------------------------------------------
SCALE=$DATA/scale.ismapwb
if [ ! -f "$SCALE" ] || [ "$SCALE" -ot "$B/bench/bench_scale" ]; then
    rm -f "$SCALE" "$SCALE-wal" "$SCALE-shm"
    echo "building the engagement-scale workbook (a few minutes) ..." >&2
fi
"$B/bench/bench_scale" --out "$SCALE" | tee -a "$OUT"

# --- workbook open to ready (CLI, includes process start) ----------------------------------------------------------
measure workbook_open_status_cli ms "<1000" -- "$I" status "$SCALE" --json

# --- evidence import and verify vs sha256sum ----------------------------------------------------------------------
size_mib=$([ $quick = 1 ] && echo 64 || echo 1024)
head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$W/evidence.bin"
bytes=$((size_mib * 1024 * 1024))
"$I" new "$W/ev.ismapwb" --csp Bench --service Bench --period 2025-04-01..2026-03-31 >/dev/null
"$I" team add "$W/ev.ismapwb" alice --role staff >/dev/null
cp "$W/ev.ismapwb" "$W/ev-template.ismapwb"
measure sha256sum_mib_s MiB/s - --per $bytes -- sha256sum "$W/evidence.bin"
measure evidence_import_mib_s MiB/s - --per $bytes \
    --prep "rm -f $W/ev.ismapwb $W/ev.ismapwb-wal $W/ev.ismapwb-shm; cp $W/ev-template.ismapwb $W/ev.ismapwb" \
    -- env ISMAP_MEMBER=alice "$I" evidence add "$W/ev.ismapwb" --item 5.1.1 "$W/evidence.bin"
ratio evidence_import_ratio_to_sha256sum evidence_import_mib_s sha256sum_mib_s ">1.5"
measure verify_mib_s MiB/s - --per $bytes -- "$I" verify "$W/ev.ismapwb"
ratio verify_ratio_to_sha256sum verify_mib_s sha256sum_mib_s ">1.5"
rm -f "$W/evidence.bin"
measure verify_scale_workbook_s s - -- "$I" verify "$SCALE"

# --- report, signing, verification --------------------------------------------------------------------------------
if "$I" --help | grep -q "^  report "; then
    measure report_render_s s "<10" -- "$I" report "$SCALE" -o "$W/report.pdf" --lang both
    if command -v pdfinfo >/dev/null && [ -f "$W/report.pdf" ]; then
        pages=$(pdfinfo "$W/report.pdf" | awk '/^Pages:/ {print $2}')
        emit "{\"figure\": \"report_pages\", \"median\": $pages, \"min\": $pages, \"max\": $pages, \"unit\": \"pages\", \"target\": \"-\"}"
    fi
fi
if "$I" --help | grep -q "^  verify-report " && [ -f "$W/report.pdf" ]; then
    # A signed copy (the locally generated DEMO signer), then its verification against the demo CA.
    if "$I" report "$SCALE" -o "$W/signed.pdf" --lang both --demo-signer "$W/pki" >/dev/null 2>&1; then
        ca=$(find "$W/pki" -name '*ca*.pem' | head -1)
        measure verify_report_signed_ms ms "<100" -- "$I" verify-report "$W/signed.pdf" ${ca:+--ca "$ca"} || true
    else
        emit '{"figure": "verify_report_signed_ms", "error": "the signed demo report could not be written"}'
    fi
fi

# --- the other helpers' bench programs (their own JSON lines are kept; text lines are recorded as text) -------------
for b in "$B"/bench/bench_*; do
    [ -x "$b" ] || continue
    name=$(basename "$b")
    [ "$name" = bench_scale ] && continue
    small=()
    [ $quick = 1 ] && small=(--small)
    set +e
    # bench programs that take a workbook get the engagement-scale one; otherwise they build their own data
    "$b" "${small[@]}" --workbook "$SCALE" >"$W/$name.out" 2>"$W/$name.err" ||
        "$b" "${small[@]}" >"$W/$name.out" 2>"$W/$name.err" ||
        echo "{\"bench\": \"$name\", \"error\": \"exit $?\"}" >"$W/$name.out"
    set -e
    python3 - "$OUT" "$name" "$W/$name.out" <<'PY'
import json, sys
out, name, path = sys.argv[1:4]
with open(out, "a") as o:
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if not line.strip(): continue
        try:
            rec = json.loads(line)
            rec.setdefault("bench", name)
        except Exception:
            rec = {"bench": name, "text": line}
        s = json.dumps(rec, ensure_ascii=False)
        print(s); o.write(s + "\n")
PY
done
echo "run-benchmarks: $(wc -l <"$OUT") lines in $OUT" >&2
