// Change package throughput (team sync foundation, issue 15): writing and reading a .ismapsync package of 1,000
// actions (changesets and trail rows) and N MiB of evidence, against coreutils `sha256sum` of the same evidence
// bytes in the same run, with peak memory (VmHWM) per phase, and the read time of a 10-action package without
// evidence. Usage: bench_sync_package [--small | --mib N] [--dir DIR]   (default 100 MiB; --small 8 MiB for ctest)
#include "BenchSupport.h"
#include "Ed25519TestKey.h"
#include "common/Sha256.h"
#include "database/Database.h"
#include "sync/Changeset.h"
#include "sync/SyncPackage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace ismap;
using namespace ismap::sync;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int kActions = 1000;

using bench::mbps;
using bench::resetPeakRss;

qint64 timeSha256sum(const QStringList& files)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("sha256sum"), files);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("sha256sum failed");
    return t.nsecsElapsed();
}

struct Evidence
{
    QString path;
    QByteArray sha256;
    qint64 size = 0;
};

/// kActions units of work on a scratch table, each one changeset and one trail row.
void makeActions(const QString& dbPath, int count, QList<ChangesetSection>& changes, QList<TrailRowRecord>& rows)
{
    Database db;
    db.open(dbPath, true);
    db.exec("PRAGMA synchronous = OFF; CREATE TABLE IF NOT EXISTS procedure_step (id INTEGER PRIMARY KEY, "
            "result TEXT, notes TEXT)");
    QString prev(64, u'0');
    for (int i = 1; i <= count; ++i) {
        ChangeCapture capture(db, { QStringLiteral("procedure_step") });
        Transaction tx(db);
        db.prepare("INSERT OR REPLACE INTO procedure_step VALUES (?, 'no_exception', ?)")
            .bind(1, (qint64(1) << 40) + i)
            .bind(2, QStringLiteral("確認した。アクセス権の棚卸し記録 %1 件目").arg(i))
            .run();
        tx.commit();
        changes.append({ QStringLiteral("r-ta"), i, i, capture.changeset() });
        const QByteArray row
            = QStringLiteral("[\"%1\",\"2026-12-06T10:00:00Z\",\"staff1\",\"step.result\"]").arg(i).toUtf8();
        Sha256 h;
        h.add(prev.toLatin1());
        h.add(row);
        rows.append({ QStringLiteral("r-ta"), i, prev, h.hexDigest(), row });
        prev = rows.last().hash;
    }
}

