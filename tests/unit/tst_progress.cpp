// Engagement progress as the engine counts it: which statuses are done and started (ItemStatusBook::isDone /
// isStarted), and the counts for the engagement, each part and each domain (EngagementProgress) that the
// navigator, the dashboard, the start page and `ismapctl status` show.
#include "FieldworkFixture.h"
#include "engagement/EngagementProgress.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"

#include <QJsonArray>
#include <QtTest>

using namespace ismap;

namespace {

const EngagementProgress::Branch* branch(const QList<EngagementProgress::Branch>& list, const QString& id)
{
    for (const EngagementProgress::Branch& b : list)
        if (b.id == id)
            return &b;
    return nullptr;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void doneAndStartedByStatus()
    {
        QVERIFY(ItemStatusBook::isDone(ItemStatus::Prepared));
        QVERIFY(ItemStatusBook::isDone(ItemStatus::Reviewed));
        for (ItemStatus s :
             { ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::NeedsAttention, ItemStatus::OutOfCycle })
            QVERIFY2(!ItemStatusBook::isDone(s), qPrintable(FieldworkText::key(s)));
        for (ItemStatus s :
             { ItemStatus::InProgress, ItemStatus::Prepared, ItemStatus::Reviewed, ItemStatus::NeedsAttention })
            QVERIFY2(ItemStatusBook::isStarted(s), qPrintable(FieldworkText::key(s)));
        QVERIFY(!ItemStatusBook::isStarted(ItemStatus::NotStarted));
        QVERIFY(!ItemStatusBook::isStarted(ItemStatus::OutOfCycle));
    }

    void countsByEngagementPartAndDomain()
    {
        // The built-in skeleton: 261 statement items (governance 24, management 85, controls 152; domain 5 has 2,
        // domain 6 has 11, domain 9 has 23). 6.3.1.P and its control are out of scope, 6.2.2 is undecided.
        test::FieldworkBook t({ QStringLiteral("6.3.1.P"), QStringLiteral("6.3.1.1.PB") });
        t.wb->db().exec("DELETE FROM statement_item WHERE item_id = '6.2.2'");
        t.completeSteps(QStringLiteral("5.1.1"));
        Review::signOff(*t.wb, QStringLiteral("5.1.1")); // prepared
        t.completeSteps(QStringLiteral("5.1.2"));
        Review::signOff(*t.wb, QStringLiteral("5.1.2"));
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, QStringLiteral("6.1.2"), 1).id,
                              StepResult::NoException, {}); // in progress
        t.as("reviewer");
        Review::signOff(*t.wb, QStringLiteral("5.1.2")); // reviewed
        Planning::setInCycle(*t.wb, { QStringLiteral("9.2.5") }, false);

        EngagementProgress p = EngagementProgress::compute(*t.wb);
        QCOMPARE(p.itemsTotal, 261);
        QCOMPARE(p.inScope, 258);
        QCOMPARE(p.done, 2);
        QCOMPARE(p.started, 3);

        QCOMPARE(p.parts.size(), 3);
        QCOMPARE(p.parts[0].id, QStringLiteral("governance"));
        QCOMPARE(p.parts[1].id, QStringLiteral("management"));
        QCOMPARE(p.parts[2].id, QStringLiteral("controls"));
        QCOMPARE(p.parts[0].count.total, 24);
        QCOMPARE(p.parts[0].count.inScope, 24);
        QCOMPARE(p.parts[0].count.done, 0);
        QCOMPARE(p.parts[1].count.total, 85);
        const ProgressCount& controls = p.parts[2].count;
        QCOMPARE(controls.total, 152);
        QCOMPARE(controls.inScope, 149);
        QCOMPARE(controls.done, 2);
        QCOMPARE(controls.started, 3);
        QCOMPARE(p.parts[2].byStatus.value(QStringLiteral("prepared")), 1);
        QCOMPARE(p.parts[2].byStatus.value(QStringLiteral("reviewed")), 1);
        QCOMPARE(p.parts[2].byStatus.value(QStringLiteral("in_progress")), 1);
        QCOMPARE(p.parts[2].byStatus.value(QStringLiteral("out_of_cycle")), 1);
        QCOMPARE(p.parts[2].byStatus.value(QStringLiteral("not_started")), 149 - 4);

