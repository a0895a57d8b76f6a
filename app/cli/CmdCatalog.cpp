// ismapctl catalog import | catalog list: bring in the official criteria catalog, and show the workbook's.
#include "catalog/CatalogImport.h"
#include "cli/Cli.h"
#include "cli/FieldworkCli.h"
#include "common/Language.h"
#include "engagement/CatalogIntake.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdCatalogImport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption revision(
        QStringLiteral("revision"),
        CliText::tr("Revision of the criteria (e.g. 2022-04-01, 令和7年度); by default taken "
                    "from a revision column or the title rows of the file."),
        QStringLiteral("R"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"), CliText::tr("XLSX: the sheet to read (default: the first)."), QStringLiteral("NAME"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CliText::tr("CSV: auto, utf-8 or cp932 (default: auto)."), QStringLiteral("ENC"),
                                      QStringLiteral("auto"));
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("Team member doing this, for the trail (default: the ISMAP_MEMBER "
                                            "environment variable, else \"system\")."),
                                QStringLiteral("MEMBER"));
    p.addOptions({ revision, sheet, encoding, as });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The official catalog, CSV or XLSX."));
    if (int rc = cli::parse(p, QStringLiteral("catalog import"), args,
                            QStringLiteral("WB FILE [--revision R] [--sheet NAME] [--encoding ENC] [--as MEMBER]"));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 2) {
        cli::err() << "ismapctl: " << CliText::tr("catalog import: give a workbook and a catalog file.") << Qt::endl;
        return cli::Usage;
    }
    try {
        CatalogImportOptions options;
        options.revision = p.value(revision);
        options.sheet = p.value(sheet);
        bool ok = false;
        options.encoding = TableReader::encodingFromName(p.value(encoding), &ok);
        if (!ok)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("--encoding: \"%1\" is none of auto, utf-8, cp932.").arg(p.value(encoding)));
        auto wb = Workbook::open(p.positionalArguments().at(0));
        cli::fw::setOptionalActor(*wb, p);
        const CatalogImportResult r = CatalogIntake::importInto(*wb, p.positionalArguments().at(1), options);
        const CatalogInstallResult& in = r.install;
        cli::out() << CliText::tr("Imported %1 criteria items from %2 (revision %3, header in row %4, %5).")
                          .arg(r.catalog.items.size())
                          .arg(r.catalog.source, r.catalog.revision)
                          .arg(r.catalog.headerRow)
                          .arg(r.catalog.encoding)
                   << "\n"
                   << CliText::tr("added %1, updated %2, unchanged %3, disappeared %4")
                          .arg(in.added)
                          .arg(in.updated)
                          .arg(in.unchanged)
                          .arg(in.disappeared.size())
                   << "\n";
        if (r.catalog.skippedRows > 0)
            cli::out()
                << CliText::tr("%1 rows without an ID were skipped (notes or captions).").arg(r.catalog.skippedRows)
                << "\n";
        if (!in.disappearedWithWork.isEmpty())
            cli::out() << CliText::tr("Items no longer in revision %1 that carry work (kept, marked retired): %2")
                              .arg(in.revision, in.disappearedWithWork.join(QStringLiteral(", ")))
                       << "\n";
        cli::out().flush();
        return int(cli::Ok);
    } catch (const AuditError& e) {
        // One line per problem, so every bad row shows at once.
        for (const QString& line : e.message().split(u'\n'))
            cli::err() << "ismapctl: " << line << "\n";
        cli::err().flush();
        return cli::exitCodeFor(e.code());
    }
}

int cmdCatalogList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    const QCommandLineOption retired(QStringLiteral("retired"),
                                     CliText::tr("Include items retired by a newer revision."));
    p.addOptions({ json, retired });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("catalog list"), args, QStringLiteral("WB [--json] [--retired]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("catalog list: give exactly one workbook file."));
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QString lang = Language::current();
        const QList<CatalogItem> items = Catalog::items(*wb, p.isSet(retired));
        if (p.isSet(json)) {
            QJsonArray list;
            for (const CatalogItem& it : items)
                list.append(QJsonObject { { QStringLiteral("id"), it.id },
                                          { QStringLiteral("parent"), it.parent },
                                          { QStringLiteral("part"), it.part },
                                          { QStringLiteral("level"), it.level },
                                          { QStringLiteral("mandatory"), it.mandatory },
                                          { QStringLiteral("title_ja"), it.titleJa },
                                          { QStringLiteral("title_en"), it.titleEn },
                                          { QStringLiteral("retired_in"), it.retiredIn } });
            const QJsonObject o { { QStringLiteral("criteria_revision"), wb->engagement().criteriaRevision },
                                  { QStringLiteral("items"), list } };
            cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            for (const CatalogItem& it : items)
                cli::out() << QString(it.depth * 2 - 2, u' ') << it.id << "  " << it.title(lang)
                           << (it.retiredIn.isEmpty() ? QString() : CliText::tr("  (retired in %1)").arg(it.retiredIn))
                           << "\n";
        }
        cli::out().flush();
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("catalog import", QT_TRANSLATE_NOOP("CliText", "import the official criteria catalog (CSV or XLSX)"),
                  cmdCatalogImport);
ISMAP_CLI_COMMAND("catalog list", QT_TRANSLATE_NOOP("CliText", "list the criteria catalog of a workbook"),
                  cmdCatalogList);
