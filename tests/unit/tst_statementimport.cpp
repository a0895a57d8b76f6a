// The statement (言明書) import: good files in every encoding and layout, and every malformed file refused
// with all of its problems listed by row while the workbook stays byte-for-byte unchanged.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engagement/StatementIntake.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementImport.h"
#include "trail/Trail.h"

#include <QFile>
#include <QtTest>

using namespace ismap;
using namespace Qt::Literals::StringLiterals;

class TestStatementImport : public QObject
{
    Q_OBJECT

private:
    static int trailRows(Workbook& wb, const QString& action)
    {
        Query q = wb.db().prepare("SELECT count(*) FROM trail WHERE action = ?");
        q.bind(1, action);
        return q.step() ? q.integer(0) : -1;
    }

private slots:
    void importsFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("inScope"); // -1: the import must fail
        QTest::addColumn<int>("outOfScope");
        QTest::addColumn<int>("undecided");
        QTest::addColumn<QStringList>("errors"); // substrings the error message must hold

        // Good files: counts over the skeleton's 261 statement items.
        auto good = [](const char* name, const char* file, int in, int out, int undecided, const char* encoding = "",
                       const QString& sheet = {}) {
            QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(encoding) << sheet << in << out
                                << undecided << QStringList();
        };
        good("utf8, title rows", "good-utf8.csv", 50, 10, 201);
        good("utf8 with BOM", "good-utf8-bom.csv", 35, 5, 221);
        good("cp932, CRLF, full-width", "good-cp932-crlf.csv", 20, 10, 231);
        good("cp932 forced", "good-cp932-crlf.csv", 20, 10, 231, "cp932");
        good("multi-line cells, trailing empty rows", "good-multiline-trailing.csv", 20, 0, 241);
        good("english headers", "good-english.csv", 235, 26, 0);
        good("demo header", "good-demo-style.csv", 70, 17, 174);
        good("xlsx", "good-statement.xlsx", 36, 4, 221);
        good("cp932, populations named in words", "good-population-words-cp932.csv", 58, 0, 203);
        good("xlsx, named sheet", "good-statement-second-sheet.xlsx", 36, 4, 221, "", u"言明書"_s);
        // Behind a cover sheet, the sheet with the item rows is found without naming it.
        good("xlsx, statement on the second sheet", "good-statement-second-sheet.xlsx", 36, 4, 221);

