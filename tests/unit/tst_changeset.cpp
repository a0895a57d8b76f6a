// Changesets over SQLite's session extension (team sync foundation, issue 15): what a unit of work changed, combined
// and summarised; applied on another copy without ever overwriting silently — conflicts are collected with both
// versions, constraint and foreign-key violations undo the whole apply — and applying twice changes nothing.
#include "TestSupport.h"
#include "database/Database.h"
#include "sync/Changeset.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ismap;
using namespace ismap::sync;

namespace {

const char* const kSchema = R"SQL(
PRAGMA foreign_keys = ON;
CREATE TABLE item (id INTEGER PRIMARY KEY, title TEXT NOT NULL, score INTEGER CHECK (score >= 0), code TEXT UNIQUE);
CREATE TABLE note (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES item(id), body TEXT NOT NULL);
CREATE TABLE keyless (a TEXT, b TEXT);
CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'trigram');
INSERT INTO item VALUES (1, 'access review', 3, 'A1'), (2, 'backup', 1, 'B1'), (3, 'change control', 0, 'C1');
INSERT INTO note VALUES (10, 1, 'first note');
)SQL";

/// Every row of the test tables as text, to compare two copies.
QString dump(Database& db)
{
    QStringList rows;
    for (const char* sql : { "SELECT 'item', id, title, score, code FROM item ORDER BY id",
                             "SELECT 'note', id, item_id, body, NULL FROM note ORDER BY id" }) {
        Query q = db.prepare(sql);
        while (q.step())
            rows.append(QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(q.text(0), q.text(1), q.text(2), q.isNull(3) ? QStringLiteral("∅") : q.text(3),
                                 q.isNull(4) ? QStringLiteral("∅") : q.text(4)));
    }
    return rows.join(u'\n');
}

const QStringList kTables { QStringLiteral("item"), QStringLiteral("note") };

/// Runs @p sql in one transaction while recording, and returns the changeset.
QByteArray capture(Database& db, const char* sql)
{
    ChangeCapture c(db, kTables);
    Transaction tx(db);
    db.exec(sql);
    tx.commit();
    return c.changeset();
}

ApplyResult applyIn(Database& db, const QByteArray& changeset)
{
    Transaction tx(db);
    ApplyResult r = Changeset::apply(db, changeset);
    tx.commit();
    return r;
}

} // namespace

class TestChangeset : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    /// A fresh copy of the base database (each replica starts from the same rows).
    std::unique_ptr<Database> copy()
    {
        auto db = std::make_unique<Database>();
        db->open(m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_count)), true);
        db->exec(kSchema);
        return db;
    }

