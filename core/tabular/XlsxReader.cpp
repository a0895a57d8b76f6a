// XLSX (Office Open XML spreadsheet) reading: a zip read with minizip (the zip library libxlsxwriter itself uses),
// its XML parts streamed through QXmlStreamReader. Every part is read under the limits of TableLimits, so a hostile
// file (zip bomb, entity expansion, deep nesting, huge cells) is refused early with memory kept bounded.
#include "common/AuditError.h"
#include "tabular/Table.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>
#include <minizip/unzip.h>

namespace ismap {

namespace {

/** The zip container of an XLSX file, with a budget of uncompressed bytes shared by all parts read. */
class XlsxArchive
{
public:
    XlsxArchive(const QString& path, const QString& source, const TableLimits& limits)
        : m_path(QFile::encodeName(path))
        , m_source(source)
        , m_limits(limits)
    { }
    ~XlsxArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    bool open()
    {
        m_zip = unzOpen64(m_path.constData());
        return m_zip != nullptr;
    }
    /// Makes @p name (matched without regard to case, as Excel does) the current part.
    bool has(const QString& name)
    {
        constexpr int kCaseInsensitive = 2;
        return unzLocateFile(m_zip, name.toUtf8().constData(), kCaseInsensitive) == UNZ_OK;
    }
    const QString& source() const { return m_source; }
    const TableLimits& limits() const { return m_limits; }
    unzFile zip() const { return m_zip; }

    /// Counts @p bytes against the budget; throws once the parts read so far exceed it.
    void consume(const QString& part, qint64 bytes)
    {
        m_read += bytes;
        if (m_read > m_limits.maxUncompressedBytes)
            throw tooLarge(part);
    }
    qint64 remaining() const { return m_limits.maxUncompressedBytes - m_read; }

    AuditError tooLarge(const QString& part) const
    {
        return AuditError(ErrorCode::InvalidInput,
                          TableReader::tr("%1: the part %2 unpacks to more than %3 bytes; the file is refused "
                                          "(damaged, or a zip bomb).")
                              .arg(m_source, part)
                              .arg(m_limits.maxUncompressedBytes));
    }

private:
    QByteArray m_path;
    unzFile m_zip = nullptr;
    QString m_source;
    TableLimits m_limits;
    qint64 m_read = 0;
};

/**
 * Pulls XML tokens from one part of the archive, feeding QXmlStreamReader in chunks so the part is
 * never held whole in memory. Refuses DTDs (entity expansion attacks) and nesting beyond the limit.
 */
class XmlPart
{
public:
    XmlPart(XlsxArchive& archive, const QString& name)
        : m_archive(archive)
        , m_name(name)
    {
        if (!archive.has(name))
            throw error(TableReader::tr("the part is missing"));
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(archive.zip(), &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK
            && info.uncompressed_size > quint64(std::max<qint64>(archive.remaining(), 0)))
            throw archive.tooLarge(name);
        if (const int rc = unzOpenCurrentFile(archive.zip()); rc != UNZ_OK)
            throw error(TableReader::tr("cannot be unpacked (error %1)").arg(rc));
        m_open = true;
    }
    ~XmlPart()
    {
        if (m_open)
            unzCloseCurrentFile(m_archive.zip());
    }
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    /// The next token; throws on malformed XML, a DTD, too deep nesting or an exhausted byte budget.
    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && refill())
                    continue;
                throw error(TableReader::tr("is not well-formed XML (line %1: %2)")
                                .arg(m_xml.lineNumber())
                                .arg(m_xml.errorString()));
            }
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
                throw error(TableReader::tr("contains a document type or entity declaration, which a spreadsheet "
                                            "never needs; the file is refused"));
            if (token == QXmlStreamReader::StartElement && ++m_depth > m_archive.limits().maxXmlDepth)
                throw error(TableReader::tr("nests XML deeper than %1 levels; the file is refused")
                                .arg(m_archive.limits().maxXmlDepth));
            if (token == QXmlStreamReader::EndElement)
                --m_depth;
            return token;
        }
    }

    QXmlStreamReader& xml() { return m_xml; }
    int depth() const { return m_depth; }

    /// Collects the character data up to the end of the current element (for <t> and <v>), capped.
    QString text(int cap)
    {
        QString out;
        const int start = m_depth;
        while (true) {
            const auto token = next();
            if (token == QXmlStreamReader::Characters) {
                if (out.size() <= cap)
                    out += m_xml.text().left(cap + 1 - out.size());
            } else if (token == QXmlStreamReader::EndElement && m_depth < start) {
                return out;
            } else if (token == QXmlStreamReader::EndDocument) {
                return out;
            }
        }
    }

    /// Skips the rest of the current element.
    void skip()
    {
        const int start = m_depth;
        while (m_depth >= start) {
            if (next() == QXmlStreamReader::EndDocument)
                return;
        }
    }

    AuditError error(const QString& what) const
    {
        return AuditError(ErrorCode::InvalidInput,
                          TableReader::tr("%1 (%2): %3.").arg(m_archive.source(), m_name, what));
    }

