#include "engagement/StatementIntake.h"

#include "catalog/Catalog.h"
#include "common/AuditError.h"
#include "database/Database.h"
#include "fieldwork/FieldworkAction.h"
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

void StatementIntake::setApplicability(Workbook& wb, const QStringList& itemIds, Applicability applicability,
                                       const QString& reason)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("set an item's applicability"));
    if (itemIds.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("applicability: no item given."));
    const QString why = reason.trimmed();
    QList<StatementEntry> entries;
    for (const QString& id : itemIds) {
        const std::optional<CatalogItem> item = Catalog::item(wb, id);
        if (!item)
            throw AuditError(ErrorCode::NotFound, tr("%1: no such item in the criteria catalog.").arg(id));
        // The same rule as a statement file's: a mandatory item is left out only with a stated reason.
        if (applicability == Applicability::OutOfScope && item->mandatory && why.isEmpty())
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: a mandatory item is out of scope only with a reason (非採用理由).").arg(id));
        StatementEntry e = StatementBook::entry(wb, id).value_or(StatementEntry {});
        e.itemId = id;
        e.applicability = applicability;
        e.reason = applicability == Applicability::InScope ? QString() : why;
        entries << e;
    }
    StatementBook::write(wb, entries, QStringLiteral("statement.set"));
    for (const QString& id : itemIds)
        Procedures::refreshInTransaction(wb, id);
    action.commit();
    wb.notifyChanged(QStringLiteral("statement"));
}

} // namespace ismap
