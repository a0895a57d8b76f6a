// File → New…: the wizard's pages filled as a user would, the workbook created through the engine with
// its team, criteria and statement, and opened as the chosen member; a bad statement file or a bad field
// keeps the wizard open with a message naming the file, row and field, and leaves no file behind.
#include "UiTestSupport.h"
#include "catalog/Catalog.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Procedures.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "statement/StatementBook.h"
#include "wizard/NewWorkbookWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
/// Fills the engagement and team pages and moves to the files page.
void fillEngagementAndTeam(NewWorkbookWizard& w)
{
    w.cspField()->setText(QStringLiteral("株式会社テストクラウド"));
    w.serviceField()->setText(QStringLiteral("テストIaaS"));
    w.periodStartField()->setDate(QDate(2025, 4, 1));
    w.periodEndField()->setDate(QDate(2026, 3, 31));
    w.schemeBox()->setCurrentIndex(w.schemeBox()->findData(QStringLiteral("ismap-liu")));
    w.auditKindBox()->setCurrentIndex(w.auditKindBox()->findData(QStringLiteral("renewal")));
    w.next();
    QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId));
    QVERIFY(w.addMember(QStringLiteral("佐藤"), Role::Staff));
    QVERIFY(w.addMember(QStringLiteral("鈴木"), Role::Reviewer));
    // The last one typed into the fields and left there is added on "Next", not lost.
    w.memberNameField()->setText(QStringLiteral("高橋"));
    w.memberRoleBox()->setCurrentIndex(w.memberRoleBox()->findData(int(Role::Lead)));
    w.next();
    QCOMPARE(w.currentId(), int(NewWorkbookWizard::FilesPageId));
    QCOMPARE(w.teamList()->topLevelItemCount(), 3);
}

void finish(NewWorkbookWizard& w)
{
    w.button(QWizard::FinishButton)->click();
}
} // namespace

class TestNewWorkbookWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
    }

    void createsTheWorkbookAndOpensIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("テスト監査.ismapwb"));
        MainWindow window;
        window.show();
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* w = qobject_cast<NewWorkbookWizard*>(QApplication::activeModalWidget());
            QVERIFY(w);
            fillEngagementAndTeam(*w);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(w->builtinCatalogButton()->isChecked()); // the bundled catalog is the default
            w->statementFileField()->setText(test::dataPath(QStringLiteral("statement/good-utf8.csv")));
            w->scopeField()->setText(QStringLiteral("テストIaaS（東京リージョン）"));
            w->next();
            QCOMPARE(w->currentId(), int(NewWorkbookWizard::SavePageId));
            QCOMPARE(w->openAsBox()->currentData().toString(), QStringLiteral("高橋")); // the lead by default
            w->pathField()->setText(path);
            filled = true;
            finish(*w);
        });
        QVERIFY(window.newWorkbook());
        QVERIFY(filled);

        QVERIFY(QFileInfo::exists(path));
        Workbook* wb = window.workbook();
        QVERIFY(wb);
        QCOMPARE(QFileInfo(wb->path()).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(wb->actor(), QStringLiteral("高橋"));
        const Engagement e = wb->engagement();
        QCOMPARE(e.csp, QStringLiteral("株式会社テストクラウド"));
        QCOMPARE(e.service, QStringLiteral("テストIaaS"));
        QCOMPARE(e.scope, QStringLiteral("テストIaaS（東京リージョン）"));
        QCOMPARE(e.periodStart, QDate(2025, 4, 1));
        QCOMPARE(e.periodEnd, QDate(2026, 3, 31));
        QCOMPARE(e.scheme, QStringLiteral("ismap-liu"));
        QCOMPARE(e.auditKind, QStringLiteral("renewal"));
        QCOMPARE(e.criteriaRevision, QString::fromLatin1(Catalog::kBuiltinRevision));
        QCOMPARE(Catalog::items(*wb).size(), Catalog::builtinSkeleton().size());
        const QList<TeamMember> team = wb->team();
        QCOMPARE(team.size(), 3);
        QCOMPARE(wb->member(QStringLiteral("佐藤"))->role, Role::Staff);
        QCOMPARE(wb->member(QStringLiteral("鈴木"))->role, Role::Reviewer);
        QCOMPARE(wb->member(QStringLiteral("高橋"))->role, Role::Lead);
        // The statement is in, and the in-scope items already have their procedure steps.
        QCOMPARE(ItemStatusBook::all(*wb).size(), 50);
        QVERIFY(!Procedures::steps(*wb, ItemStatusBook::all(*wb).first().itemId).isEmpty());
        QVERIFY(window.windowTitle().contains(QStringLiteral("株式会社テストクラウド")));
    }

    void officialCatalogFile()
    {
        QTemporaryDir dir;
        NewWorkbookWizard w;
        w.show();
        fillEngagementAndTeam(w);
        if (QTest::currentTestFailed())
            return;
        w.catalogFileButton()->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::FilesPageId)); // no file chosen yet
        QVERIFY2(w.lastError().contains(QStringLiteral("catalog")), qPrintable(w.lastError()));
        w.catalogFileField()->setText(test::dataPath(QStringLiteral("catalog/catalog-r7-ja.csv")));
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::SavePageId));
        const QString path = dir.filePath(QStringLiteral("r7"));
        w.pathField()->setText(path);
        finish(w);
        QCOMPARE(w.result(), int(QDialog::Accepted));
        QCOMPARE(w.createdPath(), path + QStringLiteral(".ismapwb"));
        auto wb = Workbook::open(w.createdPath(), Workbook::Mode::ReadOnly);
        QCOMPARE(wb->engagement().criteriaRevision, QStringLiteral("令和7年度"));
    }

    void badStatementCreatesNothing()
    {
        QTemporaryDir dir;
        NewWorkbookWizard w;
        w.show();
        fillEngagementAndTeam(w);
        if (QTest::currentTestFailed())
            return;
        w.statementFileField()->setText(test::dataPath(QStringLiteral("statement/bad-mark.csv")));
        w.next();
        const QString path = dir.filePath(QStringLiteral("bad.ismapwb"));
        w.pathField()->setText(path);
        finish(w);
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::SavePageId)); // still open, on the same page
        QVERIFY(w.isVisible());
        QVERIFY(w.createdPath().isEmpty());
        const QString shown = w.problemsView()->toPlainText();
        QVERIFY(w.problemsView()->isVisibleTo(&w));
        QVERIFY2(shown.contains(QStringLiteral("bad-mark.csv, row 3: 5.1.2: \"△\" is not an applicability mark")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("bad-mark.csv, row 4: 6.1.1: no applicability mark")),
                 qPrintable(shown));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no -wal, -shm either

        // Fixed, the same wizard creates it.
        w.back();
        w.statementFileField()->setText(test::dataPath(QStringLiteral("statement/good-utf8.csv")));
        w.next();
        finish(w);
        QCOMPARE(w.createdPath(), path);
        QVERIFY(QFileInfo::exists(path));
    }

    void fieldsAndTeamAreChecked()
    {
        NewWorkbookWizard w;
        w.show();
        w.next(); // nothing filled
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::EngagementPageId));
        QVERIFY2(w.lastError().startsWith(QStringLiteral("Cloud service provider")), qPrintable(w.lastError()));
        w.cspField()->setText(QStringLiteral("CSP"));
        w.serviceField()->setText(QStringLiteral("Service"));
        w.periodStartField()->setDate(QDate(2025, 4, 1));
        w.periodEndField()->setDate(QDate(2026, 4, 1));
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::EngagementPageId));
        QVERIFY2(w.lastError().contains(QStringLiteral("at most one year")), qPrintable(w.lastError()));
        w.periodEndField()->setDate(QDate(2026, 3, 31));
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId));
        QVERIFY(w.addMember(QStringLiteral("staff"), Role::Staff));
        QVERIFY(!w.addMember(QStringLiteral("staff"), Role::Reviewer)); // named twice
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId));
        QVERIFY2(w.lastError().contains(QStringLiteral("engagement lead")), qPrintable(w.lastError()));
        QVERIFY(w.addMember(QStringLiteral("lead"), Role::Lead));
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::FilesPageId));
        w.statementFileField()->setText(QStringLiteral("/nonexistent/statement.csv"));
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::FilesPageId));
        QVERIFY2(w.lastError().contains(QStringLiteral("/nonexistent/statement.csv")), qPrintable(w.lastError()));
    }

    void enterAddsTheMemberAndTheRoleResets()
    {
        NewWorkbookWizard w;
        w.show();
        w.cspField()->setText(QStringLiteral("CSP"));
        w.serviceField()->setText(QStringLiteral("Service"));
        w.periodStartField()->setDate(QDate(2025, 4, 1));
        w.periodEndField()->setDate(QDate(2026, 3, 31));
        w.next();
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId));
        w.memberNameField()->setFocus();
        QTest::keyClicks(w.memberNameField(), QStringLiteral("Sato"));
        w.memberRoleBox()->setCurrentIndex(w.memberRoleBox()->findData(int(Role::Lead)));
        QTest::keyClick(w.memberNameField(), Qt::Key_Return);
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId)); // Enter added, it did not go Next
        QCOMPARE(w.teamList()->topLevelItemCount(), 1);
        QVERIFY(w.memberNameField()->text().isEmpty());
        QCOMPARE(w.memberRoleBox()->currentData().toInt(), int(Role::Staff)); // no second lead slips in
        // A second lead, chosen on purpose, is refused by the engine's rule and the refusal shown on the page.
        QTest::keyClicks(w.memberNameField(), QStringLiteral("Tanaka"));
        w.memberRoleBox()->setCurrentIndex(w.memberRoleBox()->findData(int(Role::Lead)));
        QTest::keyClick(w.memberNameField(), Qt::Key_Return);
        QCOMPARE(w.teamList()->topLevelItemCount(), 1);
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId));
        QVERIFY2(w.lastError().contains(QStringLiteral("cannot also lead the engagement")), qPrintable(w.lastError()));
        QCOMPARE(w.memberNameField()->text(), QStringLiteral("Tanaka")); // kept, to add with another role
        w.memberNameField()->clear();
        w.memberRoleBox()->setCurrentIndex(0);
        QTest::keyClicks(w.memberNameField(), QStringLiteral("Suzuki"));
        QTest::keyClick(w.memberNameField(), Qt::Key_Enter);
        QCOMPARE(w.teamList()->topLevelItemCount(), 2);
        QCOMPARE(w.currentId(), int(NewWorkbookWizard::TeamPageId));
        // The suggested file sits in a folder that exists.
        QVERIFY2(QFileInfo(QFileInfo(w.pathField()->text()).absolutePath()).isDir(), qPrintable(w.pathField()->text()));
    }

    void everyFieldHasAnAccessibleName()
    {
        NewWorkbookWizard w;
        for (QWidget* child : w.findChildren<QWidget*>())
            if ((qobject_cast<QLineEdit*>(child) && !qobject_cast<QComboBox*>(child->parentWidget())
                 && !qobject_cast<QDateEdit*>(child->parentWidget()))
                || qobject_cast<QComboBox*>(child) || qobject_cast<QTreeWidget*>(child))
                QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
    }
};

QTEST_MAIN(TestNewWorkbookWizard)
#include "tst_newworkbookwizard.moc"
