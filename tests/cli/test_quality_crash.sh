#!/usr/bin/env bash
# Short crash-consistency run for ctest: 20 SIGKILLs at random moments (the full run: crash-consistency.sh 200).
set -euo pipefail
: "${ISMAPCTL:?}" "${TEST_DATA:?}"
exec bash "$(dirname "$0")/crash-consistency.sh" "${ISMAP_CRASH_RUNS:-20}"
