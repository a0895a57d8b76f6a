// bench_population: a sample drawn from a population list (the CSP's ledger) of 100,000 and 1,000,000 CSV records:
// scan (SHA-256, record count, encoding), storing the file in the vault, the draw and the labels of the drawn records,
// with the peak memory after each size (flat memory: the 1,000,000-row list must not need ten times the memory), and
// `sha256sum` on the same file in the same run as the reference.
//
//   bench_population [--small]      (--small: 10,000 and 100,000 records, for ctest)
#include "BenchSupport.h"
#include "TestSupport.h"
#include "evidence/PopulationList.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace ismap;

namespace {

void figure(const QString& name, double value, const char* unit)
{
    bench::figure("bench_population", name, value, unit);
}

void writeLedger(const QString& path, qint64 records)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QStringLiteral("チケット番号,件名,起票日,承認者\r\n").toUtf8());
    QByteArray chunk;
    for (qint64 i = 1; i <= records; ++i) {
        chunk += QStringLiteral("CHG-%1,\"アクセス権変更, 申請 %1\",2025-%2-%3,山田\r\n")
                     .arg(i)
                     .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                     .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    test::TempWorkbook t;
    t.addTeam();
    t.wb->setActor(QStringLiteral("staff1"));
    StatementEntry e;
    e.itemId = QStringLiteral("5.1.1");
    e.applicability = Applicability::InScope;
    e.frequency = QStringLiteral("event");
    {
        Transaction tx(t.wb->db());
        StatementBook::write(*t.wb, { e }, QStringLiteral("statement.import"));
        tx.commit();
    }
    for (const qint64 records :
         { small ? qint64(10'000) : qint64(100'000), small ? qint64(100'000) : qint64(1'000'000) }) {
        const QString path = t.dir.filePath(QStringLiteral("ledger-%1.csv").arg(records));
        writeLedger(path, records);
        const QString n = QString::number(records);
        QElapsedTimer timer;
        timer.start();
        const SampleSet s = PopulationList::drawFrom(*t.wb, QStringLiteral("5.1.1"), path, QStringLiteral("event"),
                                                     std::uint64_t(42));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (s.population != records || s.items.isEmpty() || s.items.first().label.isEmpty())
            qFatal("bench_population: the draw is wrong (%lld records)", static_cast<long long>(s.population));
        figure(QStringLiteral("draw_from_list_%1_ms").arg(n), ms, "ms");
        figure(QStringLiteral("peak_rss_after_%1").arg(n), bench::peakRssMiB(), "MiB");
        figure(QStringLiteral("file_%1_bytes").arg(n), double(QFile(path).size()), "bytes");
        timer.restart();
        QProcess sha;
        sha.start(QStringLiteral("sha256sum"), { path });
        sha.waitForFinished(120000);
        figure(QStringLiteral("reference_sha256sum_%1_ms").arg(n), double(timer.nsecsElapsed()) / 1e6, "ms");
    }
    return 0;
}
