#!/usr/bin/env python3
"""Writes the population-list (母集団リスト) fixtures under tests/data/population/.

Run from anywhere: /usr/bin/python3 tests/data/make_population_fixtures.py (needs python3-openpyxl)
The files are committed; tests/cli/test_population_list.sh reads them.
"""
import csv
import io
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "population")


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def ledger_rows(n):
    rows = [["チケット番号", "件名", "起票日", "承認者"]]
    for i in range(1, n + 1):
        subject = f"アクセス権変更 #{i}"
        if i == 7:
            subject = "ファイアウォール規則の変更, 緊急"  # a comma inside a quoted cell
        if i == 12:
            subject = "二行の件名\n（続き）"  # a line break inside a quoted cell
        rows.append([f"CHG-{1000 + i}", subject, f"2025-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}", "山田"])
    return rows


def to_csv(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ledger_rows(40)
    text = to_csv(rows[:21]) + "\r\n" + to_csv(rows[21:])  # an empty line in the middle is no record
    write("good-ledger-cp932.csv", text.encode("cp932"))
    write("good-ledger-utf8-bom.csv", b"\xef\xbb\xbf" + to_csv(ledger_rows(25)).encode("utf-8"))
    # Written by openpyxl (python3-openpyxl), as another program than ours would write it.
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "台帳"
    for r in ledger_rows(30):
        ws.append(r)
    wb.save(os.path.join(OUT, "good-ledger.xlsx"))
    write("bad-empty.csv", b"")
    write("bad-header-only.csv", "チケット番号,件名\r\n".encode("utf-8"))
    write("bad-binary.csv", bytes(range(256)) * 16)
    write("bad-wrong-encoding.csv", "id,name\n1,Caf\xe9 r\xe9serv\xe9\n2,na\xefve\n".encode("latin-1"))
    write("bad-long-record.csv", ("id,text\r\n1,short\r\n2," + "長" * 20000 + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
