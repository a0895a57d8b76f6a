// ismapctl demo: a realistic, partly worked engagement for a fictional CSP.
#include "cli/Cli.h"
#include "common/Clock.h"
#include "demo/DemoEngagement.h"
#include "workbook/Workbook.h"

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The new demo workbook file."));
    if (int rc = cli::parse(p, QStringLiteral("demo"), args, QStringLiteral("WB")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("demo: give exactly one workbook file."));
        DemoSummary s;
        auto wb = DemoEngagement::create(p.positionalArguments().first(), &s);
        for (auto k = s.keys.cbegin(); k != s.keys.cend(); ++k)
            if (!MemberKeyFiles::exists(k.key()))
                MemberKeyFiles::write(k.key(), k.value(), DemoEngagement::kKeyPassphrase, false);
        const Engagement e = wb->engagement();
        cli::out() << CliText::tr("Created the demo engagement %1").arg(wb->path()) << "\n"
                   << "  " << e.csp << " / " << e.service << "  (" << Clock::shownDate(e.periodStart) << " .. "
                   << Clock::shownDate(e.periodEnd) << ")\n"
                   << "  "
                   << CliText::tr("%1 items in scope: %2 reviewed, %3 prepared, %4 in progress or needing attention")
                          .arg(s.inScope)
                          .arg(s.reviewed)
                          .arg(s.prepared)
                          .arg(s.inProgress)
                   << "\n"
                   << "  "
                   << CliText::tr("%1 samples, %2 findings, %3 open review notes, %4 evidence files")
                          .arg(s.samples)
                          .arg(s.findings)
                          .arg(s.openNotes)
                          .arg(s.evidence)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("demo",
                  QT_TRANSLATE_NOOP("CliText", "create a realistic demo engagement (fictional CSP), partly worked"),
                  cmdDemo);
