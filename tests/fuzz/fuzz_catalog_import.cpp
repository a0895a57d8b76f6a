// libFuzzer harness: the official catalog importer. The bytes are a catalog file (CSV in any encoding, or XLSX
// when they start with a zip signature); CatalogImport reads, parses and checks it. A catalog that passes is
// installed into a fresh copy of the template workbook, which must still open afterwards.
#include "FuzzSupport.h"
#include "catalog/CatalogImport.h"
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
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("catalog.csv"));
    ismap::CatalogImportOptions options;
    options.limits.maxRows = 3000;
    options.limits.maxUncompressedBytes = 32LL * 1024 * 1024;
    try {
        const ismap::ImportedCatalog catalog = ismap::CatalogImport::read(path, options);
        if (!catalog.items.isEmpty()) {
            const QString copy = ismap::fuzz::scratchDir() + QStringLiteral("/import.ismapwb");
            ismap::fuzz::removeWithSideFiles(copy);
            if (!QFile::copy(tpl, copy))
                std::abort();
            {
                auto wb = ismap::Workbook::open(copy);
                wb->addMember(QStringLiteral("Fuzz Lead"), ismap::Role::Lead);
                wb->setActor(QStringLiteral("Fuzz Lead"));
                ismap::CatalogImport::importInto(*wb, path, options);
            }
            ismap::Workbook::open(copy, ismap::Workbook::Mode::ReadOnly);
            ismap::fuzz::removeWithSideFiles(copy);
        }
    } catch (const ismap::AuditError&) { }
    return 0;
}
