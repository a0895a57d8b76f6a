// The review queue's engine side and creating a workbook in one step: which items wait for a reviewer or the
// lead, and EngagementSetupBook creating engagement, team, criteria and statement together — or nothing.
#include "FieldworkFixture.h"
#include "catalog/Catalog.h"
#include "engagement/EngagementSetup.h"
#include "engagement/ItemStatusBook.h"
#include "engagement/ReviewWork.h"
#include "fieldwork/Review.h"
#include "trail/Trail.h"

#include <QtTest>

using namespace ismap;

namespace {
QStringList itemsAt(Workbook& wb, ReviewStage stage)
{
    QStringList out;
    for (const ReviewQueueEntry& e : ReviewWork::queue(wb))
        if (e.stage == stage)
            out << e.itemId;
    return out;
}

EngagementSetup validSetup()
{
    EngagementSetup s;
    s.engagement.csp = QStringLiteral("テストCSP");
    s.engagement.service = QStringLiteral("テストSaaS");
    s.engagement.periodStart = QDate(2025, 4, 1);
    s.engagement.periodEnd = QDate(2026, 3, 31);
    s.team = { TeamMember { 0, QStringLiteral("佐藤"), Role::Staff, {} },
               TeamMember { 0, QStringLiteral("高橋"), Role::Lead, {} } };
    s.creator = QStringLiteral("高橋");
    return s;
}
} // namespace

class TestReviewWork : public QObject
{
    Q_OBJECT

private slots:
    void stagesFollowSignOffsAndNotes()
    {
        test::FieldworkBook t;
        const QString a = QStringLiteral("5.1.1"), b = QStringLiteral("5.1.2");
        QVERIFY(ReviewWork::queue(*t.wb).isEmpty());
        t.completeSteps(a);
        t.completeSteps(b);
        QVERIFY(ReviewWork::queue(*t.wb).isEmpty()); // performed but not signed: not the reviewers' yet
        Review::signOff(*t.wb, a);
        Review::signOff(*t.wb, b);
        QCOMPARE(itemsAt(*t.wb, ReviewStage::AwaitingReview), (QStringList { a, b }));

        t.as("reviewer");
        const ReviewNote note = Review::addNote(*t.wb, a, QStringLiteral("根拠資料の版を確認"));
        QCOMPARE(itemsAt(*t.wb, ReviewStage::AwaitingReview), QStringList { b });
        QCOMPARE(itemsAt(*t.wb, ReviewStage::OpenNotes), QStringList { a });
        const ReviewQueueEntry entry = ReviewWork::queue(*t.wb).first();
        QCOMPARE(entry.openNotes, 1);
        QCOMPARE(entry.firstOpenNote, QStringLiteral("根拠資料の版を確認"));
        QCOMPARE(entry.firstOpenNoteBy, QStringLiteral("reviewer"));
        QCOMPARE(entry.preparedBy, QStringLiteral("staff1"));
        QVERIFY(!entry.title(QStringLiteral("en")).isEmpty());

        Review::resolveNote(*t.wb, note.id, QStringLiteral("確認済み"));
        Review::signOff(*t.wb, a);
        QCOMPARE(itemsAt(*t.wb, ReviewStage::AwaitingLead), QStringList { a });
        QCOMPARE(itemsAt(*t.wb, ReviewStage::AwaitingReview).size(), 1);
        QCOMPARE(itemsAt(*t.wb, ReviewStage::OpenNotes).size(), 0);
        QCOMPARE(itemsAt(*t.wb, ReviewStage::AwaitingLead).size(), 1);

        // A change after the sign-offs voids them: the item leaves the reviewers' queue for the preparer.
        t.as("staff1");
        Procedures::setResult(*t.wb, Procedures::steps(*t.wb, a).first().id, StepResult::NoException,
                              QStringLiteral("再閲覧"), VoidConsent::Confirmed);
        QVERIFY(!itemsAt(*t.wb, ReviewStage::AwaitingLead).contains(a));
        QVERIFY(!itemsAt(*t.wb, ReviewStage::AwaitingReview).contains(a));
    }

    void createsEngagementTeamCriteriaAndStatementTogether()
    {
        QTemporaryDir dir;
        EngagementSetup s = validSetup();
        s.statementFile = test::dataPath(QStringLiteral("statement/good-utf8.csv"));
        EngagementSetupResult r;
        auto wb = EngagementSetupBook::create(dir.filePath(QStringLiteral("new.ismapwb")), s, &r);
        QCOMPARE(r.criteriaSource, QStringLiteral("builtin"));
        QCOMPARE(r.criteriaItems, int(Catalog::builtinSkeleton().size()));
        QVERIFY(r.statement.has_value());
        QCOMPARE(r.statement->inScope, 50);
        QCOMPARE(wb->team().size(), 2);
        QCOMPARE(ItemStatusBook::all(*wb).size(), 50);
        // The statement import is on the trail as the creating member.
        const QList<TrailEntry> statement = wb->history(QStringLiteral("statement"));
        QVERIFY(!statement.isEmpty());
        QCOMPARE(statement.first().action, QStringLiteral("statement.import"));
        QCOMPARE(statement.first().member, QStringLiteral("高橋"));
    }

    void refusesAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no lead") << "team"
                                 << "engagement lead";
        QTest::newRow("period") << "period"
                                << "at most one year";
        QTest::newRow("statement row") << "statement"
                                       << "bad-mark.csv, row 3: 5.1.2";
        QTest::newRow("catalog row") << "catalog"
                                     << "duplicate-id.csv";
    }

    void refusesAndLeavesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        EngagementSetup s = validSetup();
        if (what == u"team")
            s.team.removeLast();
        else if (what == u"period")
            s.engagement.periodEnd = QDate(2026, 4, 1);
        else if (what == u"statement")
            s.statementFile = test::dataPath(QStringLiteral("statement/bad-mark.csv"));
        else
            s.catalogFile = test::dataPath(QStringLiteral("catalog/duplicate-id.csv"));
        const QString path = dir.filePath(QStringLiteral("refused.ismapwb"));
        try {
            EngagementSetupBook::create(path, s);
            QFAIL("the setup should have been refused");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::InvalidInput));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewWork)
#include "tst_reviewwork.moc"
