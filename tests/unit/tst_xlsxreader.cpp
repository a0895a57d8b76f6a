// XLSX reading: cell types and positions as Excel shows them, sheet choice, and refusal of hostile files
// (not a zip, zip bomb, entity expansion, deep nesting, huge cells, too many rows or columns).
#include "TestSupport.h"
#include "common/AuditError.h"
#include "tabular/Table.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ismap;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    static QString xlsx(const char* name) { return test::dataPath(QStringLiteral("xlsx/") + QLatin1String(name)); }
    static QString catalog(const char* name)
    {
        return test::dataPath(QStringLiteral("catalog/") + QLatin1String(name));
    }

    static QString errorOf(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const AuditError& e) {
            if (e.code() != ErrorCode::InvalidInput)
                return QStringLiteral("wrong code: ") + e.message();
            return e.message();
        }
        return QStringLiteral("(no error)");
    }

private slots:
    void readsCellTypesAndPositions()
    {
        const Table t = TableReader::readXlsx(xlsx("basic.xlsx"));
        QCOMPARE(t.encoding, QStringLiteral("XLSX"));
        QCOMPARE(t.source, QStringLiteral("basic.xlsx"));
        QCOMPARE(t.rowNumbers, (QList<int> { 1, 3, 4, 5, 7 }));
        // Shared string, rich text runs without the phonetic guide, inline string, formula result, boolean.
        QCOMPARE(t.rows[0], (QStringList { u"番号"_qs, u"タイトル "_qs, u"Text"_qs, u"X"_qs, u"TRUE"_qs }));
        // Number shown as typed, an escaped shared string, a gap up to column AA (27).
        QCOMPARE(t.rows[1].size(), 27);
        QCOMPARE(t.rows[1][0], QStringLiteral("5.1"));
        QCOMPARE(t.rows[1][1], u"情報セキュリティ&方針"_qs);
        QCOMPARE(t.rows[1][2], QString());
        QCOMPARE(t.rows[1][26], QStringLiteral("rich inline"));
        // Cells without a reference follow each other.
        QCOMPARE(t.rows[2], (QStringList { u"a"_qs, u"b"_qs, u"42"_qs }));
        // Date-formatted numbers (built-in and custom format) become ISO dates; errors and FALSE as shown.
        QCOMPARE(t.rows[3], (QStringList { u"2023-10-01"_qs, u"2022-04-01"_qs, u"0.001"_qs, u"#N/A"_qs, u"FALSE"_qs }));
        QCOMPARE(t.rows[4], (QStringList { QString(), u"  "_qs, u"情報セキュリティ&方針"_qs }));
    }

    void readsTheSheetAskedFor()
    {
        const Table t = TableReader::readXlsx(xlsx("basic.xlsx"), {}, QStringLiteral("second"));
        QCOMPARE(t.rowNumbers, QList<int> { 2 });
        QCOMPARE(t.rows[0], (QStringList { QString(), u"second sheet"_qs }));
        const QString e = errorOf([] { TableReader::readXlsx(xlsx("basic.xlsx"), {}, QStringLiteral("Nope")); });
        QVERIFY2(e.contains(u"basic.xlsx") && e.contains(u"\"Nope\"") && e.contains(u"表紙, Second"), qPrintable(e));
    }

    void followsAbsoluteRelationshipTargets()
    {
        const Table t = TableReader::readXlsx(xlsx("absolute-target.xlsx"));
        QCOMPARE(t.rows, QList<QStringList> { QStringList { QStringLiteral("moved") } });
    }

    void readRoutesByContent()
    {
        QCOMPARE(TableReader::read(xlsx("basic.xlsx")).encoding, QStringLiteral("XLSX"));
        const QString e = errorOf([] { TableReader::read(catalog("legacy.xls")); });
        QVERIFY2(e.contains(u"legacy.xls") && e.contains(u".xlsx without a password"), qPrintable(e));
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a zip") << catalog("notzip.xlsx") << u"notzip.xlsx: not an XLSX workbook"_qs;
        QTest::newRow("empty") << catalog("empty.csv") << u"empty.csv: the file is empty"_qs;
        QTest::newRow("zip bomb") << catalog("zip-bomb.xlsx") << u"xl/sharedStrings.xml unpacks to more than"_qs;
        QTest::newRow("zip bomb, false sizes")
            << catalog("zip-bomb-false-size.xlsx") << u"(xl/sharedStrings.xml): is not well-formed XML"_qs;
        QTest::newRow("deep nesting") << catalog("deep-nesting.xlsx") << u"nests XML deeper than 64 levels"_qs;
        QTest::newRow("billion laughs") << catalog("billion-laughs.xlsx")
                                        << u"(xl/sharedStrings.xml): contains a document type or entity"_qs;
        QTest::newRow("1 MB cell") << catalog("bigcell.xlsx")
                                   << u"bigcell.xlsx, row 2, cell B2: the cell is too long (more than 32767"_qs;
        QTest::newRow("100,000 rows") << catalog("many-rows.xlsx")
                                      << u"many-rows.xlsx: too many rows (more than 20000)"_qs;
        QTest::newRow("bad shared index")
            << xlsx("bad-shared-index.xlsx") << u"row 2, cell C2: refers to shared string 7, which does not exist"_qs;
        QTest::newRow("too wide") << xlsx("too-wide.xlsx") << u"row 1, cell KZ1: too many columns (at most 256)"_qs;
        QTest::newRow("malformed") << xlsx("malformed.xlsx")
                                   << u"malformed.xlsx (xl/worksheets/sheet1.xml): is not well-formed XML"_qs;
        QTest::newRow("no rows") << xlsx("no-rows.xlsx") << u"no-rows.xlsx: the sheet has no rows"_qs;
    }

    void refusesHostileFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QElapsedTimer timer;
        timer.start();
        const QString e = errorOf([&] { TableReader::read(path); });
        QVERIFY2(e.contains(expected), qPrintable(e));
        // Refused early: a bomb is never unpacked in full (1 GiB would take seconds).
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void countsBytesOfAllPartsTogether()
    {
        // Each part is small enough on its own; together they exceed the budget.
        TableLimits limits;
        limits.maxUncompressedBytes = 2000;
        const QString e = errorOf([&] { TableReader::readXlsx(xlsx("basic.xlsx"), limits); });
        QVERIFY2(e.contains(u"unpacks to more than 2000 bytes"), qPrintable(e));
    }

    void appliesLowerLimits_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("cellChars");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rows") << 4 << 256 << 100 << 64 << u"too many rows (more than 4)"_qs;
        QTest::newRow("columns") << 100 << 26 << 100 << 64 << u"row 3, cell AA3: too many columns (at most 26)"_qs;
        QTest::newRow("cell") << 100 << 256 << 5 << 64 << u"row 3, cell B3: the cell is too long (more than 5"_qs;
        QTest::newRow("depth") << 100 << 256 << 100 << 4 << u"nests XML deeper than 4 levels"_qs;
    }

    void appliesLowerLimits()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, cellChars);
        QFETCH(int, depth);
        QFETCH(QString, expected);
        TableLimits limits;
        limits.maxRows = rows;
        limits.maxColumns = columns;
        limits.maxCellChars = cellChars;
        limits.maxXmlDepth = depth;
        const QString e = errorOf([&] { TableReader::readXlsx(xlsx("basic.xlsx"), limits); });
        QVERIFY2(e.contains(expected), qPrintable(e));
    }

    void readsALargeCatalogSheet()
    {
        const Table t = TableReader::readXlsx(catalog("catalog-2022-ja.xlsx"));
        QCOMPARE(t.rows.first().first(), u"ISMAP管理基準 管理策一覧（試験用の合成データ）"_qs);
        QCOMPARE(t.rows[1], (QStringList { u"改訂日"_qs, u"2022-04-01"_qs }));
        QCOMPARE(t.rowNumbers[2], 4); // the empty row 3 is skipped, numbers stay Excel's
        QCOMPARE(t.rows.size(), 3 + 1267);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
