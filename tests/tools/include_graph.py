#!/usr/bin/env python3
"""The layers of core/ as declared and as included.

core/CMakeLists.txt declares each layer with ismap_layer(NAME DEPENDS <layers below> SOURCES <files>). This
checks, from the sources themselves, that the declaration holds:
  - every .h/.cpp under core/ is listed in the SOURCES of exactly one layer, the one named after its folder;
  - the declared DEPENDS graph has no cycle and names only declared layers;
  - every `#include "folder/..."` of a core folder points to the file's own folder or to a layer its layer
    depends on (directly or through the layers below) — an upward or sideways edge is named by file and line;
  - the folder graph derived from the #include lines alone has no cycle (each edge of a cycle is named).
Usage: include_graph.py SOURCE_DIR    (exit 1 and one line per problem on failure)
       include_graph.py --self-test   (shows that each kind of problem is caught)
"""
import os
import re
import sys
import tempfile

LAYER_RE = re.compile(r"^ismap_layer\(\s*(\w+)(.*?)\)", re.S | re.M)
INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([A-Za-z_]+)/([^"]+)"')


def parse_layers(cmake_text):
    layers = {}
    for m in LAYER_RE.finditer(cmake_text):
        name, body = m.group(1), re.sub(r"#[^\n]*", "", m.group(2))
        section, parts = None, {"DEPENDS": [], "SOURCES": [], "LIBS": []}
        for word in body.split():
            if word in parts:
                section = word
            elif section:
                parts[section].append(word)
        layers[name] = {"depends": parts["DEPENDS"], "sources": parts["SOURCES"]}
    return layers


def find_cycle(graph):
    """One cycle of the graph as a list of nodes (first == last), or None."""
    colour, stack = {}, []

    def visit(node):
        colour[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if colour.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if colour.get(nxt) is None:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        colour[node] = 2
        return None

    for node in sorted(graph):
        if colour.get(node) is None:
            found = visit(node)
            if found:
                return found
    return None


def check(source_dir):
    core = os.path.join(source_dir, "core")
    with open(os.path.join(core, "CMakeLists.txt"), encoding="utf-8") as f:
        layers = parse_layers(f.read())
    problems = []
    if not layers:
        return ["core/CMakeLists.txt: no ismap_layer(...) declarations found"]

    for name, layer in layers.items():
        for dep in layer["depends"]:
            if dep not in layers:
                problems.append(f"core/CMakeLists.txt: layer {name} depends on {dep}, which is not a layer")
    declared = {name: set(l["depends"]) & set(layers) for name, l in layers.items()}
    cycle = find_cycle(declared)
    if cycle:
        problems.append("core/CMakeLists.txt: the declared layers form a cycle: " + " -> ".join(cycle))
        return problems

    below = {}

    def reach(name):
        if name not in below:
            below[name] = set()
            for dep in declared[name]:
                below[name] |= {dep} | reach(dep)
        return below[name]

    listed = {}
    for name, layer in layers.items():
        for src in layer["sources"]:
            listed.setdefault(src, []).append(name)
            if not os.path.exists(os.path.join(core, src)):
                problems.append(f"core/CMakeLists.txt: layer {name} lists {src}, which does not exist")

    folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
    edges = {}
    for folder in folders:
        for root, _, files in os.walk(os.path.join(core, folder)):
            for fname in sorted(files):
                if not fname.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(root, fname)
                rel = os.path.relpath(path, core)
                owners = listed.get(rel, [])
                if owners != [folder]:
                    where = ", ".join(owners) if owners else "no layer"
                    problems.append(f"core/{rel}: listed in {where}; it belongs to layer {folder} (its folder) "
                                    "and nowhere else")
                with open(path, encoding="utf-8") as f:
                    for line_no, line in enumerate(f, 1):
                        m = INCLUDE_RE.match(line)
                        if not m or m.group(1) == folder or m.group(1) not in folders:
                            continue
                        target = m.group(1)
                        edges.setdefault(folder, {}).setdefault(target, (rel, line_no))
                        if folder in layers and target not in reach(folder):
                            kind = "upward" if target in layers and folder in reach(target) else "undeclared"
                            problems.append(f"core/{rel}:{line_no}: includes \"{target}/{m.group(2)}\" — an "
                                            f"{kind} edge: layer {folder} does not depend on {target}")
    cycle = find_cycle({a: set(b) for a, b in edges.items()})
    if cycle:
        hops = []
        for a, b in zip(cycle, cycle[1:]):
            rel, line_no = edges[a][b]
            hops.append(f"{a} -> {b} (core/{rel}:{line_no})")
        problems.append("include cycle between folders of core/: " + ", ".join(hops))
    return problems


def self_test():
    def tree(files):
        d = tempfile.mkdtemp()
        for rel, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
            with open(os.path.join(d, rel), "w", encoding="utf-8") as f:
                f.write(text)
        return d

    cmake = ("ismap_layer(low\n    SOURCES low/A.h)\n"
             "ismap_layer(high\n    DEPENDS low\n    SOURCES high/B.h)\n")
    good = tree({"core/CMakeLists.txt": cmake, "core/low/A.h": "#pragma once\n",
                 "core/high/B.h": '#include "low/A.h"\n'})
    assert check(good) == [], check(good)
    upward = tree({"core/CMakeLists.txt": cmake, "core/low/A.h": '#pragma once\n#include "high/B.h"\n',
                   "core/high/B.h": '#include "low/A.h"\n'})
    found = check(upward)
    assert any(p.startswith("core/low/A.h:2:") and "upward" in p for p in found), found
    assert any("include cycle" in p and "core/low/A.h:2" in p for p in found), found
    unlisted = tree({"core/CMakeLists.txt": cmake, "core/low/A.h": "", "core/high/B.h": "", "core/high/C.cpp": ""})
    assert any(p.startswith("core/high/C.cpp: listed in no layer") for p in check(unlisted)), check(unlisted)
    circular = tree({"core/CMakeLists.txt": cmake.replace("ismap_layer(low\n", "ismap_layer(low\n    DEPENDS high\n"),
                     "core/low/A.h": "", "core/high/B.h": ""})
    assert any("declared layers form a cycle" in p for p in check(circular)), check(circular)
    print("include graph self-test: 4 passed, 0 failed")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        sys.exit(0)
    problems = check(sys.argv[1] if len(sys.argv) > 1 else ".")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print("include graph: every include between folders of core/ follows the declared layers; no cycle")