private:
    bool refill()
    {
        char buffer[64 * 1024];
        const int n = unzReadCurrentFile(m_archive.zip(), buffer, sizeof buffer);
        if (n < 0)
            throw error(TableReader::tr("cannot be unpacked (error %1)").arg(n));
        if (n == 0)
            return false;
        m_archive.consume(m_name, n);
        m_xml.addData(QByteArray(buffer, int(n)));
        return true;
    }

    XlsxArchive& m_archive;
    QString m_name;
    bool m_open = false;
    QXmlStreamReader m_xml;
    int m_depth = 0;
};

struct SheetRef
{
    QString name;
    QString relId;
};

/// A relationship target inside the package: relative to xl/ unless absolute.
QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = QStringLiteral("xl").split(u'/');
    for (const QString& p : target.split(u'/')) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != u"." && !p.isEmpty()) {
            parts << p;
        }
    }
    return parts.join(u'/');
}

QString attribute(const QXmlStreamReader& xml, QLatin1String name)
{
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

/// "AA10" → column 27 (1-based) and row 10; false if it is not a cell reference.
bool parseCellRef(QStringView ref, int* column, int* row)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (c == 0)
        return false;
    bool ok = true;
    const int r = i < ref.size() ? ref.mid(i).toInt(&ok) : 0;
    if (!ok)
        return false;
    *column = c;
    *row = r;
    return true;
}

QString columnName(int column)
{
    QString s;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        s.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return s;
}

/// Number formats that show a date (built-in 14–22 and 45–47, or a custom code with y/m/d and no time-only).
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString c = code;
    c.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return c.contains(u'y', Qt::CaseInsensitive) || c.contains(u'd', Qt::CaseInsensitive)
        || c.contains(u'e', Qt::CaseInsensitive) || c.contains(u'g', Qt::CaseInsensitive);
}

/** What the sheet needs from the rest of the package: shared strings and which styles are dates. */
struct SheetContext
{
    QStringList sharedStrings;
    QList<bool> dateStyles;
    bool date1904 = false;
};

void readWorkbook(XlsxArchive& archive, QList<SheetRef>* sheets, bool* date1904)
{
    XmlPart part(archive, QStringLiteral("xl/workbook.xml"));
    while (part.next() != QXmlStreamReader::EndDocument) {
        if (!part.xml().isStartElement())
            continue;
        const auto name = part.xml().name();
        if (name == u"sheet") {
            SheetRef s;
            s.name = attribute(part.xml(), QLatin1String("name"));
            s.relId = attribute(part.xml(), QLatin1String("id"));
            sheets->append(s);
        } else if (name == u"workbookPr") {
            const QString v = attribute(part.xml(), QLatin1String("date1904"));
            *date1904 = v == u"1" || v == u"true";
        }
    }
}

QHash<QString, QString> readRelationships(XlsxArchive& archive)
{
    QHash<QString, QString> targets;
    XmlPart part(archive, QStringLiteral("xl/_rels/workbook.xml.rels"));
    while (part.next() != QXmlStreamReader::EndDocument) {
        if (part.xml().isStartElement() && part.xml().name() == u"Relationship")
            targets.insert(attribute(part.xml(), QLatin1String("Id")),
                           resolveTarget(attribute(part.xml(), QLatin1String("Target"))));
    }
    return targets;
}

void readStyles(XlsxArchive& archive, SheetContext* ctx)
{
    XmlPart part(archive, QStringLiteral("xl/styles.xml"));
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (part.next() != QXmlStreamReader::EndDocument) {
        QXmlStreamReader& xml = part.xml();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                customFormats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                     attribute(xml, QLatin1String("formatCode")));
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                ctx->dateStyles.append(isDateFormat(id, customFormats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
}

/// Shared strings: plain <si><t> and rich text runs <si><r><t>; phonetic guides (<rPh>) are not text.
void readSharedStrings(XlsxArchive& archive, SheetContext* ctx)
{
    XmlPart part(archive, QStringLiteral("xl/sharedStrings.xml"));
    const int cap = archive.limits().maxCellChars;
    const qint64 maxStrings = qint64(archive.limits().maxRows) * archive.limits().maxColumns;
    QString current;
    bool inItem = false;
    while (part.next() != QXmlStreamReader::EndDocument) {
        QXmlStreamReader& xml = part.xml();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"si") {
                inItem = true;
                current.clear();
            } else if (name == u"rPh" || name == u"phoneticPr") {
                part.skip();
            } else if (name == u"t" && inItem) {
                // Keep one character beyond the cap so a cell using it is reported as too long.
                if (current.size() <= cap)
                    current += part.text(cap + 1 - int(current.size()));
                else
                    part.skip();
            }
        } else if (xml.isEndElement() && xml.name() == u"si") {
            if (ctx->sharedStrings.size() >= maxStrings)
                throw part.error(TableReader::tr("holds more strings than a sheet within the limits can use"));
            ctx->sharedStrings.append(current);
            inItem = false;
        }
    }
}

