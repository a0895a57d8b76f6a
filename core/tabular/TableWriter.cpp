#include "tabular/TableWriter.h"

#include "common/AuditError.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>
#include <xlsxwriter.h>

namespace ismap {

namespace {

QString csvField(const QString& cell)
{
    QString v = cell;
    // A cell Excel would run as a formula (=…, @…, or +/- before anything but a number or a space) gets a leading
    // apostrophe: an export is data, never a command run on the reader's machine.
    const bool signed_
        = v.size() > 1 && (v.front() == u'+' || v.front() == u'-') && !v.at(1).isDigit() && !v.at(1).isSpace();
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'@' || signed_))
        v.prepend(u'\'');
    bool quote = false;
    for (const QChar c : v)
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    if (!quote)
        return v;
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

/// The characters Unicode text from a Mac or Linux often holds where Windows' CP932 has a look-alike (WAVE DASH
/// and FULLWIDTH TILDE, EM DASH and HORIZONTAL BAR, …, and the EN DASH of English titles): mapped, as Windows' own
/// best-fit conversion does, so such text still exports.
QString toCp932Forms(QString text)
{
    static const std::pair<char16_t, char16_t> forms[]
        = { { 0x301C, 0xFF5E }, { 0x2014, 0x2015 }, { 0x2212, 0xFF0D }, { 0x2016, 0x2225 }, { 0x00A2, 0xFFE0 },
            { 0x00A3, 0xFFE1 }, { 0x00AC, 0xFFE2 }, { 0x2013, u'-' },   { 0x00A0, u' ' } };
    for (const auto& [from, to] : forms)
        text.replace(QChar(from), QChar(to));
    return text;
}

bool wholeNumber(const QString& text, double* value)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    for (const QChar c : text)
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    *value = text.toDouble();
    return true;
}

void check(lxw_error e, const QString& path)
{
    if (e != LXW_NO_ERROR)
        throw AuditError(ErrorCode::Io,
                         TableWriter::tr("%1: cannot write the XLSX file (%2).")
                             .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(e))));
}

} // namespace

TableWriter::Format TableWriter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return Format::Xlsx;
    if (suffix == u"csv")
        return Format::Csv;
    throw AuditError(ErrorCode::InvalidInput,
                     tr("%1: give a file name ending in .xlsx or .csv.").arg(QDir::toNativeSeparators(path)));
}

TableWriter::CsvEncoding TableWriter::encodingFromName(const QString& name)
{
    const QString n = name.toLower().remove(u'-').remove(u'_');
    if (n.isEmpty() || n == u"utf8" || n == u"utf8bom")
        return CsvEncoding::Utf8Bom;
    if (n == u"cp932" || n == u"sjis" || n == u"shiftjis" || n == u"windows31j")
        return CsvEncoding::Cp932;
    throw AuditError(ErrorCode::InvalidInput,
                     tr("--encoding: \"%1\" is not a CSV encoding (utf8 or cp932).").arg(name));
}

QByteArray TableWriter::csvBytes(const Sheet& sheet, CsvEncoding encoding, const QString& target)
{
    QString text;
    auto line = [&](const QStringList& cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString& c : cells)
            fields.append(csvField(c));
        text += fields.join(u',') + QStringLiteral("\r\n");
    };
    line(sheet.headers);
    for (const QStringList& r : sheet.rows)
        line(r);
    if (encoding == CsvEncoding::Utf8Bom)
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();

    // Encoded once; only when the text does not come back as it was is each cell tried, to name the one at fault.
    auto roundTrips = [](const QString& text, QByteArray* encoded) {
        QStringEncoder to("Windows-31J");
        QStringDecoder from("Windows-31J");
        if (!to.isValid() || !from.isValid())
            throw AuditError(ErrorCode::Internal, tr("this build cannot write CP932 (Shift_JIS)."));
        *encoded = to(text);
        const QString back = from(*encoded);
        return !to.hasError() && back == text;
    };
    QByteArray out;
    if (roundTrips(toCp932Forms(text), &out))
        return out;
    QByteArray ignored;
    for (int r = 0; r < sheet.rows.size(); ++r)
        for (int c = 0; c < sheet.rows[r].size(); ++c)
            if (!roundTrips(toCp932Forms(sheet.rows[r][c]), &ignored))
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("%1, row %2, column \"%3\": \"%4\" has a character CP932 (Shift_JIS) cannot "
                                    "hold; export as UTF-8 instead.")
                                     .arg(target.isEmpty() ? sheet.name : QDir::toNativeSeparators(target))
                                     .arg(r + 2)
                                     .arg(sheet.headers.value(c), sheet.rows[r][c].left(40)));
    throw AuditError(ErrorCode::InvalidInput,
                     tr("the export has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead."));
}

void TableWriter::writeCsv(const Sheet& sheet, const QString& path, CsvEncoding encoding)
{
    const QByteArray bytes = csvBytes(sheet, encoding, path);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw AuditError(ErrorCode::Io,
                         tr("%1: cannot write the file (%2).").arg(QDir::toNativeSeparators(path), f.errorString()));
}

void TableWriter::writeXlsx(const Sheet& sheet, const QString& path)
{
    // libxlsxwriter writes the whole file at close; it goes to a temporary name in the same folder first.
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        throw AuditError(ErrorCode::Io, tr("%1: the folder does not exist.").arg(QDir::toNativeSeparators(path)));
    const QString temp = target.absoluteDir().filePath(QStringLiteral(".%1.part").arg(target.fileName()));
    QFile::remove(temp);
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows streamed out as written: memory stays flat for any size
    lxw_workbook* book = workbook_new_opt(tempName.constData(), &options);
    if (!book)
        throw AuditError(ErrorCode::Io, tr("%1: cannot write the XLSX file.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet* ws = workbook_add_worksheet(book, sheet.name.left(31).toUtf8().constData());
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE4EE);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* cell = workbook_add_format(book);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    const int columns = int(sheet.headers.size());
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.widths.value(c, 14), nullptr);
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), sheet.headers[c].toUtf8().constData(), head);
    worksheet_freeze_panes(ws, 1, 0);
    lxw_error e = LXW_NO_ERROR;
    for (int r = 0; r < sheet.rows.size() && e == LXW_NO_ERROR; ++r) {
        const QStringList& row = sheet.rows[r];
        for (int c = 0; c < row.size() && c < columns; ++c) {
            if (row[c].isEmpty())
                continue;
            double number = 0;
            if (sheet.numeric.value(c) && wholeNumber(row[c], &number))
                e = worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c), number, cell);
            else
                e = worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), row[c].toUtf8().constData(), cell);
            if (e != LXW_NO_ERROR)
                break;
        }
    }
    if (columns > 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(columns - 1));
    const lxw_error closed = workbook_close(book);
    if (e != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        QFile::remove(temp);
        check(e != LXW_NO_ERROR ? e : closed, path);
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        throw AuditError(ErrorCode::Io, tr("%1: cannot write the file.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace ismap
