// ismapctl check (the issuance gate), report history, engagement retention.
#include "cli/FieldworkCli.h"
#include "common/Clock.h"
#include "engagement/IssuanceCheck.h"
#include "engagement/IssuedReports.h"
#include "fieldwork/Review.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

/// Exit code of `check` when gaps block the final report (the check itself worked).
constexpr int kGapsFound = 1;

int cmdCheck(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("check"), args, QStringLiteral("WB [--json]")); rc >= 0) {
        if (rc == cli::Ok)
            cli::out() << "\n"
                       << CliText::tr("Lists every gap that blocks the final report, grouped by kind, each with its "
                                      "item.\nExit codes: 0 clean (a final report can be issued), 1 gaps found.")
                       << Qt::endl;
        return rc;
    }
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("check"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QList<IssuanceGap> gaps = IssuanceCheck::gaps(*wb);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray groups;
            for (const IssuanceGapKind kind : IssuanceGap::kinds()) {
                QJsonArray rows;
                for (const IssuanceGap& g : gaps)
                    if (g.kind == kind)
                        rows.append(QJsonObject { { QStringLiteral("item"), g.itemId },
                                                  { QStringLiteral("params"), QJsonArray::fromStringList(g.params) },
                                                  { QStringLiteral("text"), g.text() } });
                if (!rows.isEmpty())
                    groups.append(QJsonObject { { QStringLiteral("kind"), IssuanceGap::kindCode(kind) },
                                                { QStringLiteral("title"), IssuanceGap::kindTitle(kind) },
                                                { QStringLiteral("count"), rows.size() },
                                                { QStringLiteral("gaps"), rows } });
            }
            const QJsonObject o { { QStringLiteral("clean"), gaps.isEmpty() },
                                  { QStringLiteral("count"), int(gaps.size()) },
                                  { QStringLiteral("groups"), groups } };
            cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return gaps.isEmpty() ? int(cli::Ok) : kGapsFound;
        }
        if (gaps.isEmpty()) {
            cli::out() << CliText::tr("%1: clean — nothing blocks the final report.").arg(wb->path()) << Qt::endl;
            return int(cli::Ok);
        }
        for (const IssuanceGapKind kind : IssuanceGap::kinds()) {
            QStringList lines;
            for (const IssuanceGap& g : gaps)
                if (g.kind == kind)
                    lines << (g.itemId.isEmpty() ? QString() : g.itemId + QStringLiteral("  ")) + g.text();
            if (lines.isEmpty())
                continue;
            cli::out() << IssuanceGap::kindTitle(kind) << " (" << lines.size() << ")\n";
            for (const QString& line : std::as_const(lines))
                cli::out() << "  " << line << "\n";
        }
        cli::out() << CliText::tr("%n gap(s) block the final report.", nullptr, int(gaps.size())) << Qt::endl;
        return kGapsFound;
    });
}

int cmdReportHistory(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("report history"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("report history"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QList<IssuedReport> reports = IssuedReports::list(*wb);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const IssuedReport& r : reports)
                rows.append(QJsonObject { { QStringLiteral("kind"), r.kind },
                                          { QStringLiteral("sha256"), r.sha256 },
                                          { QStringLiteral("issued_at"), r.issuedAt },
                                          { QStringLiteral("issued_by"), r.issuedBy },
                                          { QStringLiteral("signer"), r.signer },
                                          { QStringLiteral("language"), r.language },
                                          { QStringLiteral("report_date"), r.reportDate },
                                          { QStringLiteral("trail_head"), r.trailHead },
                                          { QStringLiteral("reissue_of"), r.reissueOf },
                                          { QStringLiteral("retain_until"), r.retainUntil } });
            cli::out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        if (reports.isEmpty()) {
            cli::out() << CliText::tr("%1: no report has been issued.").arg(wb->path()) << Qt::endl;
            return int(cli::Ok);
        }
        for (const IssuedReport& r : reports) {
            cli::out() << Clock::shown(r.issuedAt) << "  " << IssuedReports::kindText(r) << "  " << r.sha256 << "\n"
                       << "  "
                       << CliText::tr("issued by %1, signed by %2, language %3, report date %4")
                              .arg(r.issuedBy, r.signer, r.language, Clock::shownDate(r.reportDate))
                       << "\n";
            if (!r.reissueOf.isEmpty())
                cli::out() << "  " << CliText::tr("reissue of %1").arg(r.reissueOf) << "\n";
            cli::out() << "  " << CliText::tr("kept until %1").arg(Clock::shownDate(r.retainUntil)) << "\n";
        }
        cli::out().flush();
        return int(cli::Ok);
    });
}

int cmdRetention(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption years(QStringLiteral("years"),
                                   CliText::tr("Set the retention period of the issued engagement (lead)."),
                                   QStringLiteral("N"));
    p.addOptions({ years, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc
        = cli::parse(p, QStringLiteral("engagement retention"), args, QStringLiteral("WB [--years N --as LEAD]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("engagement retention"), 1, 1);
        const QString path = p.positionalArguments().first();
        std::unique_ptr<Workbook> wb;
        if (p.isSet(years)) {
            const qint64 n = number(p.value(years), QStringLiteral("--years"));
            wb = openForWork(path, p);
            IssuedReports::setRetentionYears(*wb, int(std::clamp<qint64>(n, -1, 1000)));
        } else {
            wb = Workbook::open(path, Workbook::Mode::ReadOnly);
        }
        cli::out() << CliText::tr("Retention period: %n year(s).", nullptr, IssuedReports::retentionYears(*wb)) << "\n";
        const QString until = IssuedReports::retainUntil(*wb);
        cli::out() << (until.isEmpty() ? CliText::tr("No final report is issued yet; the engagement is not archived.")
                                       : CliText::tr("Archived: kept until %1.").arg(Clock::shownDate(until)))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("check", QT_TRANSLATE_NOOP("CliText", "list every gap that blocks the final report"), cmdCheck);
ISMAP_CLI_COMMAND("report history", QT_TRANSLATE_NOOP("CliText", "list the reports issued from the workbook"),
                  cmdReportHistory);
ISMAP_CLI_COMMAND("engagement retention",
                  QT_TRANSLATE_NOOP("CliText", "show or set how long the issued engagement is kept (lead)"),
                  cmdRetention);
