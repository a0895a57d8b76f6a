// Layout at 1280×800 and 1600×1000: the navigator's status and progress columns whole, the title elided with its
// whole text as tooltip, the step instruction in full in the pane below the steps, the findings editor not
// squashed, splitter positions remembered, the dashboard's domain labels whole, the catalogue's part names whole and
// every item workspace tab in sight, in Japanese and English.
#include "UiTestSupport.h"
#include "fieldwork/FieldworkTypes.h"
#include "fieldwork/Procedures.h"
#include "findings/FindingsPanel.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "shell/SplitterMemory.h"
#include "workspace/DashboardWidget.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QHeaderView>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;

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

    void nothingNeededIsCutOff_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void nothingNeededIsCutOff()
    {
        QFETCH(QSize, size);
        QSettings().clear();
        MainWindow w;
        w.resize(size);
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        QApplication::processEvents();

        // Navigator: status and progress whole, inside the visible tree — also after the tree is filled again (an
        // engagement-wide change) with more of it expanded.
        QTreeView* tree = w.navigator();
        QHeaderView* h = tree->header();
        const QFontMetrics fm = tree->fontMetrics();
        int widest = 0;
        for (const QString& key : FieldworkText::statusKeys())
            widest = qMax(widest, fm.horizontalAdvance(FieldworkText::statusDisplayName(key)));
        for (int round = 0; round < 2; ++round) {
            QVERIFY2(
                h->sectionSize(CatalogTreeModel::ColStatus) >= widest + 16,
                qPrintable(QStringLiteral("%1 < %2").arg(h->sectionSize(CatalogTreeModel::ColStatus)).arg(widest)));
            for (int c : { int(CatalogTreeModel::ColStatus), int(CatalogTreeModel::ColProgress) })
                QVERIFY2(!h->isSectionHidden(c)
                             && h->sectionViewportPosition(c) + h->sectionSize(c) <= tree->viewport()->width(),
                         qPrintable(QStringLiteral("round %1: column %2 ends at %3 of %4")
                                        .arg(round)
                                        .arg(c)
                                        .arg(h->sectionViewportPosition(c) + h->sectionSize(c))
                                        .arg(tree->viewport()->width())));
            QVERIFY2(h->sectionSize(CatalogTreeModel::ColTitle) >= fm.averageCharWidth() * 20,
                     qPrintable(QString::number(h->sectionSize(CatalogTreeModel::ColTitle))));
            w.navigatorWidget()->setWorkbook(w.workbook());
            w.navigatorWidget()->selectItem(QStringLiteral("10.1.1"));
            QApplication::processEvents();
        }
        // The title gives way; its tooltip holds the whole, and what a hidden column would say.
        const QModelIndex title = w.navigatorWidget()
                                      ->model()
                                      ->indexForItem(QStringLiteral("5.1.1"))
                                      .siblingAtColumn(CatalogTreeModel::ColTitle);
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(title.data().toString()));
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("In scope")));

        // The catalogue's parts: the name spans the tree's first row, never cut off by the item column.
        for (int r = 0; r < tree->model()->rowCount(); ++r) {
            QVERIFY(tree->isFirstColumnSpanned(r, QModelIndex()));
            const QModelIndex part = tree->model()->index(r, 0);
            QFont bold = tree->font();
            bold.setBold(true);
            QVERIFY2(QFontMetrics(bold).horizontalAdvance(part.data().toString()) + tree->indentation() + 16
                         < h->sectionViewportPosition(CatalogTreeModel::ColProgress),
                     qPrintable(part.data().toString()));
            QCOMPARE(part.data(Qt::ToolTipRole).toString(), part.data().toString());
        }

        // The item workspace: every tab in sight, its label whole, its full name in the tooltip — in both languages.
        for (const char* language : { "ja", "en" }) {
            w.setLanguage(QString::fromLatin1(language));
            QApplication::processEvents();
            QTabBar* bar = w.workspace()->tabs()->tabBar();
            QCOMPARE(bar->count(), 7);
            for (int i = 0; i < bar->count(); ++i) {
                const QRect rect = bar->tabRect(i);
                QVERIFY2(rect.left() >= 0 && rect.right() < bar->width(),
                         qPrintable(QStringLiteral("%1: tab %2 at %3..%4 of %5")
                                        .arg(QString::fromLatin1(language), bar->tabText(i))
                                        .arg(rect.left())
                                        .arg(rect.right())
                                        .arg(bar->width())));
                QVERIFY2(rect.width() > bar->fontMetrics().horizontalAdvance(bar->tabText(i)),
                         qPrintable(bar->tabText(i)));
                QVERIFY(!bar->tabToolTip(i).isEmpty());
            }
        }

        // Steps: the selected step's instruction in full below the table.
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        w.workspace()->showSteps();
        StepsPanel* steps = w.workspace()->steps();
        QVERIFY(steps->list()->topLevelItemCount() > 0);
        steps->list()->setCurrentItem(steps->list()->topLevelItem(0));
        const QString instruction = steps->list()->topLevelItem(0)->text(3);
        QVERIFY(instruction.size() > 40);
        QVERIFY2(steps->detailView()->toPlainText().contains(instruction),
                 qPrintable(steps->detailView()->toPlainText()));
        QVERIFY(steps->detailView()->isVisible());
        QVERIFY(steps->detailView()->height() >= steps->fontMetrics().lineSpacing() * 3);

        // Findings: the editor is never narrower than its form needs.
        FindingsPanel* findings = w.workspace()->findings();
        w.workspace()->tabs()->setCurrentWidget(findings);
        QApplication::processEvents();
        QWidget* editor = findings->splitter()->widget(1);
        QVERIFY2(editor->width() >= 420, qPrintable(QString::number(editor->width())));
        QCOMPARE(findings->splitter()->orientation(), findings->width() >= 900 ? Qt::Horizontal : Qt::Vertical);

        // Dashboard: the domain chart's labels are whole.
        w.views()->setCurrentWidget(w.dashboard());
        QApplication::processEvents();
        QBarCategoryAxis* axis = nullptr;
        for (QAbstractAxis* a : w.dashboard()->domainChart()->axes())
            if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
                axis = c;
        QVERIFY(axis);
        QVERIFY(!axis->truncateLabels());
        QVERIFY(!axis->labelsTruncated());
        QVERIFY2(axis->categories().contains(QStringLiteral("5 Information security policies")),
                 qPrintable(axis->categories().join(u'|')));
    }

    void splitterPositionsAreRemembered()
    {
        QSettings().clear();
        QList<int> moved;
        {
            MainWindow w;
            w.resize(1280, 800);
            w.show();
            QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
            w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
            w.workspace()->showSteps();
            QApplication::processEvents();
            auto* splitter = w.workspace()->steps()->findChild<QSplitter*>(QStringLiteral("stepsSplitter"));
            QVERIFY(splitter);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({ total / 2, total - total / 2 });
            moved = splitter->sizes();
            emit splitter->splitterMoved(moved.first(), 1); // as dragging the handle does
            QVERIFY(QSettings().contains(SplitterMemory::key(splitter)));
        }
        MainWindow again;
        again.resize(1280, 800);
        again.show();
        QVERIFY(again.openWorkbook(m_path, QStringLiteral("staff1")));
        again.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        again.workspace()->showSteps();
        QApplication::processEvents();
        auto* splitter = again.workspace()->steps()->findChild<QSplitter*>(QStringLiteral("stepsSplitter"));
        QCOMPARE(splitter->sizes(), moved);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
