// ismapctl export: the work papers auditors hand on (findings, samples, evidence index, status) as XLSX or CSV.
#include "cli/Cli.h"
#include "common/Language.h"
#include "export/WorkPaperExport.h"
#include "workbook/Workbook.h"

#include <QDir>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdExport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    CliText::tr("The file to write: .xlsx or .csv."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  CliText::tr("Language of the headers and terms: ja or en (default: the language "
                                              "ismapctl speaks)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CliText::tr("CSV encoding: utf8 (with a BOM, the default) or cp932."),
                                      QStringLiteral("ENC"), QStringLiteral("utf8"));
    p.addOptions({ output, lang, encoding });
    p.addPositionalArgument(QStringLiteral("KIND"), CliText::tr("findings, samples, evidence, status or requests."));
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("export"), args,
                            QStringLiteral("findings|samples|evidence|status|requests WB -o FILE.xlsx|FILE.csv "
                                           "[--lang ja|en] [--encoding utf8|cp932]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 2)
            throw AuditError(
                ErrorCode::InvalidInput,
                CliText::tr("export: give what to export (findings, samples, evidence, status or requests) and "
                            "one workbook file."));
        const auto kind = WorkPaperExport::kindFromName(pos.first());
        if (!kind)
            throw AuditError(
                ErrorCode::InvalidInput,
                CliText::tr("export: \"%1\" is not an export (findings, samples, evidence, status or requests).")
                    .arg(pos.first()));
        if (!p.isSet(output))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("export: -o FILE is required."));
        const QString out = p.value(output);
        TableWriter::formatFor(out); // a wrong suffix is refused before the workbook is opened
        const TableWriter::CsvEncoding enc = TableWriter::encodingFromName(p.value(encoding));
        const QString language = p.isSet(lang) ? p.value(lang) : Language::current();
        auto wb = Workbook::open(pos.at(1), Workbook::Mode::ReadOnly);
        const qsizetype rows = WorkPaperExport::write(*wb, *kind, out, language, enc);
        cli::out() << CliText::tr("Wrote %n row(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(out))
                   << Qt::endl;
        return cli::Ok;
    });
}

} // namespace

ISMAP_CLI_COMMAND("export",
                  QT_TRANSLATE_NOOP("CliText", "Export findings, samples, evidence, status or requests to XLSX/CSV"),
                  cmdExport);
