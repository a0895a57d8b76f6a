#!/usr/bin/env bash
# The engine/UI split the architecture depends on: core/ never includes a Widgets header,
# neither ui/ nor app/ (the CLI) runs SQL (they call the engine), and ismap_core does not link Qt Widgets. No feature folder of ui/
# shares a name with a folder of core/: both are include roots, so "report/X.h" would not say which it is.
# Only core/database (and core/sync, for the session extension) call SQLite's C API; the layers above ask Database.
set -euo pipefail
cd "$SOURCE_DIR"
fail=0
if grep -rnE '#include *<(QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QAbstractButton|QLabel|QTreeView)' core; then
  echo "FAIL: core/ includes a Widgets header (above)"; fail=1
fi
if grep -rnE 'sqlite3|QSql|\.prepare\(|\bQuery\b|->db\(\)|\.db\(\)' ui app; then
  echo "FAIL: ui/ or app/ touches SQL (above)"; fail=1
fi
if grep -nE 'Qt6::Widgets|Qt::Widgets' core/CMakeLists.txt; then
  echo "FAIL: ismap_core links Widgets"; fail=1
fi
if grep -rnE 'sqlite3|handle\(\)' core app --include='*.cpp' --include='*.h' \
    | grep -vE '^core/(database|sync)/|^core/platform/FileHints\.cpp:.*file\.handle\(\)'; then
  echo "FAIL: SQLite's C API used above core/database (above): add the operation to Database"; fail=1
fi
for d in ui/*/; do
  d=$(basename "$d")
  if [ -d "core/$d" ]; then
    echo "FAIL: ui/$d/ has the name of core/$d/"; fail=1
  fi
done
[ "$fail" -eq 0 ] && echo "layering: 5 passed, 0 failed"
exit "$fail"
