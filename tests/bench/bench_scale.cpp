// bench_scale: builds a workbook at the size of a real ISMAP engagement through the engine, then times opening
// and verifying it. The workbook is the input of tests/bench/run-benchmarks.sh.
//
//   bench_scale [--small] [--out WB] [--keep]
//
// Full scale: 1,159 catalog items (the built-in skeleton plus synthetic detailed items, installed as an imported
// catalog revision), 1,000 in scope with their procedure steps, 300 sample sets of 25, 5,000 evidence files
// (256 MiB in all), 300 findings and at least 50,000 trail rows. --small is 1/50 of that (a few seconds, for ctest).
// Prints one JSON line per figure: {"figure": ..., "value": ..., "unit": ...}.
#include "catalog/Catalog.h"
#include "engagement/Verifier.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace ismap;

namespace {

struct Scale
{
    int catalogItems = 1159;
    int inScope = 1000;
    int sampleSets = 300;
    int evidenceFiles = 5000;
    qint64 evidenceBytes = 256LL * 1024 * 1024;
    int findings = 300;
    int trailRows = 50000;
};

void figure(const char* name, double value, const char* unit)
{
    std::printf("{\"bench\": \"bench_scale\", \"figure\": \"%s\", \"value\": %.3f, \"unit\": \"%s\"}\n", name, value,
                unit);
    std::fflush(stdout);
}

double peakRssMiB()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_maxrss) / 1024.0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

/// The skeleton plus synthetic detailed items under the controls objectives, up to @p total items.
QList<CatalogItem> syntheticCatalog(int total)
{
    QList<CatalogItem> items = Catalog::builtinSkeleton();
    QList<CatalogItem> objectives;
    for (const CatalogItem& i : std::as_const(items))
        if (i.level == u"objective")
            objectives.append(i);
    int n = 0;
    while (items.size() < total && !objectives.isEmpty()) {
        const CatalogItem& parent = objectives[n % objectives.size()];
        CatalogItem d;
        d.number = parent.number + QStringLiteral(".%1").arg(100 + n / int(objectives.size()));
        d.id = d.number;
        d.part = parent.part;
        d.level = QStringLiteral("detailed");
        d.titleJa = QStringLiteral("合成の詳細管理策 %1").arg(d.number);
        d.titleEn = QStringLiteral("Synthetic detailed control %1").arg(d.number);
        d.textJa = QStringLiteral("ベンチマーク用の合成テキスト。");
        d.textEn = QStringLiteral("Synthetic text for the benchmark.");
        items.append(d);
        ++n;
    }
    for (CatalogItem& i : items)
        i.revision = QStringLiteral("scale-synthetic");
    Catalog::complete(items, QStringLiteral("bench_scale"));
    return items;
}

