// The item workspace driven like an auditor: walk an item's steps with the keyboard, record a deviation,
// undo and redo, sign off as preparer, see the reviewer's sign-off blocked by an open note, resolve, sign off.
#include "UiTestSupport.h"
#include "database/Database.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "statement/StatementBook.h"
#include "workspace/HistoryView.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void criteriaTabShowsThePopulationAsStated()
    {
        auto t = test::makeWorkbook();
        QList<StatementEntry> entries;
        StatementEntry words; // records named in words, no count
        words.itemId = QStringLiteral("5.1.1");
        words.applicability = Applicability::InScope;
        words.populationText = QStringLiteral("入館申請書");
        words.populationRationale = QStringLiteral("申請システムの全件");
        StatementEntry count; // a bare count: no words to show, the count is the population
        count.itemId = QStringLiteral("5.1.2");
        count.applicability = Applicability::InScope;
        count.population = 1;
        {
            Transaction tx(t->wb->db());
            StatementBook::write(*t->wb, { words, count }, QStringLiteral("statement.import"));
            tx.commit();
        }
        const QString path = t->path;
        t->wb.reset();
        MainWindow w;
        QVERIFY(w.openWorkbook(path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        QString text = w.workspace()->criteriaView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Population: 入館申請書")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("count the records in the CSP's ledger")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Population rationale: 申請システムの全件")), qPrintable(text));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.2"));
        text = w.workspace()->criteriaView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Population count: 1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Population: Not stated")), qPrintable(text)); // a count is one
    }

    void walkStepsRecordDeviationUndoRedo()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        QCOMPARE(w.views()->currentWidget(), w.workspace());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.workspace()->showSteps();
        StepsPanel* steps = w.workspace()->steps();
        const int count = steps->list()->topLevelItemCount();
        QVERIFY2(count >= 2, "the item has procedure steps from the templates");

        // Record every step but the last as "no exception" with Alt+1, walking with Ctrl+J.
        for (int i = 0; i < count - 1; ++i) {
            steps->notesField()->setText(QStringLiteral("閲覧: 規程 v%1").arg(i));
            QTest::keyClick(&w, Qt::Key_1, Qt::AltModifier);
            QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
        }
        // The last one is a deviation (Alt+2).
        steps->notesField()->setText(QStringLiteral("承認記録なし"));
        QTest::keyClick(&w, Qt::Key_2, Qt::AltModifier);
        const QList<ProcedureStep> recorded = Procedures::steps(*w.workbook(), QStringLiteral("5.1.1"));
        QCOMPARE(int(std::count_if(recorded.cbegin(), recorded.cend(), [](const ProcedureStep& s) { return s.done; })),
                 count);
        QCOMPARE(recorded.last().result, std::optional<StepResult>(StepResult::Deviation));
        QCOMPARE(recorded.last().notes, QStringLiteral("承認記録なし"));
        QCOMPARE(Findings::forItem(*w.workbook(), QStringLiteral("5.1.1")).size(), 1); // draft finding raised
        QCOMPARE(w.navigatorWidget()
                     ->model()
                     ->indexForItem(QStringLiteral("5.1.1"))
                     .data(CatalogTreeModel::DeviationsRole)
                     .toInt(),
                 1);
        QCOMPARE(w.undoStack()->count(), count);

        // Undo the deviation: the step goes back to pending and its draft finding is withdrawn; redo brings both
        // back.
        w.undoStack()->undo();
        QVERIFY(!Procedures::steps(*w.workbook(), QStringLiteral("5.1.1")).last().result.has_value());
        QVERIFY(Findings::forItem(*w.workbook(), QStringLiteral("5.1.1")).isEmpty());
        QCOMPARE(w.navigatorWidget()
                     ->model()
                     ->indexForItem(QStringLiteral("5.1.1"))
                     .data(CatalogTreeModel::DeviationsRole)
                     .toInt(),
                 0);
        w.undoStack()->redo();
        QCOMPARE(Procedures::steps(*w.workbook(), QStringLiteral("5.1.1")).last().result,
                 std::optional<StepResult>(StepResult::Deviation));
        QCOMPARE(Findings::forItem(*w.workbook(), QStringLiteral("5.1.1")).size(), 1);
        // Change it to "no exception" and undo that: the deviation and its notes come back.
        steps->list()->setCurrentItem(steps->list()->topLevelItem(count - 1));
        steps->notesField()->setText(QStringLiteral("再確認した"));
        QVERIFY(steps->recordResult(StepResult::NoException));
        w.undoStack()->undo();
        const ProcedureStep last = Procedures::steps(*w.workbook(), QStringLiteral("5.1.1")).last();
        QCOMPARE(last.result, std::optional<StepResult>(StepResult::Deviation));
        QCOMPARE(last.notes, QStringLiteral("承認記録なし"));
        QVERIFY(w.workbook()->db().scalar("SELECT count(*) FROM trail WHERE action LIKE 'step.%'").toInt()
                >= count + 3);

        // The history tab lists the item's trail rows, newest first, and follows later edits.
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->historyView());
        QTreeWidget* history = w.workspace()->historyView()->tree();
        const int before = history->topLevelItemCount();
        QVERIFY(before >= count + 3);
        // Sentences, not action codes: the undo restored step N's deviation.
        QVERIFY2(history->topLevelItem(0)->text(2).startsWith(QStringLiteral("recorded step %1 as").arg(count)),
                 qPrintable(history->topLevelItem(0)->text(2)));
        w.undoStack()->redo();
        QVERIFY(history->topLevelItemCount() > before);
        QVERIFY2(history->topLevelItem(0)->text(3).contains(QStringLiteral("result: Deviation → No exception")),
                 qPrintable(history->topLevelItem(0)->text(3)));
    }

    void signOffBlockedByOpenNote()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
        ReviewPanel* review = w.workspace()->review();
        QVERIFY2(review->signOff(false), qPrintable(Messages::lastMessage()));
        QVERIFY2(review->signOffLabel()->text().contains(QStringLiteral("Prepared by staff1")),
                 qPrintable(review->signOffLabel()->text()));
        QCOMPARE(w.navigatorWidget()
                     ->model()
                     ->indexForItem(QStringLiteral("5.1.1"))
                     .data(CatalogTreeModel::StatusRole)
                     .toString(),
                 QStringLiteral("prepared"));

        test::actAs(*w.workbook(), QStringLiteral("reviewer"));
        QVERIFY(review->raiseNote(QStringLiteral("承認者の署名を確認してください")));
        QCOMPARE(review->notesList()->topLevelItemCount(), 1);
        Messages::clearLast();
        QVERIFY(!review->signOff(true)); // an open note blocks the reviewer's sign-off
        QVERIFY(!Messages::lastMessage().isEmpty());
        QVERIFY(!review->signOffLabel()->text().contains(QStringLiteral("Reviewed by")));

        review->notesList()->setCurrentItem(review->notesList()->topLevelItem(0));
        QVERIFY(review->resolveSelectedNote(QStringLiteral("署名を確認した")));
        QVERIFY(review->signOff(true));
        QVERIFY(review->signOffLabel()->text().contains(QStringLiteral("Reviewed by reviewer")));
        QCOMPARE(w.navigatorWidget()
                     ->model()
                     ->indexForItem(QStringLiteral("5.1.1"))
                     .data(CatalogTreeModel::StatusRole)
                     .toString(),
                 QStringLiteral("reviewed"));
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
