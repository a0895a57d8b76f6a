#include "engagement/EngagementSetup.h"

#include "catalog/Catalog.h"
#include "engagement/StatementIntake.h"

#include <QFileInfo>

namespace ismap {

bool EngagementSetupBook::periodWithinOneYear(const QDate& start, const QDate& end)
{
    return start.isValid() && end.isValid() && start <= end && end < start.addYears(1);
}

void EngagementSetupBook::checkEngagement(const Engagement& e)
{
    if (e.csp.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("Cloud service provider: give the provider's name."));
    if (e.service.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("Cloud service: give the service's name."));
    if (!e.periodStart.isValid() || !e.periodEnd.isValid())
        throw AuditError(ErrorCode::InvalidInput, tr("Audit period: give the first and the last day."));
    if (e.periodEnd < e.periodStart)
        throw AuditError(ErrorCode::InvalidInput, tr("Audit period: the last day is before the first."));
    if (!periodWithinOneYear(e.periodStart, e.periodEnd))
        throw AuditError(ErrorCode::InvalidInput, tr("Audit period: an ISMAP audit period is at most one year."));
    if (e.scheme != u"ismap" && e.scheme != u"ismap-liu")
        throw AuditError(ErrorCode::InvalidInput, tr("Scheme: \"%1\" is neither ISMAP nor ISMAP-LIU.").arg(e.scheme));
    if (e.auditKind != u"initial" && e.auditKind != u"renewal")
        throw AuditError(ErrorCode::InvalidInput,
                         tr("Audit kind: \"%1\" is neither initial nor renewal.").arg(e.auditKind));
}

void EngagementSetupBook::checkTeam(const QList<TeamMember>& team)
{
    bool lead = false;
    for (int i = 0; i < team.size(); ++i) {
        Workbook::checkNewMember(team.mid(0, i), team[i].name,
                                 team[i].role); // the rule `team add` and the wizard apply
        lead = lead || team[i].role == Role::Lead;
    }
    if (!lead)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("Team: name the engagement lead (only the lead may finalise the engagement)."));
}

std::unique_ptr<Workbook> EngagementSetupBook::create(const QString& path, const EngagementSetup& setup,
                                                      EngagementSetupResult* result)
{
    checkEngagement(setup.engagement);
    checkTeam(setup.team);
    if (path.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("Workbook file: choose where to save the new workbook."));

    // Every file is read and checked before the workbook exists: a bad file never leaves a half-made workbook.
    EngagementSetupResult r;
    QList<CatalogItem> criteria;
    if (setup.catalogFile.isEmpty()) {
        criteria = Catalog::builtinSkeleton();
        r.criteriaRevision = QString::fromLatin1(Catalog::kBuiltinRevision);
        r.criteriaSource = QStringLiteral("builtin");
    } else {
        ImportedCatalog c = CatalogImport::read(setup.catalogFile, setup.catalogOptions);
        criteria = std::move(c.items);
        r.criteriaRevision = c.revision;
        r.criteriaSource = c.source;
    }
    r.criteriaItems = int(criteria.size());
    Table statement;
    QString statementSha256;
    if (!setup.statementFile.isEmpty())
        statement = StatementImport::readTable(setup.statementFile, setup.statementOptions, &statementSha256);

    Engagement e = setup.engagement;
    e.csp = e.csp.trimmed();
    e.service = e.service.trimmed();
    e.firm = e.firm.trimmed();
    e.criteriaRevision = r.criteriaRevision;
    e.criteriaSource = r.criteriaSource;
    auto wb = Workbook::create(path, e, [&](Workbook& w) {
        for (const TeamMember& m : setup.team)
            w.addMember(m.name, m.role, m.email);
        if (!setup.creator.isEmpty() && w.member(setup.creator))
            w.setActor(setup.creator);
        Catalog::install(w, criteria, r.criteriaRevision, r.criteriaSource);
        if (!setup.statementFile.isEmpty())
            r.statement
                = StatementIntake::importTableInTransaction(w, statement, setup.statementOptions, statementSha256);
    });
    if (result)
        *result = r;
    return wb;
}

} // namespace ismap
