// ismapctl statement import: the CSP's statement (言明書) from CSV or XLSX, all rows or none.
#include "cli/Cli.h"
#include "statement/StatementImport.h"
#include "workbook/Workbook.h"

#include <QFileInfo>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdStatementImport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CliText::tr("CSV text encoding: auto (detect UTF-8 or CP932), utf8 or cp932."),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   CliText::tr("XLSX: the worksheet to read (default: the first)."),
                                   QStringLiteral("NAME"));
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
    p.addOptions({ encoding, sheet, merge, checkOnly, as });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The statement: CSV (UTF-8 or CP932) or XLSX."));
    if (int rc = cli::parse(
            p, QStringLiteral("statement import"), args,
            QStringLiteral("WB FILE [--encoding auto|utf8|cp932] [--sheet NAME] [--merge] [--check] [--as MEMBER]"));
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
        const Table table = StatementImport::readTable(pos[1], options, &sha256);
        const bool dryRun = p.isSet(checkOnly);
        // Opened for writing even for --check: a preview of an import, and a read-only SQLite connection would
        // leave an empty -wal and -shm behind.
        auto wb = Workbook::open(pos[0], Workbook::Mode::ReadWrite);
        const QString member = (p.isSet(as) ? p.value(as) : qEnvironmentVariable("ISMAP_MEMBER")).trimmed();
        if (!member.isEmpty()) {
            if (!wb->member(member))
                throw AuditError(ErrorCode::Forbidden,
                                 CliText::tr("--as: \"%1\" is not on the engagement team.").arg(member));
            wb->setActor(member);
        }
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
            r = StatementImport::importTable(*wb, table, options, sha256);
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
        cli::out() << CliText::tr("In scope: %1  Out of scope: %2  Undecided: %3")
                          .arg(r.inScope)
                          .arg(r.outOfScope)
                          .arg(r.undecided)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("statement import",
                  QT_TRANSLATE_NOOP("CliText",
                                    "import the CSP's statement (言明書) from CSV or XLSX; all rows or none"),
                  cmdStatementImport);
