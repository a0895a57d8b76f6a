// Controls that tell the truth (issue 13, point 7): what the acting member may not do is disabled before they try,
// with the engine's own reason as the tooltip, and follows a change of member or of the engagement's state.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "navigator/NavigatorWidget.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueue.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
const QString kItem = QStringLiteral("5.1.1");

void verifyRefused(QWidget* control, const QString& reason)
{
    QVERIFY(!control->isEnabled());
    QVERIFY2(control->toolTip().contains(reason), qPrintable(control->toolTip()));
}
} // namespace

class TestTruthfulControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true, true);
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void reviewControlsFollowTheMembersRole()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        ReviewPanel* r = w.workspace()->review();
        w.workspace()->tabs()->setCurrentWidget(r);
        // Staff: no review notes, no reviewer sign-off, and no preparer sign-off while steps are open.
        verifyRefused(r->raiseButton(), QStringLiteral("may not raise review notes"));
        verifyRefused(r->signReviewerButton(), QStringLiteral("only Reviewer or Engagement lead may"));
        verifyRefused(r->signPreparerButton(), QStringLiteral("has no result yet"));
        w.resize(1280, 800);
        test::saveScreenshot(w, QStringLiteral("review-staff-en.png"));
        Language::apply(QStringLiteral("ja"));
        test::saveScreenshot(w, QStringLiteral("review-staff-ja.png"));
        Language::apply(QStringLiteral("en"));
        QCoreApplication::processEvents(); // the language change is delivered as an event
        // The tooltip is exactly what the engine would say when asked to act.
        QCOMPARE(r->signPreparerButton()->toolTip(),
                 Review::signOffRefusal(*w.workbook(), kItem, SignOffRole::Preparer));

        // The reviewer may raise notes; the finalise action is the lead's, and says so before anyone tries.
        test::actAs(*w.workbook(), QStringLiteral("reviewer"));
        r->updateActions();
        w.reviewQueue()->updateActions();
        QVERIFY(r->raiseButton()->isEnabled());
        verifyRefused(r->signReviewerButton(), QStringLiteral("no valid preparer sign-off"));
        QAction* finalise = w.reviewQueue()->finaliseAction();
        QVERIFY(!finalise->isEnabled());
        QVERIFY2(finalise->toolTip().contains(QStringLiteral("may not finalise")), qPrintable(finalise->toolTip()));
        QAction* unlock = w.reviewQueue()->unlockAction();
        QVERIFY(!unlock->isEnabled());
        QVERIFY2(unlock->toolTip().contains(QStringLiteral("only the engagement lead may")),
                 qPrintable(unlock->toolTip()));

        // The lead: finalise is open; unlock says why not while nothing is finalised.
        test::actAs(*w.workbook(), QStringLiteral("lead"));
        w.reviewQueue()->updateActions();
        QVERIFY(finalise->isEnabled());
        QVERIFY(!unlock->isEnabled());
        QVERIFY2(unlock->toolTip().contains(QStringLiteral("not finalised")), qPrintable(unlock->toolTip()));
        QVERIFY2(w.reviewQueue()->finalise(), qPrintable(Messages::lastMessage()));
        QVERIFY(unlock->isEnabled());
        QVERIFY(!finalise->isEnabled());
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.2"));
        w.workspace()->tabs()->setCurrentWidget(r);
        verifyRefused(r->raiseButton(), QStringLiteral("finalised"));
        verifyRefused(r->signPreparerButton(), QStringLiteral("finalised"));
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
};

QTEST_MAIN(TestTruthfulControls)
#include "tst_truthfulcontrols.moc"
