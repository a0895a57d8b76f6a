#pragma once

#include "catalog/Catalog.h"
#include "tabular/Table.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ismap {

class Workbook;

/** How to read an official catalog file: the revision (else found in the file) and the XLSX sheet. */
struct CatalogImportOptions
{
    QString revision; ///< overrides whatever the file says
    QString sheet; ///< XLSX sheet name; empty = the first sheet
    TableReader::Encoding encoding = TableReader::Encoding::Auto;
    TableLimits limits;
};

/** An official catalog read from a file and checked, ready to install into a workbook. */
struct ImportedCatalog
{
    QString source; ///< file name
    QString encoding; ///< as TableReader detected it
    QString revision;
    QString revisionFrom; ///< "option", "column" or "file"
    int headerRow = 0; ///< row number of the header, as the user sees it
    QStringList columns; ///< recognised columns, e.g. "id=管理策番号"
    int skippedRows = 0; ///< rows below the header without an ID (notes, section captions)
    QList<CatalogItem> items;
};

/** What an import read and what installing it changed. */
struct CatalogImportResult
{
    ImportedCatalog catalog;
    CatalogInstallResult install;
};

/**
 * Import of the official criteria catalog (ISMAP管理基準) as an audit firm holds it: CSV or XLSX,
 * Japanese or English headers anywhere in the first rows, Japanese and English title and text columns,
 * any numbering depth. All rows or none: every problem is collected with its row number and reported
 * together in one AuditError (one line per problem); nothing is written unless the whole file is good.
 */
class CatalogImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)
public:
    /// Rows scanned for the header and for a revision above it.
    static constexpr int kHeaderScanRows = 20;
    /// Problems listed in one error before "… and N more".
    static constexpr int kMaxListedProblems = 50;

    static ImportedCatalog read(const QString& path, const CatalogImportOptions& options = {});
    static ImportedCatalog parse(const Table& table, const CatalogImportOptions& options = {});
    /// Reads @p path and installs it in one transaction (after the whole file has been checked).
    static CatalogImportResult importInto(Workbook& wb, const QString& path, const CatalogImportOptions& options = {});

    /// The revision a text names ("2023年10月改訂" → "2023-10", "令和7年度", "2022/4/1" → "2022-04-01"), or empty.
    static QString revisionFromText(const QString& text);
};

} // namespace ismap
