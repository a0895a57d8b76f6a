// bench_export: each work-paper export (findings, samples, evidence index, status) of an engagement-scale workbook
// — 1,000 items in scope, 300 sample sets of 25 (7,500 sample items), 5,000 evidence records, 300 findings — to XLSX
// and to CSV, with `sqlite3 -csv` dumping the same sample rows in the same run as the reference.
//
//   bench_export [--small] [--runs N]
//
// --small is 1/50 of that (for ctest). Prints one JSON line per figure: {"figure", "value", "unit"}.
#include "BenchSupport.h"
#include "TestSupport.h"
#include "WorkedWorkbook.h"
#include "export/WorkPaperExport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

using namespace ismap;

namespace {

void figure(const QString& name, double value, const char* unit)
{
    bench::figure("bench_export", name, value, unit);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool small = args.contains(QStringLiteral("--small"));
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? std::max(1, args.at(runsAt + 1).toInt()) : 3;
    const int div = small ? 50 : 1;

    test::TempWorkbook t;
    test::WorkedScale scale;
    scale.catalogItems = 1159 / div;
    scale.inScope = 1000 / div;
    scale.outOfScope = 10;
    scale.stepsPerItem = 3;
    scale.sampleSets = 300 / div;
    scale.sampleSize = 25;
    scale.findings = 300 / div;
    scale.evidence = 5000 / div;
    QElapsedTimer fill;
    fill.start();
    test::fillWorkedWorkbook(*t.wb, scale);
    figure(QStringLiteral("fill_workbook"), double(fill.elapsed()) / 1000.0, "s");

    for (const WorkPaperExport::Kind kind : WorkPaperExport::kinds()) {
        for (const char* suffix : { "xlsx", "csv" }) {
            const QString out = t.dir.filePath(WorkPaperExport::name(kind) + u'.' + QLatin1String(suffix));
            QList<double> wall, cpu;
            qsizetype rows = 0;
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer timer;
                timer.start();
                const double c0 = bench::cpuSeconds();
                rows = WorkPaperExport::write(*t.wb, kind, out, QStringLiteral("ja"));
                cpu << bench::cpuSeconds() - c0;
                wall << double(timer.nsecsElapsed()) / 1e6;
            }
            const QString name = WorkPaperExport::name(kind) + u'_' + QLatin1String(suffix);
            figure(name + QStringLiteral("_ms"), bench::median(wall), "ms");
            figure(name + QStringLiteral("_cpu_ms"), bench::median(cpu) * 1000.0, "ms");
            figure(name + QStringLiteral("_rows"), double(rows), "rows");
            figure(name + QStringLiteral("_bytes"), double(QFileInfo(out).size()), "bytes");
        }
    }
    figure(QStringLiteral("peak_rss"), bench::peakRssMiB(), "MiB");

    // The reference: sqlite3's own CSV output of the sample rows (no labels, no translation, no XLSX).
    t.wb->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QList<double> ref;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.setStandardOutputFile(t.dir.filePath(QStringLiteral("reference.csv")));
        p.start(QStringLiteral("sqlite3"),
                { QStringLiteral("-readonly"), QStringLiteral("-csv"), t.path,
                  QStringLiteral("SELECT s.item_id, s.id, s.population, i.seq, i.population_index, i.label, "
                                 "i.result, i.notes FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id") });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_export: sqlite3 failed: %s\n", p.readAllStandardError().constData());
            break;
        }
        ref << double(timer.nsecsElapsed()) / 1e6;
    }
    if (!ref.isEmpty())
        figure(QStringLiteral("reference_sqlite3_csv_samples_ms"), bench::median(ref), "ms");
    return 0;
}
