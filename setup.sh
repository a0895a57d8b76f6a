#!/usr/bin/env bash
# ISMAP Audit Workbench — the one setup helper behind the README's two commands.
#   ./setup.sh demo   install what is missing, build, create the demo engagement and open it
#   ./setup.sh test   install what is missing, build and run every test
set -euo pipefail
cd "$(dirname "$0")"
# ccache: paths relative to the checkout and no working directory in the hash, so a fresh clone anywhere
# reuses the objects an earlier build of the same sources left.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  qt6-translations-l10n qt6-pdf-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev libminizip-dev
  libssl-dev openssl zlib1g-dev libpodofo-dev libsqlite3-dev sqlite3 fonts-noto-cjk fonts-ipaexfont libgl-dev
  libxlsxwriter-dev python3-openpyxl poppler-utils qpdf libnss3-tools xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  desktop-file-utils appstream clang clang-format libclang-rt-14-dev python3 file
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local preset="$1"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

case "${1:-}" in
  demo)
    install_missing
    build default
    out="${ISMAP_DEMO_DIR:-$PWD/build/demo}"
    mkdir -p "$out"
    wb="$out/demo.ismapwb"
    rm -f "$wb" "$wb-wal" "$wb-shm"   # the demo is regenerated each time; user files are never touched
    ./build/bin/ismapctl demo "$wb"
    ./build/bin/ismapctl status "$wb"
    # The signed demo report: a DEMO CA and signer generated on this machine (build/demo/demo-pki).
    ./build/bin/ismapctl report "$wb" -o "$out/demo-report.pdf" --lang both --demo-signer "$out/demo-pki"
    echo
    echo "Demo workbook: $wb"
    for f in "$out"/*.pdf; do [ -e "$f" ] && echo "Demo report:   $f"; done
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec ./build/bin/ismap-workbench "$wb"
    else
      echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): not starting the desktop app."
      echo "On a desktop, run: ./build/bin/ismap-workbench $wb"
    fi
    ;;
  test)
    install_missing
    build default
    ctest --preset default
    # The same suite again under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (halts on the first
    # report; ASAN_OPTIONS/UBSAN_OPTIONS/LSAN_OPTIONS come from the asan-ubsan test preset). A unity build at -O1
    # keeps it affordable; ISMAP_SANITIZERS=0 skips it.
    if [ "${ISMAP_SANITIZERS:-1}" != 0 ]; then
      build asan-ubsan
      ctest --preset asan-ubsan
    fi
    # libFuzzer harnesses (clang, the fuzz preset): each replays its corpus and fuzzes for ISMAP_FUZZ_SECONDS
    # (default 30), two at a time; ISMAP_FUZZ_SECONDS=0 skips them.
    if [ "${ISMAP_FUZZ_SECONDS:-30}" != 0 ]; then
      FUZZ_JOBS=2 tests/fuzz/run-fuzzers.sh "${ISMAP_FUZZ_SECONDS:-30}"
    fi
    ;;
  *)
    echo "usage: $0 demo|test" >&2
    exit 64
    ;;
esac
