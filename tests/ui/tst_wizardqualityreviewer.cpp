// File → New…: the team page offers the engagement quality reviewer (審査担当者) among the roles; the engine keeps the
// roles apart (the lead cannot also be the quality reviewer: each person is on the team once), and the workbook is
// created with the quality reviewer, who may then sign the engagement off after the lead.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "fieldwork/Review.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "wizard/NewWorkbookWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestWizardQualityReviewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        Language::apply(QStringLiteral("en"));
    }

    void addsTheQualityReviewer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qr.ismapwb"));
        MainWindow window;
        window.show();
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* w = qobject_cast<NewWorkbookWizard*>(QApplication::activeModalWidget());
            QVERIFY(w);
            w->cspField()->setText(QStringLiteral("株式会社テストクラウド"));
            w->serviceField()->setText(QStringLiteral("テストIaaS"));
            w->periodStartField()->setDate(QDate(2025, 4, 1));
            w->periodEndField()->setDate(QDate(2026, 3, 31));
            w->next();
            QCOMPARE(w->currentId(), int(NewWorkbookWizard::TeamPageId));
            const int qr = w->memberRoleBox()->findData(int(Role::QualityReviewer));
            QVERIFY(qr >= 0);
            QCOMPARE(w->memberRoleBox()->itemText(qr), roleDisplayName(Role::QualityReviewer));
            QVERIFY(w->addMember(QStringLiteral("佐藤"), Role::Staff));
            QVERIFY(w->addMember(QStringLiteral("高橋"), Role::Lead));
            // The lead cannot also be the quality reviewer.
            QVERIFY(!w->addMember(QStringLiteral("高橋"), Role::QualityReviewer));
            QVERIFY2(w->lastError().contains(QStringLiteral("already on the team")), qPrintable(w->lastError()));
            // Typed in and left in the fields with the role chosen: added on Next.
            w->memberNameField()->setText(QStringLiteral("審査 花子"));
            w->memberRoleBox()->setCurrentIndex(qr);
            test::saveScreenshot(*w, QStringLiteral("wizard-team-qr-en.png"));
            Language::apply(QStringLiteral("ja"));
            QCoreApplication::processEvents();
            test::saveScreenshot(*w, QStringLiteral("wizard-team-qr-ja.png"));
            Language::apply(QStringLiteral("en"));
            w->next();
            QCOMPARE(w->currentId(), int(NewWorkbookWizard::FilesPageId));
            QCOMPARE(w->teamList()->topLevelItemCount(), 3);
            w->statementFileField()->setText(test::dataPath(QStringLiteral("statement/good-utf8.csv")));
            w->next();
            QCOMPARE(w->currentId(), int(NewWorkbookWizard::SavePageId));
            w->pathField()->setText(path);
            filled = true;
            w->button(QWizard::FinishButton)->click();
        });
        QVERIFY(window.newWorkbook());
        QVERIFY(filled);
        Workbook* wb = window.workbook();
        QVERIFY(wb);
        QCOMPARE(wb->member(QStringLiteral("審査 花子"))->role, Role::QualityReviewer);
        QCOMPARE(wb->member(QStringLiteral("高橋"))->role, Role::Lead);
        QCOMPARE(wb->team().size(), 3);
        // The engine treats the member as the quality reviewer: they come after the lead's engagement sign-off.
        wb->setActor(QStringLiteral("審査 花子"));
        QVERIFY(Review::signOffEngagementRefusal(*wb).contains(QStringLiteral("has not signed the engagement off")));
    }
};

QTEST_MAIN(TestWizardQualityReviewer)
#include "tst_wizardqualityreviewer.moc"
