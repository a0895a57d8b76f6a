#!/usr/bin/env bash
# Builds the "fuzz" preset (clang, libFuzzer + ASan + UBSan) and runs every harness for SECONDS each.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [HARNESS...]     default: 30 s each, every fuzz_* harness
#
# New interesting inputs go to build-fuzz/fuzz-corpus/<name>/ (the checked-in seeds in tests/fuzz/corpus/<name>/
# are read, never written). A crash stops that harness, leaves build-fuzz/fuzz-artifacts/<name>/crash-* and makes
# the script exit 1 after the others have run. Set FUZZ_JOBS=2 to run two harnesses at a time, FUZZ_NICE=19 to
# stay out of other people's way.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
shift || true
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"

cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target fuzz_all -j "${FUZZ_BUILD_JOBS:-2}" | grep -E "error|warning: |FAILED" || true
[ -x build-fuzz/fuzz/fuzz_csv ] || { echo "run-fuzzers: the fuzz build failed" >&2; exit 2; }

if [ $# -gt 0 ]; then
    harnesses=("$@")
else
    harnesses=()
    for f in build-fuzz/fuzz/fuzz_*; do [ -x "$f" ] && harnesses+=("$(basename "$f")"); done
fi

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:allocator_may_return_null=1:abort_on_error=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LC_ALL=C.UTF-8 QT_LOGGING_RULES='*=false'

run_one() {
    local name="$1" short="${1#fuzz_}"
    local seeds="tests/fuzz/corpus/$short" work="build-fuzz/fuzz-corpus/$short" art="build-fuzz/fuzz-artifacts/$short"
    mkdir -p "$work" "$art"
    local dict=()
    [ -f "tests/fuzz/$short.dict" ] && dict=(-dict="tests/fuzz/$short.dict")
    local log="build-fuzz/fuzz-artifacts/$short.log"
    local start=$SECONDS rc=0
    nice -n "${FUZZ_NICE:-0}" "build-fuzz/fuzz/$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -max_len="${FUZZ_MAX_LEN:-262144}" -print_final_stats=1 -artifact_prefix="$art/" "${dict[@]}" \
        "$work" "$seeds" >"$log" 2>&1 || rc=$?
    local execs
    execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
    if [ "$rc" -eq 0 ]; then
        echo "fuzz $name: ${seconds}s, $execs runs, no crash (log $log)"
    else
        echo "fuzz $name: FAILED (exit $rc) after $((SECONDS - start))s — see $log and $art/" >&2
        grep -E "ERROR: |SUMMARY: |runtime error" "$log" | head -5 >&2 || true
    fi
    return "$rc"
}

failed=0
jobs_max="${FUZZ_JOBS:-1}"
pids=()
names=()
for h in "${harnesses[@]}"; do
    run_one "$h" &
    pids+=($!)
    names+=("$h")
    if [ "${#pids[@]}" -ge "$jobs_max" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit "$failed"
