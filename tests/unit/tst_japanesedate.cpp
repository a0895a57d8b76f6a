// The Japanese era dates the report prints on its cover, signature page and period, and its local times.
#include "report/JapaneseDate.h"
#include "report/ReportLanguage.h"

#include <ctime>

#include <QtTest>

using namespace ismap;

class TestJapaneseDate : public QObject
{
    Q_OBJECT
private slots:
    void era_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reiwa 7") << QDate(2025, 4, 1) << QStringLiteral("令和7年4月1日");
        QTest::newRow("reiwa first day") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
        QTest::newRow("heisei last day") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
        QTest::newRow("reiwa 2 new year") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
        QTest::newRow("reiwa 1 december") << QDate(2019, 12, 31) << QStringLiteral("令和元年12月31日");
        QTest::newRow("heisei first day") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
        QTest::newRow("showa last day") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
        QTest::newRow("heisei 30") << QDate(2018, 3, 31) << QStringLiteral("平成30年3月31日");
        QTest::newRow("reiwa 8 period end") << QDate(2026, 3, 31) << QStringLiteral("令和8年3月31日");
        QTest::newRow("before showa") << QDate(1900, 1, 1) << QString();
        QTest::newRow("invalid") << QDate() << QString();
    }
    void era()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(JapaneseDate::era(date), expected);
    }

    void withGregorian()
    {
        QCOMPARE(JapaneseDate::eraWithGregorian(QDate(2025, 4, 1)), QStringLiteral("令和7年4月1日（2025年4月1日）"));
        QCOMPARE(JapaneseDate::eraWithGregorian(QDate(2019, 4, 30)),
                 QStringLiteral("平成31年4月30日（2019年4月30日）"));
        // Before 昭和 only the Gregorian date is printed, never a wrong era.
        QCOMPARE(JapaneseDate::eraWithGregorian(QDate(1900, 2, 3)), QStringLiteral("1900年2月3日"));
        QCOMPARE(JapaneseDate::eraWithGregorian(QDate()), QString());
    }

    void english()
    {
        QCOMPARE(JapaneseDate::english(QDate(2025, 4, 1)), QStringLiteral("1 April 2025"));
        QCOMPARE(JapaneseDate::english(QDate(2026, 3, 31)), QStringLiteral("31 March 2026"));
    }

    void eraYear()
    {
        QString name;
        int year = 0;
        QVERIFY(JapaneseDate::eraYear(QDate(2025, 12, 31), &name, &year));
        QCOMPARE(name, QStringLiteral("令和"));
        QCOMPARE(year, 7);
        QVERIFY(!JapaneseDate::eraYear(QDate(1926, 12, 24), &name, &year));
    }

    /// A time in the report is local and names its offset from UTC, so the page says when wherever it is read.
    void timestampsNameTheirUtcOffset()
    {
        const QByteArray tz = qgetenv("TZ");
        qputenv("TZ", "Asia/Tokyo");
        tzset();
        QCOMPARE(report::ReportLanguage::timestamp(QStringLiteral("2026-04-15T06:21:00.000Z")),
                 QStringLiteral("2026-04-15 15:21 (UTC+09:00)"));
        QCOMPARE(report::ReportLanguage::timestamp(QStringLiteral("2026-04-15T06:21:00.000Z"), false),
                 QStringLiteral("2026-04-15"));
        qputenv("TZ", "America/St_Johns"); // a negative offset with minutes: -02:30 in summer
        tzset();
        QCOMPARE(report::ReportLanguage::timestamp(QStringLiteral("2026-07-01T12:00:00.000Z")),
                 QStringLiteral("2026-07-01 09:30 (UTC-02:30)"));
        if (tz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", tz);
        tzset();
    }
};

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanesedate.moc"
