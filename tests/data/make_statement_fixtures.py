#!/usr/bin/env python3
"""Writes the statement (言明書) fixtures under tests/data/statement/.

Run from anywhere: python3 tests/data/make_statement_fixtures.py
The files are committed; rerun only when this script changes. IDs come from
resources/catalog/ismap-2022-skeleton.csv (every statement item there is mandatory,
so every out-of-scope row carries a reason unless a fixture tests exactly that).
The expected counts in tests/unit/tst_statementimport.cpp follow from this script.
"""
import csv
import io
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_xlsx_fixtures import write_xlsx  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "statement")


def skeleton_ids():
    with open(os.path.join(ROOT, "resources", "catalog", "ismap-2022-skeleton.csv"), encoding="utf-8") as f:
        return [r["id"] for r in csv.DictReader(f) if r["level"] in ("objective", "detailed")]


IDS = skeleton_ids()
assert len(IDS) == 261, len(IDS)

FREQ_JA = ["年次", "年1回", "半期", "四半期", "月次", "週次", "日次", "毎日", "1日複数回", "随時", "都度", "変更時", ""]
FREQ_EN = ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "multiple daily", "event-driven", ""]


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def to_csv(rows, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def fullwidth(s):
    """Full-width digits and dots, as Excel exports from Japanese templates often carry."""
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or c == ".") else c for c in s)


def good_utf8():
    # Title rows above the header; 60 items: 50 in scope, 10 out of scope with reasons.
    rows = [["言明書（テスト用）", "", "", "", "", ""], ["サービス名: サンプルクラウド", "", "", "", "", ""], [],
            ["管理策番号", "採否", "非採用理由", "実施内容", "頻度", "母集団"]]
    for i, item in enumerate(IDS[:60]):
        if i % 6 == 5:
            rows.append([item, "×", "当サービスでは該当する業務がないため", "", "", ""])
        else:
            rows.append([item, "○", "", f"{item} の統制を実施している。", FREQ_JA[i % len(FREQ_JA)], str(10 + i)])
    write("good-utf8.csv", to_csv(rows).encode("utf-8"))


def good_utf8_bom():
    # Different Japanese header words; 40 items from the controls part: 35 in scope, 5 out.
    rows = [["番号", "適用", "理由", "統制の記述", "実施頻度", "母集団"]]
    items = [i for i in IDS if int(i.split(".")[0]) >= 5][:40]
    for i, item in enumerate(items):
        if i % 8 == 7:
            rows.append([item, "対象外", "物理拠点を持たないため", "", "", ""])
        else:
            rows.append([item, "対象", "", "規程に基づき実施", "月次", "1,234"])
    write("good-utf8-bom.csv", b"\xef\xbb\xbf" + to_csv(rows).encode("utf-8"))


def good_cp932():
    # Shift_JIS with CRLF, full-width IDs, ○/×/－ marks, full-width and approximate populations.
    rows = [["項番", "対象", "対象外理由", "実施内容", "実施頻度", "母集団"]]
    items = IDS[100:130]  # 30 items: 20 ○, 5 ×, 5 －
    for i, item in enumerate(items):
        if i % 6 == 4:
            rows.append([fullwidth(item), "×", "該当する資産を保有しない", "", "", ""])
        elif i % 6 == 5:
            rows.append([fullwidth(item), "－", "クラウド事業者の責任範囲外", "", "", "－"])
        else:
            pop = ["１，２３４", "約120件", "４５", "12"][i % 4]
            rows.append([" " + fullwidth(item) + " ", "○", "", "手順書に従い実施", "四半期", pop])
    write("good-cp932-crlf.csv", to_csv(rows, crlf=True).encode("cp932"))


def good_multiline():
    # Quoted cells holding commas, quotes and line breaks; trailing empty rows (blank lines and empty cells).
    rows = [["ID", "採否", "理由", "実施内容", "頻度", "母集団"]]
    for i, item in enumerate(IDS[200:220]):  # 20 items, all in scope
        rows.append([item, "○", "", f"手順1: 申請を受け付ける,\n手順2: \"承認者\"が承認する,\n手順3: 記録する（{item}）",
                     "日次", "250"])
    text = to_csv(rows, crlf=True) + ",,,,,\r\n\r\n,,,,,\r\n\r\n"
    write("good-multiline-trailing.csv", text.encode("utf-8"))


