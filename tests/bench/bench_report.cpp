// Engagement-scale report: 1,159 items, 1,000 in scope with steps, 300 sample sets of 25, 300 findings,
// 5,000 evidence rows. Builds the workbook directly, renders the report and prints seconds, pages and
// peak RSS (VmHWM). --small renders a small engagement for ctest; --out FILE keeps the PDF.
#include "TestSupport.h"
#include "WorkedWorkbook.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <ctime>

using namespace ismap;

namespace {

QString peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    return QStringLiteral("?");
}

/// CPU time of the process (all threads), in seconds.
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool small = args.contains(QStringLiteral("--small"));
    const int outAt = int(args.indexOf(QStringLiteral("--out")));
    const QString keep = outAt > 0 && outAt + 1 < args.size() ? args[outAt + 1] : QString();
    QString lang = QStringLiteral("both");
    if (const int at = int(args.indexOf(QStringLiteral("--lang"))); at > 0 && at + 1 < args.size())
        lang = args[at + 1];

    test::WorkedScale scale;
    if (small) {
        scale = { 0, 60, 10, 3, 15, 25, 15, 200, true };
    } else {
        scale = { 1159, 1000, 100, 4, 300, 25, 300, 5000, true };
    }
    test::TempWorkbook t;
    QElapsedTimer timer;
    timer.start();
    test::fillWorkedWorkbook(*t.wb, scale);
    std::printf("workbook: %d in scope, %d sample sets of %d, %d findings, %d evidence rows (built in %.2f s)\n",
                scale.inScope, scale.sampleSets, scale.sampleSize, scale.findings, scale.evidence,
                double(timer.elapsed()) / 1000);

    const QString out = keep.isEmpty() ? t.dir.filePath(QStringLiteral("report.pdf")) : keep;
    ReportOptions options;
    options.language = lang;
    timer.restart();
    try {
        QElapsedTimer gather;
        gather.start();
        const ReportData data = ReportData::gather(*t.wb);
        const qint64 gatherMs = gather.elapsed();
        // Phases from the progress milestones: 5 = data gathered, 70 = laid out, 98 = painted, attached and the
        // ToUnicode map fixed, 100 = written.
        // CPU seconds too: on a shared machine the wall clock says more about the neighbours than the code.
        struct Mark
        {
            int percent;
            qint64 wallMs;
            double cpu;
        };
        QList<Mark> marks;
        options.progress = [&](int percent) {
            if ((percent == 5 || percent == 70 || percent == 98 || percent == 100)
                && (marks.isEmpty() || marks.last().percent != percent))
                marks.append({ percent, timer.elapsed(), cpuSeconds() });
            return true;
        };
        timer.restart();
        const double cpuStart = cpuSeconds();
        const ReportResult r = ReportWriter::write(*t.wb, out, options);
        const double seconds = double(timer.elapsed()) / 1000;
        const double cpu = cpuSeconds() - cpuStart;
        QStringList phases;
        const char* names[] = { "gather", "layout", "paint+embed+ToUnicode", "save" };
        qint64 lastWall = 0;
        double lastCpu = cpuStart;
        for (int i = 0; i < marks.size() && i < 4; ++i) {
            phases << QStringLiteral("%1 %2 s (cpu %3 s)")
                          .arg(QLatin1String(names[i]))
                          .arg(double(marks[i].wallMs - lastWall) / 1000, 0, 'f', 2)
                          .arg(marks[i].cpu - lastCpu, 0, 'f', 2);
            lastWall = marks[i].wallMs;
            lastCpu = marks[i].cpu;
        }
        std::printf("phases: %s\n", qPrintable(phases.join(QStringLiteral(", "))));
        std::printf("report cpu: %.2f s\n", cpu);
        std::printf("report (%s): %.2f s (gather alone %.2f s), %d pages, %.1f MiB, peak RSS %s\n", qPrintable(lang),
                    seconds, double(gatherMs) / 1000, r.pages, double(r.bytes) / 1048576, qPrintable(peakRss()));
        if (!small && seconds >= 10)
            std::printf("SLOWER THAN THE 10 s TARGET\n");
    } catch (const AuditError& e) {
        std::fprintf(stderr, "bench_report: %s\n", e.what());
        return 1;
    }
    return 0;
}
