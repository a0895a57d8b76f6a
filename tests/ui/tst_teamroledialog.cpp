// Engagement → Change a member's role… (issue 13): the dialog lists the team with their roles (the quality
// reviewer among the choices) and starts from the member's present role; the menu action calls the engine action
// `ismapctl team role` calls, shows the outcome in the status bar, and shows the engine's refusal — naming the
// member and the rule — word for word, with nothing changed.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagementview/PlanningDialogs.h"
#include "fieldwork/Planning.h"
#include "shell/EngagementMenu.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "wizard/NewWorkbookWizard.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestTeamRoleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
    }

    void theDialogStartsFromThePresentRole()
    {
        const QList<TeamMember> team { { 1, QStringLiteral("佐藤"), Role::Staff, {} },
                                       { 2, QStringLiteral("鈴木"), Role::Reviewer, {} },
                                       { 3, QStringLiteral("高橋"), Role::Lead, {} } };
        ChangeRoleDialog d(team, QStringLiteral("鈴木"), nullptr);
        QCOMPARE(d.member(), QStringLiteral("鈴木"));
        QCOMPARE(d.role(), Role::Reviewer);
        QCOMPARE(d.memberBox()->count(), 3);
        QVERIFY2(d.memberBox()->itemText(0).contains(roleDisplayName(Role::Staff)),
                 qPrintable(d.memberBox()->itemText(0)));
        QVERIFY(d.roleBox()->findData(roleKey(Role::QualityReviewer)) >= 0);
        d.memberBox()->setCurrentIndex(2);
        QCOMPARE(d.role(), Role::Lead);
        d.roleBox()->setCurrentIndex(d.roleBox()->findData(roleKey(Role::Staff)));
        QCOMPARE(d.role(), Role::Staff);
        test::saveScreenshot(d, QStringLiteral("change-role-dialog-en.png"));
        // A language switch retranslates the roles in both lists and keeps the choice.
        Language::apply(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(d.roleBox()->currentText(), roleDisplayName(Role::Staff));
        QVERIFY(d.memberBox()->currentText().contains(roleDisplayName(Role::Lead)));
        test::saveScreenshot(d, QStringLiteral("change-role-dialog-ja.png"));
        Language::apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void everyDialogOffersTheRolesTheEngineGives()
    {
        // One list (Planning::roles): adding a member, changing a role and the new-workbook wizard offer the same
        // roles the engine accepts, the quality reviewer among them, in the same order.
        const QList<TeamMember> team { { 1, QStringLiteral("高橋"), Role::Lead, {} } };
        AddMemberDialog add(team, nullptr);
        ChangeRoleDialog change(team, QStringLiteral("高橋"), nullptr);
        NewWorkbookWizard wizard(nullptr);
        QList<Role> added, changed, wizardRoles;
        for (int i = 0; i < add.roleBox()->count(); ++i)
            added << *roleFromKey(add.roleBox()->itemData(i).toString());
        for (int i = 0; i < change.roleBox()->count(); ++i)
            changed << *roleFromKey(change.roleBox()->itemData(i).toString());
        for (int i = 0; i < wizard.memberRoleBox()->count(); ++i)
            wizardRoles << Role(wizard.memberRoleBox()->itemData(i).toInt());
        QCOMPARE(added, Planning::roles());
        QCOMPARE(changed, Planning::roles());
        QCOMPARE(wizardRoles, Planning::roles());
        QVERIFY(Planning::roles().contains(Role::QualityReviewer));
        // The add-member dialog's choice is what is added.
        add.roleBox()->setCurrentIndex(add.roleBox()->findData(roleKey(Role::QualityReviewer)));
        QCOMPARE(add.role(), Role::QualityReviewer);
        QCOMPARE(add.roleBox()->currentText(), roleDisplayName(Role::QualityReviewer));
        // Every key the engine takes is one of these, and the refusal of any other names them all.
        for (Role r : Planning::roles())
            QCOMPARE(Planning::roleFromText(roleKey(r)), r);
        try {
            Planning::roleFromText(QStringLiteral("auditor"));
            QFAIL("an unknown role was accepted");
        } catch (const AuditError& e) {
            QCOMPARE(e.message(),
                     QStringLiteral("role \"auditor\": not one of staff, reviewer, lead, quality_reviewer."));
        }
    }

    void theMenuChangesARoleThroughTheEngine()
    {
        auto t = test::makeWorkbook();
        const QString path = t->path;
        t->wb.reset();
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(path, QStringLiteral("lead")));
        EngagementMenu* menu = w.engagementMenu();
        menu->updateActions();
        QVERIFY(menu->menu()->actions().contains(menu->changeRoleAction()));
        QVERIFY(menu->changeRoleAction()->isEnabled());

        QVERIFY2(menu->changeRole(QStringLiteral("staff2"), Role::Reviewer), qPrintable(Messages::lastMessage()));
        QCOMPARE(w.workbook()->member(QStringLiteral("staff2"))->role, Role::Reviewer);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("staff2")),
                 qPrintable(w.statusBar()->currentMessage()));

        // The refusal is the engine's, word for word, and changes nothing.
        Messages::clearLast();
        QVERIFY(!menu->changeRole(QStringLiteral("lead"), Role::Staff));
        QString engine;
        try {
            Planning::changeRole(*w.workbook(), QStringLiteral("lead"), Role::Staff);
        } catch (const AuditError& e) {
            engine = e.message();
        }
        QVERIFY(engine.contains(QStringLiteral("lead is the engagement lead")));
        QVERIFY2(Messages::lastMessage().contains(engine), qPrintable(Messages::lastMessage()));
        QCOMPARE(w.workbook()->member(QStringLiteral("lead"))->role, Role::Lead);

        // The hand-over from the menu: one lead afterwards, the former lead a reviewer.
        QVERIFY(menu->changeRole(QStringLiteral("staff2"), Role::Lead));
        QCOMPARE(w.workbook()->member(QStringLiteral("staff2"))->role, Role::Lead);
        QCOMPARE(w.workbook()->member(QStringLiteral("lead"))->role, Role::Reviewer);
        // The status bar says who is working in which role now.
        QVERIFY2(w.memberLabel()->text().contains(roleDisplayName(Role::Reviewer)),
                 qPrintable(w.memberLabel()->text()));
    }
};

QTEST_MAIN(TestTeamRoleDialog)
#include "tst_teamroledialog.moc"