def good_english():
    # English headers with an English description column; all 261 items: Yes/No/in_scope/out_of_scope.
    rows = [["ID", "In scope", "Reason", "Description", "Description (EN)", "Frequency", "Population"]]
    for i, item in enumerate(IDS):
        if i % 10 == 9:
            rows.append([item, "No" if i % 20 == 9 else "out_of_scope", "Not applicable to this service", "", "", "",
                         ""])
        else:
            rows.append([item, "Yes" if i % 2 else "in_scope", "", "統制を実施", f"Control {item} is performed.",
                         FREQ_EN[i % len(FREQ_EN)], str(i)])
    write("good-english.csv", to_csv(rows).encode("utf-8"))


def good_demo_style():
    # The header of resources/demo/demo-statement.csv, with its in_scope/out_of_scope values and frequency keys.
    rows = [["id", "applicability", "reason", "description_ja", "description_en", "frequency", "population"]]
    keys = ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "multiple_daily", "event", ""]
    for i, item in enumerate(IDS[::3]):  # 87 items: every 5th out of scope
        if i % 5 == 4:
            rows.append([item, "out_of_scope", "当サービスの範囲外", "", "", "", ""])
        else:
            rows.append([item, "in_scope", "", "統制を実施している。", "The control is performed.", keys[i % len(keys)],
                         str(i * 7)])
    write("good-demo-style.csv", to_csv(rows).encode("utf-8"))


def good_xlsx():
    # The statement on the first sheet, below title rows and a blank row; populations as numbers, one full-width ID.
    rows = [["言明書"], ["サービス名: サンプルクラウド"], [], ["管理策番号", "採否", "非採用理由", "実施内容", "頻度", "母集団"]]
    for i, item in enumerate(IDS[60:100]):  # 40 items: 36 in scope, 4 out
        if i % 10 == 3:
            rows.append([item, "×", "該当する業務がないため", None, None, None])
        else:
            rows.append([fullwidth(item) if i == 0 else item, "○", None, "規程に基づき実施", "月次", 100 + i])
    write_xlsx(os.path.join(OUT, "good-statement.xlsx"), [("言明書", rows), ("別紙", [["注記"], ["特になし"]])])
    # The same statement on a second sheet behind a cover: needs --sheet.
    write_xlsx(os.path.join(OUT, "good-statement-second-sheet.xlsx"),
               [("表紙", [["言明書（表紙）"], ["株式会社サンプル"]]), ("言明書", rows)])


COVER = [["言明書"], [],
         ["言明日", "令和7年5月30日"],
         ["版", "第2版"],
         ["リージョン", "東京リージョン、大阪リージョン"],
         ["基盤サービス", "Amazon Web Services（ISMAP登録済）、自社データセンター（未登録）"],
         ["システム概要", "マルチテナント型のIaaS。管理コンソールとAPIを提供する。"],
         ["期間中の変更", "2025年10月に認証基盤を刷新した。"],
         ["後発事象", "該当なし"]]


def cover_fixtures():
    # A cover sheet first, the statement rows on the second sheet: found without --sheet, the cover imported.
    rows = [["管理策番号", "採否", "非採用理由", "実施内容", "頻度", "母集団", "母集団の根拠"]]
    for i, item in enumerate(IDS[60:70]):
        rows.append([item, "○", None, "規程に基づき実施", "月次", "変更管理チケット（約1,200件）" if i == 0 else "入館申請書",
                     "チケット管理システムから抽出した全件" if i == 0 else None])
    write_xlsx(os.path.join(OUT, "good-statement-with-cover.xlsx"), [("表紙", COVER), ("言明書", rows)])
    # The same content as a second file (CSV, CP932), given with --cover.
    write("good-cover-cp932.csv", to_csv([r for r in COVER if r], crlf=True).encode("cp932"))
    # Malformed covers: a date that is none, a label given twice.
    write("bad-cover-date.csv", to_csv([["言明日", "5月30日ごろ"], ["版", "1"]]).encode("utf-8"))
    write("bad-cover-twice.csv", to_csv([["版", "1"], ["リージョン", "東京"], ["版", "2"]]).encode("utf-8"))


def bad_xlsx():
    # Row numbers as the sheet shows them: title row 1, blank row 2, header row 3, problems in rows 6 and 8.
    rows = [["言明書"], [], ["ID", "Applicability", "Reason"], ["5.1.1", "Yes", None], ["5.1.2", "Yes", None],
            ["5.1.3", "Yes", None], [], ["6.1.1", "maybe", None]]
    write_xlsx(os.path.join(OUT, "bad-rows.xlsx"), [("Statement", rows)])


