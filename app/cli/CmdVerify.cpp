// ismapctl verify: does the workbook still hold what was recorded?
#include "cli/Cli.h"
#include "engagement/Verifier.h"
#include "workbook/Workbook.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdVerify(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    const QCommandLineOption progress(QStringLiteral("progress"), CliText::tr("Print progress on stderr."));
    p.addOptions({ json, progress });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("verify"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("verify: give exactly one workbook file."));
        const QString path = p.positionalArguments().first();
        auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        qint64 last = -1000;
        const VerifyReport r = Verifier(*wb).run([&](qint64 done, qint64 total) {
            if (p.isSet(progress) && total > 0 && timer.elapsed() - last >= 200) {
                last = timer.elapsed();
                cli::err() << "\r" << CliText::tr("Verifying evidence") << ": " << done * 100 / total << "%";
                cli::err().flush();
            }
            return true;
        });
        if (p.isSet(progress))
            cli::err() << "\n";
        if (p.isSet(json)) {
            const QJsonObject o { { QStringLiteral("ok"), r.ok() },
                                  { QStringLiteral("problems"), QJsonArray::fromStringList(r.problems) },
                                  { QStringLiteral("trail_rows"), r.trailRows },
                                  { QStringLiteral("trail_head"), r.trailHead },
                                  { QStringLiteral("evidence"), r.evidence },
                                  { QStringLiteral("chunks"), r.chunks },
                                  { QStringLiteral("bytes"), r.bytes },
                                  { QStringLiteral("signoffs"), r.signOffs },
                                  { QStringLiteral("signoff_hashes_checked"), r.signOffsHashed },
                                  { QStringLiteral("signatures_checked"), r.signatures },
                                  { QStringLiteral("rows_checked"), r.rows } };
            cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else if (r.ok()) {
            cli::out()
                << CliText::tr("OK: %1").arg(path) << "\n"
                << CliText::tr("  integrity_check: ok; foreign keys: ok") << "\n"
                << CliText::tr("  trail: %1 rows chained, head %2").arg(r.trailRows).arg(r.trailHead) << "\n"
                << CliText::tr("  evidence: %1 records, %2 chunks, %3 bytes re-hashed")
                       .arg(r.evidence)
                       .arg(r.chunks)
                       .arg(r.bytes)
                << "\n"
                << CliText::tr("  sign-offs: %1 valid, content hashes match").arg(r.signOffs) << "\n"
                << CliText::tr("  signatures: %1 checked against the registered member keys").arg(r.signatures) << "\n"
                << (r.rows >= 0
                        ? CliText::tr("  rows: %1 match what the trail recorded").arg(r.rows)
                        : CliText::tr(
                            "  rows: not recorded in this workbook's format 1 (opening it read-write upgrades it)"))
                << "\n";
        } else {
            for (const QString& problem : r.problems)
                cli::out() << problem << "\n";
        }
        cli::out().flush();
        if (!r.ok())
            throw AuditError(ErrorCode::Integrity,
                             CliText::tr("verify %1: %2 (%n problem(s) in all)", nullptr, int(r.problems.size()))
                                 .arg(path, r.problems.first()));
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("verify",
                  QT_TRANSLATE_NOOP("CliText", "check integrity, the trail chain, evidence hashes and sign-off hashes"),
                  cmdVerify);
