#!/usr/bin/env bash
# Every C++ source and header is formatted by the project's .clang-format (120 columns), so a diff shows only what
# changed. Names each file clang-format would change; fix with `clang-format -i FILE`.
set -euo pipefail
cd "$SOURCE_DIR"
command -v clang-format >/dev/null || { echo "FAIL: clang-format is not installed (./setup.sh installs it)"; exit 1; }
mapfile -t files < <(find core ui app tests -name '*.cpp' -o -name '*.h' | grep -v '/corpus/' | sort)
bad=()
for f in "${files[@]}"; do
  if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'FAIL: not formatted: %s\n' "${bad[@]}"
  exit 1
fi
echo "format: ${#files[@]} files formatted by .clang-format"
