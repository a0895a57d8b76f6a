#pragma once

#include "statement/StatementImport.h"

#include <QCoreApplication>

namespace ismap {

class Workbook;

/**
 * Taking in the CSP's statement (言明書) as one user action: the statement module writes the items and the
 * statement's content, and fieldwork adds, retires or revives the procedure steps the new scope implies — in
 * one transaction with their trail rows, so a statement never stands without its steps. Both the CLI and the
 * desktop app import through here.
 */
class StatementIntake
{
    Q_DECLARE_TR_FUNCTIONS(StatementIntake)
public:
    /// Checks and, only if every row is right, writes the statement and refreshes the steps in one transaction.
    /// Throws AuditError (InvalidInput) listing every problem, one per line, and then nothing has changed.
    /// @p sourceSha256 (of the file the table came from) goes into the trail's summary row.
    static StatementImportResult importTable(Workbook& wb, const Table& table,
                                             const StatementImportOptions& options = {},
                                             const QString& sourceSha256 = {});
    /// importTable() inside the caller's transaction (e.g. while creating a workbook); notifies nobody.
    static StatementImportResult importTableInTransaction(Workbook& wb, const Table& table,
                                                          const StatementImportOptions& options,
                                                          const QString& sourceSha256);
    /// StatementImport::readTable() (with the other sheets as cover sheets), then importTable().
    static StatementImportResult importFile(Workbook& wb, const QString& path,
                                            const StatementImportOptions& options = {});
    /// Sets (or with Undecided clears) the applicability of @p itemIds and its reason, keeping the rest of each
    /// entry (description, frequency, population), and refreshes their procedure steps: one action, a reviewer
    /// or the lead. Out of scope needs a reason. Throws AuditError naming the item; then nothing has changed.
    static void setApplicability(Workbook& wb, const QStringList& itemIds, Applicability applicability,
                                 const QString& reason);
};

} // namespace ismap
