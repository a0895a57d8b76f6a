#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ismap {

/** Rows read from a CSV file or an XLSX sheet, each with the row number a user sees in Excel. */
struct Table
{
    QString source; ///< file name, for error messages
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "CP932", "XLSX"
    QList<QStringList> rows;
    QList<int> rowNumbers; ///< 1-based row number of each entry of `rows`

    /// Index of the first row whose cells contain a recognised header, or -1.
    int findHeaderRow(const QList<QStringList>& aliasGroups, int scanRows = 10) const;
};

/// Limits that keep hostile or mistaken input from exhausting memory.
struct TableLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    qint64 maxUncompressedBytes = 256LL * 1024 * 1024; ///< XLSX: all parts read together
    int maxRows = 20000;
    int maxColumns = 256;
    int maxCellChars = 32767; ///< Excel's own limit for one cell
    int maxXmlDepth = 64;
};

/** Reads tabular files: CSV (UTF-8 with or without BOM, or CP932, detected or forced) and XLSX. */
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    enum class Encoding { Auto, Utf8, Cp932 };

    /// Reads @p path; XLSX is recognised by its zip signature, anything else is read as CSV.
    /// Throws AuditError(InvalidInput) naming the file and row for anything it cannot read.
    static Table read(const QString& path, Encoding encoding = Encoding::Auto, const TableLimits& limits = {});
    static Table readCsv(const QByteArray& bytes, const QString& source, Encoding encoding = Encoding::Auto,
                         const TableLimits& limits = {});
    /// First worksheet of an XLSX workbook (or the sheet named @p sheet).
    static Table readXlsx(const QString& path, const TableLimits& limits = {}, const QString& sheet = {});
    /// The names of an XLSX workbook's sheets in their order; empty when it is no readable XLSX (readXlsx then
    /// says why). Throws InvalidInput for a malformed workbook part.
    static QStringList xlsxSheetNames(const QString& path, const TableLimits& limits = {});
    static Encoding encodingFromName(const QString& name, bool* ok);
};

} // namespace ismap
