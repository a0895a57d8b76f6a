// ismapctl finding add | edit | list, note add | resolve | list, signoff, finalise, unlock.
#include "cli/FieldworkCli.h"
#include "cli/MemberKeyCli.h"
#include "common/Clock.h"
#include "engagement/HistoryText.h"
#include "engagement/IssuedReports.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

struct FindingOptions
{
    QCommandLineOption title { QStringLiteral("title"), CliText::tr("Short title."), QStringLiteral("TEXT") };
    QCommandLineOption condition { QStringLiteral("condition"), CliText::tr("What was found (condition)."),
                                   QStringLiteral("TEXT") };
    QCommandLineOption criteria { QStringLiteral("criteria"), CliText::tr("What should be (criteria)."),
                                  QStringLiteral("TEXT") };
    QCommandLineOption cause { QStringLiteral("cause"), CliText::tr("Why it happened."), QStringLiteral("TEXT") };
    QCommandLineOption effect { QStringLiteral("effect"), CliText::tr("What it leads to."), QStringLiteral("TEXT") };
    QCommandLineOption severity { QStringLiteral("severity"),
                                  CliText::tr("On the engagement's scale (e.g. high, medium, low)."),
                                  QStringLiteral("LEVEL") };
    QCommandLineOption response { QStringLiteral("response"), CliText::tr("The CSP's management response."),
                                  QStringLiteral("TEXT") };
    QCommandLineOption status { QStringLiteral("status"), CliText::tr("draft, open, agreed or closed."),
                                QStringLiteral("STATUS") };
    void addTo(QCommandLineParser& p) const
    {
        p.addOptions({ title, condition, criteria, cause, effect, severity, response, status, asOption() });
    }
    FindingEdit edit(const QCommandLineParser& p) const
    {
        FindingEdit e;
        auto take = [&](std::optional<QString>& field, const QCommandLineOption& o) {
            if (p.isSet(o))
                field = p.value(o);
        };
        take(e.title, title);
        take(e.condition, condition);
        take(e.criteria, criteria);
        take(e.cause, cause);
        take(e.effect, effect);
        take(e.severity, severity);
        take(e.response, response);
        take(e.status, status);
        return e;
    }
};

