// ismapctl new | status: create a workbook and report its progress.
#include "catalog/Catalog.h"
#include "cli/Cli.h"
#include "cli/FieldworkCli.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "engagement/EngagementProgress.h"
#include "engagement/EngagementSetup.h"
#include "fieldwork/FieldworkTypes.h"
#include "workbook/Workbook.h"

#include <QJsonDocument>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdNew(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption csp(QStringLiteral("csp"), CliText::tr("Cloud service provider."), QStringLiteral("NAME"));
    const QCommandLineOption service(QStringLiteral("service"), CliText::tr("Cloud service."), QStringLiteral("NAME"));
    const QCommandLineOption period(QStringLiteral("period"), CliText::tr("Audit period, YYYY-MM-DD..YYYY-MM-DD."),
                                    QStringLiteral("FROM..TO"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), CliText::tr("ismap or ismap-liu."),
                                    QStringLiteral("SCHEME"), QStringLiteral("ismap"));
    const QCommandLineOption kind(QStringLiteral("audit"), CliText::tr("initial (design) or renewal (operating)."),
                                  QStringLiteral("KIND"), QStringLiteral("initial"));
    const QCommandLineOption firm(QStringLiteral("firm"), CliText::tr("Audit firm."), QStringLiteral("NAME"));
    const QCommandLineOption scope(
        QStringLiteral("scope"), CliText::tr("The engagement's scope: the service, regions and what the audit covers."),
        QStringLiteral("TEXT"));
    p.addOptions({ csp, service, period, scheme, kind, firm, scope });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The new workbook file."));
    if (int rc
        = cli::parse(p, QStringLiteral("new"), args, QStringLiteral("WB --csp NAME --service NAME --period FROM..TO"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("new: give exactly one workbook file."));
        if (p.value(period).trimmed().isEmpty())
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("new: --%1 is required.").arg(period.names().first()));
        Engagement e;
        e.csp = p.value(csp).trimmed();
        e.service = p.value(service).trimmed();
        e.firm = p.value(firm).trimmed();
        e.scope = p.value(scope).trimmed();
        const QStringList range = p.value(period).split(QStringLiteral(".."));
        if (range.size() == 2) {
            e.periodStart = QDate::fromString(range[0].trimmed(), Qt::ISODate);
            e.periodEnd = QDate::fromString(range[1].trimmed(), Qt::ISODate);
        }
        if (!e.periodStart.isValid() || !e.periodEnd.isValid())
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("--period: \"%1\" is not YYYY-MM-DD..YYYY-MM-DD.").arg(p.value(period)));
        e.scheme = p.value(scheme);
        e.auditKind = p.value(kind);
        EngagementSetupBook::checkEngagement(e); // the rules the new-workbook wizard applies
        e.criteriaRevision = QString::fromLatin1(Catalog::kBuiltinRevision);
        const QList<CatalogItem> skeleton = Catalog::builtinSkeleton();
        auto wb = Workbook::create(p.positionalArguments().first(), e, [&](Workbook& w) {
            Catalog::install(w, skeleton, QString::fromLatin1(Catalog::kBuiltinRevision), QStringLiteral("builtin"));
        });
        cli::out() << CliText::tr("Created %1 (%2 criteria items, revision %3).")
                          .arg(wb->path())
                          .arg(skeleton.size())
                          .arg(QString::fromLatin1(Catalog::kBuiltinRevision))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdStatus(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("status"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("status: give exactly one workbook file."));
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const Engagement e = wb->engagement();
        const EngagementProgress progress = EngagementProgress::compute(*wb);
        if (p.isSet(json)) {
            QJsonObject o = progress.toJson();
            o.insert(QStringLiteral("engagement"), e.uuid);
            o.insert(QStringLiteral("csp"), e.csp);
            o.insert(QStringLiteral("service"), e.service);
            o.insert(QStringLiteral("criteria_revision"), e.criteriaRevision);
            o.insert(QStringLiteral("locked"), e.locked);
            cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        cli::out() << e.csp << " / " << e.service << "  (" << Clock::shownDate(e.periodStart) << " .. "
                   << Clock::shownDate(e.periodEnd) << ")\n"
                   << CliText::tr("Criteria revision:") << " " << Clock::shownDate(e.criteriaRevision) << "\n"
                   << CliText::tr("Items:") << " " << progress.itemsTotal << "  " << CliText::tr("in scope:") << " "
                   << progress.inScope << "  " << CliText::tr("out of scope:") << " " << progress.outOfScope << "  "
                   << CliText::tr("undecided:") << " " << progress.undecided << "\n";
        cli::out() << CliText::tr("Done (prepared or reviewed): %1 of %2 in scope  started: %3")
                          .arg(progress.done)
                          .arg(progress.inScope)
                          .arg(progress.started)
                   << "\n";
        for (auto it = progress.byStatus.cbegin(); it != progress.byStatus.cend(); ++it)
            cli::out() << "  " << FieldworkText::statusDisplayName(it.key()) << ": " << it.value() << "\n";
        cli::out() << CliText::tr("By part (done / in scope):") << "\n";
        for (const EngagementProgress::Branch& b : progress.parts)
            cli::out() << "  " << partDisplayName(b.id) << ": " << b.count.done << " / " << b.count.inScope << "\n";
        cli::out() << CliText::tr("By domain (done / in scope):") << "\n";
        for (const EngagementProgress::Branch& b : progress.domains)
            cli::out() << "  " << b.id << " " << b.title(Language::current()) << ": " << b.count.done << " / "
                       << b.count.inScope << "\n";
        cli::out() << CliText::tr("Findings:") << " " << progress.findings << "  " << CliText::tr("Evidence:") << " "
                   << progress.evidence << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

static int cmdScope(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), CliText::tr("The engagement lead (default: ISMAP_MEMBER)."),
                                QStringLiteral("MEMBER"));
    p.addOption(as);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("TEXT"), CliText::tr("The new scope (omit it to show the scope)."));
    if (int rc = cli::parse(p, QStringLiteral("engagement scope"), args, QStringLiteral("WB TEXT --as LEAD")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        const QStringList pos = p.positionalArguments();
        if (pos.isEmpty() || pos.size() > 2)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("engagement scope: give a workbook and, to change it, the new scope."));
        if (pos.size() == 1) {
            auto wb = Workbook::open(pos[0], Workbook::Mode::ReadOnly);
            cli::out() << wb->engagement().scope << Qt::endl;
            return int(cli::Ok);
        }
        auto wb = cli::fw::openForWork(pos[0], p);
        wb->setScope(pos[1]);
        cli::out() << CliText::tr("Scope: %1").arg(wb->engagement().scope) << Qt::endl;
        return int(cli::Ok);
    });
}

ISMAP_CLI_COMMAND("engagement scope", QT_TRANSLATE_NOOP("CliText", "show or change the engagement's scope (lead)"),
                  cmdScope);
ISMAP_CLI_COMMAND("new", QT_TRANSLATE_NOOP("CliText", "create a workbook for an engagement"), cmdNew);
ISMAP_CLI_COMMAND("status", QT_TRANSLATE_NOOP("CliText", "progress by part and status, findings, evidence"), cmdStatus);
