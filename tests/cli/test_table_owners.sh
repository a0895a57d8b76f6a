#!/usr/bin/env bash
# Every table has one owning module: SQL on a table outside its owner's folder fails, and so does a table the schema
# creates without an owner (tests/tools/table_owners.py). The self-test shows both failures are caught.
set -euo pipefail
python3 "$SOURCE_DIR/tests/tools/table_owners.py" --self-test
python3 "$SOURCE_DIR/tests/tools/table_owners.py" "$SOURCE_DIR"
