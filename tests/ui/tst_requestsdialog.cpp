// File → Requests to the CSP…: the request list in the app — add for the current item, mark received or withdrawn,
// read the CSP's returned copy — through the engine, with refusals shown and nothing typed lost.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagementview/RequestsDialog.h"
#include "fieldwork/Requests.h"
#include "shell/Messages.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestRequestsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
    }

    void addMarkAndReadTheReturnedCopy()
    {
        auto t = test::makeWorkbook();
        t->wb->setActor(QStringLiteral("staff1"));
        RequestsDialog d(t->wb.get(), QStringLiteral("5.1.1"));
        d.show();
        QCOMPARE(d.itemEdit()->text(), QStringLiteral("5.1.1")); // the current item
        QVERIFY(d.addButton()->isEnabled());

        // Three requests, as the returned-copy fixture expects (R-001, R-002 on 5.1.1; R-003 on 6.1.1).
        d.descriptionEdit()->setText(QStringLiteral("情報セキュリティ基本方針"));
        d.dueEdit()->setText(QStringLiteral("2099-12-31"));
        QVERIFY(d.addRequest());
        QVERIFY(d.descriptionEdit()->text().isEmpty()); // ready for the next one
        QTest::keyClicks(d.descriptionEdit(), QStringLiteral("Access review records"));
        QTest::keyClick(d.descriptionEdit(), Qt::Key_Return); // Enter adds
        d.itemEdit()->setText(QStringLiteral("6.1.1"));
        d.descriptionEdit()->setText(QStringLiteral("入退室記録"));
        QVERIFY(d.addRequest());
        QCOMPARE(d.list()->topLevelItemCount(), 3);
        QCOMPARE(Requests::all(*t->wb).size(), 3);

        // A refusal keeps what was typed.
        d.itemEdit()->setText(QStringLiteral("99.9.9"));
        d.descriptionEdit()->setText(QStringLiteral("typed and kept"));
        Messages::clearLast();
        QVERIFY(!d.addRequest());
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("99.9.9")), qPrintable(Messages::lastMessage()));
        QCOMPARE(d.descriptionEdit()->text(), QStringLiteral("typed and kept"));
        // Closing with an unadded request asks first.
        Messages::setCapture(true, false);
        d.reject();
        QVERIFY(d.isVisible());
        Messages::setCapture(true, true);
        d.descriptionEdit()->clear();

        d.selectRequest(QStringLiteral("R-002"));
        QVERIFY(d.setSelectedStatus(QStringLiteral("received")));
        QCOMPARE(Requests::byRef(*t->wb, QStringLiteral("R-002"))->status, QStringLiteral("received"));
        QCOMPARE(d.list()->topLevelItem(1)->text(5), QStringLiteral("received"));

        QVERIFY(d.importReturnedCopy(test::dataPath(QStringLiteral("requests/good-returned-cp932.csv"))));
        QCOMPARE(Requests::byRef(*t->wb, QStringLiteral("R-001"))->note, QStringLiteral("最新版を提出しました"));
        QCOMPARE(Requests::byRef(*t->wb, QStringLiteral("R-003"))->status, QStringLiteral("withdrawn"));
        // A malformed copy: named by file and row, nothing changed.
        Messages::clearLast();
        QVERIFY(!d.importReturnedCopy(test::dataPath(QStringLiteral("requests/bad-status.csv"))));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("bad-status.csv, row 2")),
                 qPrintable(Messages::lastMessage()));
        test::saveScreenshot(d, QStringLiteral("requests-en.png"));
        Language::apply(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(d.windowTitle(), QStringLiteral("CSP への依頼資料"));
        QCOMPARE(d.list()->topLevelItem(2)->text(5), QStringLiteral("取下げ"));
        test::saveScreenshot(d, QStringLiteral("requests-ja.png"));
        Language::apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void readOnlyWithoutAMember()
    {
        auto t = test::makeWorkbook();
        t->wb->setActor(QString());
        RequestsDialog d(t->wb.get(), QStringLiteral("5.1.1"));
        QVERIFY(!d.addButton()->isEnabled());
        QVERIFY(!d.addButton()->toolTip().isEmpty()); // says why
    }
};

QTEST_MAIN(TestRequestsDialog)
#include "tst_requestsdialog.moc"
