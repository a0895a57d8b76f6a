// ismapctl team add | role | list: the engagement team (who prepares, reviews and leads).
#include "cli/Cli.h"
#include "cli/FieldworkCli.h"
#include "fieldwork/Planning.h"
#include "workbook/Workbook.h"

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdTeamAdd(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption role(
        QStringLiteral("role"),
        CliText::tr("The member's role: %1.").arg(Planning::roleKeys().join(QStringLiteral(", "))),
        QStringLiteral("ROLE"));
    const QCommandLineOption email(QStringLiteral("email"), CliText::tr("E-mail address."), QStringLiteral("ADDRESS"));
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("Team member doing this (default: the ISMAP_MEMBER environment variable)."),
                                QStringLiteral("MEMBER"));
    p.addOptions({ role, email, as });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("The member's name."));
    if (int rc = cli::parse(p, QStringLiteral("team add"), args, QStringLiteral("WB NAME --role ROLE")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 2)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("team add: give the workbook and the member's name."));
        const Role r = Planning::roleFromText(p.value(role));
        auto wb = Workbook::open(p.positionalArguments().first());
        wb->setActor(cli::fw::givenActorName(p));
        const TeamMember m = Planning::addMember(*wb, p.positionalArguments()[1], r, p.value(email));
        cli::out() << CliText::tr("%1 added to the team as %2.").arg(m.name, roleKey(m.role)) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdTeamRole(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("Team member doing this (default: the ISMAP_MEMBER environment variable)."),
                                QStringLiteral("MEMBER"));
    p.addOption(as);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("The member's name."));
    p.addPositionalArgument(QStringLiteral("ROLE"),
                            CliText::tr("staff, reviewer, lead (hands the lead over; the former lead becomes a "
                                        "reviewer) or quality_reviewer."));
    if (int rc = cli::parse(p, QStringLiteral("team role"), args, QStringLiteral("WB NAME ROLE")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 3)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("team role: give the workbook, the member's name and the new role."));
        const Role r = Planning::roleFromText(p.positionalArguments()[2]);
        auto wb = Workbook::open(p.positionalArguments().first());
        wb->setActor(cli::fw::givenActorName(p));
        const QString name = p.positionalArguments()[1].trimmed();
        Planning::changeRole(*wb, name, r);
        cli::out() << CliText::tr("%1 is now %2.").arg(name, roleKey(r)) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdTeamList(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("team list"), args, QStringLiteral("WB")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("team list: give exactly one workbook file."));
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        for (const TeamMember& m : wb->team())
            cli::out() << m.name << "\t" << roleKey(m.role) << "\t" << m.email << "\n";
        cli::out().flush();
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("team add",
                  QT_TRANSLATE_NOOP("CliText",
                                    "add a member to the engagement team (staff, reviewer, lead, quality reviewer)"),
                  cmdTeamAdd);
ISMAP_CLI_COMMAND("team role",
                  QT_TRANSLATE_NOOP("CliText",
                                    "change a team member's role (the engagement lead only; lead hands the lead over)"),
                  cmdTeamRole);
ISMAP_CLI_COMMAND("team list", QT_TRANSLATE_NOOP("CliText", "list the engagement team"), cmdTeamList);
