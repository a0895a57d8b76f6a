#include "common/AuditError.h"
#include "tabular/Table.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace ismap {

int Table::findHeaderRow(const QList<QStringList>& aliasGroups, int scanRows) const
{
    for (int r = 0; r < rows.size() && r < scanRows; ++r) {
        int hits = 0;
        for (const QString& cell : rows[r]) {
            const QString c = cell.trimmed().normalized(QString::NormalizationForm_KC).toLower();
            for (const QStringList& group : aliasGroups) {
                if (group.contains(c)) {
                    ++hits;
                    break;
                }
            }
        }
        if (hits > 0)
            return r;
    }
    return -1;
}

TableReader::Encoding TableReader::encodingFromName(const QString& name, bool* ok)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    *ok = true;
    if (n == u"auto")
        return Encoding::Auto;
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"cp932" || n == u"sjis" || n == u"shiftjis" || n == u"windows31j")
        return Encoding::Cp932;
    *ok = false;
    return Encoding::Auto;
}

namespace {

QString decode(const QByteArray& bytes, const QString& source, TableReader::Encoding requested, QString* used)
{
    QByteArray body = bytes;
    const bool bom = body.startsWith("\xEF\xBB\xBF");
    if (bom)
        body.remove(0, 3);
    auto tryUtf8 = [&](bool strict) -> std::optional<QString> {
        QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString s = dec.decode(body);
        if (strict && dec.hasError())
            return std::nullopt;
        return s;
    };
    auto cp932 = [&]() -> QString {
        QStringDecoder dec("Windows-31J");
        if (!dec.isValid())
            dec = QStringDecoder("Shift_JIS");
        if (!dec.isValid())
            throw AuditError(ErrorCode::Internal,
                             TableReader::tr("%1: this build cannot decode CP932 (Shift_JIS).").arg(source));
        QString s = dec.decode(body);
        if (dec.hasError() || s.contains(QChar::ReplacementCharacter))
            throw AuditError(ErrorCode::InvalidInput,
                             TableReader::tr("%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.").arg(source));
        *used = QStringLiteral("CP932");
        return s;
    };
    switch (requested) {
    case TableReader::Encoding::Utf8: {
        auto s = tryUtf8(true);
        if (!s)
            throw AuditError(ErrorCode::InvalidInput, TableReader::tr("%1: the file is not valid UTF-8.").arg(source));
        *used = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        return *s;
    }
    case TableReader::Encoding::Cp932:
        return cp932();
    case TableReader::Encoding::Auto:
        break;
    }
    if (auto s = tryUtf8(true)) {
        *used = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        return *s;
    }
    return cp932();
}

} // namespace

Table TableReader::readCsv(const QByteArray& bytes, const QString& source, Encoding encoding, const TableLimits& limits)
{
    if (bytes.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the file is empty.").arg(source));
    if (bytes.size() > limits.maxFileBytes)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the file is too large (%2 bytes; at most %3).")
                             .arg(source)
                             .arg(bytes.size())
                             .arg(limits.maxFileBytes));
    if (bytes.left(4096).contains('\0'))
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the file is binary, not CSV text.").arg(source));

    Table t;
    t.source = source;
    const QString text = decode(bytes, source, encoding, &t.encoding);

    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    int rowStartLine = 1;
    auto endCell = [&]() {
        if (cell.size() > limits.maxCellChars)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1, row %2, column %3: the cell is too long (%4 characters; at most %5).")
                                 .arg(source)
                                 .arg(rowStartLine)
                                 .arg(row.size() + 1)
                                 .arg(cell.size())
                                 .arg(limits.maxCellChars));
        if (row.size() >= limits.maxColumns)
            throw AuditError(
                ErrorCode::InvalidInput,
                tr("%1, row %2: too many columns (at most %3).").arg(source).arg(rowStartLine).arg(limits.maxColumns));
        row.append(cell);
        cell.clear();
        cellStarted = false;
    };
    auto endRow = [&]() {
        endCell();
        bool empty = true;
        for (const QString& c : std::as_const(row))
            if (!c.trimmed().isEmpty()) {
                empty = false;
                break;
            }
        if (!empty) {
            if (t.rows.size() >= limits.maxRows)
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("%1: too many rows (more than %2).").arg(source).arg(limits.maxRows));
            t.rows.append(row);
            t.rowNumbers.append(rowStartLine);
        }
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                // A line break inside quotes stays in the cell: rows are counted as Excel shows them.
                cell.append(c);
                if (cell.size() > limits.maxCellChars + 1)
                    endCell(); // throws with the row and column
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\r') {
            // CRLF or lone CR ends the row
            endRow();
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            rowStartLine = line;
        } else if (c == u'\n') {
            endRow();
            ++line;
            rowStartLine = line;
        } else {
            cell.append(c);
            cellStarted = true;
            if (cell.size() > limits.maxCellChars + 1)
                endCell();
        }
    }
    if (quoted)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1, row %2: a quoted cell is never closed.").arg(source).arg(rowStartLine));
    if (!cell.isEmpty() || !row.isEmpty())
        endRow();
    if (t.rows.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the file has no rows.").arg(source));
    return t;
}

Table TableReader::read(const QString& path, Encoding encoding, const TableLimits& limits)
{
    QFile f(path);
    const QString source = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    if (f.size() > limits.maxFileBytes)
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: the file is too large (%2 bytes; at most %3).").arg(source).arg(f.size()).arg(limits.maxFileBytes));
    const QByteArray head = f.peek(4);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0")
        || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        f.close();
        return readXlsx(path, limits);
    }
    return readCsv(f.readAll(), source, encoding, limits);
}

} // namespace ismap
