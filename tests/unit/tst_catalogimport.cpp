// Import of the official criteria catalog: header and language recognition, revision detection, any
// numbering depth, all-or-nothing errors with row numbers, and re-import of a newer revision keeping work.
#include "TestSupport.h"
#include "catalog/CatalogImport.h"
#include "engagement/CatalogIntake.h"
#include "statement/StatementBook.h"
#include "trail/Trail.h"

#include <QtTest>

using namespace ismap;

class TestCatalogImport : public QObject
{
    Q_OBJECT

private:
    static QString catalog(const QString& name) { return test::dataPath(QStringLiteral("catalog/") + name); }

    static Table csv(const QString& text) { return TableReader::readCsv(text.toUtf8(), QStringLiteral("t.csv")); }

    static QString errorOf(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const AuditError& e) {
            return (e.code() == ErrorCode::InvalidInput ? QString() : QStringLiteral("wrong code: ")) + e.message();
        }
        return QStringLiteral("(no error)");
    }

    static const CatalogItem* find(const QList<CatalogItem>& items, const QString& id)
    {
        for (const CatalogItem& it : items)
            if (it.id == id)
                return &it;
        return nullptr;
    }

    static void addStatement(Workbook& wb, const QStringList& ids)
    {
        QList<StatementEntry> entries;
        for (const QString& id : ids) {
            StatementEntry e;
            e.itemId = id;
            e.applicability = Applicability::InScope;
            e.description = QStringLiteral("work on ") + id;
            entries << e;
        }
        Transaction tx(wb.db());
        StatementBook::write(wb, entries, QStringLiteral("statement.test"));
        tx.commit();
    }

