// ismapctl new | status: create a workbook and report its progress.
#include "catalog/Catalog.h"
#include "cli/Cli.h"
#include "fieldwork/Progress.h"
#include "workbook/Workbook.h"

#include <QJsonDocument>

using namespace ismap;

namespace {

int cmdNew(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption csp(QStringLiteral("csp"), QCoreApplication::translate("cli", "Cloud service provider."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption service(QStringLiteral("service"), QCoreApplication::translate("cli", "Cloud service."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    QCoreApplication::translate("cli", "Audit period, YYYY-MM-DD..YYYY-MM-DD."),
                                    QStringLiteral("FROM..TO"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), QCoreApplication::translate("cli", "ismap or ismap-liu."),
                                    QStringLiteral("SCHEME"), QStringLiteral("ismap"));
    const QCommandLineOption kind(QStringLiteral("audit"),
                                  QCoreApplication::translate("cli", "initial (design) or renewal (operating)."),
                                  QStringLiteral("KIND"), QStringLiteral("initial"));
    const QCommandLineOption firm(QStringLiteral("firm"), QCoreApplication::translate("cli", "Audit firm."),
                                  QStringLiteral("NAME"));
    p.addOptions({csp, service, period, scheme, kind, firm});
    p.addPositionalArgument(QStringLiteral("WB"), QCoreApplication::translate("cli", "The new workbook file."));
    if (int rc = cli::parse(p, QStringLiteral("new"), args, QStringLiteral("WB --csp NAME --service NAME --period FROM..TO")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, QCoreApplication::translate("cli", "new: give exactly one workbook file."));
        for (const auto* o : {&csp, &service, &period})
            if (p.value(*o).trimmed().isEmpty())
                throw AuditError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("cli", "new: --%1 is required.").arg(o->names().first()));
        Engagement e;
        e.csp = p.value(csp).trimmed();
        e.service = p.value(service).trimmed();
        e.firm = p.value(firm).trimmed();
        const QStringList range = p.value(period).split(QStringLiteral(".."));
        if (range.size() == 2) {
            e.periodStart = QDate::fromString(range[0].trimmed(), Qt::ISODate);
            e.periodEnd = QDate::fromString(range[1].trimmed(), Qt::ISODate);
        }
        if (!e.periodStart.isValid() || !e.periodEnd.isValid())
            throw AuditError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("cli", "--period: \"%1\" is not YYYY-MM-DD..YYYY-MM-DD.").arg(p.value(period)));
        if (e.periodEnd < e.periodStart)
            throw AuditError(ErrorCode::InvalidInput, QCoreApplication::translate("cli", "--period: the end is before the start."));
        if (e.periodStart.addYears(1) <= e.periodEnd)
            throw AuditError(ErrorCode::InvalidInput, QCoreApplication::translate("cli", "--period: an ISMAP audit period is at most one year."));
        e.scheme = p.value(scheme);
        if (e.scheme != u"ismap" && e.scheme != u"ismap-liu")
            throw AuditError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("cli", "--scheme: \"%1\" is neither ismap nor ismap-liu.").arg(e.scheme));
        e.auditKind = p.value(kind);
        if (e.auditKind != u"initial" && e.auditKind != u"renewal")
            throw AuditError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("cli", "--audit: \"%1\" is neither initial nor renewal.").arg(e.auditKind));
        e.criteriaRevision = QString::fromLatin1(Catalog::kBuiltinRevision);
        const QList<CatalogItem> skeleton = Catalog::builtinSkeleton();
        auto wb = Workbook::create(p.positionalArguments().first(), e, [&](Workbook& w) {
            Catalog::install(w, skeleton, QString::fromLatin1(Catalog::kBuiltinRevision), QStringLiteral("builtin"));
        });
        cli::out() << QCoreApplication::translate("cli", "Created %1 (%2 criteria items, revision %3).")
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
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("WB"), QCoreApplication::translate("cli", "The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("status"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, QCoreApplication::translate("cli", "status: give exactly one workbook file."));
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
        auto tr = [](const char* s) { return QCoreApplication::translate("cli", s); };
        cli::out() << e.csp << " / " << e.service << "  (" << e.periodStart.toString(Qt::ISODate) << " .. "
                   << e.periodEnd.toString(Qt::ISODate) << ")\n"
                   << tr("Criteria revision:") << " " << e.criteriaRevision << "\n"
                   << tr("Items:") << " " << progress.itemsTotal << "  " << tr("in scope:") << " " << progress.inScope
                   << "  " << tr("out of scope:") << " " << progress.outOfScope << "  " << tr("undecided:") << " "
                   << progress.undecided << "\n";
        for (auto it = progress.byStatus.cbegin(); it != progress.byStatus.cend(); ++it)
            cli::out() << "  " << it.key() << ": " << it.value() << "\n";
        cli::out() << tr("Findings:") << " " << progress.findings << "  " << tr("Evidence:") << " " << progress.evidence
                   << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("new", QT_TRANSLATE_NOOP("cli", "create a workbook for an engagement"), cmdNew);
ISMAP_CLI_COMMAND("status", QT_TRANSLATE_NOOP("cli", "progress by part and status, findings, evidence"), cmdStatus);