        // Malformed files: every problem named with its file and row.
        auto bad = [](const char* name, const char* file, const QStringList& errors, const char* encoding = "") {
            QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(encoding) << QString() << -1 << 0
                                << 0 << errors;
        };
        bad("empty", "bad-empty.csv", { u"bad-empty.csv: the file is empty"_s });
        bad("header only", "bad-header-only.csv",
            { u"bad-header-only.csv: no statement rows below the header (row 1)"_s });
        bad("binary", "bad-binary.csv", { u"bad-binary.csv: the file is binary"_s });
        bad("latin-1", "bad-wrong-encoding.csv", { u"bad-wrong-encoding.csv: the file is neither UTF-8 nor CP932"_s });
        bad("cp932 read as utf8", "good-cp932-crlf.csv", { u"good-cp932-crlf.csv: the file is not valid UTF-8"_s },
            "utf8");
        bad("no ID column", "bad-missing-id-column.csv", { u"bad-missing-id-column.csv, row 1: no ID column"_s });
        bad("no applicability column", "bad-missing-applicability-column.csv",
            { u"bad-missing-applicability-column.csv, row 1: no applicability column"_s });
        bad("unknown ID", "bad-unknown-id.csv",
            { u"2 problems"_s, u"bad-unknown-id.csv, row 3: 5.1.1.99: unknown ID"_s,
              u"bad-unknown-id.csv, row 4: 99.1.1: unknown ID"_s });
        bad("duplicate ID", "bad-duplicate-id.csv",
            { u"2 problems"_s, u"bad-duplicate-id.csv, row 4: 5.1.1: duplicate ID: already stated in row 2"_s,
              u"bad-duplicate-id.csv, row 6: 6.3.1.P: duplicate ID: already stated in row 5"_s });
        bad("bad mark", "bad-mark.csv",
            { u"2 problems"_s, u"bad-mark.csv, row 3: 5.1.2: \"△\" is not an applicability mark"_s,
              u"bad-mark.csv, row 4: 6.1.1: no applicability mark"_s });
        bad("bad frequency", "bad-frequency.csv",
            { u"1 problem"_s, u"bad-frequency.csv, row 2: 5.1.1: \"時々\" is not a frequency"_s });
        bad("words in the population count column", "bad-population-count.csv",
            { u"2 problems"_s, u"bad-population-count.csv, row 2: 5.1.1: \"多数\" is not a population count"_s,
              u"bad-population-count.csv, row 3: 5.1.2: \"100〜200件\" is not a population count"_s });
        bad("mandatory out of scope without reason", "bad-mandatory-no-reason.csv",
            { u"3 problems"_s, u"bad-mandatory-no-reason.csv, row 2: 3.1.1: out of scope without a reason"_s,
              u"bad-mandatory-no-reason.csv, row 4: 9.4.2.2.B: out of scope without a reason"_s,
              u"bad-mandatory-no-reason.csv, row 5: 6.1.1: out of scope without a reason"_s });
        bad("every problem listed", "bad-many-errors.csv",
            { u"5 problems"_s, u"row 4: 5.1.1.99: unknown ID"_s,
              u"row 5: 5.1.1: duplicate ID: already stated in row 3"_s,
              u"row 6: 5.1.2: \"?\" is not an applicability mark"_s, u"row 7: 6.1.1: \"ときどき\" is not a frequency"_s,
              u"row 9: 6.1.3: out of scope without a reason"_s });
        bad("100,000 rows", "bad-100k-rows.csv", { u"bad-100k-rows.csv: too many rows"_s });
        bad("1 MB cell", "bad-1mb-cell.csv", { u"bad-1mb-cell.csv, row 2, column 4: the cell is too long"_s });
        bad("xlsx that is not a zip", "bad-not-zip.xlsx", { u"bad-not-zip.xlsx: not an XLSX workbook"_s });
        bad("xlsx rows", "bad-rows.xlsx",
            { u"2 problems"_s, u"bad-rows.xlsx, row 6: 5.1.3: unknown ID"_s,
              u"bad-rows.xlsx, row 8: 6.1.1: \"maybe\" is not an applicability mark"_s });
    }

    void importsFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, sheet);
        QFETCH(int, inScope);
        QFETCH(int, outOfScope);
        QFETCH(int, undecided);
        QFETCH(QStringList, errors);

        test::TempWorkbook t;
        StatementImport::Options options;
        if (!encoding.isEmpty()) {
            bool ok = false;
            options.encoding = TableReader::encodingFromName(encoding, &ok);
            QVERIFY(ok);
        }
        options.sheet = sheet;
        const QString path = test::dataPath(u"statement/"_s + file);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString before = test::fileDigest(t.path);
        const qint64 trailBefore = Trail::count(t.wb->db());
        try {
            const StatementImportResult r = StatementIntake::importFile(*t.wb, path, options);
            QVERIFY2(inScope >= 0, "the import should have been refused");
            QCOMPARE(r.inScope, inScope);
            QCOMPARE(r.outOfScope, outOfScope);
            QCOMPARE(r.undecided, undecided);
            QCOMPARE(r.inScope + r.outOfScope + r.undecided, 261);
            QCOMPARE(int(r.entries.size()), inScope + outOfScope);
            QCOMPARE(int(StatementBook::entries(*t.wb).size()), inScope + outOfScope);
            QCOMPARE(trailRows(*t.wb, u"statement.import"_s), inScope + outOfScope + 1);
            // The same action generates the procedure steps of every item now in scope, one trail row each.
            QCOMPARE(trailRows(*t.wb, u"steps.refresh"_s), inScope);
            QCOMPARE(int(Trail::count(t.wb->db())), int(trailBefore) + inScope + outOfScope + 1 + inScope);
            QVERIFY(!Trail::verify(t.wb->db()).has_value());
        } catch (const AuditError& e) {
            if (inScope >= 0)
                QFAIL(qPrintable(e.message()));
            QCOMPARE(int(e.code()), int(ErrorCode::InvalidInput));
            for (const QString& expected : std::as_const(errors))
                QVERIFY2(e.message().contains(expected),
                         qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, e.message())));
            QVERIFY(StatementBook::entries(*t.wb).isEmpty());
            QCOMPARE(Trail::count(t.wb->db()), trailBefore);
            QCOMPARE(test::fileDigest(t.path), before);
        }
    }

    void normalisesCellsIntoEntries()
    {
        test::TempWorkbook t;
        StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-cp932-crlf.csv"_s));
        // " ４．８．１．１ " with full-width digits and dots, population "１，２３４".
        const auto a = StatementBook::entry(*t.wb, u"4.8.1.1"_s);
        QVERIFY(a);
        QCOMPARE(a->applicability, Applicability::InScope);
        QCOMPARE(a->frequency, u"quarterly"_s);
        QCOMPARE(a->population, std::optional<qint64>(1234));
        QCOMPARE(a->populationText, u"１，２３４"_s); // kept as the CSP wrote it
        QCOMPARE(a->description, u"手順書に従い実施"_s);
        QCOMPARE(a->source, u"good-cp932-crlf.csv"_s);
        QCOMPARE(a->sourceRow, 2);
        const auto b = StatementBook::entry(*t.wb, u"4.8.2"_s);
        QVERIFY(b);
        QCOMPARE(b->population, std::optional<qint64>(120));
        QCOMPARE(b->populationText, u"約120件"_s);
        // "－" marks out of scope and, as a population, means none.
        const auto dash = StatementBook::entry(*t.wb, u"4.9.1.1"_s);
        QVERIFY(dash);
        QCOMPARE(dash->applicability, Applicability::OutOfScope);
        QCOMPARE(dash->reason, u"クラウド事業者の責任範囲外"_s);
        QVERIFY(!dash->population);

        test::TempWorkbook m;
        StatementIntake::importFile(*m.wb, test::dataPath(u"statement/good-multiline-trailing.csv"_s));
        const auto ml = StatementBook::entry(*m.wb, u"12.4.4"_s);
        QVERIFY(ml);
        QCOMPARE(ml->description,
                 u"手順1: 申請を受け付ける,\n手順2: \"承認者\"が承認する,\n手順3: 記録する（12.4.4）"_s);
        QCOMPARE(ml->frequency, u"daily"_s);
        QCOMPARE(ml->population, std::optional<qint64>(250));
        QCOMPARE(ml->sourceRow, 2);
        // Rows are numbered as Excel shows them, not by physical lines: each row above holds three lines.
        const auto last = StatementBook::entry(*m.wb, u"12.5.1"_s);
        QVERIFY(last);
        QCOMPARE(last->sourceRow, 5); // physical line 11
    }

    void importsDemoStatement()
    {
        // The demo engagement's statement (resources/demo), as `ismapctl demo` and the first README command use it.
        test::TempWorkbook t;
        const StatementImportResult r = StatementIntake::importFile(*t.wb, u":/ismap/demo/demo-statement.csv"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.undecided, 0);
        QCOMPARE(r.inScope + r.outOfScope, 261);
        const auto governance = StatementBook::entry(*t.wb, u"3.1.1"_s);
        QVERIFY(governance);
        QCOMPARE(governance->frequency, u"annual"_s);
        QCOMPARE(governance->population, std::optional<qint64>(1));
        QVERIFY(!governance->descriptionEn.isEmpty());
        QVERIFY(!governance->description.isEmpty());
    }

    void findsHeaderBelowTitleRows()
    {
        test::TempWorkbook t;
        const Table table = StatementImport::readTable(test::dataPath(u"statement/good-utf8.csv"_s));
        const StatementImportResult r = StatementImport::check(*t.wb, table);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.headerRow, 4);
        QCOMPARE(r.rowsRead, 60);
        QVERIFY(StatementBook::entries(*t.wb).isEmpty()); // check() writes nothing
    }

    void errorRowsCountAsExcelDoes()
    {
        test::TempWorkbook t;
        const QByteArray csv = "番号,採否,理由,実施内容\n5.1.1,○,,\"一行目\n二行目\n三行目\"\n5.1.2,△,,\n";
        const Table table = TableReader::readCsv(csv, u"rows.csv"_s);
        const StatementImportResult r = StatementImport::check(*t.wb, table);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().startsWith(u"rows.csv, row 3: 5.1.2:"_s), qPrintable(r.errors.first()));
    }

    void skipsHeadingsAndResolvesSuffixes()
    {
        test::TempWorkbook t;
        // A category heading (5.1) and a note row carry no statement; 6.3.1 is found as 6.3.1.P.
        const QByteArray csv
            = "ID,適用有無,理由\n5.1,,\n5.1.1,適用,\n注記: 以下は参考,,\n6.3.1,非適用,クラウド固有の統制は別途\n"
              "9.4.2.2.b,Y,\n";
        const StatementImportResult r = StatementIntake::importTable(*t.wb, TableReader::readCsv(csv, u"s.csv"_s));
        QCOMPARE(r.headingRows, 2);
        QCOMPARE(int(r.entries.size()), 3);
        QCOMPARE(StatementBook::entry(*t.wb, u"6.3.1.P"_s)->applicability, Applicability::OutOfScope);
        QCOMPARE(StatementBook::entry(*t.wb, u"9.4.2.2.B"_s)->applicability, Applicability::InScope);
    }

    void readsBilingualHeadersAndTitledIds()
    {
        test::TempWorkbook t;
        // Two-language header cells, a header with a line break and a note, IDs followed by their titles.
        const QByteArray csv = "管理策番号 / Control No.,\"採否\n(○/×)\",非採用理由／Reason,実施内容 / Description,"
                               "英語記述 / Description (EN)\n"
                               "5.1.1 情報セキュリティのための方針群,○,,方針を定めている,Policies are set\n"
                               "\"５．１．２\n方針群のレビュー\",×,該当なし,,\n"
                               "1 本言明書は2025年4月1日現在の状況を記載している,,,,\n";
        const StatementImportResult r = StatementIntake::importTable(*t.wb, TableReader::readCsv(csv, u"b.csv"_s));
        QCOMPARE(int(r.entries.size()), 2);
        QCOMPARE(r.headingRows, 1); // the numbered note
        const auto a = StatementBook::entry(*t.wb, u"5.1.1"_s);
        QVERIFY(a);
        QCOMPARE(a->description, u"方針を定めている"_s);
        QCOMPARE(a->descriptionEn, u"Policies are set"_s);
        const auto b = StatementBook::entry(*t.wb, u"5.1.2"_s);
        QVERIFY(b);
        QCOMPARE(b->applicability, Applicability::OutOfScope);
        QCOMPARE(b->reason, u"該当なし"_s);
    }

    void reimportReplacesOrMerges()
    {
        test::TempWorkbook t;
        StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-english.csv"_s));
        QCOMPARE(StatementBook::entries(*t.wb).size(), 261);
        StatementImport::Options merge;
        merge.merge = true;
        StatementImportResult r
            = StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-utf8.csv"_s), merge);
        QCOMPARE(r.cleared, 0);
        QCOMPARE(r.undecided, 0);
        QCOMPARE(StatementBook::entries(*t.wb).size(), 261);
        r = StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-utf8.csv"_s));
        QCOMPARE(r.cleared, 201);
        QCOMPARE(r.undecided, 201);
        QCOMPARE(StatementBook::entries(*t.wb).size(), 60);
        QVERIFY(!StatementBook::entry(*t.wb, u"18.2.3"_s));
        // The search index holds one row per stated item with text, never stale or doubled rows.
        QCOMPARE(t.wb->db().scalar("SELECT count(*) FROM search_index WHERE kind = 'statement'").toInt(), 60);
        QCOMPARE(t.wb->db().scalar("SELECT count(DISTINCT item_id) FROM search_index WHERE kind = 'statement'").toInt(),
                 60);
        QVERIFY(!Trail::verify(t.wb->db()).has_value());
    }

    void optionalItemMayBeLeftOutWithoutReason()
    {
        test::TempWorkbook t;
        QList<CatalogItem> items = Catalog::builtinSkeleton();
        CatalogItem extra;
        extra.id = u"5.1.1.1"_s;
        extra.titleJa = u"項目 5.1.1.1"_s;
        extra.titleEn = u"Item 5.1.1.1"_s;
        extra.revision = QString::fromLatin1(Catalog::kBuiltinRevision);
        items.append(extra);
        Catalog::complete(items, u"test"_s);
        {
            Transaction tx(t.wb->db());
            Catalog::install(*t.wb, items, QString::fromLatin1(Catalog::kBuiltinRevision), u"test"_s);
            tx.commit();
        }
        const QByteArray csv = "管理策番号,採否,非採用理由\n5.1.1.1,×,\n5.1.1,×,\n";
        const StatementImportResult r = StatementImport::check(*t.wb, TableReader::readCsv(csv, u"o.csv"_s));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(u"row 3: 5.1.1: out of scope without a reason; a control objective"_s),
                 qPrintable(r.errors.first()));
    }

    void refusesReadOnlyWorkbook()
    {
        test::TempWorkbook t;
        t.wb.reset();
        auto ro = Workbook::open(t.path, Workbook::Mode::ReadOnly);
        try {
            StatementIntake::importFile(*ro, test::dataPath(u"statement/good-utf8.csv"_s));
            QFAIL("a read-only workbook must refuse the import");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::ReadOnly));
        }
    }

    void parsesMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 1 in scope, 0 out of scope, -1 unreadable
        const QStringList in {
            u"○"_s,    u"〇"_s,   u"●"_s,    u"Y"_s,        u"Yes"_s,      u"1"_s,    u"１"_s,
            u"対象"_s, u"適用"_s, u"採用"_s, u"in_scope"_s, u"In scope"_s, u"true"_s, u" ｙｅｓ "_s
        };
        const QStringList out { u"×"_s,      u"✕"_s,      u"N"_s,        u"No"_s, u"0"_s, u"対象外"_s,
                                u"非適用"_s, u"不採用"_s, u"該当なし"_s, u"－"_s, u"-"_s, u"out_of_scope"_s,
                                u"false"_s,  u"ＮＯ"_s };
        for (const QString& s : in)
            QTest::newRow(qPrintable(u"in "_s + s)) << s << 1;
        for (const QString& s : out)
            QTest::newRow(qPrintable(u"out "_s + s)) << s << 0;
        for (const QString& s : { u"△"_s, u"?"_s, u"maybe"_s, u"2"_s, u""_s })
            QTest::newRow(qPrintable(u"bad "_s + s)) << s << -1;
    }

    void parsesMarks()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto a = StatementImport::parseMark(text);
        QCOMPARE(a ? (*a == Applicability::InScope ? 1 : 0) : -1, expected);
    }

    void parsesFrequencies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "?" unreadable
        const QList<std::pair<QString, QString>> rows { { u"年次"_s, u"annual"_s },
                                                        { u"年１回"_s, u"annual"_s },
                                                        { u"Annual"_s, u"annual"_s },
                                                        { u"半期"_s, u"semiannual"_s },
                                                        { u"semi-annual"_s, u"semiannual"_s },
                                                        { u"四半期"_s, u"quarterly"_s },
                                                        { u"月次"_s, u"monthly"_s },
                                                        { u"Monthly"_s, u"monthly"_s },
                                                        { u"週次"_s, u"weekly"_s },
                                                        { u"日次"_s, u"daily"_s },
                                                        { u"毎日"_s, u"daily"_s },
                                                        { u"1日複数回"_s, u"multiple_daily"_s },
                                                        { u"随時多数"_s, u"multiple_daily"_s },
                                                        { u"multiple_daily"_s, u"multiple_daily"_s },
                                                        { u"随時"_s, u"event"_s },
                                                        { u"都度"_s, u"event"_s },
                                                        { u"変更時"_s, u"event"_s },
                                                        { u"発生時"_s, u"event"_s },
                                                        { u"event-driven"_s, u"event"_s },
                                                        { u"event"_s, u"event"_s },
                                                        { u""_s, u""_s },
                                                        { u" "_s, u""_s },
                                                        { u"－"_s, u""_s },
                                                        { u"時々"_s, u"?"_s },
                                                        { u"biweekly"_s, u"?"_s } };
        for (const auto& [text, key] : rows)
            QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text << key;
    }

    void parsesFrequencies()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(StatementImport::parseFrequency(text).value_or(u"?"_s), expected);
    }

    void countsPopulations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("count"); // -1: none
        QTest::newRow("plain") << u"120"_s << qint64(120);
        QTest::newRow("commas") << u"1,234"_s << qint64(1234);
        QTest::newRow("full-width") << u"１，２３４"_s << qint64(1234);
        QTest::newRow("approximate") << u"約1,200件"_s << qint64(1200);
        QTest::newRow("days") << u"365日分"_s << qint64(365);
        QTest::newRow("man") << u"約3万件"_s << qint64(30000);
        QTest::newRow("records with a count") << u"変更管理チケット（約1,200件）"_s << qint64(1200);
        QTest::newRow("records, space, count") << u"入退室記録 約3万件"_s << qint64(30000);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("records only") << u"規程改定記録"_s << qint64(-1);
        QTest::newRow("entry forms") << u"入館申請書"_s << qint64(-1);
        QTest::newRow("tickets") << u"変更管理チケット"_s << qint64(-1);
        QTest::newRow("two kinds of records") << u"ログ, 申請書"_s << qint64(-1);
        QTest::newRow("two counts") << u"ログ（365日分）、申請書（約120件）"_s << qint64(-1);
        QTest::newRow("a year is no count") << u"2024年度の入館申請書"_s << qint64(-1);
        QTest::newRow("a frequency is no count") << u"年1回の規程改定記録"_s << qint64(-1);
        QTest::newRow("empty") << u""_s << qint64(-1);
        QTest::newRow("dash") << u"－"_s << qint64(-1);
        QTest::newRow("words") << u"多数"_s << qint64(-1);
        QTest::newRow("range") << u"100〜200件"_s << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(-1);
        QTest::newRow("decimal") << u"1.5"_s << qint64(-1);
        QTest::newRow("decimal with a unit") << u"1.5件"_s << qint64(-1);
        QTest::newRow("bad grouping") << u"1,23"_s << qint64(-1);
        QTest::newRow("huge") << u"99999999999999999999"_s << qint64(-1);
    }

    void countsPopulations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, count);
        QCOMPARE(StatementImport::populationCount(text).value_or(-1), count);
    }

    void keepsPopulationTextCountAndRationale()
    {
        test::TempWorkbook t;
        const StatementImportResult r
            = StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-population-words-cp932.csv"_s));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        const auto words = StatementBook::entry(*t.wb, u"3.1.2"_s);
        QVERIFY(words);
        QCOMPARE(words->populationText, u"入館申請書"_s);
        QVERIFY(!words->population);
        QCOMPARE(words->populationRationale, u"当期の申請システムから抽出した全件"_s);
        const auto counted = StatementBook::entry(*t.wb, u"3.1.3"_s);
        QVERIFY(counted);
        QCOMPARE(counted->populationText, u"約1,200件"_s);
        QCOMPARE(counted->population, std::optional<qint64>(1200));
        const auto two = StatementBook::entry(*t.wb, u"3.1.2.3"_s);
        QVERIFY(two);
        QCOMPARE(two->populationText, u"ログ, 申請書"_s);
        QVERIFY(!two->population);
        // Sampling needs a count: none is stated here, so a draw without one says so and names the records.
        try {
            Sampling::populationCount(*t.wb, u"3.1.2"_s);
            QFAIL("a draw without a population count was accepted");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(u"population count is not known"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"入館申請書"_s), qPrintable(e.message()));
        }
        QCOMPARE(Sampling::populationCount(*t.wb, u"3.1.2"_s, qint64(480)), qint64(480));
        QCOMPARE(Sampling::populationCount(*t.wb, u"3.1.3"_s), qint64(1200));
    }

    void parsesStatementDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso"); // "?" for not a date
        QTest::newRow("iso") << u"2025-05-30"_s << u"2025-05-30"_s;
        QTest::newRow("slashes") << u"2025/5/30"_s << u"2025-05-30"_s;
        QTest::newRow("kanji") << u"2025年5月30日"_s << u"2025-05-30"_s;
        QTest::newRow("full-width") << u"２０２５年５月３０日"_s << u"2025-05-30"_s;
        QTest::newRow("reiwa") << u"令和7年5月30日"_s << u"2025-05-30"_s;
        QTest::newRow("reiwa gannen") << u"令和元年5月1日"_s << u"2019-05-01"_s;
        QTest::newRow("heisei") << u"平成31年4月30日"_s << u"2019-04-30"_s;
        QTest::newRow("excel serial") << u"45807"_s << u"2025-05-30"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("words") << u"5月30日ごろ"_s << u"?"_s;
        QTest::newRow("no such day") << u"2025-02-30"_s << u"?"_s;
    }

    void parsesStatementDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(StatementInfo::parseDate(text).value_or(u"?"_s), iso);
    }

    void parsesUnderlyingServices()
    {
        const QList<UnderlyingService> s = StatementInfo::parseServices(
            u"Amazon Web Services（ISMAP登録済）、自社データセンター（未登録）\nGoogle Cloud (Tokyo, Osaka); 外部CDN"_s);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[0].name, u"Amazon Web Services"_s);
        QCOMPARE(s[0].ismapRegistered, std::optional<bool>(true));
        QCOMPARE(s[1].name, u"自社データセンター"_s);
        QCOMPARE(s[1].ismapRegistered, std::optional<bool>(false));
        QCOMPARE(s[2].name, u"Google Cloud (Tokyo, Osaka)"_s); // a comma inside brackets stays
        QVERIFY(!s[2].ismapRegistered);
        QCOMPARE(s[3].name, u"外部CDN"_s);
        QCOMPARE(StatementInfo::parseServices(u"AWS: yes; DC: no"_s).value(1).ismapRegistered,
                 std::optional<bool>(false));
    }

    void readsTheCoverSheetAndFindsTheItemSheet()
    {
        test::TempWorkbook t;
        const StatementImportResult r
            = StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-statement-with-cover.xlsx"_s));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.entries.size(), 10);
        const StatementInfo i = StatementBook::info(*t.wb);
        QCOMPARE(i.statementDate, u"2025-05-30"_s);
        QCOMPARE(i.version, u"第2版"_s);
        QCOMPARE(i.underlyingServices.size(), 2);
        QCOMPARE(i.source, u"good-statement-with-cover.xlsx"_s);
        QCOMPARE(t.wb->history(u"statement/info"_s).size(), 1);

        // A cover with problems: every one named by file and row, nothing written.
        const QString before = test::fileDigest(t.path);
        const qint64 trailBefore = Trail::count(t.wb->db());
        StatementImport::Options o;
        o.coverSheets << TableReader::read(test::dataPath(u"statement/bad-cover-date.csv"_s))
                      << TableReader::read(test::dataPath(u"statement/bad-cover-twice.csv"_s));
        try {
            StatementIntake::importFile(*t.wb, test::dataPath(u"statement/good-utf8.csv"_s), o);
            QFAIL("a bad cover was imported");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(u"bad-cover-date.csv, row 1: \"5月30日ごろ\" is not a date"_s),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"bad-cover-twice.csv, row 3: \"版\" is given twice (first in row 1)"_s),
                     qPrintable(e.message()));
        }
        QCOMPARE(StatementBook::info(*t.wb).version, u"第2版"_s);
        QCOMPARE(Trail::count(t.wb->db()), trailBefore);
        QCOMPARE(test::fileDigest(t.path), before);
    }
};

QTEST_GUILESS_MAIN(TestStatementImport)
#include "tst_statementimport.moc"
