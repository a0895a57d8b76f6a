#include "tabular/PopulationFile.h"

#include "common/AuditError.h"
#include "common/Sha256.h"
#include "tabular/Table.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>

namespace ismap {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qsizetype kMaxRecordBytes = 32 * 1024; ///< a ledger record is a line; no cell of it can then exceed
                                                 ///< the 32,767 characters the CSV reader allows

bool isZip(QFile& f)
{
    return f.peek(4).startsWith("PK\x03\x04");
}

/**
 * Splits CSV bytes into records without decoding them: quotes, commas and line ends are ASCII, and in UTF-8 and CP932
 * no byte of a multi-byte character is below 0x40, so the split is right in either encoding.
 */
class RecordSplitter
{
public:
    /// Feeds @p data; calls @p onRecord(bytes of one record, without its line end) for each complete record.
    template<typename Fn> void feed(const QByteArray& data, Fn&& onRecord)
    {
        for (const char c : data) {
            if (c == '"') {
                m_quoted = !m_quoted;
            } else if (!m_quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' || !m_lastWasCr)
                    flush(onRecord);
                m_lastWasCr = c == '\r';
                continue;
            }
            m_lastWasCr = false;
            m_current.append(c);
        }
    }
    template<typename Fn> void finish(Fn&& onRecord)
    {
        if (!m_current.isEmpty())
            flush(onRecord);
    }

private:
    template<typename Fn> void flush(Fn&& onRecord)
    {
        onRecord(m_current);
        m_current.clear();
    }
    QByteArray m_current;
    bool m_quoted = false;
    bool m_lastWasCr = false;
};

bool blank(const QByteArray& record)
{
    return std::all_of(record.cbegin(), record.cend(), [](char c) { return c == ',' || c == ' ' || c == '\t'; });
}

QStringList cellsOf(const QByteArray& record, const QString& encoding, const QString& source)
{
    // One record is a tiny CSV file: the table reader's quoting rules, in the encoding the scan found.
    const TableReader::Encoding enc = encoding == u"CP932" ? TableReader::Encoding::Cp932 : TableReader::Encoding::Utf8;
    const Table t = TableReader::readCsv(record + '\n', source, enc);
    return t.rows.value(0);
}

} // namespace

