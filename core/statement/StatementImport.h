#pragma once

#include "statement/StatementBook.h"
#include "tabular/Table.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

class Workbook;

/** What a statement import read, would change or changed, and every problem it found. */
struct StatementImportResult
{
    QString source; ///< file name as shown in messages
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "CP932", "XLSX"
    QString sha256; ///< of the imported file, recorded in the trail
    int headerRow = 0; ///< row number of the header row
    int rowsRead = 0; ///< non-empty rows below the header
    int headingRows = 0; ///< rows skipped as section headings or notes (no statement item, no mark)
    QList<StatementEntry> entries; ///< one per item the file states
    int cleared = 0; ///< earlier entries of items the file does not mention (made undecided unless merging)
    int inScope = 0; ///< statement items in scope after the import
    int outOfScope = 0;
    int undecided = 0;
    /// One line per problem: "FILE, row N: ID: reason". Non-empty means nothing was (or would be) written.
    QStringList errors;
    std::optional<StatementInfo> info; ///< the statement's content found on a cover sheet, if any

    bool ok() const { return errors.isEmpty(); }
};

/** How to read a statement file and what to do with items it does not mention. */
struct StatementImportOptions
{
    TableReader::Encoding encoding = TableReader::Encoding::Auto;
    QString sheet; ///< XLSX: worksheet name (default: the first)
    /// Keep the entries of items the file does not mention instead of making them undecided.
    bool merge = false;
    TableLimits limits;
    /// Sheets that carry the statement's own content (a cover sheet: 言明日, 版, リージョン, 基盤サービス, システム
    /// 概要, 期間中の変更, 後発事象 as label and value), from the same XLSX or a second file.
    QList<Table> coverSheets;
};

/**
 * Import of the CSP's statement (言明書) from CSV (UTF-8, UTF-8 with BOM, CP932) or XLSX: finds the header
 * row under any title rows, reads Japanese or English column names, normalises IDs, marks, frequencies and
 * populations, and checks every row before writing anything. All rows or none: one problem anywhere means
 * nothing is written, and every problem is reported with its row number. Items the file does not mention
 * are undecided afterwards (unless merging), and a successful import is one transaction with a trail row
 * per changed item plus a "statement.import" summary row.
 */
class StatementImport
{
    Q_DECLARE_TR_FUNCTIONS(StatementImport)
public:
    using Options = StatementImportOptions;

    /// Reads @p path into a table (no workbook needed, so a bad file never touches one) and, if asked, the
    /// file's SHA-256 for the trail. Throws AuditError naming the file (and row) it cannot read.
    /// An XLSX workbook without a sheet named is searched for the sheet whose header names the ID and
    /// applicability columns; its other sheets go to @p otherSheets (for a cover sheet).
    static Table readTable(const QString& path, const Options& options = {}, QString* sha256 = nullptr,
                           QList<Table>* otherSheets = nullptr);
    /// The statement's content on a cover sheet (labels in the first columns, the value beside them); nullopt
    /// when the sheet has no such label. Problems (a date that is none, a label given twice) go to @p errors by
    /// file and row.
    static std::optional<StatementInfo> parseCover(const Table& sheet, QStringList* errors);

    /// Checks @p table against the workbook's catalog and returns what an import would do; writes nothing.
    /// A missing ID or applicability column is reported in `errors` like any row problem.
    static StatementImportResult check(Workbook& wb, const Table& table, const Options& options = {});

    /// Checks and, only if every row is right, writes the statement (items and content) with its trail rows
    /// inside the caller's transaction; notifies nobody. Throws AuditError (InvalidInput) whose message lists
    /// every problem, one per line, and then nothing has been written. @p sourceSha256 (of the file the table
    /// came from) goes into the trail's summary row. The procedure steps the statement implies are not this
    /// module's: StatementIntake (engagement/) writes the statement and refreshes the steps in one action.
    static StatementImportResult writeInTransaction(Workbook& wb, const Table& table, const Options& options,
                                                    const QString& sourceSha256);

    /// ○ 〇 ● Y Yes 1 対象 適用 採用 in_scope true / × ✕ N No 0 対象外 非適用 不採用 該当なし － - out_of_scope false.
    static std::optional<Applicability> parseMark(const QString& text);
    /// Frequency key (annual … event) for a word such as 年次, 四半期, 随時 or monthly; "" for an empty cell.
    static std::optional<QString> parseFrequency(const QString& text);
    /// The count in a population cell: "1,234", "１２０", "約1,200件", "365日分", "変更管理チケット（約1,200件）";
    /// none for words alone ("入館申請書"), a range, a decimal, a negative, several counts, empty or "－".
    static std::optional<qint64> populationCount(const QString& text);
};

} // namespace ismap
