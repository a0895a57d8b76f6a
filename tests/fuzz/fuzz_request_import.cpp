// libFuzzer harness: the CSP's returned copy of the request list (CSV in any encoding, or XLSX when the bytes start
// with a zip signature), read against a workbook with three requests. A copy that passes every check is applied to
// a fresh copy of that workbook, which must still open and hold only known statuses afterwards.
#include "FuzzSupport.h"
#include "catalog/Catalog.h"
#include "fieldwork/Requests.h"
#include "workbook/Workbook.h"

#include <QDate>

namespace {

QString templateWorkbook()
{
    static const QString path = [] {
        const QString p = ismap::fuzz::scratchDir() + QStringLiteral("/requests.ismapwb");
        ismap::Engagement e;
        e.csp = QStringLiteral("Fuzz CSP");
        e.service = QStringLiteral("Fuzz service");
        e.periodStart = QDate(2025, 4, 1);
        e.periodEnd = QDate(2026, 3, 31);
        auto wb = ismap::Workbook::create(p, e, [](ismap::Workbook& w) {
            ismap::Catalog::install(w, ismap::Catalog::builtinSkeleton(),
                                    QString::fromLatin1(ismap::Catalog::kBuiltinRevision), QStringLiteral("builtin"));
        });
        wb->addMember(QStringLiteral("Fuzz Staff"), ismap::Role::Staff);
        wb->setActor(QStringLiteral("Fuzz Staff"));
        for (const char* item : { "5.1.1", "5.1.1", "6.1.1" }) {
            ismap::Request r;
            r.itemId = QString::fromLatin1(item);
            r.description = QStringLiteral("規程");
            ismap::Requests::add(*wb, r);
        }
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
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("returned.csv"));
    ismap::TableLimits limits;
    limits.maxRows = 3000;
    limits.maxUncompressedBytes = 32LL * 1024 * 1024;
    try {
        const ismap::Table table = ismap::TableReader::read(path, ismap::TableReader::Encoding::Auto, limits);
        const ismap::Requests::ReturnedCopy copy = ismap::Requests::readReturnedCopy(*readOnly, table);
        if (copy.errors.isEmpty() && !copy.changes.isEmpty()) {
            const QString work = ismap::fuzz::scratchDir() + QStringLiteral("/requests-import.ismapwb");
            ismap::fuzz::removeWithSideFiles(work);
            if (!QFile::copy(tpl, work))
                std::abort();
            {
                auto wb = ismap::Workbook::open(work);
                wb->setActor(QStringLiteral("Fuzz Staff"));
                ismap::Requests::importReturnedCopy(*wb, table);
            }
            auto wb = ismap::Workbook::open(work, ismap::Workbook::Mode::ReadOnly); // must still open
            for (const ismap::Request& r : ismap::Requests::all(*wb))
                if (!ismap::Requests::statuses().contains(r.status))
                    std::abort();
            wb.reset();
            ismap::fuzz::removeWithSideFiles(work);
        }
    } catch (const ismap::AuditError&) { }
    return 0;
}
