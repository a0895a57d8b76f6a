// ismapctl report: compose the 実施結果報告書 from a workbook, attach the manifest, and write the PDF.
#include "cli/Cli.h"
#include "report/ReportWriter.h"
#include "workbook/Workbook.h"

#include <QFileInfo>

using namespace ismap;

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cli", s);
}

int cmdReport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF to write."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Report language: ja, en or both."),
                                  QStringLiteral("LANG"), QStringLiteral("both"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Mark the report DEMO (fictional engagement)."));
    p.addOptions({ output, lang, demo });
    p.addPositionalArgument(QStringLiteral("WB"), tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("report"), args, QStringLiteral("WB -o OUT.pdf [--lang ja|en|both]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, tr("report: give exactly one workbook file."));
        if (!p.isSet(output))
            throw AuditError(ErrorCode::InvalidInput, tr("report: -o OUT.pdf is required."));
        const QString out = p.value(output);
        ReportOptions options;
        options.language = p.value(lang);
        options.demo = p.isSet(demo);
        ReportWriter::checkOutputPath(out);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const ReportResult result = ReportWriter::write(*wb, out, options);
        cli::out() << tr("Wrote %1 (%2 pages, language %3, unsigned).")
                          .arg(QFileInfo(out).absoluteFilePath())
                          .arg(result.pages)
                          .arg(options.language)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("report", QT_TRANSLATE_NOOP("cli", "write the signed PDF report (実施結果報告書)"), cmdReport);