void build(const QString& path, const Scale& s, const QString& scratch)
{
    QElapsedTimer t;
    t.start();
    Engagement e;
    e.csp = QStringLiteral("Scale Test CSP");
    e.service = QStringLiteral("Scale Cloud");
    e.periodStart = QDate(2025, 4, 1);
    e.periodEnd = QDate(2026, 3, 31);
    e.firm = QStringLiteral("Benchmark Audit Firm");
    auto wb = Workbook::create(path, e);
    // Generation only: the figures below are measured on a normal connection afterwards.
    wb->db().exec("PRAGMA synchronous = OFF");
    wb->addMember(QStringLiteral("lead1"), Role::Lead);
    wb->addMember(QStringLiteral("rita"), Role::Reviewer);
    wb->addMember(QStringLiteral("alice"), Role::Staff);
    wb->setActor(QStringLiteral("lead1"));

    // Catalog and statement.
    const QList<CatalogItem> catalog = syntheticCatalog(s.catalogItems);
    QStringList statementItems;
    {
        Transaction tx(wb->db());
        Catalog::install(*wb, catalog, QStringLiteral("scale-synthetic"), QStringLiteral("bench_scale"));
        QList<StatementEntry> entries;
        for (const CatalogItem& i : catalog) {
            if (!i.isStatementItem())
                continue;
            StatementEntry en;
            en.itemId = i.id;
            const bool in = statementItems.size() < s.inScope;
            en.applicability = in ? Applicability::InScope : Applicability::OutOfScope;
            en.reason = in ? QString() : QStringLiteral("Not applicable to the service (benchmark).");
            en.description = QStringLiteral("統制の記述 %1").arg(i.id);
            en.frequency = in ? QStringLiteral("daily") : QString();
            en.population = in ? std::optional<qint64>(365) : std::nullopt;
            en.source = QStringLiteral("bench_scale");
            entries.append(en);
            if (in)
                statementItems.append(i.id);
        }
        StatementBook::write(*wb, entries, QStringLiteral("statement.import"));
        tx.commit();
    }
    wb->setActor(QStringLiteral("alice"));
    Procedures::refresh(*wb);

    // Samples: 300 sets of 25 (daily control, population 365).
    for (int i = 0; i < s.sampleSets && i < statementItems.size(); ++i)
        Sampling::draw(*wb, statementItems[i], 365, QStringLiteral("daily"), std::uint64_t(1000 + i));

    // Evidence: random files in batches of 100, each batch one import linked to one item.
    std::mt19937_64 rng(42);
    const qint64 avg = s.evidenceBytes / s.evidenceFiles;
    EvidenceVault vault(*wb);
    QDir().mkpath(scratch);
    for (int done = 0; done < s.evidenceFiles;) {
        QList<EvidenceFile> batch;
        for (int j = 0; j < 100 && done < s.evidenceFiles; ++j, ++done) {
            const qint64 size = avg / 2 + qint64(rng() % quint64(avg)); // avg/2 .. 3avg/2
            QByteArray bytes(size, Qt::Uninitialized);
            for (qint64 k = 0; k + 8 <= size; k += 8) {
                const quint64 r = rng();
                memcpy(bytes.data() + k, &r, 8);
            }
            const QString f = scratch + QStringLiteral("/evidence-%1.bin").arg(done, 5, 10, QLatin1Char('0'));
            QFile out(f);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != size)
                throw AuditError(ErrorCode::Io, QStringLiteral("%1: cannot write").arg(f));
            batch.append({ f, {} });
        }
        vault.add(batch, EvidenceTarget { statementItems[(done / 100) % statementItems.size()], {}, {}, {} });
        for (const EvidenceFile& f : batch)
            QFile::remove(f.path);
    }

    // Findings.
    for (int i = 0; i < s.findings; ++i) {
        Finding f;
        f.itemId = statementItems[(i * 7) % statementItems.size()];
        f.title = QStringLiteral("Finding %1").arg(i + 1);
        f.condition = QStringLiteral("Condition observed in sample %1.").arg(i + 1);
        f.cause = QStringLiteral("Cause");
        f.effect = QStringLiteral("Effect");
        Findings::raise(*wb, f);
    }

    // Step results until the trail has the target number of rows.
    QList<qint64> stepIds;
    for (const QString& id : std::as_const(statementItems))
        for (const ProcedureStep& st : Procedures::steps(*wb, id))
            stepIds.append(st.id);
    qint64 trail = wb->db().scalar("SELECT count(*) FROM trail").toLongLong();
    for (qint64 i = 0; trail < s.trailRows && !stepIds.isEmpty(); ++i) {
        Procedures::setResult(*wb, stepIds[i % stepIds.size()],
                              i % 2 ? StepResult::NoException : StepResult::NotApplicable,
                              QStringLiteral("pass %1").arg(i));
        if (i % 1000 == 0)
            trail = wb->db().scalar("SELECT count(*) FROM trail").toLongLong();
    }
    trail = wb->db().scalar("SELECT count(*) FROM trail").toLongLong();
    wb->db().exec("PRAGMA synchronous = FULL; PRAGMA wal_checkpoint(TRUNCATE);");
    figure("scale_generation_s", double(t.elapsed()) / 1000.0, "s");
    figure("scale_catalog_items", wb->db().scalar("SELECT count(*) FROM catalog_item").toDouble(), "items");
    figure("scale_in_scope", double(statementItems.size()), "items");
    figure("scale_steps", wb->db().scalar("SELECT count(*) FROM procedure_step").toDouble(), "steps");
    figure("scale_sample_sets", wb->db().scalar("SELECT count(*) FROM sample_set").toDouble(), "sets");
    figure("scale_sample_items", wb->db().scalar("SELECT count(*) FROM sample_item").toDouble(), "items");
    figure("scale_evidence_files", wb->db().scalar("SELECT count(*) FROM evidence").toDouble(), "files");
    figure("scale_evidence_mib", wb->db().scalar("SELECT sum(size) FROM evidence").toDouble() / 1048576.0, "MiB");
    figure("scale_findings", wb->db().scalar("SELECT count(*) FROM finding").toDouble(), "findings");
    figure("scale_trail_rows", double(trail), "rows");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool small = args.contains(QStringLiteral("--small"));
    const bool keep = args.contains(QStringLiteral("--keep"));
    const int outAt = int(args.indexOf(QStringLiteral("--out")));
    Scale s;
    if (small) {
        s = { 1159, 200, 6, 100, 256LL * 1024 * 1024 / 50, 6, 1000 };
    }
    QTemporaryDir tmp;
    const QString path
        = outAt > 0 && outAt + 1 < args.size() ? args[outAt + 1] : tmp.path() + QStringLiteral("/scale.ismapwb");
    try {
        if (!QFile::exists(path))
            build(path, s, tmp.path() + QStringLiteral("/files"));
        // Workbook open to ready (core): open with its checks, read the engagement, team and trail head.
        QList<double> opens;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            auto wb = Workbook::open(path);
            (void)wb->engagement();
            (void)wb->team();
            (void)wb->trailHead();
            opens.append(double(t.nsecsElapsed()) / 1e6);
        }
        figure("workbook_open_core_ms", median(opens), "ms");
        QElapsedTimer t;
        t.start();
        auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
        const VerifyReport r = Verifier(*wb).run();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        if (!r.ok()) {
            std::fprintf(stderr, "bench_scale: verify found problems: %s\n", qPrintable(r.problems.join(u"; ")));
            return 1;
        }
        figure("verify_in_process_s", secs, "s");
        figure("verify_in_process_mib_s", double(r.bytes) / 1048576.0 / secs, "MiB/s");
        figure("bench_scale_peak_rss_mib", peakRssMiB(), "MiB");
        if (keep || outAt > 0)
            std::fprintf(stderr, "bench_scale: workbook %s\n", qPrintable(path));
    } catch (const AuditError& e) {
        std::fprintf(stderr, "bench_scale: %s\n", e.what());
        return 1;
    }
    return 0;
}
