// Prints how long importing a 1,200-item official catalog (CSV and XLSX) and a 1,200-row statement take:
// the median of several runs, each into a fresh workbook. `--small` runs each case twice (ctest smoke run).
#include "TestSupport.h"
#include "catalog/CatalogImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

#if __has_include("statement/StatementImport.h")
#    include "statement/StatementImport.h"
#    define ISMAP_BENCH_STATEMENT 1
#endif

using namespace ismap;

namespace {

/// Median wall time in ms of @p runs calls of @p timed, each after an untimed @p prepare.
double medianMs(int runs, const std::function<void()>& prepare, const std::function<void()>& timed)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer t;
        t.start();
        timed();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void report(const char* what, int items, double ms)
{
    std::printf("%-44s %6d items  %8.1f ms\n", what, items, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int runs = small ? 2 : 5;
    const QString csv = test::dataPath(QStringLiteral("catalog/catalog-2022-ja.csv"));
    const QString xlsx = test::dataPath(QStringLiteral("catalog/catalog-2022-ja.xlsx"));
    std::printf("bench_import: median of %d runs%s\n", runs, small ? " (--small)" : "");

    try {
        const int items = int(CatalogImport::read(csv).items.size());
        report("catalog CSV (CP932) read + check", items,
               medianMs(
                   runs, [] {}, [&] { CatalogImport::read(csv); }));
        report("catalog XLSX read + check", items,
               medianMs(
                   runs, [] {}, [&] { CatalogImport::read(xlsx); }));

        std::unique_ptr<test::TempWorkbook> t;
        const auto fresh = [&] {
            t = std::make_unique<test::TempWorkbook>();
        };
        report("catalog CSV import into a workbook", items,
               medianMs(runs, fresh, [&] { CatalogImport::importInto(*t->wb, csv); }));
        report("catalog XLSX import into a workbook", items,
               medianMs(runs, fresh, [&] { CatalogImport::importInto(*t->wb, xlsx); }));

        // TODO: time a 1,200-row statement import here once core/statement/StatementImport is in main.
        std::printf("statement import: not in this build yet\n");
    } catch (const AuditError& e) {
        std::fprintf(stderr, "bench_import: %s\n", e.what());
        return 1;
    }
    return 0;
}
