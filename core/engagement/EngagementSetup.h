#pragma once

#include "catalog/CatalogImport.h"
#include "statement/StatementImport.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace ismap {

/** Everything a new engagement starts with: the engagement, its team, its criteria and (optionally) the statement. */
struct EngagementSetup
{
    Engagement engagement;
    QList<TeamMember> team; ///< name and role of each member (ids are assigned on creation)
    /// The official catalog (CSV or XLSX); empty: the built-in criteria skeleton bundled with the application.
    QString catalogFile;
    CatalogImportOptions catalogOptions;
    /// The CSP's statement (言明書, CSV or XLSX); empty: none yet.
    QString statementFile;
    StatementImportOptions statementOptions;
    /// The member who creates the workbook: recorded in the trail for the catalog and statement imports.
    QString creator;
};

/** What creating the workbook installed. */
struct EngagementSetupResult
{
    QString criteriaRevision;
    QString criteriaSource; ///< "builtin" or the catalog file's name
    int criteriaItems = 0;
    std::optional<StatementImportResult> statement;
};

/**
 * Creating a workbook for a new engagement in one step, as the desktop app's new-workbook wizard does:
 * the engagement is checked field by field, the catalog and statement files are read and checked, and
 * the workbook is created with its team, criteria and statement (and the statement's procedure steps) in
 * one transaction. Any problem — a field, a team member, a catalog or statement row — throws an AuditError
 * naming it, and then no file is left behind.
 */
class EngagementSetupBook
{
    Q_DECLARE_TR_FUNCTIONS(EngagementSetupBook)
public:
    /// The longest audit period the scheme allows (one year).
    static bool periodWithinOneYear(const QDate& start, const QDate& end);
    /// Throws InvalidInput naming the first engagement field that is missing or wrong.
    static void checkEngagement(const Engagement& engagement);
    /// Throws InvalidInput unless every member has a name, names are unique and there is an engagement lead.
    static void checkTeam(const QList<TeamMember>& team);
    /// Checks @p setup, reads its files and creates the workbook at @p path (which must not exist).
    static std::unique_ptr<Workbook> create(const QString& path, const EngagementSetup& setup,
                                            EngagementSetupResult* result = nullptr);
};

} // namespace ismap
