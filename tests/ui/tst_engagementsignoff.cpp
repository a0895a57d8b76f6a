// Review → Sign the engagement off…: enabled only when the engine would accept the acting member's sign-off (the
// lead first, then the quality reviewer; nobody else; nobody twice), with the engine's refusal as tooltip; signing
// records the engine's signed engagement sign-off; the issuance checklist shows who signed, when and with which key.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "fieldwork/Review.h"
#include "review/IssuanceChecklist.h"
#include "review/ReviewQueue.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestEngagementSignOff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        Language::apply(QStringLiteral("en"));
    }

    void leadThenQualityReviewer()
    {
        auto t = test::makeWorkbook(); // staff1, staff2, reviewer, lead with registered keys
        {
            Transaction tx(t->wb->db());
            t->wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
            tx.commit();
        }
        test::giveKeys(*t->wb, QStringLiteral("lead"));
        const QString path = t->path;
        t->wb.reset();

        {
            // Before the lead, the quality reviewer may not: disabled, the engine's reason as tooltip.
            MainWindow w;
            QVERIFY(w.openWorkbook(path, QStringLiteral("qr")));
            QAction* signOff = w.reviewQueue()->signOffEngagementAction();
            QVERIFY(w.reviewMenu()->actions().contains(signOff));
            QVERIFY(!signOff->isEnabled());
            QVERIFY2(signOff->toolTip().contains(QStringLiteral("has not signed the engagement off yet")),
                     qPrintable(signOff->toolTip()));
        }
        {
            // A staff member may not at all.
            MainWindow w;
            QVERIFY(w.openWorkbook(path, QStringLiteral("staff1")));
            QVERIFY(!w.reviewQueue()->signOffEngagementAction()->isEnabled());
            QVERIFY(!w.reviewQueue()->signOffEngagement());
            QVERIFY(!Messages::lastMessage().isEmpty());
        }
        {
            // The lead signs off; declining the confirmation signs nothing.
            MainWindow w;
            QVERIFY(w.openWorkbook(path, QStringLiteral("lead")));
            QAction* signOff = w.reviewQueue()->signOffEngagementAction();
            QVERIFY(signOff->isEnabled());
            w.checklistAction()->trigger();
            IssuanceChecklist* list = w.checklist();
            QVERIFY(list);
            QVERIFY2(list->signOffs()->text().contains(QStringLiteral("Engagement lead: not signed yet")),
                     qPrintable(list->signOffs()->text()));
            Messages::setCapture(true, false);
            signOff->trigger();
            Messages::setCapture(true, true);
            {
                auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
                QVERIFY(Review::engagementSignOffs(*wb, false).isEmpty());
            }
            signOff->trigger();
            QVERIFY(!signOff->isEnabled()); // signed once: not twice
            QVERIFY(signOff->toolTip().contains(QStringLiteral("already signed off")));
            QVERIFY2(list->signOffs()->text().contains(QStringLiteral("Engagement lead: lead, ")),
                     qPrintable(list->signOffs()->text()));
            QVERIFY(list->signOffs()->text().contains(QStringLiteral("Engagement quality reviewer: not signed yet")));
        }
        {
            // Then the quality reviewer.
            MainWindow w;
            QVERIFY(w.openWorkbook(path, QStringLiteral("qr")));
            QAction* signOff = w.reviewQueue()->signOffEngagementAction();
            QVERIFY(signOff->isEnabled());
            signOff->trigger();
            QVERIFY(!signOff->isEnabled());
            w.checklistAction()->trigger();
            QVERIFY(w.checklist()->signOffs()->text().contains(QStringLiteral("Engagement quality reviewer: qr, ")));
            test::saveScreenshot(*w.checklist(), QStringLiteral("issuance-signoffs-en.png"));
            Language::apply(QStringLiteral("ja"));
            QCoreApplication::processEvents();
            test::saveScreenshot(*w.checklist(), QStringLiteral("issuance-signoffs-ja.png"));
            Language::apply(QStringLiteral("en"));
        }
        auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
        const QList<SignOff> done = Review::engagementSignOffs(*wb, false);
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).role, SignOffRole::Lead);
        QCOMPARE(done.at(0).member, QStringLiteral("lead"));
        QCOMPARE(done.at(1).role, SignOffRole::QualityReviewer);
        QCOMPARE(done.at(1).member, QStringLiteral("qr"));
        QVERIFY(Review::checkSignatures(*wb).problems.isEmpty()); // both signed with the members' registered keys
    }
};

QTEST_MAIN(TestEngagementSignOff)
#include "tst_engagementsignoff.moc"
