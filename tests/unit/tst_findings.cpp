// Findings: raised by deviations or by hand, numbered F-001…, edited with severity from the engagement's scale,
// status changes by role, every change trailed.
#include "FieldworkFixture.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "trail/Trail.h"
#include "engagement/Verifier.h"

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
