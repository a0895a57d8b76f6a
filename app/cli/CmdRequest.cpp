// ismapctl request add | set | list | import: the request list (依頼資料 / PBC) and the CSP's returned copy.
#include "cli/FieldworkCli.h"
#include "common/Clock.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Requests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

int cmdRequestAdd(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption description(QStringLiteral("description"), CliText::tr("What is asked for."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption step(QStringLiteral("step"), CliText::tr("The procedure step it serves."),
                                  QStringLiteral("STEP"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    CliText::tr("The sample set whose records are asked for."), QStringLiteral("SET"));
    const QCommandLineOption due(QStringLiteral("due"), CliText::tr("When it is due (YYYY-MM-DD)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption requested(QStringLiteral("requested"),
                                       CliText::tr("When it was asked for (default: today in Japan)."),
                                       QStringLiteral("DATE"));
    p.addOptions({ description, step, sample, due, requested, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item."));
    if (int rc = cli::parse(p, QStringLiteral("request add"), args,
                            QStringLiteral("WB ITEM --description TEXT [--step STEP] [--sample SET] [--due DATE] "
                                           "[--requested DATE] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("request add"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        Request r;
        r.itemId = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        r.description = p.value(description);
        if (p.isSet(step))
            r.stepId = number(p.value(step), QStringLiteral("--step"));
        if (p.isSet(sample))
            r.sampleSetId = number(p.value(sample), QStringLiteral("--sample"));
        r.dueOn = p.value(due);
        r.requestedOn = p.value(requested);
        const Request out = Requests::add(*wb, r);
        cli::out() << CliText::tr("Request %1 on item %2: %3").arg(out.ref, out.itemId, out.description) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdRequestSet(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption status(QStringLiteral("status"), CliText::tr("requested, received or withdrawn."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption received(QStringLiteral("received"), CliText::tr("When it was received (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption due(QStringLiteral("due"), CliText::tr("When it is due (YYYY-MM-DD)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption note(QStringLiteral("note"), CliText::tr("A note (the CSP's answer, a reminder)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption description(QStringLiteral("description"), CliText::tr("What is asked for."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption evidence(
        QStringLiteral("evidence"), CliText::tr("Evidence that answered it (repeat for more)."), QStringLiteral("REF"));
    p.addOptions({ status, received, due, note, description, evidence, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REQUEST"), CliText::tr("The request (R-001)."));
    if (int rc = cli::parse(p, QStringLiteral("request set"), args,
                            QStringLiteral("WB REQUEST [--status STATUS] [--received DATE] [--due DATE] [--note TEXT] "
                                           "[--description TEXT] [--evidence REF] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("request set"), 2, 2);
        RequestEdit e;
        if (p.isSet(status)) {
            const auto s = Requests::statusFromText(p.value(status));
            if (!s || p.value(status).trimmed().toLower() == u"overdue")
                throw AuditError(
                    ErrorCode::InvalidInput,
                    CliText::tr("--status: \"%1\" is none of requested, received, withdrawn.").arg(p.value(status)));
            e.status = *s;
        }
        if (p.isSet(received))
            e.receivedOn = p.value(received);
        if (p.isSet(due))
            e.dueOn = p.value(due);
        if (p.isSet(note))
            e.note = p.value(note);
        if (p.isSet(description))
            e.description = p.value(description);
        e.addEvidence = p.values(evidence);
        if (!e.status && !e.receivedOn && !e.dueOn && !e.note && !e.description && e.addEvidence.isEmpty())
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("request set: give at least one change."));
        auto wb = openForWork(p.positionalArguments().first(), p);
        const Request r = Requests::update(*wb, p.positionalArguments().at(1), e);
        cli::out()
            << CliText::tr("Request %1: %2").arg(r.ref, Requests::statusDisplayName(r.statusOn(Clock::todayInJapan())))
            << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdRequestList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("request list"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("request list"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QDate today = Clock::todayInJapan();
        const QList<Request> all = Requests::all(*wb);
        if (p.isSet(json)) {
            QJsonArray a;
            for (const Request& r : all)
                a.append(QJsonObject { { QStringLiteral("ref"), r.ref },
                                       { QStringLiteral("item"), r.itemId },
                                       { QStringLiteral("description"), r.description },
                                       { QStringLiteral("requested_on"), r.requestedOn },
                                       { QStringLiteral("due_on"), r.dueOn },
                                       { QStringLiteral("status"), r.statusOn(today) },
                                       { QStringLiteral("received_on"), r.receivedOn },
                                       { QStringLiteral("note"), r.note },
                                       { QStringLiteral("evidence"), QJsonArray::fromStringList(r.evidenceRefs) } });
            cli::out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        for (const Request& r : all)
            cli::out() << r.ref << "  " << r.itemId << "  " << Requests::statusDisplayName(r.statusOn(today)) << "  "
                       << (r.dueOn.isEmpty() ? QStringLiteral("-") : Clock::shownDate(r.dueOn)) << "  " << r.description
                       << "\n";
        cli::out() << CliText::tr("%n request(s)", nullptr, int(all.size())) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdRequestImport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CliText::tr("CSV text encoding: auto (detect UTF-8 or CP932), utf8 or cp932."),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    p.addOptions({ encoding, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            CliText::tr("The CSP's returned copy of the exported request list (XLSX or CSV)."));
    if (int rc = cli::parse(p, QStringLiteral("request import"), args,
                            QStringLiteral("WB FILE [--encoding auto|utf8|cp932] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("request import"), 2, 2);
        bool ok = false;
        const TableReader::Encoding enc = TableReader::encodingFromName(p.value(encoding), &ok);
        if (!ok)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("--encoding: \"%1\" is none of auto, utf8, cp932.").arg(p.value(encoding)));
        // The file is read before the workbook is opened: a file that cannot be read never touches it.
        const Table table = TableReader::read(p.positionalArguments().at(1), enc);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const int changed = Requests::importReturnedCopy(*wb, table);
        cli::out() << CliText::tr("%1: %n request(s) changed.", nullptr, changed).arg(table.source) << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("request add", QT_TRANSLATE_NOOP("CliText", "add a request for documents or records to the CSP"),
                  cmdRequestAdd);
ISMAP_CLI_COMMAND("request set", QT_TRANSLATE_NOOP("CliText", "change a request's status, dates, note or evidence"),
                  cmdRequestSet);
ISMAP_CLI_COMMAND("request list", QT_TRANSLATE_NOOP("CliText", "list the requests to the CSP"), cmdRequestList);
ISMAP_CLI_COMMAND("request import",
                  QT_TRANSLATE_NOOP("CliText",
                                    "update request statuses from the CSP's returned copy; all rows or none"),
                  cmdRequestImport);
