// Review: role checks, review notes blocking the reviewer, sign-offs over a content hash voided by any later
// change (with a trail row), a finalised workbook refusing every mutation, and unlocking by the lead.
#include "FieldworkFixture.h"
#include "common/Sha256.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "trail/Trail.h"

#include <QtTest>
#include <functional>

using namespace ismap;
using test::expectRefused;

namespace {

const QString kItem = QStringLiteral("5.1.1");

/// The "why not" query says, before the action, exactly what the action then refuses with.
void expectSameRefusal(const QString& refusal, const std::function<void()>& action)
{
    QVERIFY(!refusal.isEmpty());
    try {
        action();
        QFAIL("the action should have been refused");
    } catch (const AuditError& e) {
        QCOMPARE(e.message(), refusal);
    }
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void prepareReviewAndRoles()
    {
        test::FieldworkBook t;
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("step 1 has no result"),
                      [&] { Review::signOff(*t.wb, kItem); });
        t.completeSteps(kItem);
        t.as("reviewer");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("no valid preparer sign-off"),
                      [&] { Review::signOff(*t.wb, kItem); });
        t.as("staff1");
        const SignOff prep = Review::signOff(*t.wb, kItem);
        QCOMPARE(prep.role, SignOffRole::Preparer);
        QCOMPARE(prep.contentHash, Review::contentHash(*t.wb, kItem));
        QCOMPARE(ItemStatusBook::state(*t.wb, kItem)->status, ItemStatus::Prepared);
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("already signed off as preparer"),
                      [&] { Review::signOff(*t.wb, kItem); });
        t.as("staff2");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("only Reviewer or Engagement lead"),
                      [&] { Review::signOff(*t.wb, kItem, SignOffRole::Reviewer); });
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("may not raise review notes"),
                      [&] { Review::addNote(*t.wb, kItem, QStringLiteral("x")); });
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("may not finalise"), [&] { Review::finalise(*t.wb); });
        t.as("reviewer");
        const ReviewNote note = Review::addNote(*t.wb, kItem, QStringLiteral("閲覧した規程の版数を記載してください。"));
        QCOMPARE(ItemStatusBook::state(*t.wb, kItem)->status, ItemStatus::NeedsAttention);
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("open review note"),
                      [&] { Review::signOff(*t.wb, kItem); });
        t.as("staff1");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("may not clear review notes"),
                      [&] { Review::resolveNote(*t.wb, note.id, QStringLiteral("done")); });
        t.as("reviewer");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("give the resolution"),
                      [&] { Review::resolveNote(*t.wb, note.id, QStringLiteral("  ")); });
        const ReviewNote resolved = Review::resolveNote(*t.wb, note.id, QStringLiteral("v3.2 と追記済み"));
        QVERIFY(!resolved.open);
        QCOMPARE(resolved.resolvedBy, QStringLiteral("reviewer"));
        const SignOff rev = Review::signOff(*t.wb, kItem);
        QCOMPARE(rev.role, SignOffRole::Reviewer);
        QCOMPARE(ItemStatusBook::state(*t.wb, kItem)->status, ItemStatus::Reviewed);
    }

    void whyNotIsAskedBeforeTheAction()
    {
        test::FieldworkBook t;
        t.as("staff1");
        expectSameRefusal(Review::signOffRefusal(*t.wb, kItem, SignOffRole::Preparer),
                          [&] { Review::signOff(*t.wb, kItem, SignOffRole::Preparer); });
        expectSameRefusal(Review::signOffRefusal(*t.wb, kItem, SignOffRole::Reviewer),
                          [&] { Review::signOff(*t.wb, kItem, SignOffRole::Reviewer); });
        expectSameRefusal(Review::noteRefusal(*t.wb), [&] { Review::addNote(*t.wb, kItem, QStringLiteral("x")); });
        expectSameRefusal(Review::unlockRefusal(*t.wb), [&] { Review::unlock(*t.wb, QStringLiteral("why")); });
        t.completeSteps(kItem);
        QCOMPARE(Review::signOffRefusal(*t.wb, kItem, SignOffRole::Preparer), QString());
        const qint64 trail = Trail::count(t.wb->db());
        Review::signOff(*t.wb, kItem, SignOffRole::Preparer);
        QCOMPARE(Trail::count(t.wb->db()), trail + 1); // asking wrote nothing; the sign-off one row
        t.as("reviewer");
        QCOMPARE(Review::noteRefusal(*t.wb), QString());
        QCOMPARE(Review::signOffRefusal(*t.wb, kItem, SignOffRole::Reviewer), QString());
        Review::addNote(*t.wb, kItem, QStringLiteral("open note"));
        expectSameRefusal(Review::signOffRefusal(*t.wb, kItem, SignOffRole::Reviewer),
                          [&] { Review::signOff(*t.wb, kItem, SignOffRole::Reviewer); });
        t.as("lead");
        QVERIFY(Review::unlockRefusal(*t.wb).contains(QStringLiteral("not finalised")));
    }

    void reviewerMayNotReviewOwnWork()
    {
        test::FieldworkBook t;
        t.as("lead");
        t.completeSteps(kItem);
        Review::signOff(*t.wb, kItem, SignOffRole::Preparer);
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("may not review it"),
                      [&] { Review::signOff(*t.wb, kItem); });
    }

    void laterChangesVoidSignOffs_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("step result") << 0;
        QTest::newRow("sample drawn") << 1;
        QTest::newRow("finding edited") << 2;
        QTest::newRow("steps retired by the cycle") << 3;
    }

    void laterChangesVoidSignOffs()
    {
        QFETCH(int, change);
        test::FieldworkBook t;
        t.completeSteps(kItem);
        const Finding f
            = Findings::raise(*t.wb, Finding { 0, {}, kItem, {}, {}, QStringLiteral("t"), QStringLiteral("c") });
        Review::signOff(*t.wb, kItem);
        t.as("reviewer");
        Review::signOff(*t.wb, kItem);
        const QString hash = Review::contentHash(*t.wb, kItem);
        const qint64 voidsBefore
            = t.wb->db().scalar("SELECT count(*) FROM trail WHERE action = 'signoff.void'").toLongLong();
        t.as("staff2");
        switch (change) {
        case 0:
            Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, kItem, 2).id, StepResult::NoException,
                                  QStringLiteral("notes changed"), VoidConsent::Confirmed);
            break;
        case 1:
            Sampling::draw(*t.wb, kItem, 1, QStringLiteral("annual"), 1);
            break;
        case 2: {
            FindingEdit e;
            e.response = QStringLiteral("対応済み");
            Findings::edit(*t.wb, f.ref, e);
            break;
        }
        case 3:
            t.as("lead");
            Planning::setInCycle(*t.wb, { kItem }, false);
            Planning::setInCycle(*t.wb, { kItem }, true);
            break;
        }
        QVERIFY(Review::contentHash(*t.wb, kItem) != hash || change == 3);
        const QList<SignOff> all = Review::signOffs(*t.wb, kItem);
        QCOMPARE(all.size(), 2);
        for (const SignOff& s : all) {
            QVERIFY2(!s.valid(), qPrintable(s.voidReason));
            QVERIFY(!s.voidReason.isEmpty());
        }
        QCOMPARE(t.wb->db().scalar("SELECT count(*) FROM trail WHERE action = 'signoff.void'").toLongLong(),
                 voidsBefore + 2);
        QCOMPARE(ItemStatusBook::state(*t.wb, kItem)->status, ItemStatus::NeedsAttention);
        QVERIFY(!Trail::verify(t.wb->db()).has_value());
    }

    void unrelatedChangesKeepSignOffs()
    {
        test::FieldworkBook t;
        t.completeSteps(kItem);
        Review::signOff(*t.wb, kItem);
        t.completeSteps(QStringLiteral("5.1.2"));
        t.as("reviewer");
        Review::addNote(*t.wb, QStringLiteral("5.1.2"), QStringLiteral("note"));
        QCOMPARE(Review::signOffs(*t.wb, kItem, false).size(), 1);
        QCOMPARE(Review::signOffs(*t.wb, kItem, false).first().contentHash, Review::contentHash(*t.wb, kItem));
    }

    void canonicalContentIsDocumented()
    {
        test::FieldworkBook t;
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, kItem, 1).id, StepResult::Deviation,
                              QStringLiteral("承認日なし"));
        const QByteArray c = Review::canonicalContent(*t.wb, kItem);
        QVERIFY(c.startsWith("ismap-signoff-content/1\n[\"item\",\"5.1.1\"]\n[\"step\","));
        QVERIFY(c.contains("\"deviation\",\"承認日なし\",\"staff1\""));
        QVERIFY(c.contains("[\"finding\",\"F-001\""));
        QCOMPARE(Review::contentHash(*t.wb, kItem), Sha256::hex(c));
    }

    void finalisedWorkbookRefusesEveryMutation()
    {
        test::FieldworkBook t;
        t.completeSteps(kItem);
        const SampleSet s = Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 4, QStringLiteral("quarterly"), 3);
        t.as("reviewer");
        const ReviewNote n = Review::addNote(*t.wb, kItem, QStringLiteral("x"));
        t.as("lead");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("still open"), [&] { Review::finalise(*t.wb); });
        Review::resolveNote(*t.wb, n.id, QStringLiteral("ok"));
        Review::finalise(*t.wb);
        QVERIFY(t.wb->engagement().locked);
        const qint64 step = Procedures::stepBySeq(*t.wb, kItem, 1).id;
        const QList<std::function<void()>> mutations {
            [&] { Procedures::setResult(*t.wb, step, StepResult::NoException, {}); },
            [&] { Procedures::clearResult(*t.wb, step); },
            [&] { Procedures::refresh(*t.wb); },
            [&] { Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 4, QStringLiteral("quarterly")); },
            [&] { Sampling::setResult(*t.wb, s.id, 1, SampleResult::Pass, {}); },
            [&] { SamplingTable::setForEngagement(*t.wb, SamplingTable::builtin().bytes(), QStringLiteral("t")); },
            [&] {
                Findings::raise(*t.wb, Finding { 0, {}, kItem, {}, {}, {}, QStringLiteral("c") });
            },
            [&] { Review::addNote(*t.wb, kItem, QStringLiteral("x")); },
            [&] { Review::signOff(*t.wb, kItem, SignOffRole::Preparer); },
            [&] { Review::finalise(*t.wb); },
            [&] { Planning::setInCycle(*t.wb, { kItem }, false); },
            [&] { Planning::setControlKind(*t.wb, kItem, QStringLiteral("technical")); },
            [&] { Planning::assign(*t.wb, { kItem }, QStringLiteral("staff1")); },
            [&] { Planning::setAuditKind(*t.wb, QStringLiteral("renewal")); },
            [&] { Planning::setScheme(*t.wb, QStringLiteral("ismap-liu")); },
            [&] { Planning::addMember(*t.wb, QStringLiteral("new"), Role::Staff); },
        };
        for (const auto& m : mutations)
            expectRefused(t, ErrorCode::Finalised, QStringLiteral("finalised"), m);

        t.as("reviewer");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("only the engagement lead"),
                      [&] { Review::unlock(*t.wb, QStringLiteral("why")); });
        t.as("lead");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("reason"), [&] { Review::unlock(*t.wb, QString()); });
        Review::unlock(*t.wb, QStringLiteral("IPA から修正依頼"));
        QVERIFY(!t.wb->engagement().locked);
        const QList<TrailEntry> h = Trail::history(t.wb->db(), QStringLiteral("engagement"), 5);
        QCOMPARE(h.first().action, QStringLiteral("engagement.unlock"));
        QVERIFY(h.first().after.contains(QStringLiteral("IPA から修正依頼")));
        Procedures::setResult(*t.wb, step, StepResult::NoException, {});
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