        // Domains in the criteria's order, each titled from the catalog.
        QCOMPARE(p.domains.size(), 16);
        QCOMPARE(p.domains.first().id, QStringLiteral("3"));
        QCOMPARE(p.domains.last().id, QStringLiteral("18"));
        const EngagementProgress::Branch* d5 = branch(p.domains, QStringLiteral("5"));
        QVERIFY(d5);
        QCOMPARE(d5->titleJa, QStringLiteral("情報セキュリティの方針"));
        QCOMPARE(d5->title(QStringLiteral("en")), QStringLiteral("Information security policies"));
        QCOMPARE(d5->count.total, 2);
        QCOMPARE(d5->count.inScope, 2);
        QCOMPARE(d5->count.done, 2);
        QCOMPARE(d5->count.started, 2);
        const EngagementProgress::Branch* d6 = branch(p.domains, QStringLiteral("6"));
        QVERIFY(d6);
        QCOMPARE(d6->count.total, 11);
        QCOMPARE(d6->count.inScope, 8);
        QCOMPARE(d6->count.done, 0);
        QCOMPARE(d6->count.started, 1);
        const EngagementProgress::Branch* d9 = branch(p.domains, QStringLiteral("9"));
        QVERIFY(d9);
        QCOMPARE(d9->count.total, 23);
        QCOMPARE(d9->count.inScope, 23);
        QCOMPARE(d9->count.started, 0); // out of cycle is not started
        QCOMPARE(d9->byStatus.value(QStringLiteral("out_of_cycle")), 1);

        int partsInScope = 0, domainsInScope = 0, partsDone = 0, domainsDone = 0;
        for (const EngagementProgress::Branch& b : std::as_const(p.parts)) {
            partsInScope += b.count.inScope;
            partsDone += b.count.done;
        }
        for (const EngagementProgress::Branch& b : std::as_const(p.domains)) {
            domainsInScope += b.count.inScope;
            domainsDone += b.count.done;
        }
        QCOMPARE(partsInScope, p.inScope);
        QCOMPARE(domainsInScope, p.inScope);
        QCOMPARE(partsDone, p.done);
        QCOMPARE(domainsDone, p.done);

        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("started")).toInt(), 3);
        const QJsonObject jsonControls
            = json.value(QStringLiteral("progress_by_part")).toObject().value(QStringLiteral("controls")).toObject();
        QCOMPARE(jsonControls.value(QStringLiteral("in_scope")).toInt(), 149);
        QCOMPARE(jsonControls.value(QStringLiteral("done")).toInt(), 2);
        const QJsonArray jsonDomains = json.value(QStringLiteral("progress_by_domain")).toArray();
        QCOMPARE(jsonDomains.size(), 16);
        QCOMPARE(jsonDomains.at(2).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("5"));
        QCOMPARE(jsonDomains.at(2).toObject().value(QStringLiteral("done")).toInt(), 2);

        // An open review note on a prepared item: it needs attention, is no longer done, and is still started.
        Review::addNote(*t.wb, QStringLiteral("5.1.1"), QStringLiteral("Which population?"));
        p = EngagementProgress::compute(*t.wb);
        QCOMPARE(p.done, 1);
        QCOMPARE(p.started, 3);
        QCOMPARE(branch(p.domains, QStringLiteral("5"))->count.done, 1);
    }

    void aCountFollowsItsItemsBothWays()
    {
        ItemState a;
        a.itemId = QStringLiteral("5.1.1");
        a.status = ItemStatus::Prepared;
        ItemState out;
        out.itemId = QStringLiteral("6.3.1.P");
        out.inScope = false;
        ProgressCount c;
        c.add(a);
        c.add(out);
        QCOMPARE(c.total, 2);
        QCOMPARE(c.inScope, 1);
        QCOMPARE(c.done, 1);
        QCOMPARE(c.started, 1);
        c.add(a, -1);
        QCOMPARE(c.total, 1);
        QCOMPARE(c.inScope, 0);
        QCOMPARE(c.done, 0);
        QCOMPARE(c.started, 0);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