QByteArray writePackage(const QString& path, const test::Ed25519TestKey& key, const QList<ChangesetSection>& changes,
                        const QList<TrailRowRecord>& rows, const QList<Evidence>& evidence)
{
    SyncPackageWriter w(path,
                        { QStringLiteral("bench-engagement"), QStringLiteral("r-ta"), QStringLiteral("staff1"),
                          key.fingerprint(), QStringLiteral("2026-12-06T10:00:00Z") },
                        [&key](QByteArrayView d) { return key.sign(d); });
    for (const ChangesetSection& c : changes)
        w.addChangeset(c);
    for (const TrailRowRecord& r : rows)
        w.addTrailRow(r);
    for (const Evidence& e : evidence) {
        QFile f(e.path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read evidence");
        w.addEvidence(f, e.sha256, e.size);
    }
    return w.finish();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 size = 100 * MiB;
    QString base = QDir::tempPath();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--small")
            size = 8 * MiB;
        else if (args[i] == u"--mib" && i + 1 < args.size())
            size = args[++i].toLongLong() * MiB;
        else if (args[i] == u"--dir" && i + 1 < args.size())
            base = args[++i];
    }
    QTemporaryDir dir(base + QStringLiteral("/bench_sync_package-XXXXXX"));
    const test::Ed25519TestKey key;
    const auto verify = [&key](const SyncHeader&, QByteArrayView d, QByteArrayView s) {
        return key.verify(d, s);
    };

    // The evidence: files of 5 MiB (the last one smaller), random bytes.
    QList<Evidence> evidence;
    QStringList files;
    {
        QRandomGenerator gen(15);
        QByteArray buffer(5 * MiB, Qt::Uninitialized);
        for (qint64 done = 0; done < size;) {
            const qint64 n = qMin(qint64(buffer.size()), size - done);
            gen.fillRange(reinterpret_cast<quint32*>(buffer.data()), buffer.size() / 4);
            Evidence e { dir.filePath(QStringLiteral("evidence%1.bin").arg(evidence.size())),
                         QCryptographicHash::hash(QByteArrayView(buffer.constData(), n), QCryptographicHash::Sha256),
                         n };
            QFile f(e.path);
            if (!f.open(QIODevice::WriteOnly) || f.write(buffer.constData(), n) != n)
                qFatal("cannot write the evidence");
            evidence.append(e);
            files.append(e.path);
            done += n;
        }
    }
    QList<ChangesetSection> changes;
    QList<TrailRowRecord> rows;
    makeActions(dir.filePath(QStringLiteral("scratch.db")), kActions, changes, rows);
    std::printf("package: %d actions (changesets + trail rows), %d evidence files, %lld MiB of evidence, in %s\n",
                kActions, int(evidence.size()), size / MiB, qPrintable(dir.path()));

    const qint64 sha1 = timeSha256sum(files);

    const QString package = dir.filePath(QStringLiteral("bench.ismapsync"));
    resetPeakRss();
    QElapsedTimer t;
    t.start();
    writePackage(package, key, changes, rows, evidence);
    const qint64 writeNs = t.nsecsElapsed();
    const qint64 writePeak = bench::peakRssSinceResetKiB();

    resetPeakRss();
    t.restart();
    const SyncPackageSummary checked = SyncPackageReader::read(package, verify);
    const qint64 readNs = t.nsecsElapsed();
    const qint64 readPeak = bench::peakRssSinceResetKiB();

    const QString staging = dir.filePath(QStringLiteral("staging"));
    QDir().mkpath(staging);
    EvidenceFolderSink sink(staging);
    SyncPackageReader::Visitor visit;
    visit.evidence = &sink;
    resetPeakRss();
    t.restart();
    const SyncPackageSummary staged = SyncPackageReader::read(package, verify, visit);
    const qint64 stageNs = t.nsecsElapsed();
    const qint64 stagePeak = bench::peakRssSinceResetKiB();
    if (checked.evidenceBytes != size || staged.changesets != kActions || staged.trailRows != kActions)
        qFatal("the package did not read back whole");

    const qint64 sha = qMin(sha1, timeSha256sum(files));

    // A package of 10 actions and no evidence: the read time an import of a small exchange starts with.
    QList<ChangesetSection> fewChanges;
    QList<TrailRowRecord> fewRows;
    makeActions(dir.filePath(QStringLiteral("few.db")), 10, fewChanges, fewRows);
    const QString small = dir.filePath(QStringLiteral("small.ismapsync"));
    writePackage(small, key, fewChanges, fewRows, {});
    QList<double> smallMs;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        SyncPackageReader::read(small, verify);
        smallMs.append(double(t.nsecsElapsed()) / 1e6);
    }

    const double shaRate = mbps(size, sha);
    std::printf("sha256sum (coreutils):         %8.1f MB/s  (%.2f s, best of 2)\n", shaRate, double(sha) / 1e9);
    std::printf("write package:                 %8.1f MB/s  (%.2f s)  ratio %.2fx\n", mbps(size, writeNs),
                double(writeNs) / 1e9, mbps(size, writeNs) / shaRate);
    std::printf("read + check (evidence dropped):%7.1f MB/s  (%.2f s)  ratio %.2fx\n", mbps(size, readNs),
                double(readNs) / 1e9, mbps(size, readNs) / shaRate);
    std::printf("read + check + stage evidence: %8.1f MB/s  (%.2f s)  ratio %.2fx\n", mbps(size, stageNs),
                double(stageNs) / 1e9, mbps(size, stageNs) / shaRate);
    std::printf("peak RSS (VmHWM): write %.1f MiB, read %.1f MiB, read + stage %.1f MiB  (target < 64 MiB)\n",
                double(writePeak) / 1024, double(readPeak) / 1024, double(stagePeak) / 1024);
    std::printf("10-action package without evidence: read in %.2f ms (median of 5; target < 100 ms for import)\n",
                bench::median(smallMs));
    std::printf("package: %.1f MiB\n", double(QFileInfo(package).size()) / MiB);
    bench::figure("sync_package", QStringLiteral("sha256sum"), shaRate, "MB/s");
    bench::figure("sync_package", QStringLiteral("write"), mbps(size, writeNs), "MB/s");
    bench::figure("sync_package", QStringLiteral("read"), mbps(size, readNs), "MB/s");
    bench::figure("sync_package", QStringLiteral("read_stage"), mbps(size, stageNs), "MB/s");
    bench::figure("sync_package", QStringLiteral("peak_rss_read_stage"), double(stagePeak) / 1024, "MiB");
    bench::figure("sync_package", QStringLiteral("read_10_actions"), bench::median(smallMs), "ms");
    return 0;
}
