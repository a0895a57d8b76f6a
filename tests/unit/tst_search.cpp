// Full-text search over a workbook: trigram FTS for long terms, substring scan for short ones, AND of terms,
// and an index that follows every change (kept by triggers).
#include "FieldworkFixture.h"
#include "TestSupport.h"
#include "statement/StatementBook.h"
#include "workbook/Search.h"

#include <QtTest>

using namespace ismap;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    static void writeStatement(Workbook& wb, const QString& id, const QString& description, const QString& reason = {})
    {
        StatementEntry e;
        e.itemId = id;
        e.applicability = reason.isEmpty() ? Applicability::InScope : Applicability::OutOfScope;
        e.description = description;
        e.reason = reason;
        Transaction tx(wb.db());
        StatementBook::write(wb, { e }, QStringLiteral("statement.edit"));
        tx.commit();
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TempWorkbook>();
        m_t->addTeam();
        m_t->wb->setActor(QStringLiteral("staff1"));
        writeStatement(*m_t->wb, QStringLiteral("5.1.1"),
                       QStringLiteral("情報セキュリティ方針を年次で見直し、取締役会が承認する。"));
        writeStatement(*m_t->wb, QStringLiteral("10.1.1"),
                       QStringLiteral("暗号化の方針: 保存データは AES-256 で暗号化する。"));
        writeStatement(*m_t->wb, QStringLiteral("11.1.1"), QStringLiteral("Data centre access uses badge readers."));
        writeStatement(*m_t->wb, QStringLiteral("5.1.2"), QStringLiteral("方針を見直す。100% レビュー"));
    }

    void terms()
    {
        QCOMPARE(Search::terms(QStringLiteral("  暗号　方針 AES ")),
                 (QStringList { QStringLiteral("暗号"), QStringLiteral("方針"), QStringLiteral("AES") }));
        QVERIFY(Search::terms(QStringLiteral("   ")).isEmpty());
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("long Japanese term (FTS)")
            << QStringLiteral("取締役会") << QStringList { QStringLiteral("5.1.1") };
        QTest::newRow("two-character Japanese term (scan)")
            << QStringLiteral("年次") << QStringList { QStringLiteral("5.1.1") };
        QTest::newRow("one character") << QStringLiteral("扉") << QStringList {};
        QTest::newRow("case-insensitive English")
            << QStringLiteral("BADGE") << QStringList { QStringLiteral("11.1.1") };
        QTest::newRow("every term must match")
            << QStringLiteral("見直 年次") << QStringList { QStringLiteral("5.1.1") };
        QTest::newRow("short term shared by two")
            << QStringLiteral("見直") << QStringList { QStringLiteral("5.1.1"), QStringLiteral("5.1.2") };
        QTest::newRow("no match") << QStringLiteral("kubernetes") << QStringList {};
        QTest::newRow("catalog title") << QStringLiteral("suppliers 15.1.1.14.B")
                                       << QStringList { QStringLiteral("15.1.1.14.B") };
        QTest::newRow("LIKE wildcard is literal") << QStringLiteral("%") << QStringList { QStringLiteral("5.1.2") };
        QTest::newRow("FTS syntax is literal") << QStringLiteral("\"AES-256\"") << QStringList {};
        QTest::newRow("hyphenated term") << QStringLiteral("AES-256") << QStringList { QStringLiteral("10.1.1") };
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QStringList got = Search::matchingItems(*m_t->wb, query).values();
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void indexFollowsChanges()
    {
        QVERIFY(Search::matchingItems(*m_t->wb, QStringLiteral("ゼロトラスト")).isEmpty());
        writeStatement(*m_t->wb, QStringLiteral("11.1.1"), QStringLiteral("ゼロトラストでアクセスを制御する。"));
        QCOMPARE(Search::matchingItems(*m_t->wb, QStringLiteral("ゼロトラスト")).values(),
                 QStringList { QStringLiteral("11.1.1") });
        // The old text of the rewritten entry is no longer found.
        QVERIFY(Search::matchingItems(*m_t->wb, QStringLiteral("badge")).isEmpty());
        writeStatement(*m_t->wb, QStringLiteral("11.1.1"), QString(), QStringLiteral("物理拠点を持たないため対象外"));
        QCOMPARE(Search::matchingItems(*m_t->wb, QStringLiteral("物理拠点")).values(),
                 QStringList { QStringLiteral("11.1.1") });
    }

    void findingsAndNotesAreSearched()
    {
        Database& db = m_t->wb->db();
        db.exec("INSERT INTO finding(ref, item_id, title, condition, raised_at) "
                "VALUES ('F-0001', '5.1.1', 'Policy not approved', '承認記録が見当たらない', '2025-06-01')");
        db.exec("INSERT INTO review_note(item_id, text, raised_at) VALUES ('10.1.1', 'Check the key rotation log', "
                "'2025-06-01')");
        QCOMPARE(Search::matchingItems(*m_t->wb, QStringLiteral("承認記録")).values(),
                 QStringList { QStringLiteral("5.1.1") });
        QCOMPARE(Search::matchingItems(*m_t->wb, QStringLiteral("rotation")).values(),
                 QStringList { QStringLiteral("10.1.1") });
        db.exec("UPDATE review_note SET text = 'Check the HSM' WHERE item_id = '10.1.1'");
        QVERIFY(Search::matchingItems(*m_t->wb, QStringLiteral("rotation")).isEmpty());
        db.exec("DELETE FROM finding WHERE ref = 'F-0001'");
        QVERIFY(Search::matchingItems(*m_t->wb, QStringLiteral("承認記録")).isEmpty());
    }

    void stepNotesAreSearched()
    {
        test::FieldworkBook t;
        const QString item = QStringLiteral("5.1.1");
        const qint64 step = Procedures::stepBySeq(*t.wb, item, 1).id;
        Procedures::setResult(*t.wb, step, StepResult::NoException, QStringLiteral("ログのローテーションを確認した"));
        QCOMPARE(Search::matchingItems(*t.wb, QStringLiteral("ローテーション")).values(), QStringList { item });
        Procedures::setResult(*t.wb, step, StepResult::NoException, QStringLiteral("承認記録を閲覧した"));
        QVERIFY(Search::matchingItems(*t.wb, QStringLiteral("ローテーション")).isEmpty());
        QCOMPARE(Search::matchingItems(*t.wb, QStringLiteral("承認記録を")).values(), QStringList { item });
        // Notes set to the same text again leave the index as it is.
        Procedures::setResult(*t.wb, step, StepResult::NotApplicable, QStringLiteral("承認記録を閲覧した"));
        QCOMPARE(Search::matchingItems(*t.wb, QStringLiteral("承認記録を")).values(), QStringList { item });
    }

    void olderTriggersAreReplacedOnOpen()
    {
        // A workbook written before the triggers skipped unchanged notes: a read-write open brings them up to date,
        // and the index still follows the notes.
        test::FieldworkBook t;
        t.wb->db().exec("CREATE TRIGGER search_step_ai AFTER INSERT ON procedure_step BEGIN SELECT 1; END;"
                        "DROP TRIGGER search_step_au; CREATE TRIGGER search_step_au AFTER UPDATE OF notes ON "
                        "procedure_step BEGIN DELETE FROM search_index WHERE kind = 'step' AND item_id = new.item_id; "
                        "INSERT INTO search_index(kind, item_id, body) SELECT 'step', new.item_id, "
                        "group_concat(notes, ' ') FROM procedure_step WHERE item_id = new.item_id AND notes <> '' "
                        "HAVING count(*) > 0; END;");
        const auto triggerSql = [&] {
            return t.wb->db().scalar("SELECT sql FROM sqlite_master WHERE name = 'search_step_au'").toString();
        };
        QVERIFY(!triggerSql().contains(QStringLiteral("WHEN")));
        t.reopen();
        QVERIFY(triggerSql().contains(QStringLiteral("WHEN old.notes IS NOT new.notes")));
        QVERIFY(t.wb->db().scalar("SELECT 1 FROM sqlite_master WHERE name = 'search_step_ai'").isNull());
        t.wb->setActor(QStringLiteral("staff1"));
        const qint64 step = Procedures::stepBySeq(*t.wb, QStringLiteral("5.1.1"), 1).id;
        Procedures::setResult(*t.wb, step, StepResult::NoException, QStringLiteral("バックアップの復元テスト"));
        QCOMPARE(Search::matchingItems(*t.wb, QStringLiteral("復元テスト")).values(),
                 QStringList { QStringLiteral("5.1.1") });
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
