#!/usr/bin/env python3
"""Writes XLSX files for the security tests and the fuzz seeds (stdlib only).

  make-hostile-xlsx.py valid OUT          a small, well-formed statement sheet (shared + inline strings)
  make-hostile-xlsx.py zipbomb OUT [MiB]  a sheet that inflates to MiB (default 1024) mebibytes of XML
  make-hostile-xlsx.py lying OUT          a sheet whose zip headers claim 100 bytes but inflate to 64 MiB
  make-hostile-xlsx.py laughs OUT         a billion-laughs entity expansion in sharedStrings.xml
  make-hostile-xlsx.py external OUT       an external entity (XXE) naming /etc/passwd
"""
import struct
import sys
import zipfile
import zlib

CT = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      b'<Default Extension="xml" ContentType="application/xml"/>'
      b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      b'</Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        b'</Relationships>')
WB = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      b'<sheets><sheet name="Statement" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
           b'</Relationships>')
SST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
       '<si><t>id</t></si><si><t>applicability</t></si><si><t>in_scope</t></si>'
       '<si><r><t>年次</t></r><r><t xml:space="preserve"> review</t></r></si></sst>').encode()
SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_ROWS = (b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>frequency</t></is></c></row>'
              b'<row r="2"><c r="A2" t="inlineStr"><is><t>5.1.1</t></is></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>'
              b'<row r="4"><c r="A4"><v>5.1</v></c><c r="B4" t="s"><v>2</v></c><c r="E4" t="b"><v>1</v></c></row>')
SHEET_TAIL = b'</sheetData></worksheet>'


def package(path, sheet, sst=SST):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WB)
        z.writestr('xl/_rels/workbook.xml.rels', WB_RELS)
        z.writestr('xl/sharedStrings.xml', sst)
        z.writestr('xl/worksheets/sheet1.xml', sheet)


def zipbomb(path, mib):
    # Streams mib MiB of one repeated row through deflate: the file stays about 1/1000 of that.
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WB)
        z.writestr('xl/_rels/workbook.xml.rels', WB_RELS)
        z.writestr('xl/sharedStrings.xml', SST)
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            f.write(SHEET_HEAD + SHEET_ROWS)
            block = b'<!---->' * (1 << 17)  # ~896 KiB of comments: valid XML, no rows
            for _ in range(mib * 1024 * 1024 // len(block)):
                f.write(block)
            f.write(SHEET_TAIL)


def lying(path):
    # A well-formed sheet entry whose local and central headers claim an uncompressed size of 100 bytes.
    data = SHEET_HEAD + SHEET_ROWS + b' ' * (64 * 1024 * 1024) + SHEET_TAIL
    package(path, data)
    raw = bytearray(open(path, 'rb').read())
    name = b'xl/worksheets/sheet1.xml'
    real = struct.pack('<I', len(data))
    for sig, off in ((b'PK\x03\x04', 22), (b'PK\x01\x02', 24)):
        i = 0
        while True:
            i = raw.find(sig, i)
            if i < 0:
                break
            hdr_name_off = i + (30 if sig == b'PK\x03\x04' else 46)
            if raw[hdr_name_off:hdr_name_off + len(name)] == name and raw[i + off:i + off + 4] == real:
                raw[i + off:i + off + 4] = struct.pack('<I', 100)
            i += 4
    open(path, 'wb').write(bytes(raw))


def laughs(path):
    ents = '<!ENTITY lol "lol">' + ''.join(
        '<!ENTITY lol%d "%s">' % (i, ('&lol%s;' % ('' if i == 1 else i - 1)) * 10) for i in range(1, 10))
    sst = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [' + ents + ']>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
           '<si><t>id</t></si><si><t>applicability</t></si><si><t>&lol9;</t></si></sst>').encode()
    package(path, SHEET_HEAD + SHEET_ROWS + SHEET_TAIL, sst)


def external(path):
    sst = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
           '<si><t>id</t></si><si><t>applicability</t></si><si><t>&xxe;</t></si></sst>').encode()
    package(path, SHEET_HEAD + SHEET_ROWS + SHEET_TAIL, sst)


def main():
    kind, out = sys.argv[1], sys.argv[2]
    if kind == 'valid':
        package(out, SHEET_HEAD + SHEET_ROWS + SHEET_TAIL)
    elif kind == 'zipbomb':
        zipbomb(out, int(sys.argv[3]) if len(sys.argv) > 3 else 1024)
    elif kind == 'lying':
        lying(out)
    elif kind == 'laughs':
        laughs(out)
    elif kind == 'external':
        external(out)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
