// libFuzzer harness: the statement/catalog CSV reader (TableReader::readCsv) with every encoding mode.
// The first byte picks the encoding (auto, UTF-8, CP932); the rest is the file.
#include "FuzzSupport.h"
#include "tabular/Table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    if (size < 1)
        return 0;
    using Enc = ismap::TableReader::Encoding;
    const Enc enc = data[0] % 3 == 0 ? Enc::Auto : data[0] % 3 == 1 ? Enc::Utf8 : Enc::Cp932;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    ismap::TableLimits limits;
    limits.maxRows = 2000; // keep each run fast; the limit logic itself is what is exercised
    try {
        const ismap::Table t = ismap::TableReader::readCsv(bytes, QStringLiteral("fuzz.csv"), enc, limits);
        if (t.rows.size() != t.rowNumbers.size())
            std::abort(); // every row must carry the row number a user sees
        for (const QStringList& r : t.rows)
            if (r.size() > limits.maxColumns)
                std::abort();
        (void)t.findHeaderRow({ { QStringLiteral("id") }, { QStringLiteral("applicability") } });
    } catch (const ismap::AuditError&) { }
    return 0;
}
