#!/usr/bin/env python3
"""Generates the XLSX and catalog fixtures under tests/data/xlsx and tests/data/catalog.

Run from anywhere: python3 tests/data/make_xlsx_fixtures.py
Output is deterministic. All titles and texts are synthetic (the official criteria text is not ours to ship).
Other generators may import write_xlsx() from here.
"""
import csv
import io
import os
import random
import struct
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
XLSX_DIR = os.path.join(HERE, "xlsx")
CAT_DIR = os.path.join(HERE, "catalog")
FIXED_DATE = (2024, 1, 1, 0, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
# Style 0: general; style 1: a date (built-in format 14); style 2: custom format yyyy"年"m"月"d"日".
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>"""


def col_name(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def zip_write(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = compression
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def workbook_parts(sheet_names, date1904=False):
    sheets = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheet_names))
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {NS_R}>{pr}<sheets>{sheets}</sheets></workbook>'
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheet_names)))
    rels = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", STYLES)]


def write_xlsx(path, sheets):
    """sheets: list of (name, rows); a row is a list of cells: str (shared string), int/float (number),
    None (no cell), or ("date", serial) for a date-styled number. Row numbers start at 1."""
    strings, index = [], {}

    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    parts = workbook_parts([n for n, _ in sheets])
    for i, (_, rows) in enumerate(sheets):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>']
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, v in enumerate(row, start=1):
                ref = f"{col_name(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, tuple) and v[0] == "date":
                    cells.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{sst(str(v))}</v></c>')
            if cells:
                out.append(f'<row r="{r}">{"".join(cells)}</row>')
        out.append("</sheetData></worksheet>")
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", "".join(out)))
    si = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    parts.append(("xl/sharedStrings.xml",
                  f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{si}</sst>'))
    zip_write(path, parts)


def sheet_xml(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>{body}</sheetData></worksheet>'


def make_reader_fixtures():
    os.makedirs(XLSX_DIR, exist_ok=True)
    # basic.xlsx: every cell type, rich text with a phonetic guide, gaps, cells without r, dates; two sheets.
    sst = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst {NS} count="4" uniqueCount="4">'
           '<si><t>番号</t></si>'
           '<si><r><rPr><b/></rPr><t>タイ</t></r><r><t xml:space="preserve">トル </t></r>'
           '<rPh sb="0" eb="2"><t>タイ</t></rPh><phoneticPr fontId="1"/></si>'
           '<si><t>情報セキュリティ&amp;方針</t></si>'
           '<si><t>second sheet</t></si></sst>')
    sheet1 = sheet_xml(
        '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><t>Text</t></is></c><c r="D1" t="str"><f>UPPER("x")</f><v>X</v></c>'
        '<c r="E1" t="b"><v>1</v></c></row>'
        '<row r="3"><c r="A3"><v>5.0999999999999996</v></c><c r="B3" t="s"><v>2</v></c>'
        '<c r="AA3" t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c></row>'
        '<row r="4"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c><v>42</v></c></row>'
        '<row r="5"><c r="A5" s="1"><v>45200</v></c><c r="B5" s="2"><v>44652</v></c><c r="C5"><v>1E-3</v></c>'
        '<c r="D5" t="e"><v>#N/A</v></c><c r="E5" t="b"><v>0</v></c></row>'
        '<row r="6"><c r="A6" s="1"/><c r="B6" s="2"/></row>'
        '<row r="7"><c r="B7" t="inlineStr"><is><t>  </t></is></c><c r="C7" t="s"><v>2</v></c></row>')
    sheet2 = sheet_xml('<row r="2"><c r="B2" t="s"><v>3</v></c></row>')
    parts = workbook_parts(["表紙", "Second"])
    parts += [("xl/sharedStrings.xml", sst), ("xl/worksheets/sheet1.xml", sheet1), ("xl/worksheets/sheet2.xml", sheet2)]
    zip_write(os.path.join(XLSX_DIR, "basic.xlsx"), parts)

    # A workbook saved by a tool that puts the sheet somewhere else, with an absolute target.
    parts = workbook_parts(["Only"])
    parts[3] = ("xl/_rels/workbook.xml.rels",
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="worksheet" Target="/xl/sheets/data.xml"/></Relationships>')
    parts.append(("xl/sheets/data.xml", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>moved</t></is></c></row>')))
    zip_write(os.path.join(XLSX_DIR, "absolute-target.xlsx"), parts)

    def hostile(name, sheet=None, sst_xml=None, stored=False):
        p = workbook_parts(["Sheet1"])
        p.append(("xl/worksheets/sheet1.xml", sheet or sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')))
        if sst_xml is not None:
            p.append(("xl/sharedStrings.xml", sst_xml))
        zip_write(os.path.join(XLSX_DIR, name), p, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)

    hostile("bad-shared-index.xlsx", sheet_xml('<row r="2"><c r="C2" t="s"><v>7</v></c></row>'),
            f'<sst {NS}><si><t>only one</t></si></sst>')
    hostile("too-wide.xlsx", sheet_xml('<row r="1"><c r="A1"><v>1</v></c><c r="KZ1"><v>2</v></c></row>'))
    hostile("malformed.xlsx", sheet_xml('<row r="1"><c r="A1"><v>1</v></row>'))
    hostile("no-rows.xlsx", sheet_xml(""))


def make_hostile_catalogs():
    """Malformed catalogs: each must be refused with a clear error and leave the workbook untouched."""
    os.makedirs(CAT_DIR, exist_ok=True)

    def w(name, data):
        with open(os.path.join(CAT_DIR, name), "wb") as f:
            f.write(data)

    w("empty.csv", b"")
    w("header-only.csv", "管理策番号,タイトル,管理策の内容\r\n".encode("cp932"))
    rng = random.Random(7)
    w("garbage.csv", bytes(rng.randrange(256) for _ in range(4096)))
    w("wrong-encoding.csv", b"ID,Title\n5.1.1,caf\xe9 \xfd\xfe\xff politique\n")
    w("missing-id.csv", "区分,タイトル,管理策の内容\r\n管理策基準,方針,合成テキスト\r\n".encode("cp932"))
    w("missing-title.csv", "Revision,ID,Notes\n2022-04-01,5.1.1,x\n".encode())
    w("duplicate-id.csv", ("ID,Title,Revision\n5,Domain,2022-04-01\n5.1,Cat,\n5.1.1,Obj A,\n5.1.1.1,Det A,\n"
                           "５．１．１,Obj again (full-width),\n5.1.1.2,Det B,\n5.1.1.1,Det A again,\n").encode())
    w("bad-id.csv", ("ID,Title,Revision\n5,Domain,2022-04-01\n5.1.x,Bad,\nA-12,Bad too,\n5.1.1,Good,\n"
                     "5..2,Empty part,\n").encode())
    w("bad-level.csv", "ID,Title,Level,Revision\n5,Domain,domain,r1\n5.1,Cat,chapter-ish,r1\n".encode())
    w("notzip.xlsx", b"This is a CSV renamed to .xlsx\nID,Title\n5.1.1,x\n")
    w("legacy.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    w("bigcell.csv", b"ID,Title,Text,Revision\n5.1.1,Big,\"" + b"x" * (1024 * 1024) + b"\",2022-04-01\n")
    rows = ["ID,Title,Revision", "9,Domain,2022-04-01"] + [f"9.{i},t" for i in range(1, 100001)]
    w("many-rows.csv", ("\n".join(rows) + "\n").encode())

    def xlsx(name, sheet=None, sst_xml=None):
        p = workbook_parts(["Sheet1"])
        p.append(("xl/worksheets/sheet1.xml", sheet or sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')))
        if sst_xml is not None:
            p.append(("xl/sharedStrings.xml", sst_xml))
        zip_write(os.path.join(CAT_DIR, name), p)

    # Zip bomb: 1 GiB of zeros as sharedStrings.xml, about 1 MB compressed.
    p = workbook_parts(["Sheet1"])
    p.append(("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')))
    path = os.path.join(CAT_DIR, "zip-bomb.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in p:
            z.writestr(zipfile.ZipInfo(name, FIXED_DATE), data)
        info = zipfile.ZipInfo("xl/sharedStrings.xml", FIXED_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size = 1 << 30
        with z.open(info, "w") as f:
            chunk = bytes(1 << 20)
            for _ in range(1024):
                f.write(chunk)
    # The same bomb with its sizes falsified to 1,000 bytes in both headers: the reader must not trust them.
    data = bytearray(open(path, "rb").read())
    for sig, size_at, name_len_at, name_at in ((b"PK\x01\x02", 24, 28, 46), (b"PK\x03\x04", 22, 26, 30)):
        i = data.find(sig)
        while i >= 0:
            n = struct.unpack("<H", data[i + name_len_at:i + name_len_at + 2])[0]
            if data[i + name_at:i + name_at + n] == b"xl/sharedStrings.xml":
                data[i + size_at:i + size_at + 4] = struct.pack("<I", 1000)
            i = data.find(sig, i + 4)
    w("zip-bomb-false-size.xlsx", bytes(data))
    # Deep nesting: 100,000 levels inside a cell.
    depth = 100000
    xlsx("deep-nesting.xlsx", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is>' + "<r>" * depth + "x" + "</r>" * depth
                                        + "</is></c></row>"))
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE sst [\n<!ENTITY lol "lol">\n'
              + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">\n' for i in range(1, 10))
              + f']>\n<sst {NS}><si><t>&lol9;</t></si></sst>')
    xlsx("billion-laughs.xlsx", sst_xml=laughs)
    xlsx("bigcell.xlsx", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c>'
                                   '<c r="B1" t="inlineStr"><is><t>Title</t></is></c></row>'
                                   '<row r="2"><c r="A2" t="inlineStr"><is><t>5.1.1</t></is></c>'
                                   '<c r="B2" t="s"><v>0</v></c></row>'),
         f'<sst {NS}><si><t>' + "x" * (1024 * 1024) + "</t></si></sst>")
    body = ['<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c></row>']
    body += [f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 100002)]
    xlsx("many-rows.xlsx", sheet_xml("".join(body)))


# ---- Good catalogs: synthetic, shaped like the official files ----

LEVEL_JA = {"domain": "分野", "category": "カテゴリ", "objective": "統制目標", "detailed": "詳細管理策"}
PART_JA = {"governance": "ガバナンス基準", "management": "マネジメント基準", "controls": "管理策基準"}
TOPICS = ["方針", "組織", "人的資源", "資産", "アクセス", "暗号", "物理", "運用", "通信", "開発", "供給者", "インシデント", "継続", "順守"]
TOPICS_EN = ["policy", "organisation", "people", "assets", "access", "cryptography", "physical", "operations",
             "communications", "development", "suppliers", "incidents", "continuity", "compliance"]


def skeleton_items():
    with open(os.path.join(HERE, "..", "..", "resources", "catalog", "ismap-2022-skeleton.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def number_of(item_id):
    parts = item_id.split(".")
    return ".".join(p for p in parts if p.isdigit())


def synthetic_2022():
    """About 1,200 items: the skeleton's structure, with synthetic detailed controls filled in."""
    rng = random.Random(2022)
    items = [dict(id=r["id"], part=r["part"], level=r["level"], suffix=r["suffix"]) for r in skeleton_items()]
    known = {number_of(i["id"]) for i in items}
    out = []
    for it in items:
        out.append(it)
        if it["part"] == "controls" and it["level"] == "objective":
            n = number_of(it["id"])
            existing = [int(number_of(x["id"]).split(".")[-1]) for x in items
                        if x["level"] == "detailed" and number_of(x["id"]).rsplit(".", 1)[0] == n]
            top = max(existing + [rng.randint(4, 10)])
            for k in range(1, top + 1):
                if f"{n}.{k}" in known:
                    continue
                suffix = "P" if it["suffix"] == "P" else ""
                out.append(dict(id=f"{n}.{k}" + (f".{suffix}" if suffix else ""), part="controls", level="detailed",
                                suffix=suffix))
    out.sort(key=lambda i: [int(p) for p in number_of(i["id"]).split(".")])
    return out


def title_ja(it, i):
    return f"{TOPICS[i % len(TOPICS)]}に関する{LEVEL_JA[it['level']]} {number_of(it['id'])}"


def title_en(it, i):
    return f"{it['level'].capitalize()} {number_of(it['id'])} on {TOPICS_EN[i % len(TOPICS_EN)]}"


def write_csv(path, rows, encoding, newline="\r\n", bom=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    data = buf.getvalue().encode(encoding)
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def make_good_catalogs():
    items = synthetic_2022()
    header = ["区分", "管理策番号", "タイトル", "管理策の内容", "タイトル（英語）", "管理策の内容（英語）", "基本言明要件"]
    body = []
    for i, it in enumerate(items):
        body.append([PART_JA[it["part"]], it["id"], title_ja(it, i),
                     f"合成テキスト：{title_ja(it, i)}について、組織は必要な手順を定め、実施し、記録する。",
                     title_en(it, i), f"Synthetic text: the organisation defines, runs and records {title_en(it, i).lower()}.",
                     "○" if "B" in it["suffix"] else ""])
    title_rows = [["ISMAP管理基準 管理策一覧（試験用の合成データ）"], ["2022年4月1日改訂"], []]
    write_csv(os.path.join(CAT_DIR, "catalog-2022-ja.csv"), title_rows + [header] + body, "cp932")
    # The same as XLSX, with the revision as a date-formatted cell (serial 44652 = 2022-04-01).
    xrows = [["ISMAP管理基準 管理策一覧（試験用の合成データ）"], ["改訂日", ("date", 44652)], [], header] + body
    write_xlsx(os.path.join(CAT_DIR, "catalog-2022-ja.xlsx"), [("管理策基準", xrows), ("注記", [["synthetic"]])])
    # English headers, UTF-8, revision in a column, levels given, Japanese titles in their own column.
    en = [["Part", "Control No.", "Level", "Title", "Description", "Title (Japanese)", "Revision"]]
    for i, it in enumerate(items):
        en.append([it["part"].capitalize(), it["id"], it["level"], title_en(it, i),
                   f"Synthetic description of {number_of(it['id'])}.", title_ja(it, i), "2022-04-01"])
    write_csv(os.path.join(CAT_DIR, "catalog-2022-en.csv"), en, "utf-8", newline="\n")
    # No revision anywhere: needs --revision.
    write_csv(os.path.join(CAT_DIR, "catalog-no-revision.csv"),
              [["番号", "項目名"], ["5", "分野"], ["5.1", "カテゴリ"], ["5.1.1", "統制目標"], ["5.1.1.1", "詳細管理策"]],
              "utf-8", bom=True)
    make_r7()


def make_r7():
    """A fictional 令和7年度 revision built like 27002:2022: themes 5–8, objectives 5.1, details 5.1.1."""
    rng = random.Random(7)
    rows = [["ISMAP管理基準（令和7年度版・架空の試験データ）"], ["令和7年度"], [],
            ["基準", "番号", "レベル", "項目名", "記述", "English title"]]
    # Governance and management keep their 2022 numbers (so work on them is kept).
    for it in skeleton_items():
        if it["part"] in ("governance", "management"):
            rows.append([PART_JA[it["part"]], it["id"], LEVEL_JA[it["level"]], f"{it['title_ja']}（令和7年度）",
                         "合成テキスト", it["title_en"]])
    themes = {5: 37, 6: 8, 7: 14, 8: 34}
    for theme, count in themes.items():
        rows.append(["管理策基準", str(theme), "分野", f"テーマ {theme}", "", f"Theme {theme}"])
        for o in range(1, count + 1):
            rows.append(["管理策基準", f"{theme}.{o}", "統制目標", f"統制目標 {theme}.{o}", "合成テキスト",
                         f"Objective {theme}.{o}"])
            for d in range(1, rng.randint(2, 6) + 1):
                suffix = ".B" if (theme * 100 + o * 10 + d) % 17 == 0 else ""
                rows.append(["管理策基準", f"{theme}.{o}.{d}{suffix}", "詳細管理策", f"詳細管理策 {theme}.{o}.{d}",
                             "合成テキスト", f"Detailed control {theme}.{o}.{d}"])
    write_csv(os.path.join(CAT_DIR, "catalog-r7-ja.csv"), rows, "utf-8", bom=True)


if __name__ == "__main__":
    make_reader_fixtures()
    make_hostile_catalogs()
    make_good_catalogs()
