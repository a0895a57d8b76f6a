// libFuzzer harness: the statement importer (言明書). The bytes are a statement file (CSV in any encoding, or
// XLSX when they start with a zip signature); StatementImport reads and checks it against a workbook on the
// built-in catalog. When a mutated file passes every check it is also imported, into a fresh copy of the
// template workbook, and the workbook must still open afterwards. Every sheet of the file is also read as a cover
// sheet (the statement's own content), whose values must survive their stored JSON form.
#include "FuzzSupport.h"
#include "engagement/StatementIntake.h"
#include "statement/StatementImport.h"
#include "workbook/Workbook.h"

#include <QDate>

namespace {

QString templateWorkbook()
{
    static const QString path = [] {
        const QString p = ismap::fuzz::scratchDir() + QStringLiteral("/template.ismapwb");
        ismap::Engagement e;
        e.csp = QStringLiteral("Fuzz CSP");
        e.service = QStringLiteral("Fuzz service");
        e.periodStart = QDate(2025, 4, 1);
        e.periodEnd = QDate(2026, 3, 31);
        ismap::Workbook::create(p, e);
        return p;
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    const QString tpl = templateWorkbook();
    static std::unique_ptr<ismap::Workbook> readOnly = ismap::Workbook::open(tpl, ismap::Workbook::Mode::ReadOnly);
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("statement.csv"));
    ismap::StatementImportOptions options;
    options.limits.maxRows = 3000;
    options.limits.maxUncompressedBytes = 32LL * 1024 * 1024;
    try {
        QString sha;
        QList<ismap::Table> others;
        const ismap::Table table = ismap::StatementImport::readTable(path, options, &sha, &others);
        others.prepend(table);
        for (const ismap::Table& sheet : std::as_const(others)) {
            QStringList errors;
            if (const auto info = ismap::StatementImport::parseCover(sheet, &errors))
                if (!(ismap::StatementInfo::fromJson(info->toJson()) == *info))
                    std::abort(); // what is stored must read back as it was
        }
        options.coverSheets = others.mid(1);
        const ismap::StatementImportResult r = ismap::StatementImport::check(*readOnly, table, options);
        if (r.ok()) {
            const QString copy = ismap::fuzz::scratchDir() + QStringLiteral("/import.ismapwb");
            ismap::fuzz::removeWithSideFiles(copy);
            if (!QFile::copy(tpl, copy))
                std::abort();
            {
                auto wb = ismap::Workbook::open(copy);
                wb->addMember(QStringLiteral("Fuzz Staff"), ismap::Role::Staff);
                wb->setActor(QStringLiteral("Fuzz Staff"));
                ismap::StatementIntake::importTable(*wb, table, options, sha);
            }
            ismap::Workbook::open(copy, ismap::Workbook::Mode::ReadOnly); // must still open
            ismap::fuzz::removeWithSideFiles(copy);
        }
    } catch (const ismap::AuditError&) { }
    return 0;
}
