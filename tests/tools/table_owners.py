#!/usr/bin/env python3
"""Every table of the workbook has one owning module (a folder of core/); others ask it.

Reads the SQL in core/**/*.cpp (every FROM/JOIN/INSERT INTO/UPDATE/DELETE FROM naming a table) and compares it with
OWNERS below: an access from another folder fails, naming the file and line. workbook/Schema.cpp (DDL and
migrations) may touch every table, and every table it creates must have an owner here (a migration's temporary
copy, NAME_vN, excepted).
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
    "evidence": "fieldwork", "evidence_blob": "evidence", "evidence_chunk": "evidence", "evidence_link": "fieldwork",
}

EXEMPT = {"workbook/Schema.cpp"}

SCHEMA = "workbook/Schema.cpp"
CREATE_RE = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)")
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
        if rel.split("/")[0] == owner or rel in EXEMPT:
            continue
        problems.append(f"core/{rel}:{line}: SQL on table {table}, which module {owner}/ owns; ask it instead")
    schema = os.path.join(core, SCHEMA)
    if os.path.exists(schema):
        with open(schema, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                for table in CREATE_RE.findall(line):
                    if table not in OWNERS and not re.search(r"_v\d+$", table):
                        problems.append(f"core/{SCHEMA}:{no}: table {table} has no owner; add it to OWNERS in "
                                        "tests/tools/table_owners.py")
    return problems, len(seen)


def self_test():
    import tempfile
    d = tempfile.mkdtemp()
    os.makedirs(os.path.join(d, "core", "catalog"))
    os.makedirs(os.path.join(d, "core", "workbook"))
    with open(os.path.join(d, "core", "catalog", "X.cpp"), "w", encoding="utf-8") as f:
        f.write('db.prepare("SELECT id FROM catalog_item");\nq = "SELECT 1 FROM finding f WHERE";\n')
    with open(os.path.join(d, "core", SCHEMA), "w", encoding="utf-8") as f:
        f.write("CREATE TABLE finding (\nCREATE TABLE audit_memo (\nCREATE TABLE finding_v9 (\n")
    problems, _ = check(d)
    assert any(p.startswith("core/catalog/X.cpp:2: SQL on table finding") for p in problems), problems
    assert not any("catalog_item" in p for p in problems), problems
    assert any(p.startswith(f"core/{SCHEMA}:2: table audit_memo has no owner") for p in problems), problems
    assert len(problems) == 2, problems
    print("table owners self-test: 4 passed, 0 failed")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        sys.exit(0)
    problems, total = check(sys.argv[1] if len(sys.argv) > 1 else ".")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print(f"table owners: {total} (file, table) accesses, each by the table's owner; {len(OWNERS)} tables owned")
