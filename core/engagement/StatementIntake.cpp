#include "engagement/StatementIntake.h"

#include "database/Database.h"
#include "fieldwork/Procedures.h"
#include "workbook/Workbook.h"

namespace ismap {

StatementImportResult StatementIntake::importTable(Workbook& wb, const Table& table,
                                                   const StatementImportOptions& options, const QString& sourceSha256)
{
    wb.requireWritable();
    Transaction tx(wb.db());
    StatementImportResult r = importTableInTransaction(wb, table, options, sourceSha256);
    tx.commit();
    wb.notifyChanged(QStringLiteral("statement"));
    return r;
}

StatementImportResult StatementIntake::importTableInTransaction(Workbook& wb, const Table& table,
                                                                const StatementImportOptions& options,
                                                                const QString& sourceSha256)
{
    StatementImportResult r = StatementImport::writeInTransaction(wb, table, options, sourceSha256);
    // The statement decides which items carry procedure steps: add, retire or revive them in the same action.
    Procedures::refreshInTransaction(wb);
    return r;
}

StatementImportResult StatementIntake::importFile(Workbook& wb, const QString& path,
                                                  const StatementImportOptions& options)
{
    QString sha256;
    StatementImportOptions withCover = options;
    QList<Table> others;
    const Table table = StatementImport::readTable(path, options, &sha256, &others);
    withCover.coverSheets += others;
    return importTable(wb, table, withCover, sha256);
}

} // namespace ismap
