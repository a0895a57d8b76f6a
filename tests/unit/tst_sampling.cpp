// Sampling: sizes from the engagement's table, reproducible selection from a seed (golden lists computed by an
// independent implementation of the documented algorithm), results, failing items raising findings.
#include "FieldworkFixture.h"
#include "engagement/ItemStatusBook.h"
#include "engagement/Verifier.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Sampling.h"
#include "trail/Trail.h"

#include <QtTest>
#include <random>

using namespace ismap;

class TestSampling : public QObject
{
    Q_OBJECT

private slots:
    void sizesFromDefaultTable_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<qint64>("population");
        QTest::addColumn<qint64>("size");
        QTest::newRow("annual") << "annual" << qint64(1) << qint64(1);
        QTest::newRow("semiannual") << "semiannual" << qint64(2) << qint64(1);
        QTest::newRow("quarterly") << "quarterly" << qint64(4) << qint64(2);
        QTest::newRow("monthly") << "monthly" << qint64(12) << qint64(2);
        QTest::newRow("weekly") << "weekly" << qint64(52) << qint64(5);
        QTest::newRow("daily") << "daily" << qint64(250) << qint64(25);
        QTest::newRow("multiple daily") << "multiple_daily" << qint64(5000) << qint64(25);
        QTest::newRow("population below size: all") << "daily" << qint64(20) << qint64(20);
        QTest::newRow("weekly, 3 occurrences") << "weekly" << qint64(3) << qint64(3);
        QTest::newRow("event 1") << "event" << qint64(1) << qint64(1);
        QTest::newRow("event 9") << "event" << qint64(9) << qint64(2);
        QTest::newRow("event 40") << "event" << qint64(40) << qint64(5);
        QTest::newRow("event 300") << "event" << qint64(300) << qint64(25);
        QTest::newRow("event 100000") << "event" << qint64(100000) << qint64(25);
    }

    void sizesFromDefaultTable()
    {
        QFETCH(QString, frequency);
        QFETCH(qint64, population);
        QFETCH(qint64, size);
        QCOMPARE(SamplingTable::builtin().sizeFor(frequency, population), size);
    }

    void frequenciesInTheirNaturalOrder()
    {
        // Offered in this order in the app's frequency list and in error messages, not alphabetically.
        QCOMPARE(SamplingTable::builtin().frequencies(),
                 (QStringList { QStringLiteral("annual"), QStringLiteral("semiannual"), QStringLiteral("quarterly"),
                                QStringLiteral("monthly"), QStringLiteral("weekly"), QStringLiteral("daily"),
                                QStringLiteral("multiple_daily"), QStringLiteral("event") }));
    }

    void frequencyWordsFromStatements()
    {
        QCOMPARE(SamplingTable::frequencyKey(QStringLiteral("年次")), QStringLiteral("annual"));
        QCOMPARE(SamplingTable::frequencyKey(QStringLiteral("四半期")), QStringLiteral("quarterly"));
        QCOMPARE(SamplingTable::frequencyKey(QStringLiteral(" 月次 ")), QStringLiteral("monthly"));
        QCOMPARE(SamplingTable::frequencyKey(QStringLiteral("１日複数回")), QStringLiteral("multiple_daily"));
        QCOMPARE(SamplingTable::frequencyKey(QStringLiteral("随時")), QStringLiteral("event"));
        QCOMPARE(SamplingTable::frequencyKey(QStringLiteral("Weekly")), QStringLiteral("weekly"));
        QVERIFY(SamplingTable::frequencyKey(QStringLiteral("ときどき")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(AuditError, SamplingTable::builtin().sizeFor(QStringLiteral("hourly"), 10));
    }

    void engineIsTheStandardMt19937_64()
    {
        // C++ [rand.predef]: the 10000th output of a default-constructed mt19937_64.
        std::mt19937_64 e;
        e.discard(9999);
        QCOMPARE(quint64(e()), Q_UINT64_C(9981545732273789042));
    }

    void goldenSelections()
    {
        // Computed by an independent Python implementation of the algorithm documented on SampleSelector.
        QCOMPARE(SampleSelector::select(20250401, 365, 25),
                 (QList<qint64> { 285, 197, 92, 201, 54, 329, 119, 250, 312, 145, 287, 342, 177,
                                  98,  133, 24, 35,  40, 248, 182, 121, 13,  257, 45,  89 }));
        QCOMPARE(SampleSelector::select(42, 4, 2), (QList<qint64> { 3, 4 }));
        QCOMPARE(SampleSelector::select(1, 1000000, 5), (QList<qint64> { 311529, 638432, 660709, 748567, 302249 }));
        QCOMPARE(SampleSelector::select(9, 3, 5), (QList<qint64> { 1, 2, 3 }));
        QVERIFY(SampleSelector::select(9, 0, 5).isEmpty());
    }

    void selectionIsDistinctAndInRange()
    {
        for (quint64 seed = 0; seed < 200; ++seed) {
            const QList<qint64> s = SampleSelector::select(seed, 60, 25);
            QCOMPARE(s.size(), 25);
            QCOMPARE(QSet<qint64>(s.begin(), s.end()).size(), 25);
            for (qint64 v : s)
                QVERIFY(v >= 1 && v <= 60);
        }
    }

    void drawStoresSeedAndReperforms()
    {
        test::FieldworkBook t;
        const SampleSet s = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 250, QStringLiteral("daily"), 20250401);
        QCOMPARE(s.size, 25);
        QCOMPARE(s.seed, QStringLiteral("20250401"));
        QCOMPARE(s.algorithm, QString::fromLatin1(SampleSelector::kAlgorithm));
        QCOMPARE(s.samplingTable, QStringLiteral("2025.1"));
        QCOMPARE(s.items.first().populationIndex, SampleSelector::select(20250401, 250, 25).first());
        t.reopen();
        const ReperformResult r = Sampling::reperform(*t.wb, s.id);
        QVERIFY(r.matches);
        QCOMPARE(r.recorded.size(), 25);
        // Tampering with a recorded index is caught by re-performance.
        t.wb->db().exec("UPDATE sample_item SET population_index = population_index + 1 WHERE seq = 3");
        QVERIFY(!Sampling::reperform(*t.wb, s.id).matches);
        // Without a seed, one is drawn and recorded.
        const SampleSet r2 = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 52, QStringLiteral("weekly"));
        QVERIFY(!r2.seed.isEmpty());
        QVERIFY(Sampling::reperform(*t.wb, r2.id).matches);
    }

    void failingItemRaisesDraftFinding()
    {
        test::FieldworkBook t;
        const SampleSet s = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 4, QStringLiteral("四半期"), 42);
        QCOMPARE(s.frequency, QStringLiteral("quarterly"));
        Sampling::setResult(*t.wb, s.id, 1, SampleResult::Pass, QStringLiteral("承認あり"),
                            QJsonObject { { QStringLiteral("approved"), true } });
        QCOMPARE(ItemStatusBook::state(*t.wb, QStringLiteral("9.2.5"))->deviations, 0);
        Sampling::setResult(*t.wb, s.id, 2, SampleResult::Fail, QStringLiteral("承認記録なし"));
        const QList<Finding> f = Findings::forItem(*t.wb, QStringLiteral("9.2.5"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().status, QStringLiteral("draft"));
        QCOMPARE(f.first().sampleItemId, std::optional<qint64>(Sampling::set(*t.wb, s.id)->items.at(1).id));
        QCOMPARE(f.first().condition, QStringLiteral("承認記録なし"));
        QCOMPARE(ItemStatusBook::state(*t.wb, QStringLiteral("9.2.5"))->deviations, 1);
        // Recording the failure again does not raise a second finding.
        Sampling::setResult(*t.wb, s.id, 2, SampleResult::Fail, QStringLiteral("承認記録なし（再確認）"));
        QCOMPARE(Findings::forItem(*t.wb, QStringLiteral("9.2.5")).size(), 1);
        QVERIFY(!Trail::verify(t.wb->db()).has_value());
    }

    void discardRemovesAnUnworkedDrawOnly()
    {
        test::FieldworkBook t;
        const SampleSet s = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 60, QStringLiteral("monthly"), 7);
        // Another staff member may not discard staff1's draw; a draw with a result is kept.
        t.as("staff2");
        QVERIFY_THROWS_EXCEPTION(AuditError, Sampling::discard(*t.wb, s.id));
        t.as("staff1");
        const SampleSet worked = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 60, QStringLiteral("monthly"), 8);
        Sampling::setResult(*t.wb, worked.id, 1, SampleResult::Pass, QStringLiteral("ok"));
        const QString digest = test::fileDigest(t.path);
        try {
            Sampling::discard(*t.wb, worked.id);
            QFAIL("a sample with a result was discarded");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::InvalidInput));
            QVERIFY(e.message().contains(QStringLiteral("item 1 has a result")));
        }
        QVERIFY_THROWS_EXCEPTION(AuditError, Sampling::discard(*t.wb, 9999));
        QCOMPARE(test::fileDigest(t.path), digest);

        Sampling::discard(*t.wb, s.id);
        QVERIFY(!Sampling::set(*t.wb, s.id));
        QCOMPARE(Sampling::sets(*t.wb, QStringLiteral("9.2.5")).size(), 1);
        const QList<TrailEntry> h = Trail::history(t.wb->db(), QStringLiteral("item/9.2.5/sample/%1").arg(s.id));
        QCOMPARE(h.first().action, QStringLiteral("sample.discard"));
        QVERIFY(h.first().before.contains(QStringLiteral("\"seed\":\"7\"")));
        const VerifyReport report = Verifier(*t.wb).run();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        // Drawn again from the same seed, the same items come back (redo in the desktop app).
        const SampleSet again = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 60, QStringLiteral("monthly"), 7);
        QCOMPARE(again.items.size(), s.items.size());
        for (int i = 0; i < s.items.size(); ++i)
            QCOMPARE(again.items.at(i).populationIndex, s.items.at(i).populationIndex);
    }

    void restoreResultPutsBackPendingAndAttributes()
    {
        test::FieldworkBook t;
        const SampleSet s = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 4, QStringLiteral("quarterly"), 7);
        const SampleItem pending = s.items.at(0);
        Sampling::setResult(*t.wb, s.id, 1, SampleResult::Fail, QStringLiteral("承認記録なし"),
                            QJsonObject { { QStringLiteral("approved"), QStringLiteral("no") } },
                            QStringLiteral("REQ-7"));
        QCOMPARE(ItemStatusBook::state(*t.wb, QStringLiteral("9.2.5"))->deviations, 1);
        // Undo of the first result: back to pending, with no notes, attributes or label.
        const SampleItem back = Sampling::restoreResult(*t.wb, s.id, pending);
        QVERIFY(!back.result.has_value());
        const SampleItem stored = Sampling::set(*t.wb, s.id)->items.at(0);
        QVERIFY(!stored.result.has_value());
        QVERIFY(stored.notes.isEmpty());
        QVERIFY(stored.attributes.isEmpty());
        QVERIFY(stored.label.isEmpty());
        QCOMPARE(ItemStatusBook::state(*t.wb, QStringLiteral("9.2.5"))->deviations, 0);
        // The raised finding stays (findings are never deleted), and both changes are trailed.
        QCOMPARE(Findings::forItem(*t.wb, QStringLiteral("9.2.5")).size(), 1);
        QCOMPARE(t.wb->db().scalar("SELECT count(*) FROM trail WHERE action = 'sample.restore'").toInt(), 1);
        QVERIFY(!Trail::verify(t.wb->db()).has_value());
        SampleItem wrong = pending;
        wrong.seq = 9;
        QVERIFY_THROWS_EXCEPTION(AuditError, Sampling::restoreResult(*t.wb, s.id, wrong));
    }

    void refusals()
    {
        test::FieldworkBook t({ QStringLiteral("6.3.1.P") });
        const QString digest = test::fileDigest(t.path);
        QVERIFY_THROWS_EXCEPTION(AuditError,
                                 Sampling::draw(*t.wb, QStringLiteral("6.3.1.P"), 4, QStringLiteral("quarterly")));
        QVERIFY_THROWS_EXCEPTION(AuditError,
                                 Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 0, QStringLiteral("quarterly")));
        QVERIFY_THROWS_EXCEPTION(AuditError,
                                 Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 4, QStringLiteral("hourly")));
        QVERIFY_THROWS_EXCEPTION(AuditError, Sampling::setResult(*t.wb, 99, 1, SampleResult::Pass, {}));
        QCOMPARE(test::fileDigest(t.path), digest);
    }

    void engagementTableIsEditableAndTrailed()
    {
        test::FieldworkBook t;
        const QByteArray custom = R"({"version":"firm-2","frequencies":{"daily":{"size":40},"monthly":{"size":3}}})";
        QVERIFY_THROWS_EXCEPTION(AuditError,
                                 SamplingTable::setForEngagement(*t.wb, custom, QStringLiteral("firm.json")));
        t.as("lead");
        try {
            SamplingTable::setForEngagement(*t.wb, R"({"version":"x","frequencies":{"daily":{"size":0}}})",
                                            QStringLiteral("bad.json"));
            QFAIL("a size of 0 should be refused");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("bad.json: frequencies.daily.size")), qPrintable(e.message()));
        }
        SamplingTable::setForEngagement(*t.wb, custom, QStringLiteral("firm.json"));
        QCOMPARE(SamplingTable::ofEngagement(*t.wb).version(), QStringLiteral("firm-2"));
        QCOMPARE(Sampling::draw(*t.wb, QStringLiteral("12.4.1"), 365, QStringLiteral("daily"), 1).size, 40);
        QCOMPARE(Trail::history(t.wb->db(), QStringLiteral("engagement/sampling_table")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
