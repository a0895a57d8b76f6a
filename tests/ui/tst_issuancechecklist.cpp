// Review → Issuance checklist…: the gaps that block the final report, grouped by kind with a count, each with its
// item; a double-click opens the item in the workspace; closing a gap (recording the step results) removes it from
// the open list at once; a clean, finalised engagement says so.
#include "UiTestSupport.h"
#include "catalog/Catalog.h"
#include "common/Language.h"
#include "engagement/IssuanceCheck.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "review/IssuanceChecklist.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {

/// The group of gaps of kind @p code, or null.
QTreeWidgetItem* group(QTreeWidget* tree, const QString& code)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == code)
            return tree->topLevelItem(i);
    return nullptr;
}

/// The rows of a group as "item  text".
QStringList rows(QTreeWidgetItem* g)
{
    QStringList out;
    for (int i = 0; g && i < g->childCount(); ++i)
        out << g->child(i)->text(0) + QStringLiteral("  ") + g->child(i)->text(1);
    return out;
}

} // namespace

class TestIssuanceChecklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        Language::apply(QStringLiteral("en"));
    }

    void listsTheGapsAndOpensTheirItems()
    {
        auto t = test::makeWorkbook(); // 5.1.1, 5.1.2, 10.1.1 in scope, 11.1.1 out, the rest undecided
        Procedures::refresh(*t->wb);
        const QString path = t->path;
        t->wb.reset();
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(path, QStringLiteral("staff1")));
        QVERIFY(w.checklistAction()->isEnabled());
        w.checklistAction()->trigger();
        IssuanceChecklist* list = w.checklist();
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QTreeWidget* tree = list->tree();

        QTreeWidgetItem* undecided = group(tree, QStringLiteral("undecided"));
        QVERIFY(undecided);
        QVERIFY(undecided->childCount() > 200);
        QVERIFY2(undecided->text(0).startsWith(
                     QStringLiteral("Items whose applicability is not decided (%1)").arg(undecided->childCount())),
                 qPrintable(undecided->text(0)));
        QTreeWidgetItem* steps = group(tree, QStringLiteral("step_without_result"));
        QVERIFY(steps);
        QVERIFY(rows(steps).contains(QStringLiteral("5.1.2  step 1 has no result")));
        QVERIFY(rows(group(tree, QStringLiteral("preparer_signoff_missing")))
                    .contains(QStringLiteral("5.1.1  no valid preparer sign-off")));
        QCOMPARE(rows(group(tree, QStringLiteral("not_finalised"))),
                 QStringList { QStringLiteral("—  the engagement lead has not finalised the engagement") });
        int total = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            total += tree->topLevelItem(i)->childCount();
        QCOMPARE(total, int(IssuanceCheck::gaps(*w.workbook()).size()));
        QVERIFY2(list->summary()->text().startsWith(QStringLiteral("%1 gap(s) block the final report").arg(total)),
                 qPrintable(list->summary()->text()));
        test::saveScreenshot(*list, QStringLiteral("issuance-checklist-en.png"));

        // A double-click on a gap opens its item in the workspace.
        QTreeWidgetItem* row = nullptr;
        for (int i = 0; i < steps->childCount(); ++i)
            if (steps->child(i)->text(0) == u"5.1.2")
                row = steps->child(i);
        QVERIFY(row);
        tree->scrollToItem(row);
        const QRect rect = tree->visualItemRect(row);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(w.workspace()->itemId(), QStringLiteral("5.1.2"));
        QCOMPARE(w.views()->currentWidget(), static_cast<QWidget*>(w.workspace()));
        // Enter on the engagement's gap (no item) opens nothing.
        QTreeWidgetItem* notFinalised = group(tree, QStringLiteral("not_finalised"))->child(0);
        tree->setCurrentItem(notFinalised);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(w.workspace()->itemId(), QStringLiteral("5.1.2"));

        // Recording 5.1.2's results closes its step gaps: the open checklist follows the engine's change.
        for (const ProcedureStep& s : Procedures::steps(*w.workbook(), QStringLiteral("5.1.2")))
            Procedures::setResult(*w.workbook(), s.id, StepResult::NoException, QStringLiteral("閲覧済み"));
        steps = group(list->tree(), QStringLiteral("step_without_result"));
        QVERIFY(steps);
        for (const QString& r : rows(steps))
            QVERIFY2(!r.startsWith(QStringLiteral("5.1.2 ")), qPrintable(r));
        w.closeWorkbook();
        QTRY_VERIFY(!w.checklist());
    }

    void saysCleanWhenNothingBlocks()
    {
        test::TempWorkbook t;
        t.addTeam();
        {
            Transaction tx(t.wb->db());
            t.wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
            tx.commit();
        }
        test::giveKeys(*t.wb);
        QList<StatementEntry> entries;
        for (const CatalogItem& c : Catalog::items(*t.wb)) {
            if (!c.isStatementItem())
                continue;
            StatementEntry e;
            e.itemId = c.id;
            e.applicability = c.id == u"5.1.1" ? Applicability::InScope : Applicability::OutOfScope;
            e.reason = e.applicability == Applicability::OutOfScope ? QStringLiteral("対象外") : QString();
            entries << e;
        }
        {
            Transaction tx(t.wb->db());
            StatementBook::write(*t.wb, entries, QStringLiteral("statement.import"));
            tx.commit();
        }
        t.wb->setActor(QStringLiteral("staff1"));
        Procedures::refresh(*t.wb);
        for (const ProcedureStep& s : Procedures::steps(*t.wb, QStringLiteral("5.1.1")))
            Procedures::setResult(*t.wb, s.id, StepResult::NoException, QStringLiteral("閲覧済み"));
        Review::signOff(*t.wb, QStringLiteral("5.1.1"), SignOffRole::Preparer);
        t.wb->setActor(QStringLiteral("reviewer"));
        Review::signOff(*t.wb, QStringLiteral("5.1.1"), SignOffRole::Reviewer);
        t.wb->setActor(QStringLiteral("lead"));
        Review::signOffEngagement(*t.wb);
        t.wb->setActor(QStringLiteral("qr"));
        Review::signOffEngagement(*t.wb);
        t.wb->setActor(QStringLiteral("lead"));
        Review::finalise(*t.wb);
        const QString path = t.path;
        t.wb.reset();

        MainWindow w;
        QVERIFY(w.openWorkbook(path, QStringLiteral("lead")));
        w.checklistAction()->trigger();
        QVERIFY(w.checklist());
        QCOMPARE(w.checklist()->tree()->topLevelItemCount(), 0);
        QVERIFY2(w.checklist()->summary()->text().startsWith(QStringLiteral("Clean: nothing blocks the final report")),
                 qPrintable(w.checklist()->summary()->text()));
    }
};

QTEST_MAIN(TestIssuanceChecklist)
#include "tst_issuancechecklist.moc"
