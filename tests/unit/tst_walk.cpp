// The walk: one derived status per item (used by the UI, the CLI, status and the report), next/previous
// pending item for a member and a filter, and EngagementProgress::byStatus.
#include "FieldworkFixture.h"
#include "engagement/EngagementProgress.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"

#include <QtTest>

using namespace ismap;

class TestWalk : public QObject
{
    Q_OBJECT

private slots:
    void statusFollowsTheWork()
    {
        test::FieldworkBook t({ QStringLiteral("6.3.1.P") });
        const QString item = QStringLiteral("5.1.1");
        QCOMPARE(ItemStatusBook::state(*t.wb, item)->status, ItemStatus::NotStarted);
        QVERIFY(!ItemStatusBook::state(*t.wb, QStringLiteral("6.3.1.P")).has_value());
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, item, 1).id, StepResult::NoException, {});
        auto s = ItemStatusBook::state(*t.wb, item);
        QCOMPARE(s->status, ItemStatus::InProgress);
        QCOMPARE(s->stepsDone, 1);
        QCOMPARE(s->steps, 3);
        t.completeSteps(item);
        Review::signOff(*t.wb, item);
        QCOMPARE(ItemStatusBook::state(*t.wb, item)->status, ItemStatus::Prepared);
        t.as("reviewer");
        Review::signOff(*t.wb, item);
        QCOMPARE(ItemStatusBook::state(*t.wb, item)->status, ItemStatus::Reviewed);
        // A sample drawn counts as work started.
        t.as("staff1");
        Sampling::draw(*t.wb, QStringLiteral("9.2.5"), 4, QStringLiteral("quarterly"), 1);
        QCOMPARE(ItemStatusBook::state(*t.wb, QStringLiteral("9.2.5"))->status, ItemStatus::InProgress);
    }

    void deviationWithoutFindingNeedsAttention()
    {
        test::FieldworkBook t;
        const QString item = QStringLiteral("5.1.2");
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, item, 1).id, StepResult::Deviation,
                              QStringLiteral("x"));
        auto s = ItemStatusBook::state(*t.wb, item);
        QCOMPARE(s->deviations, 1);
        QCOMPARE(s->deviationsWithoutFinding, 0); // the draft finding was raised with it
        QCOMPARE(s->status, ItemStatus::InProgress);
        // Simulate a deviation recorded without a finding (e.g. by an older tool): the walk flags it.
        t.wb->db().exec("DELETE FROM finding");
        s = ItemStatusBook::state(*t.wb, item);
        QCOMPARE(s->deviationsWithoutFinding, 1);
        QCOMPARE(s->status, ItemStatus::NeedsAttention);
    }

    void failedSampleWithoutFindingNeedsAttention()
    {
        test::FieldworkBook t;
        const QString item = QStringLiteral("9.2.5");
        const SampleSet s = Sampling::draw(*t.wb, item, 4, QStringLiteral("quarterly"), 1);
        Sampling::setResult(*t.wb, s.id, 1, SampleResult::Fail, QStringLiteral("no approval"));
        // A finding raised on another item, linked to neither a step nor a sample item, must not hide the
        // deviations below nor count for them.
        Finding other;
        other.itemId = QStringLiteral("5.1.1");
        other.title = QStringLiteral("Unrelated");
        Findings::raise(*t.wb, other);
        auto st = ItemStatusBook::state(*t.wb, item);
        QCOMPARE(st->deviations, 1);
        QCOMPARE(st->deviationsWithoutFinding, 0); // the draft finding was raised with the failed sample item
        t.wb->db().exec("DELETE FROM finding WHERE sample_item_id IS NOT NULL");
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, item, 1).id, StepResult::Deviation, {});
        t.wb->db().exec("DELETE FROM finding WHERE step_id IS NOT NULL");
        st = ItemStatusBook::state(*t.wb, item);
        QCOMPARE(st->deviations, 2);
        QCOMPARE(st->deviationsWithoutFinding, 2);
        QCOMPARE(st->status, ItemStatus::NeedsAttention);
        // The whole-workbook computation agrees with the one-item one.
        for (const ItemState& all : ItemStatusBook::all(*t.wb))
            if (all.itemId == item)
                QCOMPARE(all.deviationsWithoutFinding, 2);
            else if (all.itemId == u"5.1.1")
                QCOMPARE(all.deviationsWithoutFinding, 0);
    }

    void nextAndPreviousForRoleAndFilter()
    {
        test::FieldworkBook t;
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), {}), QStringLiteral("3.1.1"));
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), {}, QStringLiteral("3.1.1")),
                 QStringLiteral("3.1.2"));
        QVERIFY(!ItemStatusBook::next(*t.wb, QStringLiteral("reviewer"), {}).has_value()); // nothing prepared yet
        WalkFilter controls;
        controls.part = QStringLiteral("controls");
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), controls), QStringLiteral("5.1.1"));
        WalkFilter domain9;
        domain9.domain = QStringLiteral("9");
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), domain9), QStringLiteral("9.1.1"));
        QVERIFY(ItemStatusBook::previous(*t.wb, QStringLiteral("staff1"), domain9)->startsWith(QStringLiteral("9.")));
        QCOMPARE(*ItemStatusBook::previous(*t.wb, QStringLiteral("staff1"), {}, QStringLiteral("3.1.2")),
                 QStringLiteral("3.1.1"));
        QVERIFY(!ItemStatusBook::previous(*t.wb, QStringLiteral("staff1"), {}, QStringLiteral("3.1.1")).has_value());

        t.completeSteps(QStringLiteral("5.1.2"));
        Review::signOff(*t.wb, QStringLiteral("5.1.2"));
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("reviewer"), {}), QStringLiteral("5.1.2"));
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), controls), QStringLiteral("5.1.1"));
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), controls, QStringLiteral("5.1.1")),
                 QStringLiteral("6.1.1")); // 5.1.2 is prepared: pending for reviewers, no longer for staff
    }

    void filtersMandatoryDeviationsAssignee()
    {
        test::FieldworkBook t;
        WalkFilter f;
        f.mandatoryOnly = true;
        f.part = QStringLiteral("controls");
        f.domain = QStringLiteral("6");
        QVERIFY(ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), f).has_value());
        WalkFilter dev;
        dev.withDeviations = true;
        QVERIFY(!ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), dev).has_value());
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, QStringLiteral("12.1.1"), 1).id,
                              StepResult::Deviation, {});
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff1"), dev), QStringLiteral("12.1.1"));
        t.as("lead");
        Planning::assign(*t.wb, { QStringLiteral("10.1.1") }, QStringLiteral("staff2"));
        WalkFilter mine;
        mine.assignee = QStringLiteral("staff2");
        QCOMPARE(*ItemStatusBook::next(*t.wb, QStringLiteral("staff2"), mine), QStringLiteral("10.1.1"));
        QVERIFY_THROWS_EXCEPTION(AuditError, ItemStatusBook::next(*t.wb, QStringLiteral("ghost"), {}));
    }

    void progressCountsByStatus()
    {
        test::FieldworkBook t({ QStringLiteral("6.3.1.P") });
        t.completeSteps(QStringLiteral("5.1.1"));
        Review::signOff(*t.wb, QStringLiteral("5.1.1"));
        t.as("reviewer");
        Planning::setInCycle(*t.wb, { QStringLiteral("5.1.2") }, false);
        const EngagementProgress p = EngagementProgress::compute(*t.wb);
        QCOMPARE(p.byStatus.value(QStringLiteral("prepared")), 1);
        QCOMPARE(p.byStatus.value(QStringLiteral("out_of_cycle")), 1);
        int sum = 0;
        for (int v : p.byStatus)
            sum += v;
        QCOMPARE(sum, p.inScope);
        QVERIFY(p.toJson().value(QStringLiteral("by_status")).toObject().contains(QStringLiteral("needs_attention")));
    }
};

QTEST_GUILESS_MAIN(TestWalk)
#include "tst_walk.moc"
