// Prints how long importing a 1,200-item official catalog (CSV and XLSX) and a 1,200-row statement take:
// the median of several runs, each into a fresh workbook. `--small` runs each case twice (ctest smoke run).
#include "TestSupport.h"
#include "catalog/CatalogImport.h"
#include "engagement/StatementIntake.h"
#include "statement/StatementImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <time.h>

#if __has_include("statement/StatementImport.h")
#    include "statement/StatementImport.h"
#    define ISMAP_BENCH_STATEMENT 1
#endif

using namespace ismap;

namespace {

/// CPU time of this process in ms (user + system): on a shared machine it says what wall time cannot.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Median wall and CPU time in ms of @p runs calls of @p timed, each after an untimed @p prepare.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing medianMs(int runs, const std::function<void()>& prepare, const std::function<void()>& timed)
{
    QList<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer t;
        t.start();
        const double c = cpuMs();
        timed();
        ms << double(t.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - c;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return { ms.at(ms.size() / 2), cpu.at(cpu.size() / 2) };
}

void report(const char* what, int items, Timing t)
{
    std::printf("%-44s %6d items  %8.1f ms  (cpu %.1f ms)\n", what, items, t.wallMs, t.cpuMs);
    std::fflush(stdout);
}

/// A statement over the first 1,200 statement items of the workbook's catalog, all in scope.
QString writeStatement(Workbook& wb, const QString& dir)
{
    QString csv = QStringLiteral("管理策番号,採否,実施内容,頻度,母集団\r\n");
    int n = 0;
    for (const CatalogItem& it : Catalog::items(wb)) {
        if (!it.isStatementItem() || n >= 1200)
            continue;
        csv += QStringLiteral("%1,○,%2 の統制を実施している。,月次,%3\r\n").arg(it.id, it.id).arg(12 + n % 300);
        ++n;
    }
    const QString path = dir + QStringLiteral("/statement-1200.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(csv.toUtf8());
    return path;
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

        QTemporaryDir dir;
        QString statement;
        const auto withCatalog = [&] {
            fresh();
            CatalogImport::importInto(*t->wb, csv);
            statement = writeStatement(*t->wb, dir.path());
        };
        report("statement CSV import (1,200 rows)", 1200,
               medianMs(runs, withCatalog, [&] { StatementIntake::importFile(*t->wb, statement); }));
    } catch (const AuditError& e) {
        std::fprintf(stderr, "bench_import: %s\n", e.what());
        return 1;
    }
    return 0;
}
