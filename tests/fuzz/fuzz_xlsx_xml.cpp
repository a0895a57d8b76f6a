// libFuzzer harness: the XML side of the XLSX reader. The input is split at the byte 0x1E into
// xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/workbook.xml and xl/_rels/workbook.xml.rels (missing parts
// get a valid default); the harness packs them into a stored (uncompressed) zip so that mutations reach the
// XML parser instead of breaking deflate, then calls TableReader::readXlsx on it.
#include "FuzzSupport.h"
#include "tabular/Table.h"

#include <QtEndian>
#include <array>

namespace {

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put16(QByteArray& b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}

/// A zip archive with every entry stored (method 0).
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    QByteArray zip;
    QByteArray central;
    for (const auto& [name, data] : entries) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(data);
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, 0);
        put16(zip, 0);
        put16(zip, 0);
        put16(zip, 0x21);
        put32(zip, crc);
        put32(zip, quint32(data.size()));
        put32(zip, quint32(data.size()));
        put16(zip, quint16(name.size()));
        put16(zip, 0);
        zip += name;
        zip += data;
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(data.size()));
        put32(central, quint32(data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    const quint32 cdOffset = quint32(zip.size());
    zip += central;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(entries.size()));
    put16(zip, quint16(entries.size()));
    put32(zip, quint32(central.size()));
    put32(zip, cdOffset);
    put16(zip, 0);
    return zip;
}

const char kContentTypes[]
    = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)";
const char kRels[]
    = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char kWorkbook[]
    = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Statement" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char kWorkbookRels[]
    = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";
const char kSharedStrings[]
    = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>id</t></si><si><t>applicability</t></si></sst>)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> parts = input.split('\x1e'); // record separator: sheet, sharedStrings, workbook, workbook rels
    while (parts.size() < 4)
        parts.append(QByteArray());
    const QByteArray sheet = parts[0];
    const QByteArray sst = parts.size() > 1 && !parts[1].isEmpty() ? parts[1] : QByteArray(kSharedStrings);
    const QByteArray wbXml = !parts[2].isEmpty() ? parts[2] : QByteArray(kWorkbook);
    const QByteArray wbRels = !parts[3].isEmpty() ? parts[3] : QByteArray(kWorkbookRels);
    const QByteArray zip = storedZip({{"[Content_Types].xml", kContentTypes},
                                      {"_rels/.rels", kRels},
                                      {"xl/workbook.xml", wbXml},
                                      {"xl/_rels/workbook.xml.rels", wbRels},
                                      {"xl/sharedStrings.xml", sst},
                                      {"xl/worksheets/sheet1.xml", sheet}});
    const QString path = ismap::fuzz::writeInput(reinterpret_cast<const uint8_t*>(zip.constData()), size_t(zip.size()),
                                                 QStringLiteral("fuzz-parts.xlsx"));
    ismap::TableLimits limits;
    limits.maxRows = 2000;
    limits.maxUncompressedBytes = 32LL * 1024 * 1024;
    try {
        const ismap::Table t = ismap::TableReader::readXlsx(path, limits);
        if (t.rows.size() != t.rowNumbers.size())
            std::abort();
    } catch (const ismap::AuditError&) {
    }
    return 0;
}
