// Prints how long a 1,200-row statement (言明書) takes to read, check and import into a workbook that holds the
// 1,200-item official catalog: the median of several runs, each into a fresh workbook. `--small` runs twice.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogImport.h"
#include "statement/StatementImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ismap;

namespace {

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

void report(const char* what, int rows, double ms)
{
    std::printf("%-48s %6d rows  %8.1f ms\n", what, rows, ms);
    std::fflush(stdout);
}

/// A statement over every statement item of the workbook's catalog, CP932 with CRLF as Excel exports it:
/// nine in ten in scope, the rest out of scope with a reason; descriptions, frequencies and populations filled.
int writeStatement(Workbook& wb, const QString& path)
{
    const QStringList freq { QStringLiteral("年次"), QStringLiteral("四半期"), QStringLiteral("月次"),
                             QStringLiteral("日次"), QStringLiteral("随時"),   QString() };
    QString text = QStringLiteral("言明書（ベンチマーク）\r\n管理策番号,採否,非採用理由,実施内容,頻度,母集団\r\n");
    int rows = 0;
    for (const CatalogItem& it : Catalog::items(wb)) {
        if (!it.isStatementItem())
            continue;
        if (rows % 10 == 9)
            text += it.id + QStringLiteral(",×,当サービスでは該当する業務がないため,,,\r\n");
        else
            text += it.id
                + QStringLiteral(",○,,\"%1 の統制を手順書に従い実施し、記録を保管している。\",%2,\"1,%3\"\r\n")
                      .arg(it.id, freq.at(rows % freq.size()))
                      .arg(rows % 1000, 3, 10, QLatin1Char('0'));
        ++rows;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw AuditError(ErrorCode::Io, path);
    QStringEncoder enc("Windows-31J");
    f.write(enc.encode(text));
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int runs = small ? 2 : 7;
    const QString catalog = test::dataPath(QStringLiteral("catalog/catalog-2022-ja.csv"));
    std::printf("bench_statement: median of %d runs%s\n", runs, small ? " (--small)" : "");
    try {
        QTemporaryDir dir;
        const QString statement = dir.filePath(QStringLiteral("statement-cp932.csv"));
        std::unique_ptr<test::TempWorkbook> t;
        const auto fresh = [&] {
            t = std::make_unique<test::TempWorkbook>();
            CatalogImport::importInto(*t->wb, catalog);
        };
        fresh();
        const int rows = writeStatement(*t->wb, statement);

        report("statement CSV (CP932) read", rows,
               medianMs(
                   runs, [] {}, [&] { StatementImport::readTable(statement); }));
        const Table table = StatementImport::readTable(statement);
        report("statement check against the catalog", rows,
               medianMs(
                   runs, [] {},
                   [&] {
                       const StatementImportResult r = StatementImport::check(*t->wb, table);
                       if (!r.ok())
                           throw AuditError(ErrorCode::Internal, r.errors.first());
                   }));
        report("statement import into a workbook (read+check+write)", rows,
               medianMs(runs, fresh, [&] { StatementImport::importFile(*t->wb, statement); }));
        report("statement re-import over the same statement", rows,
               medianMs(
                   runs, [] {}, [&] { StatementImport::importFile(*t->wb, statement); }));
    } catch (const AuditError& e) {
        std::fprintf(stderr, "bench_statement: %s\n", e.what());
        return 1;
    }
    return 0;
}
