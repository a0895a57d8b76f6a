// Team sync (issue 15): a change package of 1,000 actions and 100 MiB of new evidence exported from a replica and
// imported into the origin, beside `sha256sum` on the same evidence bytes in the same run; the import's peak memory
// (its own window); and a package of 10 actions without evidence, imported (median of 5).
// Usage: bench_sync [--small] [--dir DIR]   (--small: 50 actions, 8 MiB, for ctest)
#include "../unit/FieldworkFixture.h"
#include "BenchSupport.h"
#include "evidence/EvidenceVault.h"
#include "replication/Replication.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace ismap;
using namespace ismap::test;

namespace {

constexpr const char* kBench = "bench_sync";

/// @p n step results by the replica's member, round-robin over the steps of the engagement.
void work(Workbook& wb, const QList<ProcedureStep>& steps, int n, int round)
{
    for (int i = 0; i < n; ++i)
        Procedures::setResult(wb, steps.at(i % steps.size()).id, StepResult::NoException,
                              QStringLiteral("round %1 action %2").arg(round).arg(i), VoidConsent::Confirmed);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool small = args.contains(QStringLiteral("--small"));
    const int actions = small ? 50 : 1000;
    const qint64 mib = small ? 8 : 100;
    QTemporaryDir tmp(args.contains(QStringLiteral("--dir"))
                          ? args.at(args.indexOf(QStringLiteral("--dir")) + 1) + QStringLiteral("/bench-sync-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/bench-sync-XXXXXX"));
    const QDir dir(tmp.path());

    FieldworkBook origin;
    const QHash<QString, MemberKey> keys { { QStringLiteral("lead"), origin.wb->unlockedKey(QStringLiteral("lead")) },
                                           { QStringLiteral("staff1"),
                                             origin.wb->unlockedKey(QStringLiteral("staff1")) } };
    origin.as("lead");
    const QString replicaPath = dir.filePath(QStringLiteral("staff1.ismapwb"));
    Replication::createReplica(*origin.wb, replicaPath, QStringLiteral("staff1"));
    auto replica = Workbook::open(replicaPath);
    replica->setActor(QStringLiteral("staff1"));
    replica->addUnlockedKey(QStringLiteral("staff1"), keys.value(QStringLiteral("staff1")));
    const QList<ProcedureStep> steps = Procedures::allSteps(*replica);

    // The work: the actions, then the evidence (files of 5 MiB of random bytes, each linked to an item).
    work(*replica, steps, actions, 0);
    QStringList files;
    {
        QRandomGenerator rng(42);
        EvidenceVault vault(*replica);
        for (qint64 done = 0, n = 0; done < mib; done += 5, ++n) {
            const QString path = dir.filePath(QStringLiteral("e%1.bin").arg(n));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            for (qint64 m = 0; m < qMin<qint64>(5, mib - done); ++m) {
                rng.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
                f.write(chunk);
            }
            f.close();
            files << path;
            vault.add(EvidenceFile { path, {} }, EvidenceTarget { steps.first().itemId, {}, {}, {} });
        }
    }
    qint64 evidenceBytes = 0;
    for (const QString& f : files)
        evidenceBytes += QFileInfo(f).size();

    const QString package = dir.filePath(QStringLiteral("big.ismapsync"));
    QElapsedTimer t;
    t.start();
    const SyncExportResult exported = Replication::exportPackage(*replica, package, 0);
    const qint64 exportNs = t.nsecsElapsed();

    // sha256sum on the same evidence bytes, just before the import (same cache state: both read what was written).
    t.restart();
    QProcess sum;
    sum.start(QStringLiteral("sha256sum"), files);
    sum.waitForFinished(-1);
    const qint64 sumNs = t.nsecsElapsed();

    origin.wb->setActor(QStringLiteral("lead"));
    bench::resetPeakRss();
    const qint64 rssBefore = bench::peakRssSinceResetKiB();
    t.restart();
    const SyncImportResult imported = Replication::importPackage(*origin.wb, package);
    const qint64 importNs = t.nsecsElapsed();
    const qint64 rssPeak = bench::peakRssSinceResetKiB();

    bench::figure(kBench, QStringLiteral("package_actions"), exported.actions, "actions");
    bench::figure(kBench, QStringLiteral("package_evidence_mib"), double(exported.evidenceBytes) / (1 << 20), "MiB");
    bench::figure(kBench, QStringLiteral("package_file_mib"), double(QFileInfo(package).size()) / (1 << 20), "MiB");
    bench::figure(kBench, QStringLiteral("export_s"), double(exportNs) / 1e9, "s");
    bench::figure(kBench, QStringLiteral("import_s"), double(importNs) / 1e9, "s");
    bench::figure(kBench, QStringLiteral("import_evidence_mb_per_s"), bench::mbps(evidenceBytes, importNs), "MB/s");
    bench::figure(kBench, QStringLiteral("sha256sum_mb_per_s"), bench::mbps(evidenceBytes, sumNs), "MB/s");
    bench::figure(kBench, QStringLiteral("import_ratio_to_sha256sum"), sumNs > 0 ? double(sumNs) / double(importNs) : 0,
                  "x");
    bench::figure(kBench, QStringLiteral("import_peak_rss_mib"), double(rssPeak) / 1024.0, "MiB");
    bench::figure(kBench, QStringLiteral("import_peak_rss_growth_mib"), double(rssPeak - rssBefore) / 1024.0, "MiB");
    if (imported.actions != exported.actions)
        return 2;

    // Small exchanges: 10 actions, no evidence, five times; each time the origin's record of the merge goes back,
    // so the replica knows what the origin holds (as a team exchanging both ways does).
    auto sendBack = [&](int round) {
        const QString back = dir.filePath(QStringLiteral("back%1.ismapsync").arg(round));
        origin.wb->addUnlockedKey(QStringLiteral("lead"), keys.value(QStringLiteral("lead")));
        Replication::exportPackage(*origin.wb, back, 1);
        Replication::importPackage(*replica, back);
    };
    sendBack(0);
    QList<double> smallMs;
    for (int round = 1; round <= 5; ++round) {
        work(*replica, steps, 10, round);
        const QString p = dir.filePath(QStringLiteral("small%1.ismapsync").arg(round));
        Replication::exportPackage(*replica, p, 0);
        t.restart();
        Replication::importPackage(*origin.wb, p);
        smallMs << double(t.nsecsElapsed()) / 1e6;
        sendBack(round);
    }
    std::sort(smallMs.begin(), smallMs.end());
    bench::figure(kBench, QStringLiteral("import_10_actions_median_ms"), smallMs.at(2), "ms");
    return 0;
}
