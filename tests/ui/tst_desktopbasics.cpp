// The basics of a mature desktop app: context menus with the selection's actions (navigator, evidence, findings,
// steps), evidence re-described, unlinked and removed from the app, Help → Manual in both languages, the start
// page, frequencies in their natural order, record-and-advance in the sample table, and "needs attention" saying why.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagement/ItemStatusBook.h"
#include "evidence/EvidenceVault.h"
#include "evidenceview/EvidenceActions.h"
#include "evidenceview/EvidenceModel.h"
#include "evidenceview/EvidencePanel.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "findings/FindingsPanel.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "sampling/SampleItemsModel.h"
#include "sampling/SamplingPanel.h"
#include "shell/EngagementMenu.h"
#include "shell/MainWindow.h"
#include "shell/ManualDialog.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"
#include "workspace/WelcomePage.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
const QString kItem = QStringLiteral("5.1.1");
}

class TestDesktopBasics : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
    QString m_ref;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        m_t->wb->setActor(QStringLiteral("staff1"));
        const QString file = m_files.filePath(QStringLiteral("policy.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("information security policy, approved 2025-04-01");
        f.close();
        EvidenceMetadata m;
        m.description = QStringLiteral("the approved policy");
        m_ref = EvidenceVault(*m_t->wb).add({ file, m }, { kItem, {}, {}, {} }).record.ref;
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void startPageWithoutAWorkbook()
    {
        MainWindow w;
        QCOMPARE(w.views()->currentWidget(), w.welcomePage());
        QVERIFY(w.welcomePage()->isStart());
        QVERIFY2(w.welcomePage()->stepTexts().value(0).contains(QStringLiteral("File → New")),
                 qPrintable(w.welcomePage()->stepTexts().join(u'\n')));
    }

    void manualInBothLanguages()
    {
        MainWindow w;
        QVERIFY(w.manualAction()->isEnabled());
        QVERIFY(w.shortcutActions().size() > 0);
        ManualDialog d(&w);
        QVERIFY2(d.browser()->toPlainText().contains(QStringLiteral("Set the engagement up")),
                 qPrintable(d.browser()->toPlainText().left(200)));
        Language::apply(QStringLiteral("ja"));
        QApplication::processEvents(); // LanguageChange reaches the widgets as a posted event
        QVERIFY2(d.browser()->toPlainText().contains(QStringLiteral("業務の準備")),
                 qPrintable(d.browser()->toPlainText().left(200)));
        Language::apply(QStringLiteral("en"));
        QApplication::processEvents();
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QVERIFY(d.browser()->toPlainText().contains(QStringLiteral("Set the engagement up")));
    }

    void evidenceContextMenuDescribesUnlinksAndRemoves()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        EvidencePanel* panel = w.workspace()->evidence();
        w.workspace()->tabs()->setCurrentWidget(panel);
        QVERIFY(panel->selectEvidence(m_ref));
        EvidenceActions* actions = panel->actions();
        for (QAction* a : actions->actions()) {
            QVERIFY(panel->table()->actions().contains(a)); // the table's context menu
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        }
        // Edit description: one undoable action.
        EvidenceActions::setNextDescription(QStringLiteral("the policy as approved by the board"));
        actions->editAction()->trigger();
        QCOMPARE(EvidenceVault(*w.workbook()).get(m_ref).description,
                 QStringLiteral("the policy as approved by the board"));
        w.undoStack()->undo();
        QCOMPARE(EvidenceVault(*w.workbook()).get(m_ref).description, QStringLiteral("the approved policy"));
        // Unlink: gone from the item, still in the vault; undo links it again.
        QVERIFY(panel->selectEvidence(m_ref));
        actions->unlinkAction()->trigger();
        QVERIFY(EvidenceVault(*w.workbook()).links(m_ref).isEmpty());
        QCOMPARE(panel->model()->rowCount(), 0);
        w.undoStack()->undo();
        QCOMPARE(EvidenceVault(*w.workbook()).links(m_ref).size(), 1);
        QCOMPARE(panel->model()->rowCount(), 1);
        // Remove: after a confirmation, out of the vault.
        QVERIFY(panel->selectEvidence(m_ref));
        Messages::setCapture(true, false); // "no" to the question: nothing happens
        actions->removeAction()->trigger();
        QVERIFY(EvidenceVault(*w.workbook()).find(m_ref));
        Messages::setCapture(true, true);
        actions->removeAction()->trigger();
        QVERIFY(!EvidenceVault(*w.workbook()).find(m_ref));
        QCOMPARE(panel->model()->rowCount(), 0);
    }

    void stepsAndFindingsContextMenus()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        w.workspace()->showSteps();
        StepsPanel* steps = w.workspace()->steps();
        QCOMPARE(steps->contextActions().size(), 5);
        for (QAction* a : steps->contextActions())
            QVERIFY(steps->list()->actions().contains(a));
        // "Record: deviation" from the context menu records it on the selected step.
        steps->list()->setCurrentItem(steps->list()->topLevelItem(0));
        const qint64 stepId = steps->currentStepId();
        steps->contextActions()[1]->trigger();
        QCOMPARE(Procedures::step(*w.workbook(), stepId)->result, StepResult::Deviation);
        // The deviation raised a draft finding; the findings list offers to withdraw it.
        FindingsPanel* findings = w.workspace()->findings();
        w.workspace()->tabs()->setCurrentWidget(findings);
        QVERIFY(findings->list()->model()->rowCount() >= 1);
        findings->list()->setCurrentIndex(findings->list()->model()->index(0, 0));
        const QString ref = findings->currentRef();
        QVERIFY(!ref.isEmpty());
        for (QAction* a : findings->contextActions())
            QVERIFY(findings->list()->actions().contains(a) && a->isEnabled());
        Messages::setCapture(true, true);
        findings->contextActions()[1]->trigger();
        QVERIFY(!Findings::byRef(*w.workbook(), ref));
    }

    void frequenciesInNaturalOrderAndRecordAndAdvance()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        const QString item = QStringLiteral("5.1.2");
        Sampling::draw(*w.workbook(), item, 12, QStringLiteral("weekly"), 7);
        w.navigatorWidget()->selectItem(item);
        SamplingPanel* p = w.workspace()->sampling();
        w.workspace()->tabs()->setCurrentWidget(p);
        QStringList keys;
        for (int i = 0; i < p->frequencyBox()->count(); ++i)
            keys << p->frequencyBox()->itemData(i).toString();
        QCOMPARE(keys,
                 QStringList({ QStringLiteral("annual"), QStringLiteral("semiannual"), QStringLiteral("quarterly"),
                               QStringLiteral("monthly"), QStringLiteral("weekly"), QStringLiteral("daily"),
                               QStringLiteral("multiple_daily"), QStringLiteral("event") }));
        QVERIFY(p->model()->rowCount() >= 3);
        p->table()->setCurrentIndex(p->model()->index(0, 0));
        QVERIFY(p->recordResult(SampleResult::Pass));
        QCOMPARE(p->table()->currentIndex().row(), 1); // moved on to the next item
        QVERIFY(p->recordResult(SampleResult::Pass));
        QCOMPARE(p->table()->currentIndex().row(), 2);
        const int last = p->model()->rowCount() - 1;
        p->table()->setCurrentIndex(p->model()->index(last, 0));
        QVERIFY(p->recordResult(SampleResult::Pass));
        QCOMPARE(p->table()->currentIndex().row(), last); // the last item stays selected
    }

    void needsAttentionSaysWhy()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("reviewer")));
        const QString item = QStringLiteral("10.1.1");
        Review::addNote(*w.workbook(), item, QStringLiteral("根拠資料を添付してください"));
        QCOMPARE(ItemStatusBook::state(*w.workbook(), item)->status, ItemStatus::NeedsAttention);
        const QModelIndex status
            = w.navigatorWidget()->model()->indexForItem(item).siblingAtColumn(CatalogTreeModel::ColStatus);
        const QString tip = status.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Needs attention"))
                     && tip.contains(QStringLiteral("1 review note(s) still open")),
                 qPrintable(tip));
        w.navigatorWidget()->selectItem(item);
        QVERIFY(w.workspace()->isEnabled());
    }
};

QTEST_MAIN(TestDesktopBasics)
#include "tst_desktopbasics.moc"
