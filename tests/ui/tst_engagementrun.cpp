// An engagement run from File → New to the signed report in the desktop app alone, as a new user would: a new
// workbook without a statement, the statement imported from the Engagement menu (a bad file refused naming its
// row), an item's applicability set and undone, items assigned and the team grown, this year's cycle, the steps
// recorded, preparer and reviewer sign-offs, and the signed report written and verified. No ismapctl.
#include "UiTestSupport.h"
#include "catalog/Catalog.h"
#include "commands/EngineCommand.h"
#include "engagement/EngagementSetup.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Procedures.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "reportview/ReportDialog.h"
#include "review/ReviewPanel.h"
#include "shell/BusyCursor.h"
#include "shell/EngagementMenu.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "signing/DemoPki.h"
#include "signing/ReportVerifier.h"
#include "signing/SecretStore.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"
#include "workspace/WelcomePage.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestEngagementRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString undecidedItem(Workbook& wb)
    {
        const QHash<QString, StatementEntry> entries = StatementBook::entries(wb);
        for (const CatalogItem& c : Catalog::items(wb))
            if (c.isStatementItem() && !entries.contains(c.id))
                return c.id;
        return {};
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        QVERIFY(m_dir.isValid());
    }

    void fromNewWorkbookToSignedReport()
    {
        // File → New: the workbook the wizard creates — the built-in criteria, a lead and a preparer, no statement.
        EngagementSetup s;
        s.engagement.csp = QStringLiteral("テストCSP");
        s.engagement.service = QStringLiteral("テストSaaS");
        s.engagement.periodStart = QDate(2025, 4, 1);
        s.engagement.periodEnd = QDate(2026, 3, 31);
        s.team = { TeamMember { 0, QStringLiteral("佐藤"), Role::Staff, {} },
                   TeamMember { 0, QStringLiteral("高橋"), Role::Lead, {} } };
        s.creator = QStringLiteral("高橋");
        const QString path = m_dir.filePath(QStringLiteral("new.ismapwb"));
        EngagementSetupBook::create(path, s);

        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(path, QStringLiteral("高橋")));
        // A new engagement opens on its next steps, the statement not yet imported.
        QCOMPARE(w.views()->currentWidget(), w.welcomePage());
        const QStringList steps = w.welcomePage()->stepTexts();
        QVERIFY2(steps.size() >= 5 && !steps[1].startsWith(u'✓'), qPrintable(steps.join(u'\n')));
        EngagementMenu* menu = w.engagementMenu();
        QVERIFY(w.menuBar()->actions().contains(menu->menu()->menuAction()));

        // Engagement → Import the statement: a bad file is refused naming file and row, and changes nothing.
        EngagementMenu::setNextPath(test::dataPath(QStringLiteral("statement/bad-mark.csv")));
        menu->importStatementAction()->trigger();
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("bad-mark.csv"))
                     && Messages::lastMessage().contains(QStringLiteral("row 3")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(StatementBook::entries(*w.workbook()).isEmpty());
        // The good one: items in scope with their steps, shown in the navigator, under a busy cursor.
        bool busyWhileImporting = false;
        const auto watch = connect(w.workbook(), &Workbook::changed, this,
                                   [&] { busyWhileImporting = busyWhileImporting || BusyCursor::isShowing(); });
        EngagementMenu::setNextPath(test::dataPath(QStringLiteral("statement/good-utf8.csv")));
        menu->importStatementAction()->trigger();
        disconnect(watch);
        QVERIFY(busyWhileImporting);
        QVERIFY(!BusyCursor::isShowing());
        QCOMPARE(ItemStatusBook::all(*w.workbook()).size(), 50);
        QVERIFY(!Procedures::steps(*w.workbook(), QStringLiteral("3.1.1")).isEmpty());
        QVERIFY(w.welcomePage()->stepTexts()[1].startsWith(u'✓'));

        // Engagement → Set applicability on an undecided item selected in the navigator; undoable.
        const QString item = undecidedItem(*w.workbook());
        QVERIFY(!item.isEmpty());
        w.navigatorWidget()->selectItem(item);
        QCOMPARE(w.navigatorWidget()->selectedItems(), QStringList { item });
        QVERIFY(w.navigator()->actions().contains(menu->applicabilityAction())); // also the tree's context menu
        menu->updateActions();
        QVERIFY(menu->applicabilityAction()->isEnabled());
        QVERIFY(menu->setApplicability({ item }, Applicability::InScope, {}));
        QCOMPARE(StatementBook::entry(*w.workbook(), item)->applicability, Applicability::InScope);
        QVERIFY(!Procedures::steps(*w.workbook(), item).isEmpty());
        QCOMPARE(w.navigatorWidget()
                     ->model()
                     ->indexForItem(item)
                     .siblingAtColumn(CatalogTreeModel::ColApplicability)
                     .data()
                     .toString(),
                 QStringLiteral("In scope"));
        w.undoStack()->undo();
        QVERIFY(!StatementBook::entry(*w.workbook(), item));
        QVERIFY(Procedures::steps(*w.workbook(), item).isEmpty());
        w.undoStack()->redo();
        QCOMPARE(StatementBook::entry(*w.workbook(), item)->applicability, Applicability::InScope);

        // The team grows from the menu (the lead adds a reviewer); assignment and cycle are undoable.
        QVERIFY(menu->addMember(QStringLiteral("鈴木"), Role::Reviewer));
        QCOMPARE(w.workbook()->member(QStringLiteral("鈴木"))->role, Role::Reviewer);
        QVERIFY(!menu->addMember(QStringLiteral("鈴木"), Role::Staff)); // the engine refuses a second 鈴木
        QVERIFY(menu->assign({ item, QStringLiteral("3.1.1") }, QStringLiteral("佐藤")));
        QCOMPARE(Planning::plan(*w.workbook(), item).assignee, QStringLiteral("佐藤"));
        QCOMPARE(Planning::plan(*w.workbook(), QStringLiteral("3.1.1")).assignee, QStringLiteral("佐藤"));
        QVERIFY(menu->setInCycle({ item }, false));
        QVERIFY(Procedures::steps(*w.workbook(), item).isEmpty());
        w.undoStack()->undo();
        QVERIFY(Planning::plan(*w.workbook(), item).inCycle);
        QVERIFY(!Procedures::steps(*w.workbook(), item).isEmpty());

        // Each member makes a key on their machine; the lead registers them (signing off needs one).
        test::giveKeys(*w.workbook(), QStringLiteral("高橋"));
        // Fieldwork as the preparer: every step recorded, then the preparer's sign-off.
        w.workbook()->setActor(QStringLiteral("佐藤"));
        w.navigatorWidget()->selectItem(item);
        w.workspace()->showSteps();
        StepsPanel* stepsPanel = w.workspace()->steps();
        QVERIFY(stepsPanel->list()->topLevelItemCount() > 0);
        for (int i = 0; i < stepsPanel->list()->topLevelItemCount(); ++i) {
            stepsPanel->list()->setCurrentItem(stepsPanel->list()->topLevelItem(i));
            stepsPanel->notesField()->setText(QStringLiteral("確認済み %1").arg(i + 1));
            QVERIFY2(stepsPanel->recordResult(StepResult::NoException), qPrintable(Messages::lastMessage()));
        }
        for (const ProcedureStep& st : Procedures::steps(*w.workbook(), item))
            QVERIFY(st.done);
        w.openItemForReview(item);
        QVERIFY2(w.workspace()->review()->signOff(false), qPrintable(Messages::lastMessage()));
        // The reviewer signs off: the item is reviewed.
        w.workbook()->setActor(QStringLiteral("鈴木"));
        w.openItemForReview(item);
        QVERIFY2(w.workspace()->review()->signOff(true), qPrintable(Messages::lastMessage()));
        QCOMPARE(ItemStatusBook::state(*w.workbook(), item)->status, ItemStatus::Reviewed);

        // File → Report: a signed report of the engagement, verified against its signer.
        const QString demo = m_dir.filePath(QStringLiteral("demo-pki"));
        QVERIFY(QDir().mkpath(demo));
        const QString p12 = DemoPki::generate().writeTo(demo);
        FakeSecretStore store;
        ReportDialog d(w.workbook(), &store, &w);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        d.outputEdit()->setText(pdf);
        d.signedButton()->setChecked(true);
        d.pkcs12Edit()->setText(p12);
        QSignalSpy done(&d, &ReportDialog::reportFinished);
        QVERIFY2(d.start(), qPrintable(d.statusText()));
        QVERIFY(done.wait(300000));
        QVERIFY2(done.first().first().toBool(), qPrintable(d.statusText()));
        const ReportVerification r
            = ReportVerifier::verifyFile(pdf, QDir(demo).filePath(QStringLiteral("demo-ca.pem")));
        QCOMPARE(r.status, ReportVerification::Status::Valid);
        QVERIFY(r.coversWholeDocument);
    }

    void itemActionsNeedASelectionAndAWritableWorkbook()
    {
        MainWindow w;
        EngagementMenu* menu = w.engagementMenu();
        menu->updateActions();
        QVERIFY(!menu->importStatementAction()->isEnabled());
        QVERIFY(!menu->assignAction()->isEnabled());
        QVERIFY2(menu->assignAction()->toolTip().contains(QStringLiteral("Open a workbook")),
                 qPrintable(menu->assignAction()->toolTip()));
    }
};

QTEST_MAIN(TestEngagementRun)
#include "tst_engagementrun.moc"
