#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_sync_package: small .ismapsync packages built by this independent implementation
of the format (ARCHITECTURE.md, "Team sync: package format (foundation)"), "signed" with the digest itself, which
the harness accepts. Usage: make_sync_seeds.py OUTPUT_DIR"""
import hashlib
import os
import struct
import sys


def text(s):
    b = s.encode()
    return struct.pack(">I", len(b)) + b


def record(kind, payload):
    return kind + struct.pack(">Q", len(payload)) + payload


def changeset():
    # one table "finding" (id INTEGER PRIMARY KEY, ref TEXT, title TEXT), one INSERT
    table = b"T" + bytes([3, 1, 0, 0]) + b"finding\0"
    values = b"\x01" + struct.pack(">q", (1 << 40) | 1)
    for v in (b"F-TA-001", "アクセス権の見直し漏れ".encode()):
        values += b"\x03" + bytes([len(v)]) + v
    return table + bytes([18, 0]) + values


def package(changesets, rows, evidence, signed=True):
    out = b"ISMAPSYN" + struct.pack(">HH", 1, 0)
    out += record(b"H", b"".join(text(s) for s in ("eng-1", "r-ta", "staff1", "ab" * 32, "2026-12-06T10:00:00Z")))
    for replica, first, last, blob in changesets:
        out += record(b"C", text(replica) + struct.pack(">QQ", first, last) + blob)
    prev = "0" * 64
    for seq, row in enumerate(rows, 1):
        h = hashlib.sha256(prev.encode() + row).hexdigest()
        out += record(b"T", text("r-ta") + struct.pack(">Q", seq) + text(prev) + text(h) + row)
        prev = h
    digest = hashlib.sha256(out)
    tail = b""
    for content in evidence:
        sha = hashlib.sha256(content).digest()
        head = b"E" + struct.pack(">Q", 32 + len(content)) + sha
        digest.update(head)  # the content is covered by its own SHA-256, not by the package digest
        tail += head + content
    out += tail
    d = digest.digest()
    return out + record(b"S", d + (d if signed else b""))


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    seeds = {
        "minimal": package([], [], []),
        "full": package([("r-ta", 1, 2, changeset()), ("r-ta", 3, 3, b""), ("r-lead", 1, 1, changeset())],
                        [b'["1","staff1","step.result"]', b'["2","staff1","finding.add"]'],
                        [b"minutes of the meeting", b"", bytes(range(256)) * 8]),
        "unsigned": package([("r-ta", 1, 1, changeset())], [], [b"x"], signed=False),
    }
    for name, data in seeds.items():
        with open(os.path.join(folder, name + ".ismapsync"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