HEADER = ["管理策番号", "採否", "非採用理由", "実施内容", "頻度", "母集団"]


def bad_files():
    write("bad-empty.csv", b"")
    write("bad-header-only.csv", (",".join(HEADER) + "\n").encode("utf-8"))
    rnd = random.Random(20220401)
    write("bad-binary.csv", bytes(rnd.randrange(256) for _ in range(4096)) + b"\x00\x00")
    # Latin-1: 0xE9 followed by ',' is invalid UTF-8 and an illegal CP932 sequence too.
    latin1 = ("id,applicability,reason\n5.1.1,Y,\n5.1.2,N,Café réservé\n").encode("latin-1")
    try:
        latin1.decode("cp932")
        raise SystemExit("bad-wrong-encoding.csv decodes as CP932; choose other bytes")
    except UnicodeDecodeError:
        pass
    write("bad-wrong-encoding.csv", latin1)
    write("bad-missing-id-column.csv", to_csv([["採否", "非採用理由", "実施内容"], ["○", "", "実施"]]).encode("utf-8"))
    write("bad-missing-applicability-column.csv",
          to_csv([["管理策番号", "実施内容"], ["5.1.1", "実施"]]).encode("utf-8"))
    write("bad-unknown-id.csv", to_csv([HEADER, ["5.1.1", "○", "", "", "", ""], ["5.1.1.99", "○", "", "", "", ""],
                                        ["99.1.1", "○", "", "", "", ""]]).encode("utf-8"))
    write("bad-duplicate-id.csv", to_csv([HEADER, ["5.1.1", "○", "", "", "", ""], ["5.1.2", "○", "", "", "", ""],
                                          ["５．１．１", "○", "", "", "", ""], ["6.3.1", "○", "", "", "", ""],
                                          ["6.3.1.P", "○", "", "", "", ""]]).encode("utf-8"))
    write("bad-mark.csv", to_csv([HEADER, ["5.1.1", "○", "", "", "", ""], ["5.1.2", "△", "", "", "", ""],
                                  ["6.1.1", "", "", "", "", ""]]).encode("utf-8"))
    write("bad-frequency.csv", to_csv([HEADER, ["5.1.1", "○", "", "", "時々", ""],
                                       ["5.1.2", "○", "", "", "月次", ""]]).encode("utf-8"))
    write("bad-population.csv", to_csv([HEADER, ["5.1.1", "○", "", "", "", "多数"],
                                        ["5.1.2", "○", "", "", "", "100〜200件"]]).encode("utf-8"))
    write("bad-mandatory-no-reason.csv", to_csv([HEADER, ["3.1.1", "×", "", "", "", ""],
                                                 ["4.4.1", "○", "", "", "", ""],
                                                 ["9.4.2.2.B", "該当なし", "  ", "", "", ""],
                                                 ["6.1.1", "×", "－", "", "", ""]]).encode("utf-8"))
    # Every kind of row error at once: all must be listed, not only the first.
    write("bad-many-errors.csv", to_csv([["言明書"], HEADER,
                                         ["5.1.1", "○", "", "", "年次", "10"],
                                         ["5.1.1.99", "○", "", "", "", ""],
                                         ["5.1.1", "○", "", "", "", ""],
                                         ["5.1.2", "?", "", "", "", ""],
                                         ["6.1.1", "○", "", "", "ときどき", ""],
                                         ["6.1.2", "○", "", "", "", "たくさん"],
                                         ["6.1.3", "×", "", "", "", ""]]).encode("utf-8"))
    rows = [HEADER] + [[IDS[i % len(IDS)], "○", "", "", "", ""] for i in range(100000)]
    write("bad-100k-rows.csv", to_csv(rows).encode("utf-8"))
    write("bad-1mb-cell.csv",
          (",".join(HEADER) + "\n5.1.1,○,,\"" + "統" * (1024 * 1024 // 3) + "\",,\n").encode("utf-8"))
    write("bad-not-zip.xlsx", b"This is not a spreadsheet, only text with an .xlsx name.\n" * 20)


def main():
    os.makedirs(OUT, exist_ok=True)
    good_utf8()
    good_utf8_bom()
    good_cp932()
    good_multiline()
    good_english()
    good_demo_style()
    good_xlsx()
    bad_files()
    bad_xlsx()
    cover_fixtures()


if __name__ == "__main__":
    if sys.argv[1:] == ["cover"]:
        cover_fixtures()
    else:
        main()
