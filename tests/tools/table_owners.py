#!/usr/bin/env python3
"""Every table of the workbook has one owning module (a folder of core/); others ask it.

Reads the SQL in core/**/*.cpp (every FROM/JOIN/INSERT INTO/UPDATE/DELETE FROM naming a table) and compares it with
OWNERS below. An access from another folder fails the test unless it is a known debt (KNOWN_DEBTS, each a
(file, table) pair still to be moved behind the owner's API); a known debt that no longer exists fails too, so the
list only shrinks. workbook/Schema.cpp (DDL and migrations) may touch every table.
Usage: table_owners.py SOURCE_DIR | --self-test
"""
import os
import re
import sys

OWNERS = {
    "engagement": "workbook", "team_member": "workbook", "search_index": "workbook", "member_key": "workbook",
    "trail": "trail", "trail_head": "trail", "trail_change": "trail", "row_stamp": "trail",
    "replica": "workbook", "replica_self": "workbook", "sync_conflict": "replication", "sync_exchange": "replication",
    "catalog_item": "catalog",
    "statement_item": "statement", "statement_info": "statement",
    "procedure_step": "fieldwork", "sample_set": "fieldwork", "sample_item": "fieldwork", "finding": "fieldwork",
    "review_note": "fieldwork", "signoff": "fieldwork", "item_plan": "fieldwork", "request": "fieldwork",
    "request_evidence": "fieldwork", "engagement_signoff": "fieldwork", "lock_signature": "fieldwork",
    "engagement_unlock": "fieldwork", "report_issue": "engagement",
    "evidence": "evidence", "evidence_blob": "evidence", "evidence_chunk": "evidence", "evidence_link": "fieldwork",
}

EXEMPT = {"workbook/Schema.cpp"}

# (file, table): reads or writes of another module's table not yet behind the owner's API (issue 11, point 2).
KNOWN_DEBTS = {
    ("fieldwork/Requests.cpp", "evidence"), ("fieldwork/Review.cpp", "evidence"),
}

SQL_RE = r"\b(?:FROM|JOIN|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+{}\b"


def accesses(core):
    found = {}
    for root, _, files in os.walk(core):
        for fname in sorted(files):
            if not fname.endswith(".cpp"):
                continue
            rel = os.path.relpath(os.path.join(root, fname), core)
            with open(os.path.join(root, fname), encoding="utf-8") as f:
                lines = f.read().split("\n")
            for table in OWNERS:
                pattern = re.compile(SQL_RE.format(table))
                for no, line in enumerate(lines, 1):
                    if pattern.search(line):
                        found.setdefault((rel, table), no)
                        break
    return found


def check(source_dir):
    core = os.path.join(source_dir, "core")
    problems = []
    seen = accesses(core)
    for (rel, table), line in sorted(seen.items()):
        owner = OWNERS[table]
        if rel.split("/")[0] == owner or rel in EXEMPT or (rel, table) in KNOWN_DEBTS:
            continue
        problems.append(f"core/{rel}:{line}: SQL on table {table}, which module {owner}/ owns; ask it instead")
    for rel, table in sorted(KNOWN_DEBTS - set(seen)):
        problems.append(f"tests/tools/table_owners.py: the debt ({rel}, {table}) is paid; remove it from "
                        "KNOWN_DEBTS")
    return problems, len(seen), len(KNOWN_DEBTS & set(seen))


def self_test():
    import tempfile
    d = tempfile.mkdtemp()
    os.makedirs(os.path.join(d, "core", "catalog"))
    with open(os.path.join(d, "core", "catalog", "X.cpp"), "w", encoding="utf-8") as f:
        f.write('db.prepare("SELECT id FROM catalog_item");\nq = "SELECT 1 FROM finding f WHERE";\n')
    problems, _, _ = check(d)
    assert any(p.startswith("core/catalog/X.cpp:2: SQL on table finding") for p in problems), problems
    assert not any("catalog_item" in p and p.startswith("core/") for p in problems), problems
    assert any("is paid" in p for p in problems), problems
    print("table owners self-test: 3 passed, 0 failed")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        sys.exit(0)
    problems, total, debts = check(sys.argv[1] if len(sys.argv) > 1 else ".")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print(f"table owners: {total} (file, table) accesses; {debts} known debts left, no new one")
