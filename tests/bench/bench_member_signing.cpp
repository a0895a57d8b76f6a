// Member signatures (issue 14): what a sign-off costs with its Ed25519 signature, and what `verify` costs on an
// engagement-scale workbook with 2,000 signed sign-offs against the same workbook whose 2,000 sign-offs are unsigned
// (as before format 6: verify then only reports them). Targets: a sign-off < 10 ms more; verify <= 10 % slower.
// Usage: bench_member_signing [--small] [--runs N]   (--small: fewer items, for ctest; --runs: verify runs, 5)
#include "../unit/FieldworkFixture.h"
#include "BenchSupport.h"
#include "WorkedWorkbook.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "engagement/ItemStatusBook.h"
#include "engagement/Verifier.h"
#include "fieldwork/Review.h"
#include "workbook/MemberKeys.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace ismap;

namespace {

constexpr const char* kBench = "bench_member_signing";

/// An engagement-scale workbook whose in-scope items each carry a preparer and a reviewer sign-off over their real
/// content hash, signed with registered member keys when @p signedOffs, unsigned otherwise.
QString buildWorkbook(const QString& dir, int inScope, bool signedOffs)
{
    const QString path = dir + (signedOffs ? QStringLiteral("/signed.ismapwb") : QStringLiteral("/unsigned.ismapwb"));
    Engagement e;
    e.csp = QStringLiteral("Bench CSP");
    e.service = QStringLiteral("Bench");
    e.periodStart = QDate(2025, 4, 1);
    e.periodEnd = QDate(2026, 3, 31);
    e.criteriaRevision = QStringLiteral("2022-04-01");
    auto wb = Workbook::create(path, e, [&](Workbook& w) {
        Catalog::install(w, Catalog::builtinSkeleton(), QStringLiteral("2022-04-01"), QStringLiteral("builtin"));
    });
    // The engagement scale of bench_export and docs/benchmarks.md: 1,159 catalog items, 1,000 in scope, 7,500
    // sample items in 300 sets, 300 findings, 5,000 evidence records (each figure scaled down with --small).
    const int div = 1000 / inScope;
    test::WorkedScale scale;
    scale.catalogItems = 1159 / div;
    scale.inScope = inScope;
    scale.outOfScope = 100 / div;
    scale.sampleSets = 300 / div;
    scale.sampleSize = 25;
    scale.findings = 300 / div;
    scale.evidence = 5000 / div;
    scale.signOffs = false;
    const test::WorkedFacts facts = test::fillWorkedWorkbook(*wb, scale);
    const QHash<QString, MemberKey> keys = test::giveKeys(*wb);
    const QString uuid = wb->engagement().uuid;
    const QString preparer = QStringLiteral("山本 彩"), reviewer = QStringLiteral("小林 由紀");
    Transaction tx(wb->db());
    Query so = wb->db().prepare("INSERT INTO signoff(item_id, role, member_id, at, content_hash, signature, "
                                "key_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QString at = Clock::nowIso();
    for (const QString& item : facts.inScopeIds) {
        const QString hash = Review::contentHash(*wb, item);
        for (const QString& member : { preparer, reviewer }) {
            const QString role = member == preparer ? QStringLiteral("preparer") : QStringLiteral("reviewer");
            QString sig, fp;
            if (signedOffs) {
                const MemberKey& k = keys[member];
                sig = QString::fromLatin1(
                    k.sign(MemberKeys::payload(QStringLiteral("signoff"), uuid, item, member, role, at, hash))
                        .toBase64());
                fp = k.fingerprint();
            }
            so.bind(1, item).bind(2, role).bind(3, wb->member(member)->id).bind(4, at).bind(5, hash);
            so.bind(6, sig).bind(7, fp).run();
            so.reset();
        }
    }
    wb->setActor(QStringLiteral("渡辺 誠"));
    wb->record(QStringLiteral("bench.signoffs"), QStringLiteral("engagement"));
    tx.commit();
    return path;
}

/// Wall and CPU times (all threads) of `verify` runs of one workbook, and what the last run found.
struct VerifyTimes
{
    QList<double> wall, cpu;
    qint64 signOffs = 0;
    qint64 signatures = 0;
    int problems = 0;
};

void verifyOnce(const QString& path, VerifyTimes& times)
{
    auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
    QElapsedTimer t;
    t.start();
    const double cpu0 = bench::cpuSeconds();
    const VerifyReport r = Verifier(*wb).run();
    times.wall << t.nsecsElapsed() / 1e9;
    times.cpu << bench::cpuSeconds() - cpu0;
    times.signOffs = r.signOffs;
    times.signatures = r.signatures;
    times.problems = int(r.problems.size());
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));