PopulationScan PopulationFile::scan(const QString& path)
{
    PopulationScan s;
    s.source = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(s.source, f.errorString()));
    if (f.size() == 0)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the file is empty.").arg(s.source));
    if (f.size() > kMaxBytes)
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: the file is too large (%2 bytes; at most %3).").arg(s.source).arg(f.size()).arg(kMaxBytes));
    s.bytes = f.size();
    if (isZip(f)) {
        f.close();
        TableLimits limits;
        limits.maxRows = int(std::min<qint64>(kMaxRecords, 1'000'000));
        limits.maxFileBytes = kMaxBytes;
        limits.maxUncompressedBytes = 1LL << 30;
        const Table t = TableReader::readXlsx(path, limits);
        s.encoding = QStringLiteral("XLSX");
        s.header = t.rows.value(0);
        for (qsizetype r = 1; r < t.rows.size(); ++r)
            if (!t.rows[r].join(QString()).trimmed().isEmpty())
                ++s.records;
        Sha256 sha;
        QFile again(path);
        if (again.open(QIODevice::ReadOnly))
            while (!again.atEnd())
                sha.add(again.read(kChunk));
        s.sha256 = sha.hexDigest();
        if (s.records == 0)
            throw AuditError(ErrorCode::InvalidInput, tr("%1: no records below the header row.").arg(s.source));
        return s;
    }

    Sha256 sha;
    QStringDecoder utf8(QStringConverter::Utf8); // stateful: a character split between chunks is fine
    bool first = true, bom = false;
    QByteArray headerBytes;
    bool haveHeader = false;
    RecordSplitter split;
    auto onRecord = [&](const QByteArray& record) {
        if (!haveHeader) {
            if (blank(record))
                return;
            if (record.size() > kMaxRecordBytes)
                throw AuditError(ErrorCode::InvalidInput, tr("%1: the header row is too long.").arg(s.source));
            headerBytes = record;
            haveHeader = true;
            return;
        }
        if (blank(record))
            return;
        if (++s.records > kMaxRecords)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: too many records (more than %2).").arg(s.source).arg(kMaxRecords));
        if (record.size() > kMaxRecordBytes)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1, record %2: the record is too long (%3 bytes; at most %4).")
                                 .arg(s.source)
                                 .arg(s.records)
                                 .arg(record.size())
                                 .arg(kMaxRecordBytes));
    };
    while (!f.atEnd()) {
        QByteArray chunk = f.read(kChunk);
        sha.add(chunk);
        if (first) {
            bom = chunk.startsWith("\xEF\xBB\xBF");
            first = false;
        }
        if (chunk.contains('\0'))
            throw AuditError(ErrorCode::InvalidInput, tr("%1: the file is binary, not CSV text.").arg(s.source));
        const QString decoded = utf8.decode(chunk); // the decoding runs when converted: kept only to check it
        Q_UNUSED(decoded);
        split.feed(chunk, onRecord);
    }
    split.finish(onRecord);
    s.sha256 = sha.hexDigest();
    if (!utf8.hasError()) {
        s.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    } else {
        QStringDecoder cp932("Windows-31J");
        if (!cp932.isValid())
            throw AuditError(ErrorCode::Internal, tr("%1: this build cannot decode CP932 (Shift_JIS).").arg(s.source));
        // Checked over the whole file in a second streaming read: a UTF-8 error may be CP932 text, or neither.
        QFile again(path);
        if (!again.open(QIODevice::ReadOnly))
            throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(s.source, again.errorString()));
        bool bad = false;
        while (!again.atEnd() && !bad) {
            const QString text = cp932.decode(again.read(kChunk));
            bad = cp932.hasError() || text.contains(QChar::ReplacementCharacter);
        }
        if (bad)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.").arg(s.source));
        s.encoding = QStringLiteral("CP932");
    }
    if (bom && headerBytes.startsWith("\xEF\xBB\xBF"))
        headerBytes.remove(0, 3);
    s.header = haveHeader ? cellsOf(headerBytes, s.encoding, s.source) : QStringList();
    if (s.records == 0)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: no records below the header row.").arg(s.source));
    return s;
}

QHash<qint64, QStringList> PopulationFile::records(const QString& path, const PopulationScan& scan,
                                                   const QList<qint64>& indices)
{
    QHash<qint64, QStringList> out;
    const QSet<qint64> wanted(indices.cbegin(), indices.cend());
    if (scan.encoding == u"XLSX") {
        TableLimits limits;
        limits.maxRows = 1'000'000;
        limits.maxFileBytes = kMaxBytes;
        limits.maxUncompressedBytes = 1LL << 30;
        const Table t = TableReader::readXlsx(path, limits);
        qint64 n = 0;
        for (qsizetype r = 1; r < t.rows.size(); ++r) {
            if (t.rows[r].join(QString()).trimmed().isEmpty())
                continue;
            if (wanted.contains(++n))
                out.insert(n, t.rows[r]);
        }
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(scan.source, f.errorString()));
    RecordSplitter split;
    bool haveHeader = false;
    qint64 n = 0;
    auto onRecord = [&](const QByteArray& record) {
        if (blank(record))
            return;
        if (!haveHeader) {
            haveHeader = true;
            return;
        }
        if (wanted.contains(++n))
            out.insert(n, cellsOf(record, scan.encoding, scan.source));
    };
    while (!f.atEnd() && out.size() < wanted.size())
        split.feed(f.read(kChunk), onRecord);
    split.finish(onRecord);
    return out;
}

QString PopulationFile::label(const QStringList& cells)
{
    QStringList parts;
    for (const QString& c : cells) {
        const QString t = c.simplified();
        if (!t.isEmpty())
            parts << t;
        if (parts.size() == 4)
            break;
    }
    QString l = parts.join(QStringLiteral(" / "));
    if (l.size() > 200)
        l = l.left(199) + u'…';
    return l;
}

} // namespace ismap