int cmdFindingAdd(const QStringList& args)
{
    QCommandLineParser p;
    FindingOptions o;
    o.addTo(p);
    const QCommandLineOption step(QStringLiteral("step"), CliText::tr("The step number it arose in."),
                                  QStringLiteral("STEP"));
    p.addOption(step);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."));
    if (int rc = cli::parse(
            p, QStringLiteral("finding add"), args,
            QStringLiteral("WB ITEM --condition TEXT [--criteria --cause --effect --severity --response] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("finding add"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        Finding f;
        f.itemId = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const FindingEdit e = o.edit(p);
        f.title = e.title.value_or(QString());
        f.condition = e.condition.value_or(QString());
        f.criteria = e.criteria.value_or(QString());
        f.cause = e.cause.value_or(QString());
        f.effect = e.effect.value_or(QString());
        f.severity = e.severity.value_or(QString());
        f.response = e.response.value_or(QString());
        f.status = e.status.value_or(QStringLiteral("draft"));
        if (p.isSet(step))
            f.stepId = Procedures::stepBySeq(*wb, f.itemId, int(number(p.value(step), QStringLiteral("--step")))).id;
        const Finding out = Findings::raise(*wb, f);
        cli::out() << CliText::tr("%1 raised on item %2 (%3).").arg(out.ref, out.itemId, out.status) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdFindingEdit(const QStringList& args)
{
    QCommandLineParser p;
    FindingOptions o;
    o.addTo(p);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("The finding, e.g. F-001."));
    if (int rc
        = cli::parse(p, QStringLiteral("finding edit"), args, QStringLiteral("WB REF [--FIELD TEXT …] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("finding edit"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const Finding f = Findings::edit(*wb, p.positionalArguments().at(1), o.edit(p));
        cli::out() << CliText::tr("%1 updated (%2).").arg(f.ref, f.status) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdFindingWithdraw(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("The draft finding, e.g. F-001."));
    if (int rc = cli::parse(p, QStringLiteral("finding withdraw"), args, QStringLiteral("WB REF --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("finding withdraw"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const QString ref = p.positionalArguments().at(1).trimmed().toUpper();
        Findings::withdraw(*wb, ref);
        cli::out() << CliText::tr("%1 withdrawn (the trail keeps what it said).").arg(ref) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdFindingList(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("finding list"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("finding list"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QList<Finding> all = Findings::all(*wb);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const Finding& f : all)
                a.append(QJsonObject { { QStringLiteral("ref"), f.ref },
                                       { QStringLiteral("item"), f.itemId },
                                       { QStringLiteral("title"), f.titleText() },
                                       { QStringLiteral("condition"), f.condition },
                                       { QStringLiteral("criteria"), f.criteria },
                                       { QStringLiteral("cause"), f.cause },
                                       { QStringLiteral("effect"), f.effect },
                                       { QStringLiteral("severity"), f.severity },
                                       { QStringLiteral("response"), f.response },
                                       { QStringLiteral("status"), f.status },
                                       { QStringLiteral("raised_by"), f.raisedBy } });
            cli::out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        for (const Finding& f : all)
            cli::out() << f.ref << "\t" << f.itemId << "\t" << HistoryText::value(QStringLiteral("status"), f.status)
                       << "\t" << Findings::severityDisplayName(f.severity) << "\t"
                       << (f.title.isEmpty() ? f.condition : f.titleText()) << "\n";
        cli::out().flush();
        return int(cli::Ok);
    });
}

int cmdNoteAdd(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."));
    p.addPositionalArgument(QStringLiteral("TEXT"), CliText::tr("The review note."));
    if (int rc = cli::parse(p, QStringLiteral("note add"), args, QStringLiteral("WB ITEM TEXT --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("note add"), 3, 3);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const ReviewNote n = Review::addNote(*wb, item, p.positionalArguments().at(2));
        cli::out() << CliText::tr("review note #%1 on item %2.").arg(n.id).arg(item) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdNoteResolve(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption resolution(QStringLiteral("resolution"), CliText::tr("How it was resolved."),
                                        QStringLiteral("TEXT"));
    p.addOptions({ resolution, asOption(), cli::keys::passphraseStdinOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("NOTE"), CliText::tr("The note number."));
    if (int rc
        = cli::parse(p, QStringLiteral("note resolve"), args, QStringLiteral("WB NOTE --resolution TEXT --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("note resolve"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        cli::keys::unlockActingKey(*wb, p);
        const ReviewNote n = Review::resolveNote(*wb, number(p.positionalArguments().at(1), QStringLiteral("NOTE")),
                                                 p.value(resolution));
        cli::out() << CliText::tr("review note #%1 on item %2 resolved.").arg(n.id).arg(n.itemId) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdNoteList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption open(QStringLiteral("open"), CliText::tr("Open notes only."));
    p.addOption(open);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("Only this item."), QStringLiteral("[ITEM]"));
    if (int rc = cli::parse(p, QStringLiteral("note list"), args, QStringLiteral("WB [ITEM] [--open]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("note list"), 1, 2);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QString item = p.positionalArguments().size() > 1
            ? Planning::resolveItem(*wb, p.positionalArguments().at(1))
            : QString();
        for (const ReviewNote& n : Review::notes(*wb, item, p.isSet(open)))
            cli::out() << "#" << n.id << "\t" << n.itemId << "\t"
                       << (n.open ? CliText::tr("open") : CliText::tr("resolved")) << "\t" << n.raisedBy << "\t"
                       << Clock::shown(n.raisedAt) << "\t" << n.text << (n.open ? QString() : u"\t→ " + n.resolution)
                       << "\n";
        cli::out().flush();
        return int(cli::Ok);
    });
}

int signOffCommand(const QString& name, const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption role(
        QStringLiteral("role"),
        CliText::tr("preparer or reviewer (default: staff prepare, reviewers and the lead review)."),
        QStringLiteral("ROLE"));
    const QCommandLineOption engagement(QStringLiteral("engagement"),
                                        CliText::tr("Sign the engagement off: the lead, then the quality reviewer."));
    p.addOptions({ role, engagement, asOption(), cli::keys::passphraseStdinOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."), QStringLiteral("[ITEM]"));
    if (int rc = cli::parse(p, name, args, QStringLiteral("WB ITEM --as MEMBER [--role ROLE] [--engagement]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, name, p.isSet(engagement) ? 1 : 2, p.isSet(engagement) ? 1 : 2);
        std::optional<SignOffRole> r;
        if (p.isSet(role)) {
            r = FieldworkText::signOffRoleFromKey(p.value(role));
            if (!r || (*r != SignOffRole::Preparer && *r != SignOffRole::Reviewer))
                throw AuditError(ErrorCode::InvalidInput,
                                 CliText::tr("--role: \"%1\" is neither preparer nor reviewer.").arg(p.value(role)));
        }
        auto wb = openForWork(p.positionalArguments().first(), p);
        cli::keys::unlockActingKey(*wb, p);
        if (p.isSet(engagement)) {
            const SignOff s = Review::signOffEngagement(*wb);
            cli::out() << CliText::tr("the engagement signed off as %1 by %2 (key %3).")
                              .arg(FieldworkText::key(s.role), s.member, MemberKey::grouped(s.keyFingerprint))
                       << Qt::endl;
            return int(cli::Ok);
        }
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const SignOff s = Review::signOff(*wb, item, r);
        cli::out() << CliText::tr("item %1 signed off as %2 by %3 (content %4).")
                          .arg(item, FieldworkText::key(s.role), s.member, s.contentHash.left(16))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdSignOff(const QStringList& args)
{
    return signOffCommand(QStringLiteral("signoff"), args);
}

int cmdReviewSignOff(const QStringList& args)
{
    return signOffCommand(QStringLiteral("review sign-off"), args);
}

int cmdFinalise(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({ asOption(), cli::keys::passphraseStdinOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("finalise"), args, QStringLiteral("WB --as LEAD")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("finalise"), 1, 1);
        auto wb = openForWork(p.positionalArguments().first(), p);
        cli::keys::unlockActingKey(*wb, p);
        Review::finalise(*wb);
        cli::out()
            << CliText::tr("%1: the engagement is finalised; the workbook now refuses every change.").arg(wb->path())
            << Qt::endl;
        return int(cli::Ok);
    });
}

/// `unlock` and `review unlock`: one command under two names.
int unlockCommand(const QString& name, const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), CliText::tr("Why the engagement is reopened (recorded)."),
                                    QStringLiteral("TEXT"));
    p.addOptions({ reason, asOption(), cli::keys::passphraseStdinOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, name, args, QStringLiteral("WB --reason TEXT --as LEAD")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, name, 1, 1);
        auto wb = openForWork(p.positionalArguments().first(), p);
        cli::keys::unlockActingKey(*wb, p);
        const std::optional<IssuedReport> issued = IssuedReports::latestFinal(*wb);
        Review::unlock(*wb, p.value(reason));
        cli::out() << CliText::tr("%1: the engagement is reopened.").arg(wb->path()) << Qt::endl;
        if (issued)
            cli::out() << CliText::tr("The final report %1 was issued; the next report prints a reissue section "
                                      "referring to it.")
                              .arg(issued->sha256)
                       << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdUnlock(const QStringList& args)
{
    return unlockCommand(QStringLiteral("unlock"), args);
}

int cmdReviewUnlock(const QStringList& args)
{
    return unlockCommand(QStringLiteral("review unlock"), args);
}

} // namespace

ISMAP_CLI_COMMAND("finding add", QT_TRANSLATE_NOOP("CliText", "raise a finding on an item"), cmdFindingAdd);
ISMAP_CLI_COMMAND("finding edit", QT_TRANSLATE_NOOP("CliText", "edit a finding (cause, effect, response, status …)"),
                  cmdFindingEdit);
ISMAP_CLI_COMMAND("finding withdraw", QT_TRANSLATE_NOOP("CliText", "withdraw a draft finding raised in error"),
                  cmdFindingWithdraw);
ISMAP_CLI_COMMAND("finding list", QT_TRANSLATE_NOOP("CliText", "list the findings"), cmdFindingList);
ISMAP_CLI_COMMAND("note add", QT_TRANSLATE_NOOP("CliText", "raise a review note on an item (reviewer, lead)"),
                  cmdNoteAdd);
ISMAP_CLI_COMMAND("note resolve", QT_TRANSLATE_NOOP("CliText", "resolve a review note (reviewer, lead)"),
                  cmdNoteResolve);
ISMAP_CLI_COMMAND("note list", QT_TRANSLATE_NOOP("CliText", "list review notes"), cmdNoteList);
ISMAP_CLI_COMMAND("signoff", QT_TRANSLATE_NOOP("CliText", "sign an item off as preparer or reviewer"), cmdSignOff);
ISMAP_CLI_COMMAND("review sign-off",
                  QT_TRANSLATE_NOOP("CliText", "sign an item, or the engagement (--engagement), off (as signoff)"),
                  cmdReviewSignOff);
ISMAP_CLI_COMMAND("finalise", QT_TRANSLATE_NOOP("CliText", "finalise (lock) the engagement (lead)"), cmdFinalise);
ISMAP_CLI_COMMAND("unlock", QT_TRANSLATE_NOOP("CliText", "reopen a finalised engagement with a reason (lead)"),
                  cmdUnlock);
ISMAP_CLI_COMMAND("review unlock",
                  QT_TRANSLATE_NOOP("CliText", "reopen a finalised or issued engagement with a reason (lead)"),
                  cmdReviewUnlock);
