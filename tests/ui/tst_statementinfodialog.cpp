// File → Statement and scope…: the statement's own content and the engagement's scope edited in the app, saved by
// the engine and trailed; the scope for the lead only; nothing typed dropped on Cancel without asking.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagementview/StatementInfoDialog.h"
#include "shell/Messages.h"
#include "statement/StatementBook.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestStatementInfoDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
    }

    void leadEditsStatementAndScope()
    {
        auto t = test::makeWorkbook();
        t->wb->setActor(QStringLiteral("lead"));
        StatementInfoDialog d(t->wb.get());
        d.show();
        QVERIFY(!d.scopeEdit()->isReadOnly());
        d.dateEdit()->setText(QStringLiteral("令和7年5月30日")); // as typed through an input method
        d.versionEdit()->setText(QStringLiteral("第2版"));
        d.servicesEdit()->setPlainText(QStringLiteral("AWS（ISMAP登録済）\n自社DC（未登録）"));
        d.subsequentEdit()->setPlainText(QStringLiteral("該当なし"));
        d.scopeEdit()->setPlainText(QStringLiteral("IaaS（東京リージョン）"));
        QVERIFY(d.hasChanges());
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const StatementInfo i = StatementBook::info(*t->wb);
        QCOMPARE(i.statementDate, QStringLiteral("2025-05-30"));
        QCOMPARE(i.version, QStringLiteral("第2版"));
        QCOMPARE(i.underlyingServices.size(), 2);
        QCOMPARE(i.underlyingServices[1].ismapRegistered, std::optional<bool>(false));
        QCOMPARE(i.subsequentEvents, QStringLiteral("該当なし"));
        QCOMPARE(t->wb->engagement().scope, QStringLiteral("IaaS（東京リージョン）"));
        QCOMPARE(t->wb->history(QStringLiteral("statement/info")).size(), 1);
        QCOMPARE(t->wb->history(QStringLiteral("engagement")).first().action, QStringLiteral("engagement.scope"));

        // Opened again, the dialog shows what was saved, services one per line as typed.
        StatementInfoDialog again(t->wb.get());
        again.overviewEdit()->setPlainText(QStringLiteral("マルチテナント型のIaaS。管理コンソールとAPIを提供する。"));
        test::saveScreenshot(again, QStringLiteral("statement-info-en.png"));
        Language::apply(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        test::saveScreenshot(again, QStringLiteral("statement-info-ja.png"));
        Language::apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        again.overviewEdit()->clear();
        QCOMPARE(again.versionEdit()->text(), QStringLiteral("第2版"));
        QCOMPARE(again.servicesEdit()->toPlainText(), QStringLiteral("AWS（ISMAP登録済）\n自社DC（ISMAP未登録）"));
        QVERIFY(!again.hasChanges());
    }

    void staffCannotChangeTheScopeAndABadDateIsRefused()
    {
        auto t = test::makeWorkbook();
        t->wb->setActor(QStringLiteral("staff1"));
        StatementInfoDialog d(t->wb.get());
        d.show();
        QVERIFY(d.scopeEdit()->isReadOnly());
        QVERIFY(d.scopeEdit()->toolTip().contains(QStringLiteral("lead")));
        QCOMPARE(d.scopeEdit()->toolTip(), t->wb->scopeRefusal()); // the engine's words, not the dialog's
        QVERIFY(d.dateEdit()->isEnabled()); // the statement's content: any member
        QTest::keyClicks(d.dateEdit(), QStringLiteral("someday"));
        Messages::clearLast();
        d.accept();
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("\"someday\" is not a date")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(d.isVisible()); // stays open with what was typed
        QCOMPARE(d.dateEdit()->text(), QStringLiteral("someday"));
        QVERIFY(StatementBook::info(*t->wb).isEmpty());
    }

    void cancelWithChangesAsksFirst()
    {
        auto t = test::makeWorkbook();
        t->wb->setActor(QStringLiteral("staff1"));
        StatementInfoDialog d(t->wb.get());
        d.show();
        d.overviewEdit()->setPlainText(QStringLiteral("マルチテナント型のIaaS"));
        Messages::setCapture(true, false); // the user answers "no, keep editing"
        d.reject();
        QVERIFY(d.isVisible());
        QCOMPARE(d.overviewEdit()->toPlainText(), QStringLiteral("マルチテナント型のIaaS"));
        Messages::setCapture(true, true);
        d.reject();
        QVERIFY(!d.isVisible());
        QVERIFY(StatementBook::info(*t->wb).isEmpty());
    }

    void inJapanese()
    {
        Language::apply(QStringLiteral("ja"));
        auto t = test::makeWorkbook();
        t->wb->setActor(QStringLiteral("lead"));
        StatementInfoDialog d(t->wb.get());
        QCOMPARE(d.windowTitle(), QStringLiteral("言明書と対象範囲"));
        Language::apply(QStringLiteral("en"));
        QCoreApplication::processEvents(); // the LanguageChange event is posted
        QCOMPARE(d.windowTitle(), QStringLiteral("Statement and scope"));
    }
};

QTEST_MAIN(TestStatementInfoDialog)
#include "tst_statementinfodialog.moc"
