// ismapctl cycle set | cycle import, plan kind, plan assign, plan audit: this year's scope of work.
#include "cli/FieldworkCli.h"
#include "fieldwork/Planning.h"

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

int cmdCycleSet(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption in(QStringLiteral("in"), CliText::tr("Audit these items this year."));
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("Leave these items out of this year's cycle."));
    p.addOptions({ in, out, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("Item IDs."), QStringLiteral("ITEM…"));
    if (int rc = cli::parse(p, QStringLiteral("cycle set"), args, QStringLiteral("WB ITEM… --in|--out --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("cycle set"), 2, -1);
        if (p.isSet(in) == p.isSet(out))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("cycle set: give exactly one of --in and --out."));
        auto wb = openForWork(p.positionalArguments().first(), p);
        QStringList ids;
        for (const QString& raw : p.positionalArguments().mid(1))
            ids << Planning::resolveItem(*wb, raw);
        Planning::setInCycle(*wb, ids, p.isSet(in));
        cli::out() << CliText::tr("%n item(s) set %1 this year's cycle.", nullptr, int(ids.size()))
                          .arg(p.isSet(in) ? CliText::tr("in") : CliText::tr("out of"))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdCycleImport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("One item ID per line: the items audited this year."));
    if (int rc = cli::parse(p, QStringLiteral("cycle import"), args, QStringLiteral("WB FILE --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("cycle import"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const CycleImportResult r = Planning::importCycleList(*wb, p.positionalArguments().at(1));
        cli::out() << CliText::tr("This year's cycle: %1 items in, %2 out.").arg(r.inCycle).arg(r.outOfCycle)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdPlanKind(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."));
    p.addPositionalArgument(QStringLiteral("KIND"),
                            CliText::tr("policy, recurring, technical, facility, or auto (by the rule)."));
    if (int rc = cli::parse(p, QStringLiteral("plan kind"), args, QStringLiteral("WB ITEM KIND --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("plan kind"), 3, 3);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const QString kind = p.positionalArguments().at(2) == u"auto" ? QString() : p.positionalArguments().at(2);
        Planning::setControlKind(*wb, item, kind);
        cli::out() << CliText::tr("item %1: kind of control %2; steps refreshed.")
                          .arg(item, kind.isEmpty() ? CliText::tr("by the rule") : kind)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdPlanAssign(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("The member (empty: unassign)."),
                                QStringLiteral("MEMBER"));
    p.addOptions({ to, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("Item IDs."), QStringLiteral("ITEM…"));
    if (int rc = cli::parse(p, QStringLiteral("plan assign"), args, QStringLiteral("WB ITEM… --to MEMBER --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("plan assign"), 2, -1);
        auto wb = openForWork(p.positionalArguments().first(), p);
        QStringList ids;
        for (const QString& raw : p.positionalArguments().mid(1))
            ids << Planning::resolveItem(*wb, raw);
        Planning::assign(*wb, ids, p.value(to).trimmed());
        cli::out() << CliText::tr("%n item(s) assigned.", nullptr, int(ids.size())) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdPlanAudit(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption kind(QStringLiteral("kind"), CliText::tr("initial (design) or renewal (operating)."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), CliText::tr("ismap or ismap-liu."),
                                    QStringLiteral("SCHEME"));
    p.addOptions({ kind, scheme, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("plan audit"), args,
                            QStringLiteral("WB [--kind KIND] [--scheme SCHEME] --as LEAD"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("plan audit"), 1, 1);
        if (!p.isSet(kind) && !p.isSet(scheme))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("plan audit: give --kind or --scheme."));
        auto wb = openForWork(p.positionalArguments().first(), p);
        if (p.isSet(scheme))
            Planning::setScheme(*wb, p.value(scheme));
        if (p.isSet(kind))
            Planning::setAuditKind(*wb, p.value(kind));
        const Engagement e = wb->engagement();
        cli::out() << CliText::tr("Audit: %1, scheme %2.").arg(e.auditKind, e.scheme) << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("cycle set", QT_TRANSLATE_NOOP("CliText", "put items in or out of this year's cycle"), cmdCycleSet);
ISMAP_CLI_COMMAND("cycle import", QT_TRANSLATE_NOOP("CliText", "this year's cycle from a list of item IDs"),
                  cmdCycleImport);
ISMAP_CLI_COMMAND("plan kind", QT_TRANSLATE_NOOP("CliText", "set an item's kind of control (selects its procedures)"),
                  cmdPlanKind);
ISMAP_CLI_COMMAND("plan assign", QT_TRANSLATE_NOOP("CliText", "assign items to a team member"), cmdPlanAssign);
ISMAP_CLI_COMMAND("plan audit", QT_TRANSLATE_NOOP("CliText", "initial or renewal audit; ISMAP or ISMAP-LIU"),
                  cmdPlanAudit);
