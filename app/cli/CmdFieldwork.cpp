// ismapctl steps generate | steps list | step set | next | previous: the walk through the items.
#include "catalog/Catalog.h"
#include "cli/FieldworkCli.h"
#include "common/Clock.h"
#include "common/TextCode.h"
#include "engagement/HistoryText.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

int cmdStepsGenerate(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("steps generate"), args, QStringLiteral("WB --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("steps generate"), 1, 1);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const StepRefreshResult r = Procedures::refresh(*wb);
        cli::out() << CliText::tr("Procedure steps: %1 added, %2 retired, %3 revived, over %4 items (templates %5).")
                          .arg(r.added)
                          .arg(r.retired)
                          .arg(r.revived)
                          .arg(r.itemsTouched)
                          .arg(ProcedureTemplates::builtin().version())
                   << Qt::endl;
        return int(cli::Ok);
    });
}

QJsonObject stepToJson(const ProcedureStep& s)
{
    QJsonObject o { { QStringLiteral("seq"), s.seq },
                    { QStringLiteral("template"), s.templateId },
                    { QStringLiteral("phase"), FieldworkText::key(s.phase) },
                    { QStringLiteral("type"), FieldworkText::key(s.type) },
                    { QStringLiteral("instruction_ja"), s.instructionJa },
                    { QStringLiteral("instruction_en"), s.instructionEn },
                    { QStringLiteral("status"), s.done ? QStringLiteral("done") : QStringLiteral("pending") },
                    { QStringLiteral("notes"), s.notes },
                    { QStringLiteral("preparer"), s.preparer },
                    { QStringLiteral("retired"), s.retired } };
    o.insert(QStringLiteral("result"), s.result ? QJsonValue(FieldworkText::key(*s.result)) : QJsonValue());
    return o;
}

int cmdStepsList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"),
                                 CliText::tr("Include retired steps (kept with their recorded work)."));
    p.addOptions({ jsonOption(), all });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID, e.g. 5.1.1."));
    if (int rc = cli::parse(p, QStringLiteral("steps list"), args, QStringLiteral("WB ITEM [--json] [--all]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("steps list"), 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const auto state = ItemStatusBook::state(*wb, item);
        const QString status = state ? FieldworkText::key(state->status) : QStringLiteral("not_in_scope");
        const QList<ProcedureStep> steps = Procedures::steps(*wb, item, p.isSet(all));
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const ProcedureStep& s : steps)
                a.append(stepToJson(s));
            const QJsonObject o { { QStringLiteral("item"), item },
                                  { QStringLiteral("status"), status },
                                  { QStringLiteral("control_kind"),
                                    FieldworkText::key(Procedures::controlKind(*wb, item)) },
                                  { QStringLiteral("steps"), a } };
            cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        const auto c = Catalog::item(*wb, item);
        cli::out() << item << "  " << (c ? c->title(Language::current()) : QString()) << "  ["
                   << (state ? FieldworkText::displayName(state->status) : CliText::tr("not in scope")) << ", "
                   << FieldworkText::displayName(Procedures::controlKind(*wb, item)) << "]\n";
        if (steps.isEmpty())
            cli::out() << "  "
                       << CliText::tr("(no procedure steps: the item is out of scope or out of this year's cycle)")
                       << "\n";
        for (const ProcedureStep& s : steps) {
            cli::out() << "  " << s.seq << ". [" << FieldworkText::displayName(s.phase) << "/"
                       << FieldworkText::displayName(s.type) << "] "
                       << (s.retired ? CliText::tr("retired") + u' ' : QString())
                       << (s.result ? FieldworkText::displayName(*s.result) : CliText::tr("pending")) << "  "
                       << (japanese() ? s.instructionJa : s.instructionEn) << "\n";
            if (!s.notes.isEmpty())
                cli::out() << "       " << CliText::tr("notes:") << " " << s.notes << "  (" << s.preparer << ", "
                           << Clock::shown(s.performedAt) << ")\n";
        }
        for (const Finding& f : Findings::forItem(*wb, item))
            cli::out() << "  " << f.ref << " [" << HistoryText::value(QStringLiteral("status"), f.status) << "] "
                       << f.titleText() << "\n";
        for (const ReviewNote& n : Review::notes(*wb, item, true))
            cli::out() << "  " << CliText::tr("review note") << " #" << n.id << " (" << n.raisedBy << "): " << n.text
                       << "\n";
        for (const SignOff& s : Review::signOffs(*wb, item))
            cli::out() << "  " << CliText::tr("sign-off") << " " << FieldworkText::displayName(s.role) << " "
                       << s.member << " " << Clock::shown(s.at)
                       << (s.valid() ? QString() : QStringLiteral(" VOIDED (%1)").arg(TextCode::render(s.voidReason)))
                       << "\n";
        cli::out().flush();
        return int(cli::Ok);
    });
}

