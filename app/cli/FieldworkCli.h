#pragma once
// Shared pieces of the fieldwork commands: who is acting (--as / ISMAP_MEMBER), opening, item resolution.

#include "cli/Cli.h"
#include "common/Language.h"
#include "fieldwork/Planning.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <memory>

namespace ismap::cli::fw {

inline QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"),
                              CliText::tr("Team member doing this (default: the ISMAP_MEMBER environment variable)."),
                              QStringLiteral("MEMBER"));
}

inline QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON."));
}

/// The member named by --as or ISMAP_MEMBER, trimmed; empty when neither is given.
inline QString givenActorName(const QCommandLineParser& p)
{
    return (p.isSet(QStringLiteral("as")) ? p.value(QStringLiteral("as")) : qEnvironmentVariable("ISMAP_MEMBER"))
        .trimmed();
}

/// For the actions a workbook may record as the system (catalog and statement imports): acts as the member named by
/// --as or ISMAP_MEMBER when one is given, refused when not on the team; without one the trail names the system.
inline void setOptionalActor(Workbook& wb, const QCommandLineParser& p)
{
    const QString member = givenActorName(p);
    if (member.isEmpty())
        return;
    if (!wb.member(member))
        throw AuditError(ErrorCode::Forbidden, CliText::tr("--as: \"%1\" is not on the engagement team.").arg(member));
    wb.setActor(member);
}

/// The member named by --as or ISMAP_MEMBER; throws Forbidden when neither is given.
inline QString actorName(const QCommandLineParser& p)
{
    const QString name = givenActorName(p);
    if (name.isEmpty())
        throw AuditError(ErrorCode::Forbidden, CliText::tr("who is doing this? Give --as MEMBER or set ISMAP_MEMBER."));
    return name;
}

/// Opens the workbook for a change by the acting member (checked against the team).
inline std::unique_ptr<Workbook> openForWork(const QString& path, const QCommandLineParser& p)
{
    const QString name = actorName(p);
    auto wb = Workbook::open(path);
    wb->setActor(name);
    wb->actingMember();
    return wb;
}

inline void requireArgs(const QCommandLineParser& p, const QString& command, int min, int max)
{
    const auto n = p.positionalArguments().size();
    if (n < min || (max >= 0 && n > max))
        throw AuditError(ErrorCode::InvalidInput,
                         CliText::tr("%1: wrong number of arguments (see --help).").arg(command));
}

inline qint64 number(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        throw AuditError(ErrorCode::InvalidInput, CliText::tr("%1: \"%2\" is not a whole number.").arg(what, text));
    return v;
}

inline bool japanese()
{
    return Language::current() == u"ja";
}

} // namespace ismap::cli::fw
