// libFuzzer harness: the XLSX reader (TableReader::readXlsx) on a temporary file.
#include "FuzzSupport.h"
#include "tabular/Table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("fuzz.xlsx"));
    ismap::TableLimits limits;
    limits.maxRows = 2000;
    limits.maxUncompressedBytes = 32LL * 1024 * 1024; // libFuzzer's default RSS limit is 2 GB
    try {
        const ismap::Table t = ismap::TableReader::readXlsx(path, limits);
        if (t.rows.size() != t.rowNumbers.size())
            std::abort();
        for (const QStringList& r : t.rows)
            if (r.size() > limits.maxColumns)
                std::abort();
    } catch (const ismap::AuditError&) { }
    return 0;
}
