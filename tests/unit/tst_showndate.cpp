// Plain dates as people read them (issue 13): an engagement period, a request's due date, the statement's and the
// report's date are shown through Clock::shownDate in the UI language — 2026年12月7日 in Japanese, 7 Dec 2026 in
// English — following a language switch; what is no date is shown as it was typed.
#include "common/Clock.h"
#include "common/Language.h"

#include <QtTest>

using namespace ismap;

class TestShownDate : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }

    void inTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ja") << QStringLiteral("ja") << QDate(2026, 12, 7) << QStringLiteral("2026年12月7日");
        QTest::newRow("ja, January") << QStringLiteral("ja") << QDate(2025, 1, 31) << QStringLiteral("2025年1月31日");
        QTest::newRow("en") << QStringLiteral("en") << QDate(2026, 12, 7) << QStringLiteral("7 Dec 2026");
        QTest::newRow("en, March") << QStringLiteral("en") << QDate(2026, 3, 31) << QStringLiteral("31 Mar 2026");
    }

    void inTheUiLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QDate, date);
        QFETCH(QString, shown);
        Language::apply(language);
        QCOMPARE(Clock::shownDate(date), shown);
        // A stored date is ISO; it reads the same.
        QCOMPARE(Clock::shownDate(date.toString(Qt::ISODate)), shown);
    }

    void followsALanguageSwitch()
    {
        Language::apply(QStringLiteral("ja"));
        const QString ja = Clock::shownDate(QStringLiteral("2026-04-01"));
        Language::apply(QStringLiteral("en"));
        const QString en = Clock::shownDate(QStringLiteral("2026-04-01"));
        QCOMPARE(ja, QStringLiteral("2026年4月1日"));
        QCOMPARE(en, QStringLiteral("1 Apr 2026"));
    }

    void whatIsNoDateIsShownAsGiven()
    {
        for (const char* lang : { "ja", "en" }) {
            Language::apply(QString::fromLatin1(lang));
            QCOMPARE(Clock::shownDate(QString()), QString());
            QCOMPARE(Clock::shownDate(QDate()), QString());
            QCOMPARE(Clock::shownDate(QStringLiteral("来週中")), QStringLiteral("来週中"));
            QCOMPARE(Clock::shownDate(QStringLiteral("2026-02-30")), QStringLiteral("2026-02-30"));
        }
    }
};

QTEST_GUILESS_MAIN(TestShownDate)
#include "tst_showndate.moc"
