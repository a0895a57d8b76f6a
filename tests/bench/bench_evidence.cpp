// Evidence vault throughput: import and verify of one large file against coreutils `sha256sum` on the same
// file in the same run, with peak memory. Usage: bench_evidence [--small | --mib N] [--dir DIR]
// (default 1 GiB; --small 32 MiB, as ctest runs it).
#include "BenchSupport.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engagement/Verifier.h"
#include "evidence/EvidenceVault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace ismap;

namespace {

constexpr qint64 MiB = 1024 * 1024;

using bench::mbps;
using bench::resetPeakRss;

/// CPU time (user, system) in ns of this process or of its finished children.
std::pair<qint64, qint64> cpuNs(int who)
{
    rusage u {};
    getrusage(who, &u);
    auto ns = [](const timeval& v) {
        return qint64(v.tv_sec) * 1000000000 + qint64(v.tv_usec) * 1000;
    };
    return { ns(u.ru_utime), ns(u.ru_stime) };
}

qint64 g_shaCpuNs = 0;

qint64 timeSha256sum(const QString& path)
{
    const auto cpu0 = cpuNs(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("sha256sum"), { path });
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("sha256sum failed");
    const qint64 ns = t.nsecsElapsed();
    const auto cpu1 = cpuNs(RUSAGE_CHILDREN);
    const qint64 cpu = cpu1.first + cpu1.second - cpu0.first - cpu0.second;
    g_shaCpuNs = g_shaCpuNs ? qMin(g_shaCpuNs, cpu) : cpu;
    return ns;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 size = 1024 * MiB;
    QString base = QDir::tempPath();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--small")
            size = 32 * MiB;
        else if (args[i] == u"--mib" && i + 1 < args.size())
            size = args[++i].toLongLong() * MiB;
        else if (args[i] == u"--dir" && i + 1 < args.size())
            base = args[++i];
    }
    QTemporaryDir dir(base + QStringLiteral("/bench_evidence-XXXXXX"));
    const QString file = dir.filePath(QStringLiteral("evidence.bin"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the test file");
        QByteArray buffer(MiB, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (qint64 done = 0; done < size; done += MiB) {
            gen.fillRange(reinterpret_cast<quint32*>(buffer.data()), MiB / 4);
            f.write(buffer.constData(), qMin(MiB, size - done));
        }
    }
    std::printf("evidence file: %lld MiB in %s\n", size / MiB, qPrintable(dir.path()));

    // sha256sum first and last, best of the two, so the page cache favours neither side.
    const qint64 shaNs = qMin(timeSha256sum(file), qint64(1) << 62);

    Engagement e;
    e.csp = QStringLiteral("Bench CSP");
    e.service = QStringLiteral("Bench");
    e.periodStart = QDate(2025, 4, 1);
    e.periodEnd = QDate(2026, 3, 31);
    e.criteriaRevision = QString::fromLatin1(Catalog::kBuiltinRevision);
    const QString wbPath = dir.filePath(QStringLiteral("bench.ismapwb"));
    const QList<CatalogItem> skeleton = Catalog::builtinSkeleton();
    auto wb = Workbook::create(wbPath, e, [&](Workbook& w) {
        Catalog::install(w, skeleton, QString::fromLatin1(Catalog::kBuiltinRevision), QStringLiteral("builtin"));
        w.addMember(QStringLiteral("bench"), Role::Staff);
    });
    wb->setActor(QStringLiteral("bench"));

    resetPeakRss();
    const qint64 rssBefore = bench::peakRssSinceResetKiB();
    const auto importCpu0 = cpuNs(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    {
        EvidenceVault vault(*wb);
        // Timed in three steps: the commit (durable in the WAL), the checkpoint into the workbook file, the close.
        vault.setCheckpointAfterImport(false);
        vault.add({ file, {} }, { QStringLiteral("5.1.1"), {}, {}, {} });
    }
    const qint64 importNs = t.nsecsElapsed();
    const auto importCommitCpu = cpuNs(RUSAGE_SELF);
    EvidenceVault::checkpoint(*wb);
    const qint64 importCheckpointNs = t.nsecsElapsed();
    wb.reset(); // closing checkpoints what is left, syncs the file and removes the WAL
    const qint64 importCloseNs = t.nsecsElapsed();
    const qint64 importPeak = bench::peakRssSinceResetKiB();
    const auto importCpu1 = cpuNs(RUSAGE_SELF);

    resetPeakRss();
    const auto verifyCpu0 = cpuNs(RUSAGE_SELF);
    t.restart();
    auto ro = Workbook::open(wbPath, Workbook::Mode::ReadOnly); // as `ismapctl verify`: quick_check on open too
    const VerifyReport report = Verifier(*ro).run();
    const qint64 verifyNs = t.nsecsElapsed();
    const auto verifyCpu1 = cpuNs(RUSAGE_SELF);
    const qint64 verifyPeak = bench::peakRssSinceResetKiB();
    ro.reset();
    if (!report.ok())
        qFatal("verify failed: %s", qPrintable(report.problems.first()));

    const qint64 shaNs2 = timeSha256sum(file);
    const qint64 sha = qMin(shaNs, shaNs2);
    const double shaRate = mbps(size, sha);
    const double importRate = mbps(size, importNs);
    const double importCheckpointRate = mbps(size, importCheckpointNs);
    const double importCloseRate = mbps(size, importCloseNs);
    const double verifyRate = mbps(size, verifyNs);
    std::printf("sha256sum (coreutils):   %8.1f MB/s  (%.2f s, best of 2)\n", shaRate, double(sha) / 1e9);
    std::printf("evidence import:         %8.1f MB/s  (%.2f s to commit)   ratio %.2fx  (target >= 1.5x)\n", importRate,
                double(importNs) / 1e9, importRate / shaRate);
    std::printf("  incl. WAL checkpoint:  %8.1f MB/s  (%.2f s to checkpoint) ratio %.2fx\n", importCheckpointRate,
                double(importCheckpointNs) / 1e9, importCheckpointRate / shaRate);
    std::printf("  incl. close:           %8.1f MB/s  (%.2f s to close)    ratio %.2fx\n", importCloseRate,
                double(importCloseNs) / 1e9, importCloseRate / shaRate);
    std::printf("verify (open + verify): %8.1f MB/s  (%.2f s)              ratio %.2fx  (target >= 1.5x)\n", verifyRate,
                double(verifyNs) / 1e9, verifyRate / shaRate);
    std::printf("peak RSS: import %.1f MiB (before %.1f MiB), verify %.1f MiB  (target < 64 MiB)\n",
                double(importPeak) / 1024, double(rssBefore) / 1024, double(verifyPeak) / 1024);
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QByteArray loadAverage = loadFile.open(QIODevice::ReadOnly) ? loadFile.readLine() : QByteArray("?\n");
    std::printf("CPU time (user+sys s): sha256sum %.2f; import %.2f+%.2f to commit, %.2f+%.2f to close; verify "
                "%.2f+%.2f; load average %s",
                double(g_shaCpuNs) / 1e9, double(importCommitCpu.first - importCpu0.first) / 1e9,
                double(importCommitCpu.second - importCpu0.second) / 1e9,
                double(importCpu1.first - importCpu0.first) / 1e9, double(importCpu1.second - importCpu0.second) / 1e9,
                double(verifyCpu1.first - verifyCpu0.first) / 1e9, double(verifyCpu1.second - verifyCpu0.second) / 1e9,
                loadAverage.constData());
    std::printf("workbook: %.1f MiB for %.1f MiB of evidence\n", double(QFileInfo(wbPath).size()) / MiB,
                double(size) / MiB);
    return 0;
}