private slots:
    void captureSummarisesPerTable()
    {
        auto a = copy();
        const QByteArray cs = capture(*a,
                                      "INSERT INTO item VALUES (4, 'logging', 2, 'D1');"
                                      "UPDATE item SET title = 'backups' WHERE id = 2;"
                                      "DELETE FROM note WHERE id = 10;"
                                      "INSERT INTO keyless VALUES ('x', 'y');"
                                      "INSERT INTO search_index(body) VALUES ('not exchanged')");
        const ChangesetSummary s = Changeset::summarise(cs);
        QCOMPARE(s.size(), size_t(2)); // keyless and search_index were not attached
        QCOMPARE(s.at(QStringLiteral("item")), (TableChanges { 1, 1, 0 }));
        QCOMPARE(s.at(QStringLiteral("note")), (TableChanges { 0, 0, 1 }));
    }

    void rolledBackWorkLeavesNothing()
    {
        auto a = copy();
        ChangeCapture c(*a, kTables);
        {
            Transaction tx(*a);
            a->exec("INSERT INTO item VALUES (4, 'logging', 2, 'D1'); UPDATE item SET score = 9 WHERE id = 1");
        } // rolled back
        QVERIFY(c.isEmpty());
        QVERIFY(c.changeset().isEmpty());
    }

    void refusesTablesThatCannotTravel()
    {
        auto a = copy();
        for (const char* table : { "search_index", "sqlite_schema", "keyless", "missing" }) {
            try {
                ChangeCapture c(*a, { QString::fromLatin1(table) });
                QFAIL(table);
            } catch (const AuditError& e) {
                QVERIFY2(e.message().contains(QString::fromLatin1(table)), qPrintable(e.message()));
            }
        }
    }

    void workbookTablesThatCanTravel()
    {
        test::TempWorkbook t;
        QStringList withoutKey;
        const QStringList tables = ChangeCapture::syncableTables(t.wb->db(), &withoutKey);
        for (const char* name : { "procedure_step", "finding", "sample_item", "signoff", "evidence", "trail" })
            QVERIFY2(tables.contains(QString::fromLatin1(name)), name);
        for (const QString& name : tables)
            QVERIFY2(!name.startsWith(QLatin1String("search_index")) && !name.startsWith(QLatin1String("sqlite_")),
                     qPrintable(name));
        // Every workbook table has a key (evidence_link got one in format 8), so every change can travel.
        QVERIFY2(withoutKey.isEmpty(), qPrintable(withoutKey.join(u", ")));
        QVERIFY(tables.contains(QStringLiteral("evidence_link")));
    }

    void combineGivesTheNetEffect()
    {
        auto a = copy();
        const QByteArray insert = capture(*a, "INSERT INTO item VALUES (4, 'logging', 2, 'D1')");
        const QByteArray update = capture(*a, "UPDATE item SET title = 'logging and monitoring' WHERE id = 4");
        const QByteArray remove = capture(*a, "DELETE FROM item WHERE id = 2");
        const QByteArray both = Changeset::combine({ insert, update, remove });
        QCOMPARE(Changeset::summarise(both).at(QStringLiteral("item")), (TableChanges { 1, 0, 1 }));
        auto b = copy();
        QVERIFY(applyIn(*b, both).conflicts.isEmpty());
        QCOMPARE(dump(*b), dump(*a));
        const QByteArray insertThenDelete
            = Changeset::combine({ insert, capture(*a, "DELETE FROM item WHERE id = 4") });
        QVERIFY(!Changeset::summarise(insertThenDelete).count(QStringLiteral("item")));
        QVERIFY(Changeset::combine({}).isEmpty());
    }

    void applyingTwiceChangesNothing()
    {
        auto a = copy();
        const QByteArray cs = capture(*a,
                                      "INSERT INTO item VALUES (4, 'logging', 2, 'D1');"
                                      "INSERT INTO note VALUES (11, 4, 'new note');"
                                      "UPDATE item SET title = 'backups', score = 5 WHERE id = 2;"
                                      "DELETE FROM item WHERE id = 3");
        auto b = copy();
        const ApplyResult first = applyIn(*b, cs);
        QCOMPARE(first.changes, 4);
        QCOMPARE(first.alreadyPresent, 0);
        QVERIFY(first.conflicts.isEmpty());
        QCOMPARE(dump(*b), dump(*a));
        const ApplyResult second = applyIn(*b, cs);
        QCOMPARE(second.alreadyPresent, 4);
        QVERIFY(second.conflicts.isEmpty());
        QCOMPARE(dump(*b), dump(*a));
    }

    void bothChangedTheSameRow()
    {
        auto a = copy();
        auto b = copy();
        const QByteArray fromA = capture(*a, "UPDATE item SET title = 'access review (A)' WHERE id = 1");
        capture(*b, "UPDATE item SET title = 'access review (B)' WHERE id = 1");
        const QString before = dump(*b);
        const ApplyResult r = applyIn(*b, fromA);
        QCOMPARE(dump(*b), before); // never overwritten
        QCOMPARE(r.conflicts.size(), 1);
        const ChangeConflict& c = r.conflicts.first();
        QCOMPARE(c.table, QStringLiteral("item"));
        QCOMPARE(c.kind, ConflictKind::Data);
        QCOMPARE(c.op, ChangeOp::Update);
        QCOMPARE(c.columns.join(u','), QStringLiteral("id,title,score,code"));
        QCOMPARE(c.primaryKey, QVariantList { qint64(1) });
        QCOMPARE(c.local.value(1).toString(), QStringLiteral("access review (B)"));
        QCOMPARE(c.incomingOld.value(1).toString(), QStringLiteral("access review"));
        QCOMPARE(c.incomingNew.value(1).toString(), QStringLiteral("access review (A)"));
        QVERIFY(!c.incomingNew.value(2).isValid()); // score was not part of the change
        QVERIFY(!r.rebase.isEmpty());
    }

    void bothAddedTheSameKey()
    {
        auto a = copy();
        auto b = copy();
        const QByteArray fromA = capture(*a, "INSERT INTO item VALUES (4, 'logging', 2, 'D1')");
        capture(*b, "INSERT INTO item VALUES (4, 'encryption', NULL, 'E1')");
        const ApplyResult r = applyIn(*b, fromA);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().kind, ConflictKind::Conflict);
        QCOMPARE(r.conflicts.first().op, ChangeOp::Insert);
        QCOMPARE(r.conflicts.first().local.value(1).toString(), QStringLiteral("encryption"));
        QVERIFY(r.conflicts.first().local.value(2).isNull() && r.conflicts.first().local.value(2).isValid());
        QCOMPARE(r.conflicts.first().incomingNew.value(1).toString(), QStringLiteral("logging"));
    }

    void deletedOnOneSideChangedOnTheOther()
    {
        auto a = copy();
        auto b = copy();
        const QByteArray deleteOnA = capture(*a, "DELETE FROM item WHERE id = 2");
        const QByteArray changeOnB = capture(*b, "UPDATE item SET score = 7 WHERE id = 2");
        const ApplyResult onB = applyIn(*b, deleteOnA);
        QCOMPARE(onB.conflicts.size(), 1);
        QCOMPARE(onB.conflicts.first().kind, ConflictKind::Data);
        QCOMPARE(onB.conflicts.first().op, ChangeOp::Delete);
        QCOMPARE(onB.conflicts.first().local.value(2).toLongLong(), 7);
        QVERIFY(dump(*b).contains(QStringLiteral("item|2|backup|7|B1")));
        const ApplyResult onA = applyIn(*a, changeOnB);
        QCOMPARE(onA.conflicts.size(), 1);
        QCOMPARE(onA.conflicts.first().kind, ConflictKind::NotFound);
        QVERIFY(onA.conflicts.first().local.isEmpty());
        QCOMPARE(onA.conflicts.first().primaryKey, QVariantList { qint64(2) });
        QVERIFY(!dump(*a).contains(QStringLiteral("item|2|")));
        // Deleted on both sides: no conflict.
        auto c = copy();
        capture(*c, "DELETE FROM item WHERE id = 2");
        const ApplyResult both = applyIn(*c, deleteOnA);
        QVERIFY(both.conflicts.isEmpty());
        QCOMPARE(both.alreadyPresent, 1);
    }

    void constraintViolationUndoesTheWholeApply()
    {
        auto a = copy();
        auto b = copy();
        const QByteArray fromA = capture(*a,
                                         "UPDATE item SET title = 'renamed' WHERE id = 1;"
                                         "INSERT INTO item VALUES (4, 'logging', 2, 'D1')");
        capture(*b, "UPDATE item SET code = 'D1' WHERE id = 3"); // B took the code A's new row uses
        const QString before = dump(*b);
        Transaction tx(*b);
        try {
            Changeset::apply(*b, fromA);
            QFAIL("a UNIQUE violation must abort the apply");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("item")) && e.message().contains(QStringLiteral("key 4")),
                     qPrintable(e.message()));
        }
        QCOMPARE(dump(*b), before); // the first change (title of row 1) was undone too
        b->exec("UPDATE item SET score = 4 WHERE id = 1"); // the caller's transaction is still usable
        tx.commit();
    }

    void foreignKeyViolationUndoesTheWholeApply()
    {
        auto a = copy();
        auto b = copy();
        const QByteArray fromA = capture(*a, "INSERT INTO note VALUES (11, 3, 'about change control')");
        capture(*b, "DELETE FROM item WHERE id = 3");
        const QString before = dump(*b);
        Transaction tx(*b);
        try {
            Changeset::apply(*b, fromA);
            QFAIL("a dangling reference must abort the apply");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("table note, row 11")), qPrintable(e.message()));
        }
        QCOMPARE(dump(*b), before);
    }

    void unknownTableRefused()
    {
        auto a = copy();
        a->exec("CREATE TABLE extra (id INTEGER PRIMARY KEY, v TEXT)");
        ChangeCapture c(*a, { QStringLiteral("extra") });
        a->exec("INSERT INTO extra VALUES (1, 'x')");
        auto b = copy();
        Transaction tx(*b);
        QVERIFY_THROWS_EXCEPTION(AuditError, Changeset::apply(*b, c.changeset()));
        try {
            Changeset::apply(*b, c.changeset());
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("extra")), qPrintable(e.message()));
        }
    }

    void outsideATransactionRefused()
    {
        auto a = copy();
        QVERIFY_THROWS_EXCEPTION(AuditError, Changeset::apply(*a, QByteArray()));
    }

    void malformedChangesetRefused()
    {
        auto a = copy();
        QByteArray cs = capture(*a, "UPDATE item SET title = 'x' WHERE id = 1");
        cs.chop(3);
        QVERIFY_THROWS_EXCEPTION(AuditError, Changeset::check(cs));
        QVERIFY_THROWS_EXCEPTION(AuditError, Changeset::summarise(QByteArray("Tgarbage", 8)));
        auto b = copy();
        Transaction tx(*b);
        QVERIFY_THROWS_EXCEPTION(AuditError, Changeset::apply(*b, cs));
    }

    void rebasedLocalChangeAppliesWithoutConflict()
    {
        // A and B edit the same title. B takes A's change in: a conflict, omitted. Once B's person decides to keep
        // B's version, B's pending change is rebased on what it omitted, and A applies it without a conflict.
        auto a = copy();
        auto b = copy();
        const QByteArray fromA = capture(*a, "UPDATE item SET title = 'from A' WHERE id = 1");
        const QByteArray fromB = capture(*b, "UPDATE item SET title = 'from B' WHERE id = 1");
        const ApplyResult onB = applyIn(*b, fromA);
        QCOMPARE(onB.conflicts.size(), 1);
        QCOMPARE(applyIn(*copy(), fromB).conflicts.size(), 0); // sanity: B's change alone is clean on the base
        {
            Transaction tx(*a);
            QCOMPARE(Changeset::apply(*a, fromB).conflicts.size(), 1); // unrebased: A would see a conflict
        } // rolled back
        Rebaser rebaser;
        rebaser.configure(onB.rebase);
        const QByteArray rebased = rebaser.rebase(fromB);
        const ApplyResult onA = applyIn(*a, rebased);
        QVERIFY(onA.conflicts.isEmpty());
        QCOMPARE(dump(*a), dump(*b));
    }
};

QTEST_GUILESS_MAIN(TestChangeset)
#include "tst_changeset.moc"