private slots:
    void readsOfficialCatalogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("revisionFrom");
        QTest::addColumn<int>("headerRow");
        QTest::newRow("2022 ja CSV (CP932, CRLF)")
            << u"catalog-2022-ja.csv"_qs << u"CP932"_qs << 1267 << u"2022-04-01"_qs << u"file"_qs << 4;
        QTest::newRow("2022 ja XLSX (date cell)")
            << u"catalog-2022-ja.xlsx"_qs << u"XLSX"_qs << 1267 << u"2022-04-01"_qs << u"file"_qs << 4;
        QTest::newRow("2022 en CSV (revision column)")
            << u"catalog-2022-en.csv"_qs << u"UTF-8"_qs << 1267 << u"2022-04-01"_qs << u"column"_qs << 1;
        QTest::newRow("令和7年度 (new numbering)")
            << u"catalog-r7-ja.csv"_qs << u"UTF-8 (BOM)"_qs << 591 << u"令和7年度"_qs << u"file"_qs << 4;
    }

    void readsOfficialCatalogs()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(int, items);
        QFETCH(QString, revision);
        QFETCH(QString, revisionFrom);
        QFETCH(int, headerRow);
        const ImportedCatalog c = CatalogImport::read(catalog(file));
        QCOMPARE(c.encoding, encoding);
        QCOMPARE(c.items.size(), items);
        QCOMPARE(c.revision, revision);
        QCOMPARE(c.revisionFrom, revisionFrom);
        QCOMPARE(c.headerRow, headerRow);
        for (const CatalogItem& it : c.items) {
            QCOMPARE(it.revision, revision);
            QVERIFY2(!it.titleJa.isEmpty() && !it.titleEn.isEmpty(), qPrintable(it.id));
            QVERIFY2(
                std::any_of(it.titleJa.cbegin(), it.titleJa.cend(), [](QChar ch) { return ch.unicode() > 0x3000; }),
                qPrintable(it.titleJa));
            QVERIFY2(!it.titleEn.contains(QChar(0x3042)) && it.titleEn.at(0).unicode() < 128, qPrintable(it.titleEn));
        }
    }

    void keeps2022StructureAndFlags()
    {
        const ImportedCatalog c = CatalogImport::read(catalog(u"catalog-2022-ja.csv"_qs));
        const CatalogItem* pb = find(c.items, u"6.3.1.1.PB"_qs);
        QVERIFY(pb);
        QCOMPARE(pb->parent, u"6.3.1.P"_qs);
        QCOMPARE(pb->level, u"detailed"_qs);
        QCOMPARE(pb->part, u"controls"_qs);
        QVERIFY(pb->mandatory);
        QVERIFY(pb->textJa.startsWith(u"合成テキスト"));
        QVERIFY(pb->textEn.startsWith(u"Synthetic text"));
        const CatalogItem* plain = find(c.items, u"5.1.1.2"_qs);
        QVERIFY(plain);
        QVERIFY(!plain->mandatory);
        QCOMPARE(find(c.items, u"5.1.1"_qs)->level, u"objective"_qs);
        QVERIFY(find(c.items, u"5.1.1"_qs)->mandatory);
        QCOMPARE(find(c.items, u"3.1.2.1"_qs)->part, u"governance"_qs);
        QVERIFY(find(c.items, u"4.4.1.1"_qs)->mandatory);
        // English file: levels and parts from their columns, Japanese titles from "Title (Japanese)".
        const ImportedCatalog en = CatalogImport::read(catalog(u"catalog-2022-en.csv"_qs));
        QCOMPARE(en.columns,
                 (QStringList { u"part=Part"_qs, u"id=Control No."_qs, u"level=Level"_qs, u"title_en=Title"_qs,
                                u"text_en=Description"_qs, u"title_ja=Title (Japanese)"_qs, u"revision=Revision"_qs }));
        QCOMPARE(find(en.items, u"9.5.1.P"_qs)->level, u"objective"_qs);
    }

    void takesLevelsFromTheLevelColumnForNewNumbering()
    {
        const ImportedCatalog c = CatalogImport::read(catalog(u"catalog-r7-ja.csv"_qs));
        const CatalogItem* objective = find(c.items, u"8.34"_qs);
        QVERIFY(objective);
        QCOMPARE(objective->level, u"objective"_qs);
        QCOMPARE(objective->parent, u"8"_qs);
        QVERIFY(objective->mandatory);
        const CatalogItem* detailed = find(c.items, u"8.34.2"_qs);
        QVERIFY(detailed);
        QCOMPARE(detailed->level, u"detailed"_qs);
        QCOMPARE(detailed->parent, u"8.34"_qs);
        QCOMPARE(detailed->titleEn, u"Detailed control 8.34.2"_qs);
        QCOMPARE(find(c.items, u"8"_qs)->level, u"domain"_qs);
        int objectives = 0, details = 0;
        for (const CatalogItem& it : c.items)
            if (it.part == u"controls") {
                objectives += it.level == u"objective";
                details += it.level == u"detailed";
            }
        QCOMPARE(objectives, 93);
        QVERIFY2(details > 250, qPrintable(QString::number(details)));
    }

    void recognisesHeaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("English short") << u"No.,Control,Text (English)\n5.1.1,Policies,Policies text\n"_qs
                                       << QStringList { u"id=No."_qs, u"title_en=Control"_qs,
                                                        u"text_en=Text (English)"_qs };
        QTest::newRow("Japanese short") << u"項番,項目名,本文\n5.1.1,方針,本文です\n"_qs
                                        << QStringList { u"id=項番"_qs, u"title_ja=項目名"_qs, u"text_ja=本文"_qs };
        QTest::newRow("suffixed names") << u"ID,title_en,title_ja,text_en\n5.1.1,a,あ,b\n"_qs
                                        << QStringList { u"id=ID"_qs, u"title_en=title_en"_qs, u"title_ja=title_ja"_qs,
                                                         u"text_en=text_en"_qs };
        QTest::newRow("longer names, full-width")
            << u"ＩＤ,管理策番号（ISMAP）,詳細管理策の内容,管理策, 英語 \n5.1.1,x,あ,い,e\n"_qs
            << QStringList { u"id=ＩＤ"_qs, u"text_ja=詳細管理策の内容"_qs, u"title_ja=管理策"_qs,
                             u"title_en=英語"_qs };
        QTest::newRow("title rows above") << u"Catalog,,\nRevision 2023-10,,\nID,Title,Level\n5,a,domain\n"_qs
                                          << QStringList { u"id=ID"_qs, u"title_en=Title"_qs, u"level=Level"_qs };
    }

    void recognisesHeaders()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, columns);
        CatalogImportOptions o;
        o.revision = QStringLiteral("r");
        QCOMPARE(CatalogImport::parse(csv(text), o).columns, columns);
    }

    void findsTheRevision_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("revision");
        QTest::newRow("kanji month") << u"ISMAP管理基準 2023年10月改訂"_qs << u"2023-10"_qs;
        QTest::newRow("kanji date, full-width") << u"２０２２年４月１日版"_qs << u"2022-04-01"_qs;
        QTest::newRow("fiscal year") << u"令和７年度版"_qs << u"令和7年度"_qs;
        QTest::newRow("era date") << u"令和5年10月1日改訂"_qs << u"2023-10-01"_qs;
        QTest::newRow("first year") << u"令和元年度"_qs << u"令和1年度"_qs;
        QTest::newRow("slashes") << u"Revised 2022/4/1"_qs << u"2022-04-01"_qs;
        QTest::newRow("ISO") << u"2024-08-01"_qs << u"2024-08-01"_qs;
        QTest::newRow("none") << u"管理策一覧"_qs << QString();
        QTest::newRow("not a date") << u"2023年13月"_qs << QString();
    }

    void findsTheRevision()
    {
        QFETCH(QString, text);
        QFETCH(QString, revision);
        QCOMPARE(CatalogImport::revisionFromText(text), revision);
    }

    void revisionOptionWinsAndIsNeededWithoutOne()
    {
        const QString e = errorOf([] { CatalogImport::read(catalog(u"catalog-no-revision.csv"_qs)); });
        QVERIFY2(e.startsWith(u"catalog-no-revision.csv: the file does not say which revision")
                     && e.contains(u"--revision"),
                 qPrintable(e));
        CatalogImportOptions o;
        o.revision = QStringLiteral("2025-04");
        const ImportedCatalog c = CatalogImport::read(catalog(u"catalog-no-revision.csv"_qs), o);
        QCOMPARE(c.revision, u"2025-04"_qs);
        QCOMPARE(c.revisionFrom, u"option"_qs);
        QCOMPARE(c.items.size(), 4);
        QCOMPARE(CatalogImport::read(catalog(u"catalog-2022-en.csv"_qs), o).revision, u"2025-04"_qs);
    }

    void readsTheNamedSheet()
    {
        CatalogImportOptions o;
        o.sheet = u"管理策基準"_qs;
        QCOMPARE(CatalogImport::read(catalog(u"catalog-2022-ja.xlsx"_qs), o).items.size(), 1267);
        o.sheet = u"注記"_qs; // a sheet of notes: no header there
        QVERIFY(errorOf([&] {
                    CatalogImport::read(catalog(u"catalog-2022-ja.xlsx"_qs), o);
                }).contains(u"catalog-2022-ja.xlsx: no header row in the first 20 rows"));
        QCOMPARE(errorOf([&] { CatalogImport::read(catalog(u"catalog-2022-en.csv"_qs), o); }),
                 u"catalog-2022-en.csv: a sheet was named, but the file is not XLSX."_qs);
    }

    void refusesBadCatalogsAndLeavesTheWorkbookAlone_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << u"empty.csv"_qs << QStringList { u"empty.csv: the file is empty."_qs };
        QTest::newRow("header only") << u"header-only.csv"_qs
                                     << QStringList {
                                            u"header-only.csv: no criteria items below the header (row 1)."_qs
                                        };
        QTest::newRow("binary garbage") << u"garbage.csv"_qs << QStringList { u"garbage.csv: the file is binary"_qs };
        QTest::newRow("wrong encoding") << u"wrong-encoding.csv"_qs
                                        << QStringList {
                                               u"wrong-encoding.csv: the file is neither UTF-8 nor CP932"_qs
                                           };
        QTest::newRow("missing ID column")
            << u"missing-id.csv"_qs << QStringList { u"missing-id.csv, row 1: no ID column (管理策番号"_qs };
        QTest::newRow("missing title column")
            << u"missing-title.csv"_qs << QStringList { u"missing-title.csv, row 1: no title column"_qs };
        QTest::newRow("duplicate ID") << u"duplicate-id.csv"_qs
                                      << QStringList {
                                             u"duplicate-id.csv, row 6: ID 5.1.1 appears twice (first in row 4)."_qs,
                                             u"duplicate-id.csv, row 8: ID 5.1.1.1 appears twice (first in row 5)."_qs
                                         };
        QTest::newRow("bad ID") << u"bad-id.csv"_qs
                                << QStringList { u"bad-id.csv, row 3: \"5.1.x\" is not a criteria ID"_qs,
                                                 u"bad-id.csv, row 4: \"A-12\" is not a criteria ID"_qs,
                                                 u"bad-id.csv, row 6: \"5..2\" is not a criteria ID"_qs };
        QTest::newRow("bad level") << u"bad-level.csv"_qs
                                   << QStringList { u"bad-level.csv, row 3: \"chapter-ish\" is not a level"_qs };
        QTest::newRow("XLSX not a zip") << u"notzip.xlsx"_qs << QStringList { u"notzip.xlsx: not an XLSX workbook"_qs };
        QTest::newRow("legacy xls") << u"legacy.xls"_qs
                                    << QStringList { u"legacy.xls: this is a password-protected"_qs };
        QTest::newRow("zip bomb") << u"zip-bomb.xlsx"_qs
                                  << QStringList { u"zip-bomb.xlsx: the part xl/sharedStrings.xml unpacks"_qs };
        QTest::newRow("deep XML") << u"deep-nesting.xlsx"_qs << QStringList { u"nests XML deeper than 64 levels"_qs };
        QTest::newRow("billion laughs") << u"billion-laughs.xlsx"_qs << QStringList { u"entity declaration"_qs };
        QTest::newRow("1 MB cell CSV") << u"bigcell.csv"_qs
                                       << QStringList { u"bigcell.csv, row 2, column 3: the cell is too long"_qs };
        QTest::newRow("1 MB cell XLSX") << u"bigcell.xlsx"_qs
                                        << QStringList { u"bigcell.xlsx, row 2, cell B2: the cell is too long"_qs };
        QTest::newRow("100,000 rows CSV") << u"many-rows.csv"_qs << QStringList { u"many-rows.csv: too many rows"_qs };
        QTest::newRow("100,000 rows XLSX")
            << u"many-rows.xlsx"_qs << QStringList { u"many-rows.xlsx: too many rows"_qs };
    }

    void refusesBadCatalogsAndLeavesTheWorkbookAlone()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        test::TempWorkbook t;
        const QString before = test::fileDigest(t.path);
        const qint64 trail = Trail::count(t.wb->db());
        const QString e = errorOf([&] { CatalogImport::importInto(*t.wb, catalog(file)); });
        for (const QString& line : expected)
            QVERIFY2(e.contains(line), qPrintable(e));
        QCOMPARE(e.count(u'\n'), expected.size() - 1); // one line per problem
        QCOMPARE(Trail::count(t.wb->db()), trail);
        QCOMPARE(test::fileDigest(t.path), before);
        QCOMPARE(t.wb->engagement().criteriaRevision, u"2022-04-01"_qs);
    }

    void listsEveryProblemAtOnce()
    {
        const QString e = errorOf([] {
            CatalogImport::parse(csv(u"ID,Title,Part,基本言明要件\n5,d,controls,\nx,t,controls,\n5,again,controls,\n"
                                     "5.1,,controls,\n5.2,c,chapter,\n5.3,c,controls,maybe\n"_qs));
        });
        const QStringList lines = e.split(u'\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines[0].startsWith(u"t.csv, row 3: \"x\" is not a criteria ID"), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(u"t.csv, row 4: ID 5 appears twice"), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"t.csv, row 5: item 5.1 has no title"), qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(u"t.csv, row 6: \"chapter\" is not a part"), qPrintable(lines[3]));
        QVERIFY2(lines[4].startsWith(u"t.csv, row 7: \"maybe\" in the baseline column"), qPrintable(lines[4]));
        QVERIFY2(lines[5].contains(u"does not say which revision"), qPrintable(lines[5]));
    }

    void reimportKeepsWorkAndReportsWhatDisappeared()
    {
        test::TempWorkbook t;
        addStatement(*t.wb, { u"3.1.1"_qs, u"6.3.1.1.PB"_qs, u"18.1.1"_qs });

        // 2022 full catalog over the built-in skeleton: every skeleton item is kept, the rest added.
        const CatalogImportResult full = CatalogImport::importInto(*t.wb, catalog(u"catalog-2022-ja.xlsx"_qs));
        QCOMPARE(full.install.added, 1267 - int(Catalog::builtinSkeleton().size()));
        QCOMPARE(full.install.added + full.install.updated + full.install.unchanged, 1267);
        QVERIFY(full.install.disappeared.isEmpty());
        QCOMPARE(Catalog::items(*t.wb).size(), 1267);
        // The same file again changes nothing.
        const CatalogImportResult again = CatalogImport::importInto(*t.wb, catalog(u"catalog-2022-ja.csv"_qs));
        QCOMPARE(again.install.unchanged, 1267);
        QCOMPARE(again.install.added + again.install.updated, 0);

        // A newer revision with other numbering: the work on items that still exist stays, the rest is listed.
        const qint64 trail = Trail::count(t.wb->db());
        const CatalogImportResult r7 = CatalogIntake::importInto(*t.wb, catalog(u"catalog-r7-ja.csv"_qs));
        QCOMPARE(r7.install.revision, u"令和7年度"_qs);
        QCOMPARE(r7.install.disappearedWithWork, (QStringList { u"6.3.1.1.PB"_qs, u"18.1.1"_qs }));
        QVERIFY(r7.install.disappeared.contains(u"5.1.1.1"_qs));
        QVERIFY(!r7.install.disappeared.contains(u"3.1.1"_qs));
        QCOMPARE(r7.install.added + r7.install.updated + r7.install.unchanged, 591);
        QCOMPARE(Trail::count(t.wb->db()), trail + 1);
        QVERIFY(!Trail::verify(t.wb->db()).has_value());
        t.reopen();
        QCOMPARE(t.wb->engagement().criteriaRevision, u"令和7年度"_qs);
        QCOMPARE(Catalog::items(*t.wb).size(), 591);
        const auto gone = Catalog::item(*t.wb, u"6.3.1.1.PB"_qs);
        QVERIFY(gone);
        QCOMPARE(gone->retiredIn, u"令和7年度"_qs);
        const QHash<QString, StatementEntry> entries = StatementBook::entries(*t.wb);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.value(u"6.3.1.1.PB"_qs).description, u"work on 6.3.1.1.PB"_qs);
        QCOMPARE(Catalog::item(*t.wb, u"3.1.1"_qs)->titleJa.endsWith(u"（令和7年度）"), true);
        QCOMPARE(Catalog::item(*t.wb, u"8.34.2"_qs)->parent, u"8.34"_qs);
    }

    void refusesAFinalisedWorkbook()
    {
        test::TempWorkbook t;
        t.wb->db().exec("UPDATE engagement SET locked = 1");
        const QString before = test::fileDigest(t.path);
        try {
            CatalogImport::importInto(*t.wb, catalog(u"catalog-2022-en.csv"_qs));
            QFAIL("import into a finalised workbook should fail");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::Finalised));
        }
        QCOMPARE(test::fileDigest(t.path), before);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