    // 1. A sign-off with its signature, and the signature alone (MemberKeys::sign: key check + Ed25519).
    {
        test::FieldworkBook t;
        const QList<ItemState> items = ItemStatusBook::all(*t.wb);
        const int n = small ? 10 : 100;
        QList<double> withSig, sigOnly;
        int done = 0;
        for (const ItemState& s : items) {
            if (done == n)
                break;
            if (Procedures::steps(*t.wb, s.itemId).isEmpty())
                continue;
            t.completeSteps(s.itemId);
            QElapsedTimer timer;
            timer.start();
            Review::signOff(*t.wb, s.itemId);
            withSig << timer.nsecsElapsed() / 1e6;
            const TeamMember me = t.wb->actingMember();
            timer.restart();
            MemberKeys::sign(*t.wb, me,
                             MemberKeys::payload(QStringLiteral("signoff"), QStringLiteral("uuid"), s.itemId, me.name,
                                                 QStringLiteral("preparer"), Clock::nowIso(), QString(64, u'0')));
            sigOnly << timer.nsecsElapsed() / 1e6;
            ++done;
        }
        const double with = bench::median(withSig), sig = bench::median(sigOnly);
        bench::figure(kBench, QStringLiteral("signoff_with_signature_ms"), with, "ms");
        bench::figure(kBench, QStringLiteral("signature_part_ms"), sig, "ms");
        bench::figure(kBench, QStringLiteral("signoff_without_signature_ms_derived"), with - sig, "ms");
    }

    // 2. verify: 2,000 signed sign-offs against 2,000 unsigned ones on the same engagement-scale workbook.
    {
        QTemporaryDir dir;
        const int inScope = small ? 100 : 1000;
        const int runsAt = int(app.arguments().indexOf(QStringLiteral("--runs")));
        const int runs = small ? 1 : runsAt > 0 ? std::max(1, app.arguments().value(runsAt + 1).toInt()) : 5;
        const QString signedPath = buildWorkbook(dir.path(), inScope, true);
        const QString unsignedPath = buildWorkbook(dir.path(), inScope, false);
        // Alternated, so that a change of the machine's load weighs on both alike; medians.
        VerifyTimes signedTimes, unsignedTimes;
        for (int i = 0; i < runs; ++i) {
            verifyOnce(signedPath, signedTimes);
            verifyOnce(unsignedPath, unsignedTimes);
        }
        const double withSig = bench::median(signedTimes.wall), without = bench::median(unsignedTimes.wall);
        const double cpuSigned = bench::median(signedTimes.cpu), cpuUnsigned = bench::median(unsignedTimes.cpu);
        // The worked workbook writes its evidence behind the trail (verify names those rows in both workbooks alike);
        // what must hold here is every signature.
        {
            auto wb = Workbook::open(signedPath, Workbook::Mode::ReadOnly);
            const Review::SignatureCheck check = Review::checkSignatures(*wb);
            if (!check.problems.isEmpty()) {
                std::fprintf(stderr, "%s: %s\n", kBench, qPrintable(check.problems.first()));
                return 1;
            }
        }
        bench::figure(kBench, QStringLiteral("verify_problems_signed_unsigned"),
                      unsignedTimes.problems - signedTimes.problems, "problems (the unsigned sign-offs)");
        bench::figure(kBench, QStringLiteral("verify_signoffs"), double(signedTimes.signOffs), "sign-offs");
        bench::figure(kBench, QStringLiteral("verify_signed_s"), withSig, "s");
        bench::figure(kBench, QStringLiteral("verify_unsigned_s"), without, "s");
        bench::figure(kBench, QStringLiteral("verify_slowdown_pct"), (withSig / without - 1.0) * 100.0, "%");
        // The signatures are verified on a second thread beside the row comparison: CPU time shows their full cost.
        bench::figure(kBench, QStringLiteral("verify_signed_cpu_s"), cpuSigned, "s");
        bench::figure(kBench, QStringLiteral("verify_unsigned_cpu_s"), cpuUnsigned, "s");
        auto wb = Workbook::open(signedPath, Workbook::Mode::ReadOnly);
        QElapsedTimer t;
        t.start();
        const Review::SignatureCheck check = Review::checkSignatures(*wb);
        bench::figure(kBench, QStringLiteral("signature_check_s"), t.nsecsElapsed() / 1e9, "s");
        bench::figure(kBench, QStringLiteral("signatures_checked"), double(check.checked), "signatures");
    }
    return 0;
}
