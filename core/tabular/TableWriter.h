#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ismap {

/** One sheet of a work paper: a header row, then rows of text; some columns hold whole numbers. */
struct Sheet
{
    QString name; ///< the worksheet's name (at most 31 characters, no []:*?/\)
    QStringList headers;
    QList<int> widths; ///< column widths in Excel's character units, one per header
    QList<bool> numeric; ///< columns written as numbers in XLSX (cells that are not whole numbers stay text)
    QList<QStringList> rows;
};

/**
 * Writes sheets the way Excel users in Japan open them: XLSX through libxlsxwriter (Japanese text, column widths,
 * a frozen header row, an auto-filter), CSV as UTF-8 with a BOM or as CP932. The file is written next to its
 * destination and renamed into place, so a failed export leaves no half-written file.
 */
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    enum class Format { Xlsx, Csv };
    enum class CsvEncoding { Utf8Bom, Cp932 };

    /// The format a file name asks for (.xlsx or .csv); throws InvalidInput naming the file otherwise.
    static Format formatFor(const QString& path);
    /// "utf8" (UTF-8 with a BOM, the default) or "cp932" (also "sjis", "shift_jis"); throws InvalidInput.
    static CsvEncoding encodingFromName(const QString& name);

    static void writeXlsx(const Sheet& sheet, const QString& path);
    /// Throws InvalidInput naming the file, row and column of a character CP932 cannot hold (nothing is written).
    static void writeCsv(const Sheet& sheet, const QString& path, CsvEncoding encoding = CsvEncoding::Utf8Bom);
    /// The CSV text; @p target names the file in errors (the sheet's name when empty).
    static QByteArray csvBytes(const Sheet& sheet, CsvEncoding encoding, const QString& target = {});
};

} // namespace ismap