QString numberText(const QString& raw, bool isDate, bool date1904)
{
    bool ok = false;
    const double d = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (isDate && d >= 1 && d < 2958466) {
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        return base.addDays(qint64(d)).toString(Qt::ISODate);
    }
    // Shortest form that round-trips what a user typed (5.1, not 5.0999999999999996).
    return QString::number(d, 'g', 15);
}

class SheetReader
{
public:
    SheetReader(XlsxArchive& archive, const QString& partName, const SheetContext& ctx, Table* table)
        : m_part(archive, partName)
        , m_archive(archive)
        , m_ctx(ctx)
        , m_table(table)
    { }

    void read()
    {
        int rowNumber = 0;
        while (m_part.next() != QXmlStreamReader::EndDocument) {
            QXmlStreamReader& xml = m_part.xml();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"row") {
                const int r = attribute(xml, QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                readRow(rowNumber);
            } else if (xml.name() == u"mergeCells" || xml.name() == u"extLst") {
                break; // after sheetData: nothing more to read
            }
        }
    }

private:
    void readRow(int rowNumber)
    {
        const TableLimits& limits = m_archive.limits();
        QStringList row;
        int column = 0;
        const int rowDepth = m_part.depth();
        while (true) {
            const auto token = m_part.next();
            if (token == QXmlStreamReader::EndDocument
                || (token == QXmlStreamReader::EndElement && m_part.depth() < rowDepth))
                break;
            if (token != QXmlStreamReader::StartElement || m_part.xml().name() != u"c")
                continue;
            QXmlStreamReader& xml = m_part.xml();
            const QString ref = attribute(xml, QLatin1String("r"));
            int refRow = 0;
            if (ref.isEmpty() || !parseCellRef(ref, &column, &refRow))
                ++column;
            const QString type = attribute(xml, QLatin1String("t"));
            const int style = attribute(xml, QLatin1String("s")).toInt();
            const QString value = readCell(type, style, rowNumber, column);
            if (value.isEmpty())
                continue;
            if (column > limits.maxColumns)
                throw AuditError(ErrorCode::InvalidInput,
                                 TableReader::tr("%1, row %2, cell %3: too many columns (at most %4).")
                                     .arg(m_archive.source())
                                     .arg(rowNumber)
                                     .arg(columnName(column) + QString::number(rowNumber))
                                     .arg(limits.maxColumns));
            if (value.size() > limits.maxCellChars)
                throw AuditError(ErrorCode::InvalidInput,
                                 TableReader::tr("%1, row %2, cell %3: the cell is too long (more than %4 characters).")
                                     .arg(m_archive.source())
                                     .arg(rowNumber)
                                     .arg(columnName(column) + QString::number(rowNumber))
                                     .arg(limits.maxCellChars));
            while (row.size() < column - 1)
                row.append(QString());
            if (row.size() < column)
                row.append(value);
            else
                row[column - 1] = value;
        }
        bool empty = true;
        for (const QString& c : std::as_const(row))
            if (!c.trimmed().isEmpty()) {
                empty = false;
                break;
            }
        if (empty)
            return;
        if (m_table->rows.size() >= limits.maxRows)
            throw AuditError(
                ErrorCode::InvalidInput,
                TableReader::tr("%1: too many rows (more than %2).").arg(m_archive.source()).arg(limits.maxRows));
        m_table->rows.append(row);
        m_table->rowNumbers.append(rowNumber);
    }

