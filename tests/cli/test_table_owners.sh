#!/usr/bin/env bash
# Every table has one owning module: SQL on a table outside its owner's folder fails unless it is a listed debt,
# and a paid debt must leave the list (tests/tools/table_owners.py). The self-test shows both failures are caught.
set -euo pipefail
python3 "$SOURCE_DIR/tests/tools/table_owners.py" --self-test
python3 "$SOURCE_DIR/tests/tools/table_owners.py" "$SOURCE_DIR"
