// ismapctl statement import: the CSP's statement (言明書) from CSV or XLSX, all rows or none.
#include "cli/Cli.h"
#include "cli/FieldworkCli.h"
#include "common/Clock.h"
#include "engagement/StatementIntake.h"
#include "statement/StatementBook.h"
#include "statement/StatementImport.h"
#include "workbook/Workbook.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdStatementImport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CliText::tr("CSV text encoding: auto (detect UTF-8 or CP932), utf8 or cp932."),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        CliText::tr("XLSX: the worksheet to read (default: the one whose header names the ID and applicability)."),
        QStringLiteral("NAME"));
    const QCommandLineOption cover(
        QStringLiteral("cover"),
        CliText::tr("A second file (CSV or XLSX) with the statement's own content: date, version, regions, "
                    "underlying services, system overview, changes, subsequent events."),
        QStringLiteral("FILE"));
    const QCommandLineOption merge(
        QStringLiteral("merge"),
        CliText::tr("Keep the entries of items the file does not mention (default: they become "
                    "undecided)."));
    const QCommandLineOption checkOnly(QStringLiteral("check"),
                                       CliText::tr("Check the file against the workbook; write nothing."));
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("Team member doing this, for the trail (default: the "
                                            "ISMAP_MEMBER environment variable, else \"system\")."),
                                QStringLiteral("MEMBER"));
    p.addOptions({ encoding, sheet, cover, merge, checkOnly, as });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The statement: CSV (UTF-8 or CP932) or XLSX."));
    if (int rc = cli::parse(
            p, QStringLiteral("statement import"), args,
            QStringLiteral("WB FILE [--encoding auto|utf8|cp932] [--sheet NAME] [--cover FILE] [--merge] [--check] "
                           "[--as MEMBER]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 2)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("statement import: give a workbook and a statement file."));
        StatementImport::Options options;
        bool ok = false;
        options.encoding = TableReader::encodingFromName(p.value(encoding), &ok);
        if (!ok)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("--encoding: \"%1\" is none of auto, utf8, cp932.").arg(p.value(encoding)));
        options.sheet = p.value(sheet);
        options.merge = p.isSet(merge);
        if (!QFileInfo::exists(pos[0]))
            throw AuditError(ErrorCode::NotFound, CliText::tr("%1: no such workbook.").arg(pos[0]));

        // The file is read before the workbook is opened: a file that cannot be read never touches it.
        QString sha256;
        QList<Table> otherSheets;
        const Table table = StatementImport::readTable(pos[1], options, &sha256, &otherSheets);
        options.coverSheets = otherSheets;
        if (p.isSet(cover))
            options.coverSheets.append(TableReader::read(p.value(cover), options.encoding, options.limits));
        const bool dryRun = p.isSet(checkOnly);
        // Opened for writing even for --check: a preview of an import, and a read-only SQLite connection would
        // leave an empty -wal and -shm behind.
        auto wb = Workbook::open(pos[0], Workbook::Mode::ReadWrite);
        cli::fw::setOptionalActor(*wb, p);
        StatementImportResult r;
        if (dryRun) {
            r = StatementImport::check(*wb, table, options);
            for (const QString& e : std::as_const(r.errors))
                cli::err() << e << "\n";
            if (!r.ok()) {
                cli::err()
                    << CliText::tr("%1: %2 problems; an import would write nothing.").arg(r.source).arg(r.errors.size())
                    << Qt::endl;
                return cli::exitCodeFor(ErrorCode::InvalidInput);
            }
        } else {
            r = StatementIntake::importTable(*wb, table, options, sha256);
        }
        cli::out() << (dryRun ? CliText::tr("Checked %1 (%2): %3 rows read, %4 items stated; nothing written.")
                              : CliText::tr("Imported %1 (%2): %3 rows read, %4 items stated."))
                          .arg(r.source, r.encoding)
                          .arg(r.rowsRead)
                          .arg(r.entries.size())
                   << "\n";
        if (r.headingRows > 0)
            cli::out() << CliText::tr("Skipped %1 heading or note rows without a statement item.").arg(r.headingRows)
                       << "\n";
        if (r.cleared > 0)
            cli::out() << (dryRun ? CliText::tr("%1 earlier entries are not in this file and would become undecided.")
                                  : CliText::tr("%1 earlier entries are not in this file and are now undecided."))
                              .arg(r.cleared)
                       << "\n";
        if (r.info)
            cli::out() << CliText::tr("Statement content from %1: %2.")
                              .arg(r.info->source,
                                   r.info->statementDate.isEmpty()
                                       ? CliText::tr("no statement date")
                                       : CliText::tr("dated %1").arg(Clock::shownDate(r.info->statementDate)))
                       << "\n";
        cli::out() << CliText::tr("In scope: %1  Out of scope: %2  Undecided: %3")
                          .arg(r.inScope)
                          .arg(r.outOfScope)
                          .arg(r.undecided)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdStatementInfo(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption date(QStringLiteral("date"), CliText::tr("The statement's date (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption version(QStringLiteral("version"), CliText::tr("The statement's version."),
                                     QStringLiteral("V"));
    const QCommandLineOption regions(QStringLiteral("regions"), CliText::tr("Regions the service runs in."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption service(
        QStringLiteral("service"),
        CliText::tr("An underlying service as NAME, NAME:registered or NAME:not-registered (repeat; replaces the "
                    "list; an empty value clears it)."),
        QStringLiteral("NAME[:registered|:not-registered]"));
    const QCommandLineOption overview(QStringLiteral("overview"), CliText::tr("The system overview."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption changes(QStringLiteral("changes"), CliText::tr("Changes during the period."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption subsequent(QStringLiteral("subsequent-events"), CliText::tr("Subsequent events."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("Team member doing this (default: the ISMAP_MEMBER environment variable)."),
                                QStringLiteral("MEMBER"));
    p.addOptions({ date, version, regions, service, overview, changes, subsequent, json, as });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("statement info"), args,
                            QStringLiteral("WB [--date D] [--version V] [--regions T] [--service NAME:registered] "
                                           "[--overview T] [--changes T] [--subsequent-events T] [--json] [--as M]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("statement info: give exactly one workbook file."));
        const bool edits = p.isSet(date) || p.isSet(version) || p.isSet(regions) || p.isSet(service)
            || p.isSet(overview) || p.isSet(changes) || p.isSet(subsequent);
        auto wb = edits ? cli::fw::openForWork(pos[0], p) : Workbook::open(pos[0], Workbook::Mode::ReadOnly);
        StatementInfo info = StatementBook::info(*wb);
        if (edits) {
            if (p.isSet(date)) {
                const auto d = StatementInfo::parseDate(p.value(date));
                if (!d)
                    throw AuditError(ErrorCode::InvalidInput,
                                     CliText::tr("--date: \"%1\" is not a date (YYYY-MM-DD).").arg(p.value(date)));
                info.statementDate = *d;
            }
            if (p.isSet(version))
                info.version = p.value(version).trimmed();
            if (p.isSet(regions))
                info.regions = p.value(regions).trimmed();
            if (p.isSet(service)) {
                info.underlyingServices.clear();
                for (const QString& v : p.values(service)) {
                    if (v.trimmed().isEmpty())
                        continue;
                    UnderlyingService s;
                    const QString flag = v.section(u':', -1).trimmed().toLower();
                    if (v.contains(u':') && (flag == u"registered" || flag == u"not-registered")) {
                        s.name = v.section(u':', 0, -2).trimmed();
                        s.ismapRegistered = flag == u"registered";
                    } else {
                        s.name = v.trimmed();
                    }
                    info.underlyingServices.append(s);
                }
            }
            if (p.isSet(overview))
                info.systemOverview = p.value(overview);
            if (p.isSet(changes))
                info.changesInPeriod = p.value(changes);
            if (p.isSet(subsequent))
                info.subsequentEvents = p.value(subsequent);
            info.source.clear(); // typed, no longer as the file said
            info = StatementBook::setInfo(*wb, info);
        }
        if (p.isSet(json)) {
            cli::out() << QJsonDocument::fromJson(info.toJson().toUtf8()).toJson(QJsonDocument::Indented);
            return int(cli::Ok);
        }
        const auto line = [](const QString& label, const QString& value) {
            cli::out() << label << ": " << (value.isEmpty() ? CliText::tr("(not stated)") : value) << "\n";
        };
        line(CliText::tr("Statement date"), Clock::shownDate(info.statementDate));
        line(CliText::tr("Version"), info.version);
        line(CliText::tr("Regions"), info.regions);
        line(CliText::tr("Underlying services"), StatementInfo::servicesDisplay(info.underlyingServices));
        line(CliText::tr("System overview"), info.systemOverview);
        line(CliText::tr("Changes during the period"), info.changesInPeriod);
        line(CliText::tr("Subsequent events"), info.subsequentEvents);
        cli::out().flush();
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("statement info",
                  QT_TRANSLATE_NOOP("CliText",
                                    "show or edit the statement's own content (date, version, scope, overview, "
                                    "changes, subsequent events)"),
                  cmdStatementInfo);
ISMAP_CLI_COMMAND("statement import",
                  QT_TRANSLATE_NOOP("CliText",
                                    "import the CSP's statement (言明書) from CSV or XLSX; all rows or none"),
                  cmdStatementImport);
