// libFuzzer harness: the population list reader (the CSP's ledger as CSV in any encoding, or XLSX when the bytes
// start with a zip signature). A list the scan accepts must give back every record it counted: the first, the last
// and one in the middle, each as the cells of one record.
#include "FuzzSupport.h"
#include "tabular/PopulationFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    const QString path = ismap::fuzz::writeInput(data, size, QStringLiteral("ledger.csv"));
    try {
        const ismap::PopulationScan scan = ismap::PopulationFile::scan(path);
        if (scan.records < 1 || scan.sha256.size() != 64)
            std::abort();
        QList<qint64> wanted { 1, scan.records, (scan.records + 1) / 2 };
        const QHash<qint64, QStringList> records = ismap::PopulationFile::records(path, scan, wanted);
        for (const qint64 i : wanted)
            if (!records.contains(i))
                std::abort(); // a record the scan counted is missing on the second pass
        for (const QStringList& r : records)
            (void)ismap::PopulationFile::label(r);
    } catch (const ismap::AuditError&) { }
    return 0;
}
