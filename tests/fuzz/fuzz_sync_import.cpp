// libFuzzer harness: `sync import` of a hostile change package into a replicated workbook (the reader's checks, the
// engagement, the signer's key and signature, and — for inputs that get that far — the chains and the apply). The
// workbook is made once; every refused input must leave it as it was, which the harness checks by its trail length.
// Seeds: the sync_package corpus (packages of the format, signed by keys this engagement does not know).
#include "FuzzSupport.h"
#include "replication/Replication.h"
#include "signing/MemberKey.h"
#include "trail/Trail.h"
#include "workbook/MemberKeys.h"
#include "workbook/Workbook.h"

namespace {

ismap::Workbook& workbook()
{
    static std::unique_ptr<ismap::Workbook> wb = [] {
        using namespace ismap;
        const QString path = fuzz::scratchDir() + QStringLiteral("/origin.ismapwb");
        Engagement e;
        e.csp = QStringLiteral("Fuzz CSP");
        e.service = QStringLiteral("Cloud");
        e.periodStart = QDate(2025, 4, 1);
        e.periodEnd = QDate(2026, 3, 31);
        auto w = Workbook::create(path, e);
        w->addMember(QStringLiteral("lead"), Role::Lead);
        w->setActor(QStringLiteral("lead"));
        w->addMember(QStringLiteral("staff"), Role::Staff);
        const MemberKey key = MemberKey::generate();
        MemberKeys::registerKey(*w, QStringLiteral("lead"), key.publicPem(), QStringLiteral("fuzz"));
        w->addUnlockedKey(QStringLiteral("lead"), key);
        Replication::createReplica(*w, fuzz::scratchDir() + QStringLiteral("/staff.ismapwb"), QStringLiteral("staff"));
        return w;
    }();
    return *wb;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    ismap::Workbook& wb = workbook();
    const qint64 before = ismap::Trail::count(wb.db());
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("input.ismapsync"));
    try {
        (void)ismap::Replication::importPackage(wb, path);
    } catch (const ismap::AuditError&) {
        if (ismap::Trail::count(wb.db()) != before)
            std::abort(); // a refused package changed the workbook
    }
    return 0;
}
