// libFuzzer harness: opening a hostile workbook file read-only (header check, schema version, quick_check,
// engagement read). The bytes are written to a temporary *.ismapwb file; SQLite side files are removed after.
#include "FuzzSupport.h"
#include "workbook/Workbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("fuzz.ismapwb"));
    try {
        auto wb = ismap::Workbook::open(path, ismap::Workbook::Mode::ReadOnly);
        (void)wb->engagement();
        (void)wb->team();
        (void)wb->trailHead();
    } catch (const ismap::AuditError&) { }
    ismap::fuzz::removeWithSideFiles(path);
    return 0;
}
