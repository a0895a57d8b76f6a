#!/usr/bin/env bash
# The layers of core/ hold: the folder graph derived from the #include lines follows the ismap_layer(... DEPENDS)
# declarations of core/CMakeLists.txt, without cycles or upward edges (tests/tools/include_graph.py). The
# self-test first shows that an upward include, a cycle, an unlisted file and a cyclic declaration are caught.
set -euo pipefail
python3 "$SOURCE_DIR/tests/tools/include_graph.py" --self-test
python3 "$SOURCE_DIR/tests/tools/include_graph.py" "$SOURCE_DIR"
