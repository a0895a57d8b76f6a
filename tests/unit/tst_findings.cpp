// Findings: raised by deviations or by hand, numbered F-001…, edited with severity from the engagement's scale,
// status changes by role, every change trailed.
#include "FieldworkFixture.h"
#include "engagement/Verifier.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Sampling.h"
#include "trail/Trail.h"

#include <QtTest>

using namespace ismap;

namespace FieldworkBookEdit {
void setStatus(test::FieldworkBook& t, const QString& ref, const QString& status)
{
    FindingEdit e;
    e.status = status;
    Findings::edit(*t.wb, ref, e);
}
} // namespace FieldworkBookEdit

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void deviationRaisesNumberedDraft()
    {
        test::FieldworkBook t;
        const auto step = Procedures::stepBySeq(*t.wb, QStringLiteral("5.1.1"), 1);
        Procedures::setResult(*t.wb, step.id, StepResult::Deviation, QStringLiteral("承認日の記載がない"));
        Procedures::setResult(*t.wb, step.id, StepResult::Deviation, QStringLiteral("承認日の記載がない（再）"));
        QList<Finding> all = Findings::all(*t.wb);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().ref, QStringLiteral("F-001"));
        QCOMPARE(all.first().status, QStringLiteral("draft"));
        QCOMPARE(all.first().stepId, std::optional<qint64>(step.id));
        QCOMPARE(all.first().raisedBy, QStringLiteral("staff1"));
        Finding manual;
        manual.itemId = QStringLiteral("9.4.1");
        manual.condition = QStringLiteral("管理者パスワードの桁数が基準未満");
        manual.severity = QStringLiteral("high");
        QCOMPARE(Findings::raise(*t.wb, manual).ref, QStringLiteral("F-002"));
        QCOMPARE(Findings::forItem(*t.wb, QStringLiteral("9.4.1")).size(), 1);
        QCOMPARE(Trail::history(t.wb->db(), QStringLiteral("item/9.4.1/finding/F-002")).size(), 1);
    }

    void editIsValidatedAndTrailed()
    {
        test::FieldworkBook t;
        Finding f;
        f.itemId = QStringLiteral("5.1.1");
        f.condition = QStringLiteral("c");
        const QString ref = Findings::raise(*t.wb, f).ref;
        FindingEdit e;
        e.cause = QStringLiteral("手順書の未更新");
        e.effect = QStringLiteral("承認漏れ");
        e.severity = QStringLiteral("medium");
        e.response = QStringLiteral("2026年1月に改訂済み");
        e.status = QStringLiteral("open");
        const Finding after = Findings::edit(*t.wb, ref, e);
        QCOMPARE(after.response, QStringLiteral("2026年1月に改訂済み"));
        QCOMPARE(Findings::byRef(*t.wb, QStringLiteral("f-001"))->severity, QStringLiteral("medium"));
        const QList<TrailEntry> h = Trail::history(t.wb->db(), QStringLiteral("item/5.1.1/finding/") + ref);
        QCOMPARE(h.first().action, QStringLiteral("finding.edit"));
        QVERIFY(h.first().before.contains(QStringLiteral("\"status\":\"draft\"")));
        QVERIFY(h.first().after.contains(QStringLiteral("手順書の未更新")));

        const QString digest = test::fileDigest(t.path);
        FindingEdit bad;
        bad.severity = QStringLiteral("catastrophic");
        QVERIFY_THROWS_EXCEPTION(AuditError, Findings::edit(*t.wb, ref, bad));
        FindingEdit badStatus;
        badStatus.status = QStringLiteral("forgotten");
        QVERIFY_THROWS_EXCEPTION(AuditError, Findings::edit(*t.wb, ref, badStatus));
        FindingEdit close;
        close.status = QStringLiteral("closed");
        try {
            Findings::edit(*t.wb, ref, close);
            QFAIL("staff may not close a finding");
        } catch (const AuditError& err) {
            QCOMPARE(int(err.code()), int(ErrorCode::Forbidden));
        }
        QVERIFY_THROWS_EXCEPTION(AuditError, Findings::edit(*t.wb, QStringLiteral("F-999"), close));
        QCOMPARE(test::fileDigest(t.path), digest);
        t.as("reviewer");
        QCOMPARE(Findings::edit(*t.wb, ref, close).status, QStringLiteral("closed"));
    }

    void withdrawRemovesADraftAndTrailsIt()
    {
        test::FieldworkBook t;
        Finding f;
        f.itemId = QStringLiteral("5.1.1");
        f.condition = QStringLiteral("誤って起票");
        const QString ref = Findings::raise(*t.wb, f).ref;
        // Evidence linked to the finding is unlinked with it; the file stays in the vault.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("memo.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("memo");
        out.close();
        EvidenceVault vault(*t.wb);
        const EvidenceTarget target { QStringLiteral("5.1.1"), {}, {}, Findings::byRef(*t.wb, ref)->id };
        const QString evidence = vault.add(EvidenceFile { file, {} }, target).record.ref;

        // Staff may not withdraw another member's draft; nothing changes.
        t.as("staff2");
        const QString digest = test::fileDigest(t.path);
        try {
            Findings::withdraw(*t.wb, ref);
            QFAIL("staff2 withdrew staff1's finding");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::Forbidden));
            QVERIFY(e.message().contains(QStringLiteral("staff1")));
        }
        QCOMPARE(test::fileDigest(t.path), digest);

        t.as("staff1");
        Findings::withdraw(*t.wb, ref);
        QVERIFY(!Findings::byRef(*t.wb, ref));
        QVERIFY(Findings::forItem(*t.wb, QStringLiteral("5.1.1")).isEmpty());
        QCOMPARE(vault.get(evidence).ref, evidence);
        const QList<TrailEntry> h = Trail::history(t.wb->db(), QStringLiteral("item/5.1.1/finding/") + ref);
        QCOMPARE(h.first().action, QStringLiteral("finding.withdraw"));
        QVERIFY(h.first().before.contains(QStringLiteral("誤って起票")));
        const VerifyReport report = Verifier(*t.wb).run();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        // The number is free again: a new raise takes it, as redo in the desktop app does.
        QCOMPARE(Findings::raise(*t.wb, f).ref, ref);
    }

    void withdrawRefusesAnythingButADraft()
    {
        test::FieldworkBook t;
        Finding f;
        f.itemId = QStringLiteral("5.1.1");
        f.condition = QStringLiteral("承認記録なし"); // an open finding states its condition
        const QString ref = Findings::raise(*t.wb, f).ref;
        FieldworkBookEdit::setStatus(t, ref, QStringLiteral("open"));
        const QString digest = test::fileDigest(t.path);
        try {
            Findings::withdraw(*t.wb, ref);
            QFAIL("an open finding was withdrawn");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::InvalidInput));
            QVERIFY(e.message().contains(QStringLiteral("close it instead")));
        }
        QVERIFY_THROWS_EXCEPTION(AuditError, Findings::withdraw(*t.wb, QStringLiteral("F-999")));
        QCOMPARE(test::fileDigest(t.path), digest);
        QVERIFY(Findings::byRef(*t.wb, ref));
    }

    void deviationsNameTheirSourceAndTheFindingThatCoversThem()
    {
        test::FieldworkBook t;
        const QString item = QStringLiteral("9.2.5");
        const QList<ProcedureStep> steps = Procedures::steps(*t.wb, item);
        QVERIFY(steps.size() >= 2);
        QVERIFY(Findings::deviations(*t.wb, item).isEmpty());
        // A sample drawn for step 1 fails: the engine raises its draft finding, which covers the step's deviation too.
        const SampleSet set = Sampling::draw(*t.wb, item, 4, QStringLiteral("quarterly"), 3, steps.at(0).id);
        Sampling::setResult(*t.wb, set.id, 2, SampleResult::Fail, QStringLiteral("承認記録なし"));
        Procedures::setResult(*t.wb, steps.at(0).id, StepResult::Deviation, QStringLiteral("手順書が未承認"));
        const QList<Finding> raised = Findings::forItem(*t.wb, item);
        QCOMPARE(raised.size(), 1);
        QList<Deviation> devs = Findings::deviations(*t.wb, item);
        QCOMPARE(devs.size(), 2);
        QCOMPARE(devs.at(0).stepId, std::optional<qint64>(steps.at(0).id));
        QVERIFY(!devs.at(0).sampleItemId);
        QCOMPARE(devs.at(0).stepSeq, steps.at(0).seq);
        QCOMPARE(devs.at(0).notes, QStringLiteral("手順書が未承認"));
        QCOMPARE(devs.at(0).coveredBy, raised.first().ref);
        const SampleItem failed = Sampling::set(*t.wb, set.id)->items.at(1);
        QCOMPARE(devs.at(1).sampleItemId, std::optional<qint64>(failed.id));
        QCOMPARE(devs.at(1).stepId, std::optional<qint64>(steps.at(0).id));
        QCOMPARE(devs.at(1).setId, set.id);
        QCOMPARE(devs.at(1).sampleSeq, 2);
        QCOMPARE(devs.at(1).populationIndex, failed.populationIndex);
        QCOMPARE(devs.at(1).coveredBy, raised.first().ref);
        // The finding the engine raised is the deviation's draft: the same source, title code and condition.
        const Finding draft = devs.at(1).draft();
        QCOMPARE(raised.first().title, draft.title);
        QCOMPARE(raised.first().stepId, draft.stepId);
        QCOMPARE(raised.first().sampleItemId, draft.sampleItemId);
        QCOMPARE(raised.first().condition, draft.condition);
        QCOMPARE(draft.titleText(),
                 QStringLiteral("Sample %1 item 2 (population #%2) failed").arg(set.id).arg(failed.populationIndex));

        // Step 2's deviation, its draft finding withdrawn (raised in error): uncovered, as the counts say too.
        Procedures::setResult(*t.wb, steps.at(1).id, StepResult::Deviation, QStringLiteral("記録の保存期間が不明"));
        Findings::withdraw(*t.wb, Findings::forItem(*t.wb, item).last().ref);
        devs = Findings::deviations(*t.wb, item);
        QCOMPARE(devs.size(), 3);
        QCOMPARE(devs.at(1).stepId, std::optional<qint64>(steps.at(1).id));
        QVERIFY(devs.at(1).coveredBy.isEmpty());
        int uncovered = 0;
        for (const Deviation& d : devs)
            uncovered += d.coveredBy.isEmpty() ? 1 : 0;
        QCOMPARE(uncovered,
                 Procedures::stepCountsByItem(*t.wb, item).value(item).deviationsWithoutFinding
                     + Sampling::countsByItem(*t.wb, item).value(item).failsWithoutFinding);
        // Raised again from it: the step's generated title, its notes as the condition; now covered.
        const Finding again = Findings::raise(*t.wb, devs.at(1).draft());
        QCOMPARE(again.titleText(), QStringLiteral("Deviation in step %1").arg(steps.at(1).seq));
        QCOMPARE(again.condition, QStringLiteral("記録の保存期間が不明"));
        QCOMPARE(again.stepId, std::optional<qint64>(steps.at(1).id));
        QCOMPARE(Findings::deviations(*t.wb, item).at(1).coveredBy, again.ref);
    }

    void refusesUnknownItem()
    {
        test::FieldworkBook t;
        Finding f;
        f.itemId = QStringLiteral("99.9.9");
        QVERIFY_THROWS_EXCEPTION(AuditError, Findings::raise(*t.wb, f));
        QVERIFY(Findings::all(*t.wb).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
