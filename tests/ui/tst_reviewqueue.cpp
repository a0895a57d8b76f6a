// The review queue as reviewers and the lead use it: an item moves from "awaiting review" to "open notes"
// and back, then to "awaiting the lead" as the preparer and the reviewer sign off through the review
// panel; Enter opens it in the workspace; the lead finalises (others are refused, in Japanese too) and
// every later edit is refused until the lead unlocks with a reason. The dashboard's period in Japanese.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "navigator/NavigatorWidget.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueue.h"
#include "review/ReviewQueueModel.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/DashboardWidget.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
/// Records every step of @p itemId as "no exception" for the acting member.
void performAllSteps(Workbook& wb, const QString& itemId)
{
    for (const ProcedureStep& s : Procedures::steps(wb, itemId))
        Procedures::setResult(wb, s.id, StepResult::NoException, QStringLiteral("閲覧済み"));
}

QString stageOf(ReviewQueue* q, const QString& itemId)
{
    return q->model()->indexForItem(itemId).data(ReviewQueueModel::StageRole).toString();
}
} // namespace

class TestReviewQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
    }

    void init()
    {
        Language::apply(QStringLiteral("en"));
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        m_t->wb->setActor(QStringLiteral("staff1"));
        performAllSteps(*m_t->wb, QStringLiteral("5.1.1"));
        performAllSteps(*m_t->wb, QStringLiteral("5.1.2"));
        m_path = m_t->path;
        m_t->wb.reset(); // the window opens its own connection
    }

    void cleanup()
    {
        Language::apply(QStringLiteral("en"));
        Messages::setCapture(true, true);
    }

    void itemMovesThroughTheQueueAsItIsSignedOff()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        ReviewQueue* queue = w.reviewQueue();
        QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(queue->pendingCount(), 0);
        QVERIFY2(w.views()->tabText(w.views()->indexOf(queue)).contains(QStringLiteral("(0)")),
                 qPrintable(w.views()->tabText(w.views()->indexOf(queue))));

        // The preparer signs off in the item's review panel: the item now awaits review.
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
        ReviewPanel* review = w.workspace()->review();
        QVERIFY2(review->signOff(false), qPrintable(Messages::lastMessage()));
        QTRY_COMPARE(stageOf(queue, QStringLiteral("5.1.1")), QStringLiteral("awaiting_review"));
        QCOMPARE(queue->model()->count(ReviewStage::AwaitingReview), 1);
        const QModelIndex row = queue->model()->indexForItem(QStringLiteral("5.1.1"));
        QCOMPARE(row.siblingAtColumn(ReviewQueueModel::ColPrepared).data().toString(), QStringLiteral("staff1"));
        QVERIFY(queue->summaryLabel()->text().startsWith(QStringLiteral("1 prepared and awaiting review")));
        QVERIFY(w.views()->tabText(w.views()->indexOf(queue)).contains(QStringLiteral("(1)")));

        // The reviewer raises a note: the item moves to "open notes" and the reviewer's sign-off is blocked.
        test::actAs(*w.workbook(), QStringLiteral("reviewer"));
        QVERIFY(review->raiseNote(QStringLiteral("承認者の署名を確認してください")));
        QTRY_COMPARE(stageOf(queue, QStringLiteral("5.1.1")), QStringLiteral("open_notes"));
        QCOMPARE(queue->model()->count(ReviewStage::AwaitingReview), 0);
        QVERIFY(queue->model()
                    ->indexForItem(QStringLiteral("5.1.1"))
                    .siblingAtColumn(ReviewQueueModel::ColNotes)
                    .data()
                    .toString()
                    .contains(QStringLiteral("承認者の署名")));
        Messages::clearLast();
        QVERIFY(!review->signOff(true));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("open review note")),
                 qPrintable(Messages::lastMessage()));
        QCOMPARE(stageOf(queue, QStringLiteral("5.1.1")), QStringLiteral("open_notes"));

        // Resolved, it awaits review again; signed off, it awaits the lead.
        review->notesList()->setCurrentItem(review->notesList()->topLevelItem(0));
        QVERIFY(review->resolveSelectedNote(QStringLiteral("署名を確認した")));
        QTRY_COMPARE(stageOf(queue, QStringLiteral("5.1.1")), QStringLiteral("awaiting_review"));
        QVERIFY2(review->signOff(true), qPrintable(Messages::lastMessage()));
        QTRY_COMPARE(stageOf(queue, QStringLiteral("5.1.1")), QStringLiteral("awaiting_lead"));
        QCOMPARE(queue->model()->items(ReviewStage::AwaitingLead), QStringList { QStringLiteral("5.1.1") });
        QVERIFY(queue->model()
                    ->indexForItem(QStringLiteral("5.1.1"))
                    .siblingAtColumn(ReviewQueueModel::ColReviewed)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Reviewed by reviewer on "));
        QCOMPARE(queue->pendingCount(), 1);
    }

    void enterOpensTheItemInTheWorkspace()
    {
        {
            auto wb = Workbook::open(m_path);
            test::actAs(*wb, QStringLiteral("staff1"));
            Review::signOff(*wb, QStringLiteral("5.1.2"));
        }
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("reviewer")));
        w.views()->setCurrentWidget(w.reviewQueue());
        QTreeView* view = w.reviewQueue()->view();
        view->setFocus();
        view->setCurrentIndex(w.reviewQueue()->model()->indexForItem(QStringLiteral("5.1.2")));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(w.views()->currentWidget(), w.workspace());
        QCOMPARE(w.workspace()->itemId(), QStringLiteral("5.1.2"));
        QCOMPARE(w.workspace()->tabs()->currentWidget(), w.workspace()->review());

        // Ctrl+3 comes back to the queue; the keyboard reaches it from the menu too.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.views()->currentWidget(), w.reviewQueue());
    }

    void finaliseIsForTheLeadOnly()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        ReviewQueue* queue = w.reviewQueue();
        QVERIFY(w.reviewMenu()->actions().contains(queue->finaliseAction()));
        // Staff see Finalise disabled, and the tooltip says why (the engine's words).
        QVERIFY(!queue->finaliseAction()->isEnabled());
        QVERIFY2(queue->finaliseAction()->toolTip().contains(QStringLiteral("only Engagement lead may")),
                 qPrintable(queue->finaliseAction()->toolTip()));
        QVERIFY(!queue->unlockAction()->isEnabled());

        // Staff, then a reviewer, are refused by the engine, with its message, in the UI language, before any
        // "are you sure?" (the confirmation would say yes here).
        QVERIFY(!queue->finalise());
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("only Engagement lead may")),
                 qPrintable(Messages::lastMessage()));
        w.setLanguage(QStringLiteral("ja"));
        test::actAs(*w.workbook(), QStringLiteral("reviewer"));
        queue->updateActions();
        QVERIFY(!queue->finaliseAction()->isEnabled());
        QVERIFY2(queue->finaliseAction()->toolTip().contains(QStringLiteral("業務執行責任者")),
                 qPrintable(queue->finaliseAction()->toolTip()));
        Messages::clearLast();
        QVERIFY(!queue->finalise());
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("実行できるのは業務執行責任者のみです")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(!w.workbook()->engagement().locked);

        // Cancelling the confirmation changes nothing.
        test::actAs(*w.workbook(), QStringLiteral("lead"));
        queue->updateActions();
        QVERIFY(queue->finaliseAction()->isEnabled());
        Messages::setCapture(true, false);
        QVERIFY(!queue->finalise());
        QVERIFY(!w.workbook()->engagement().locked);
        Messages::setCapture(true, true);

        // The lead finalises: every later edit is refused, with the translated message.
        QVERIFY2(queue->finalise(), qPrintable(Messages::lastMessage()));
        QVERIFY(w.workbook()->engagement().locked);
        QTRY_VERIFY(queue->unlockAction()->isEnabled());
        QVERIFY(!queue->finaliseAction()->isEnabled());
        QVERIFY(queue->summaryLabel()->text().contains(QStringLiteral("lead")));
        test::actAs(*w.workbook(), QStringLiteral("staff1"));
        w.navigatorWidget()->selectItem(QStringLiteral("10.1.1"));
        w.workspace()->showSteps();
        StepsPanel* steps = w.workspace()->steps();
        steps->list()->setCurrentItem(steps->list()->topLevelItem(0));
        Messages::clearLast();
        QVERIFY(!steps->recordResult(StepResult::NoException));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("業務は確定済みのため、変更できません")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(!Procedures::steps(*w.workbook(), QStringLiteral("10.1.1")).first().done);

        // Only the lead reopens it, and only with a reason; then work goes on.
        w.setLanguage(QStringLiteral("en"));
        QVERIFY(!queue->unlock(QStringLiteral("追加の証跡")));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("only the engagement lead may")),
                 qPrintable(Messages::lastMessage()));
        test::actAs(*w.workbook(), QStringLiteral("lead"));
        QVERIFY2(queue->unlock(QStringLiteral("追加の証跡を受領したため")), qPrintable(Messages::lastMessage()));
        QVERIFY(!w.workbook()->engagement().locked);
        QVERIFY(w.workbook()->history(QStringLiteral("engagement")).size() >= 2);
        test::actAs(*w.workbook(), QStringLiteral("staff1"));
        QVERIFY2(steps->recordResult(StepResult::NoException), qPrintable(Messages::lastMessage()));
    }

    void dashboardPeriodFollowsTheUiLanguage()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.setLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        const QString ja = w.dashboard()->summaryLabel()->text();
        QVERIFY2(ja.contains(QStringLiteral("2025年4月1日～2026年3月31日")), qPrintable(ja));
        w.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        const QString en = w.dashboard()->summaryLabel()->text();
        QVERIFY2(en.contains(QStringLiteral("Period 1 Apr 2025 to 31 Mar 2026")), qPrintable(en));
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
};

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