    QString readCell(const QString& type, int style, int rowNumber, int column)
    {
        const int cap = m_archive.limits().maxCellChars + 1;
        QString value;
        QString inlineText;
        const int cellDepth = m_part.depth();
        while (true) {
            const auto token = m_part.next();
            if (token == QXmlStreamReader::EndDocument
                || (token == QXmlStreamReader::EndElement && m_part.depth() < cellDepth))
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const auto name = m_part.xml().name();
            if (name == u"v")
                value = m_part.text(std::max(cap, 1024)); // numbers keep all their digits whatever the cap
            else if (name == u"t" && inlineText.size() < cap)
                inlineText += m_part.text(cap - int(inlineText.size()));
            else if (name == u"rPh" || name == u"f")
                m_part.skip();
        }
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (value.isEmpty())
                return {};
            if (!ok || index < 0 || index >= m_ctx.sharedStrings.size())
                throw AuditError(
                    ErrorCode::InvalidInput,
                    TableReader::tr("%1, row %2, cell %3: refers to shared string %4, which does not exist.")
                        .arg(m_archive.source())
                        .arg(rowNumber)
                        .arg(columnName(column) + QString::number(rowNumber), value));
            return m_ctx.sharedStrings.at(index);
        }
        if (type == u"inlineStr")
            return inlineText;
        if (type == u"b")
            return value == u"1" ? QStringLiteral("TRUE") : value.isEmpty() ? QString() : QStringLiteral("FALSE");
        if (type == u"str" || type == u"e")
            return value;
        if (value.isEmpty())
            return {};
        return numberText(value, m_ctx.dateStyles.value(style, false), m_ctx.date1904);
    }

    XmlPart m_part;
    XlsxArchive& m_archive;
    const SheetContext& m_ctx;
    Table* m_table;
};

} // namespace

QStringList TableReader::xlsxSheetNames(const QString& path, const TableLimits& limits)
{
    const QString source = QFileInfo(path).fileName();
    if (QFileInfo(path).size() > limits.maxFileBytes)
        return {};
    XlsxArchive archive(path, source, limits);
    if (!archive.open() || !archive.has(QStringLiteral("xl/workbook.xml")))
        return {};
    QList<SheetRef> sheets;
    bool date1904 = false;
    readWorkbook(archive, &sheets, &date1904);
    QStringList names;
    for (const SheetRef& s : std::as_const(sheets))
        names << s.name;
    return names;
}

Table TableReader::readXlsx(const QString& path, const TableLimits& limits, const QString& sheet)
{
    const QString source = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    if (f.size() > limits.maxFileBytes)
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: the file is too large (%2 bytes; at most %3).").arg(source).arg(f.size()).arg(limits.maxFileBytes));
    const QByteArray head = f.read(8);
    f.close();
    if (head.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the file is empty.").arg(source));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: this is a password-protected workbook or an old .xls file; save it from Excel as "
                            ".xlsx without a password, or as CSV.")
                             .arg(source));
    XlsxArchive archive(path, source, limits);
    if (!head.startsWith("PK") || !archive.open())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: not an XLSX workbook (the file is not a zip archive).").arg(source));

    SheetContext ctx;
    QString sheetPart;
    if (archive.has(QStringLiteral("xl/workbook.xml"))) {
        QList<SheetRef> sheets;
        readWorkbook(archive, &sheets, &ctx.date1904);
        const QHash<QString, QString> targets = archive.has(QStringLiteral("xl/_rels/workbook.xml.rels"))
            ? readRelationships(archive)
            : QHash<QString, QString>();
        const SheetRef* chosen = nullptr;
        for (const SheetRef& s : std::as_const(sheets)) {
            if (sheet.isEmpty() || s.name == sheet) {
                chosen = &s;
                break;
            }
        }
        if (!chosen && !sheet.isEmpty())
            for (const SheetRef& s : std::as_const(sheets))
                if (s.name.compare(sheet.trimmed(), Qt::CaseInsensitive) == 0) {
                    chosen = &s;
                    break;
                }
        if (!chosen && !sheet.isEmpty()) {
            QStringList names;
            for (const SheetRef& s : std::as_const(sheets))
                names << s.name;
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: there is no sheet named \"%2\" (the sheets are: %3).")
                                 .arg(source, sheet, names.join(QStringLiteral(", "))));
        }
        if (chosen)
            sheetPart = targets.value(chosen->relId);
        if (chosen && sheetPart.isEmpty())
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: the sheet \"%2\" has no worksheet part.").arg(source, chosen->name));
    }
    if (sheetPart.isEmpty()) {
        if (!archive.has(QStringLiteral("xl/worksheets/sheet1.xml")))
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: not an XLSX workbook (a zip archive without a worksheet).").arg(source));
        sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    }
    if (archive.has(QStringLiteral("xl/styles.xml")))
        readStyles(archive, &ctx);
    if (archive.has(QStringLiteral("xl/sharedStrings.xml")))
        readSharedStrings(archive, &ctx);

    Table t;
    t.source = source;
    t.encoding = QStringLiteral("XLSX");
    SheetReader(archive, sheetPart, ctx, &t).read();
    if (t.rows.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the sheet has no rows.").arg(source));
    return t;
}

} // namespace ismap
