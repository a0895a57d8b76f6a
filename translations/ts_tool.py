#!/usr/bin/env python3
"""Maintenance of the .ts files after `cmake --build build --target update_translations`.

  ts_tool.py fill-en            English: translation = source text (the source strings are English)
  ts_tool.py unfinished-ja      list the Japanese entries still unfinished, as JSON {context: [source, ...]}
  ts_tool.py apply-ja FILE.json set Japanese translations from {context: {source: translation}}
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(lang):
    path = HERE / f"ismap_workbench_{lang}.ts"
    return path, ET.parse(path)


def save(path, tree):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def set_translation(msg, text):
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        ET.SubElement(tr, "numerusform").text = text
    else:
        tr.text = text
    tr.attrib.pop("type", None)


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "fill-en":
        path, tree = load("en")
        for _, msg in messages(tree):
            set_translation(msg, msg.findtext("source"))
        save(path, tree)
    elif cmd == "unfinished-ja":
        _, tree = load("ja")
        out = {}
        for ctx, msg in messages(tree):
            if msg.find("translation").get("type") == "unfinished":
                out.setdefault(ctx, []).append(msg.findtext("source"))
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif cmd == "apply-ja":
        table = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        path, tree = load("ja")
        missing = 0
        for ctx, msg in messages(tree):
            t = table.get(ctx, {}).get(msg.findtext("source"))
            if t:
                set_translation(msg, t)
            elif msg.find("translation").get("type") == "unfinished":
                missing += 1
        save(path, tree)
        print(f"unfinished left: {missing}")
    else:
        print(__doc__)
        sys.exit(64)


if __name__ == "__main__":
    main()
