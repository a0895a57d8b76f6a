// A clean slate per workbook (issue 13, point 3): opening another workbook or closing one leaves no search text,
// filter, selection, form or status message of the previous one behind; the last item, filter and tabs of each
// workbook are remembered and come back when that workbook is opened again (also in a new window).
#include "UiTestSupport.h"
#include "evidenceview/EvidencePanel.h"
#include "fieldwork/Procedures.h"
#include "findings/FindingsPanel.h"
#include "navigator/NavigatorWidget.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/DashboardWidget.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/WelcomePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
const QString kItem = QStringLiteral("5.1.2");

QString makeWorkbookFile(std::vector<std::unique_ptr<test::TempWorkbook>>& keep)
{
    keep.push_back(test::makeWorkbook());
    Procedures::refresh(*keep.back()->wb);
    keep.back()->wb.reset();
    return keep.back()->path;
}

void verifyCleanSlate(MainWindow& w)
{
    NavigatorWidget* n = w.navigatorWidget();
    QVERIFY(n->searchField()->text().isEmpty());
    QCOMPARE(n->statusBox()->currentIndex(), 0);
    QCOMPARE(n->assigneeBox()->currentIndex(), 0);
    QVERIFY(!n->mandatoryBox()->isChecked());
    QVERIFY(!n->deviationsBox()->isChecked());
    QVERIFY(n->currentItem().isEmpty());
    QVERIFY(w.workspace()->itemId().isEmpty());
    // The start view of a workbook: its welcome page while fieldwork has not started, else the dashboard.
    QVERIFY(w.views()->currentWidget() == w.dashboard()
            || w.views()->currentWidget() == static_cast<QWidget*>(w.welcomePage()));
    QCOMPARE(w.workspace()->tabs()->currentIndex(), 0);
    QVERIFY2(w.statusBar()->currentMessage().isEmpty(), qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(w.workspace()->evidence()->sourceField()->text().isEmpty());
    QVERIFY(w.workspace()->findings()->newTitleField()->text().isEmpty());
    QVERIFY(w.workspace()->review()->noteField()->text().isEmpty());
}
} // namespace

class TestWorkbookSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true, true);
        m_a = makeWorkbookFile(m_keep);
        m_b = makeWorkbookFile(m_keep);
    }

    void anotherWorkbookStartsCleanAndEachComesBackAsLeft()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openWorkbook(m_a, QStringLiteral("lead")));
        NavigatorWidget* n = w.navigatorWidget();
        n->searchField()->setText(QStringLiteral("方針"));
        // A status filter that still shows the item.
        int status = -1;
        for (int i = 1; i < n->statusBox()->count() && status < 0; ++i) {
            n->statusBox()->setCurrentIndex(i);
            if (n->visibleItems().contains(kItem))
                status = i;
        }
        QVERIFY(status > 0);
        const int shownInA = n->visibleItems().size();
        n->selectItem(kItem);
        QCOMPARE(w.workspace()->itemId(), kItem);
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->findings());
        w.workspace()->evidence()->sourceField()->setText(QStringLiteral("CSP security office"));
        w.statusBar()->showMessage(QStringLiteral("Exported 3 rows"));

        // Another workbook: nothing of A is left.
        QVERIFY(w.openWorkbook(m_b, QStringLiteral("lead")));
        verifyCleanSlate(w);
        QVERIFY(n->visibleItems().size() > shownInA); // no old search hiding items ("0 items")

        // Back to A: its item, filter and tabs.
        QVERIFY(w.openWorkbook(m_a, QStringLiteral("lead")));
        QCOMPARE(n->searchField()->text(), QStringLiteral("方針"));
        QCOMPARE(n->statusBox()->currentIndex(), status);
        QCOMPARE(n->currentItem(), kItem);
        QCOMPARE(w.workspace()->itemId(), kItem);
        QCOMPARE(w.views()->currentWidget(), w.workspace());
        QCOMPARE(w.workspace()->tabs()->currentWidget(), w.workspace()->findings());

        // B was left clean and comes back clean.
        QVERIFY(w.openWorkbook(m_b, QStringLiteral("lead")));
        verifyCleanSlate(w);

        // Closing the workbook also leaves a clean slate.
        QVERIFY(w.openWorkbook(m_a, QStringLiteral("lead")));
        QVERIFY(w.closeWorkbook());
        verifyCleanSlate(w);
    }

    void rememberedAcrossWindows()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openWorkbook(m_b, QStringLiteral("lead")));
            w.navigatorWidget()->selectItem(QStringLiteral("10.1.1"));
            w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
            QVERIFY(w.close());
        }
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_b, QStringLiteral("lead")));
        QCOMPARE(w.navigatorWidget()->currentItem(), QStringLiteral("10.1.1"));
        QCOMPARE(w.workspace()->tabs()->currentWidget(), w.workspace()->review());
    }

private:
    std::vector<std::unique_ptr<test::TempWorkbook>> m_keep;
    QString m_a;
    QString m_b;
};

QTEST_MAIN(TestWorkbookSession)
#include "tst_workbooksession.moc"