int cmdStepSet(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption result(
        QStringLiteral("result"), CliText::tr("no_exception, deviation, not_performed or not_applicable (or 'clear')."),
        QStringLiteral("RESULT"));
    const QCommandLineOption notes(QStringLiteral("notes"),
                                   CliText::tr("What was done, to which evidence, and what was found."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption confirmVoid(
        QStringLiteral("confirm-void"),
        CliText::tr("Go ahead although the change voids another member's sign-off "
                    "(without it, such a change is refused with what it would void)."));
    p.addOptions({ result, notes, confirmVoid, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."));
    p.addPositionalArgument(QStringLiteral("STEP"), CliText::tr("The step number (see steps list)."));
    if (int rc = cli::parse(p, QStringLiteral("step set"), args,
                            QStringLiteral("WB ITEM STEP --result RESULT [--notes TEXT] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("step set"), 3, 3);
        const QString key = p.value(result).trimmed();
        const auto r = FieldworkText::resultFromKey(key);
        if (!r && key != u"clear")
            throw AuditError(
                ErrorCode::InvalidInput,
                CliText::tr("--result: \"%1\" is not one of %2.").arg(key, FieldworkText::resultKeys().join(u", ")));
        auto wb = openForWork(p.positionalArguments().first(), p);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const int seq = int(number(p.positionalArguments().at(2), CliText::tr("STEP")));
        const ProcedureStep step = Procedures::stepBySeq(*wb, item, seq);
        const int findingsBefore = int(Findings::forItem(*wb, item).size());
        const VoidConsent consent = p.isSet(confirmVoid) ? VoidConsent::Confirmed : VoidConsent::Ask;
        const QString voiding = Review::voidWarning(*wb, item);
        if (r)
            Procedures::setResult(*wb, step.id, *r, p.isSet(notes) ? p.value(notes) : step.notes, consent);
        else
            Procedures::clearResult(*wb, step.id, consent);
        if (!voiding.isEmpty())
            cli::out() << voiding << Qt::endl;
        cli::out() << CliText::tr("item %1 step %2: %3").arg(item).arg(seq).arg(key);
        const QList<Finding> findings = Findings::forItem(*wb, item);
        if (findings.size() > findingsBefore)
            cli::out() << "  " << CliText::tr("(draft finding %1 raised)").arg(findings.last().ref);
        cli::out() << Qt::endl;
        return int(cli::Ok);
    });
}

int walk(const QStringList& args, bool forward)
{
    const QString name = forward ? QStringLiteral("next") : QStringLiteral("previous");
    QCommandLineParser p;
    const QCommandLineOption part(QStringLiteral("part"), CliText::tr("governance, management or controls."),
                                  QStringLiteral("PART"));
    const QCommandLineOption domain(QStringLiteral("domain"), CliText::tr("Domain number, e.g. 9."),
                                    QStringLiteral("N"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        CliText::tr("Item status (repeatable): not_started, in_progress, prepared, reviewed, "
                    "needs_attention. Default: what is pending for the member's role."),
        QStringLiteral("STATUS"));
    const QCommandLineOption mandatory(QStringLiteral("mandatory"), CliText::tr("Mandatory items only."));
    const QCommandLineOption deviations(QStringLiteral("deviations"), CliText::tr("Items with deviations only."));
    const QCommandLineOption assignee(QStringLiteral("assignee"), CliText::tr("Items assigned to this member."),
                                      QStringLiteral("MEMBER"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("Start after (next) or before (previous) this item."),
                                  QStringLiteral("ITEM"));
    p.addOptions({ part, domain, status, mandatory, deviations, assignee, from, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, name, args, QStringLiteral("WB --as MEMBER [filters] [--from ITEM]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, name, 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QString member = actorName(p);
        WalkFilter f;
        f.part = p.value(part);
        f.domain = p.value(domain);
        for (const QString& s : p.values(status)) {
            const auto st = FieldworkText::statusFromKey(s);
            if (!st)
                throw AuditError(
                    ErrorCode::InvalidInput,
                    CliText::tr("--status: \"%1\" is not one of %2.").arg(s, FieldworkText::statusKeys().join(u", ")));
            f.statuses.insert(*st);
        }
        f.mandatoryOnly = p.isSet(mandatory);
        f.withDeviations = p.isSet(deviations);
        f.assignee = p.value(assignee);
        const QString start = p.isSet(from) ? Planning::resolveItem(*wb, p.value(from)) : QString();
        const auto found
            = forward ? ItemStatusBook::next(*wb, member, f, start) : ItemStatusBook::previous(*wb, member, f, start);
        if (!found) {
            cli::err() << CliText::tr("ismapctl: no pending item for %1 with this filter.").arg(member) << Qt::endl;
            return int(cli::Failure);
        }
        const auto state = ItemStatusBook::state(*wb, *found);
        cli::out() << *found << "\t" << FieldworkText::key(state->status) << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("steps generate",
                  QT_TRANSLATE_NOOP("CliText", "generate or refresh procedure steps from statement and cycle"),
                  cmdStepsGenerate);
ISMAP_CLI_COMMAND("steps list",
                  QT_TRANSLATE_NOOP("CliText", "an item's procedure steps, findings, notes and sign-offs"),
                  cmdStepsList);
ISMAP_CLI_COMMAND("step set", QT_TRANSLATE_NOOP("CliText", "record a step's result and notes"), cmdStepSet);
ISMAP_CLI_COMMAND("next", QT_TRANSLATE_NOOP("CliText", "the next pending item for a member"),
                  [](const QStringList& a) { return walk(a, true); });
ISMAP_CLI_COMMAND("previous", QT_TRANSLATE_NOOP("CliText", "the previous pending item for a member"),
                  [](const QStringList& a) { return walk(a, false); });
