#!/usr/bin/env bash
# Team sync (issue 15): the memory of `ismapctl sync import` as its own process, for packages of growing evidence
# size (flat memory: the peak must not grow with the package; target < 64 MiB), beside `sha256sum` on the same bytes.
# Usage: ISMAPCTL=build/bin/ismapctl SOURCE_DIR=. bash tests/bench/bench_sync_memory.sh [MiB...]   (default: 25 100 400)
set -Eeuo pipefail
: "${ISMAPCTL:?}" "${SOURCE_DIR:?}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25 100 400)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
export ISMAP_KEY_DIR="$T/keys" LC_ALL=C.UTF-8 ISMAP_LANG=en
# shellcheck source=../cli/keys.sh
source "$SOURCE_DIR/tests/cli/keys.sh"
figure() { printf '{"bench": "bench_sync_memory", "figure": "%s", "value": %s, "unit": "%s"}\n' "$1" "$2" "$3"; }
for mib in "${sizes[@]}"; do
    rm -rf w && mkdir w && cd w
    "$ISMAPCTL" new lead.ismapwb --csp "Bench CSP" --service "Cloud" --period 2025-04-01..2026-03-31 >/dev/null
    "$ISMAPCTL" team add lead.ismapwb lead1 --role lead >/dev/null
    "$ISMAPCTL" team add lead.ismapwb alice --role staff --as lead1 >/dev/null
    give_keys lead.ismapwb lead1 lead1 alice
    "$ISMAPCTL" statement import lead.ismapwb "$SOURCE_DIR/tests/data/statement/good-utf8.csv" --as lead1 >/dev/null
    "$ISMAPCTL" replica create lead.ismapwb -o alice.ismapwb --for alice --as lead1 >/dev/null
    # The evidence in files of 5 MiB of random bytes, added on alice's replica.
    files=()
    for ((i = 0; i * 5 < mib; i++)); do
        head -c $((5 << 20)) /dev/urandom >"e$i.bin"
        files+=("e$i.bin")
    done
    "$ISMAPCTL" evidence add alice.ismapwb --item 4.5.2.2 "${files[@]}" --as alice >/dev/null
    "$ISMAPCTL" sync export alice.ismapwb -o p.ismapsync --for 0 --as alice --passphrase-stdin <<<"pass-alice" >/dev/null
    /usr/bin/time -f '%M %e' -o sum.txt sha256sum "${files[@]}" >/dev/null
    /usr/bin/time -f '%M %e' -o imp.txt "$ISMAPCTL" sync import lead.ismapwb p.ismapsync --as lead1 >/dev/null
    read -r sumKb sumS <sum.txt
    read -r impKb impS <imp.txt
    figure "import_${mib}mib_peak_rss_mib" "$(awk -v k="$impKb" 'BEGIN { printf "%.1f", k / 1024 }')" "MiB"
    figure "import_${mib}mib_s" "$impS" "s (whole process)"
    figure "sha256sum_${mib}mib_s" "$sumS" "s (peak $(awk -v k="$sumKb" 'BEGIN { printf "%.1f", k / 1024 }') MiB)"
    cd ..
done
