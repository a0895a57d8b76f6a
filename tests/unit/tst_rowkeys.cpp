// Prototype of the row keys for team sync (issue 15; /work/helper-notes/sync-design.md): each replica hands out
// ids in its own range, id = replica number << 40 | local counter, inserted explicitly, so no id is handed out twice
// across replicas; reference codes carry the replica's prefix (F-TA-001). Shown on a scratch database with the
// session extension: two replicas work apart, exchange changesets both ways and hold the same rows, with no conflict
// — where today's max+1 ids and F-00N codes collide. The real schema is not migrated here.
#include "TestSupport.h"
#include "database/Database.h"
#include "sync/Changeset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ismap;
using namespace ismap::sync;

namespace {

constexpr int kReplicaShift = 40;

const char* const kSchema = R"SQL(
PRAGMA foreign_keys = ON;
CREATE TABLE finding (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, title TEXT NOT NULL);
CREATE TABLE review_note (id INTEGER PRIMARY KEY, finding_id INTEGER NOT NULL REFERENCES finding(id), text TEXT);
-- Rows made before the workbook had replicas keep their ids (all below 1 << 40) and their codes.
INSERT INTO finding VALUES (1, 'F-001', 'legacy one'), (2, 'F-002', 'legacy two');
INSERT INTO review_note VALUES (1, 1, 'legacy note');
)SQL";

/// The prototype allocator: the next id of @p table in the range of replica @p replica (one index seek).
qint64 nextId(Database& db, const char* table, qint64 replica)
{
    const qint64 low = replica << kReplicaShift;
    Query q = db.prepare(QStringLiteral("SELECT max(id) FROM %1 WHERE id > ? AND id < ?").arg(QLatin1String(table)));
    q.bind(1, low).bind(2, (replica + 1) << kReplicaShift);
    q.step();
    return q.isNull(0) ? low + 1 : q.int64(0) + 1;
}

/// The next readable code of a replica: its prefix and its own counter (F-TA-001, F-TA-002, …).
QString nextRef(Database& db, const QString& prefix)
{
    Query q = db.prepare("SELECT count(*) FROM finding WHERE ref LIKE ? ESCAPE '\\'");
    q.bind(1, QStringLiteral("F-%1-%").arg(prefix));
    q.step();
    return QStringLiteral("F-%1-%2").arg(prefix).arg(q.int64(0) + 1, 3, 10, QLatin1Char('0'));
}

/// One replica's unit of work: a finding and a note on it, ids from its range, recorded as a changeset.
QByteArray raiseFinding(Database& db, qint64 replica, const QString& prefix, const QString& title)
{
    ChangeCapture capture(db, { QStringLiteral("finding"), QStringLiteral("review_note") });
    Transaction tx(db);
    const QString ref = nextRef(db, prefix);
    db.prepare("INSERT INTO finding(id, ref, title) VALUES (?, ?, ?)")
        .bind(1, nextId(db, "finding", replica))
        .bind(2, ref)
        .bind(3, title)
        .run();
    const qint64 findingId = db.lastInsertRowId(); // the ~10 readers of lastInsertRowId keep working
    db.prepare("INSERT INTO review_note(id, finding_id, text) VALUES (?, ?, ?)")
        .bind(1, nextId(db, "review_note", replica))
        .bind(2, findingId)
        .bind(3, QStringLiteral("see %1").arg(ref))
        .run();
    tx.commit();
    return capture.changeset();
}

QString dump(Database& db)
{
    QStringList rows;
    Query f = db.prepare("SELECT id, ref, title FROM finding ORDER BY id");
    while (f.step())
        rows.append(QStringLiteral("F %1 %2 %3").arg(f.text(0), f.text(1), f.text(2)));
    Query n = db.prepare("SELECT id, finding_id, text FROM review_note ORDER BY id");
    while (n.step())
        rows.append(QStringLiteral("N %1 %2 %3").arg(n.text(0), n.text(1), n.text(2)));
    return rows.join(u'\n');
}

ApplyResult applyIn(Database& db, const QByteArray& changeset)
{
    Transaction tx(db);
    ApplyResult r = Changeset::apply(db, changeset);
    tx.commit();
    return r;
}

} // namespace

class TestRowKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    /// Two replicas made from one workbook by copying the file, as `replica create` would.
    std::pair<std::unique_ptr<Database>, std::unique_ptr<Database>> twoReplicas()
    {
        const QString base = m_dir.filePath(QStringLiteral("base%1.db").arg(++m_count));
        {
            Database db;
            db.open(base, true);
            db.exec(kSchema);
        }
        std::unique_ptr<Database> out[2];
        for (int i = 0; i < 2; ++i) {
            const QString copy = base + QStringLiteral(".replica%1").arg(i + 1);
            QFile::copy(base, copy);
            out[i] = std::make_unique<Database>();
            out[i]->open(copy, false);
            out[i]->exec("PRAGMA foreign_keys = ON");
        }
        return { std::move(out[0]), std::move(out[1]) };
    }

private slots:
    void replicaRangesNeverCollideAndSurviveAMerge()
    {
        auto [ta, rv] = twoReplicas(); // replica 1 (staff "TA"), replica 2 (reviewer "RV")
        QList<QByteArray> fromTa;
        QList<QByteArray> fromRv;
        for (int i = 0; i < 3; ++i) {
            fromTa.append(raiseFinding(*ta, 1, QStringLiteral("TA"), QStringLiteral("TA finding %1").arg(i)));
            fromRv.append(raiseFinding(*rv, 2, QStringLiteral("RV"), QStringLiteral("RV finding %1").arg(i)));
        }
        QCOMPARE(ta->scalar("SELECT min(id) FROM finding WHERE id > 2").toLongLong(), (qint64(1) << 40) + 1);
        QCOMPARE(rv->scalar("SELECT max(id) FROM finding").toLongLong(), (qint64(2) << 40) + 3);
        QVERIFY(rv->scalar("SELECT max(id) FROM finding").toLongLong() < (qint64(1) << 53)); // exact in JSON numbers

        // Exchange both ways, as two packages would.
        const ApplyResult onRv = applyIn(*rv, Changeset::combine(fromTa));
        const ApplyResult onTa = applyIn(*ta, Changeset::combine(fromRv));
        QVERIFY(onRv.conflicts.isEmpty());
        QVERIFY(onTa.conflicts.isEmpty());
        QCOMPARE(dump(*ta), dump(*rv));
        QCOMPARE(ta->scalar("SELECT count(*) FROM finding").toInt(), 2 + 6);

        // After the merge each continues in its own range: the other's rows do not move its counter.
        const QByteArray again = raiseFinding(*ta, 1, QStringLiteral("TA"), QStringLiteral("after merge"));
        QCOMPARE(ta->scalar("SELECT id FROM finding WHERE ref = 'F-TA-004'").toLongLong(), (qint64(1) << 40) + 4);
        const QByteArray againRv = raiseFinding(*rv, 2, QStringLiteral("RV"), QStringLiteral("after merge"));
        QVERIFY(applyIn(*rv, again).conflicts.isEmpty());
        QVERIFY(applyIn(*ta, againRv).conflicts.isEmpty());
        QCOMPARE(dump(*ta), dump(*rv));
        // And a package taken in twice changes nothing.
        QCOMPARE(applyIn(*ta, againRv).alreadyPresent, 2);
        QCOMPARE(dump(*ta), dump(*rv));
    }

    void todaysKeysCollide()
    {
        // What the prototype replaces: SQLite's max+1 ids and F-00N codes are handed out twice across replicas.
        auto [ta, rv] = twoReplicas();
        const auto raiseToday = [](Database& db, const char* title) {
            ChangeCapture capture(db, { QStringLiteral("finding") });
            Transaction tx(db);
            const qint64 n = db.scalar("SELECT count(*) FROM finding").toLongLong() + 1;
            db.prepare("INSERT INTO finding(ref, title) VALUES (?, ?)")
                .bind(1, QStringLiteral("F-%1").arg(n, 3, 10, QLatin1Char('0')))
                .bind(2, QString::fromLatin1(title))
                .run();
            tx.commit();
            return capture.changeset();
        };
        const QByteArray fromTa = raiseToday(*ta, "from TA");
        raiseToday(*rv, "from RV");
        QCOMPARE(ta->scalar("SELECT id FROM finding WHERE ref = 'F-003'").toLongLong(), 3);
        QCOMPARE(rv->scalar("SELECT id FROM finding WHERE ref = 'F-003'").toLongLong(), 3);
        const ApplyResult r = applyIn(*rv, fromTa);
        QCOMPARE(r.conflicts.size(), 1); // the same id 3 for two different findings
        QCOMPARE(r.conflicts.first().kind, ConflictKind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestRowKeys)
#include "tst_rowkeys.moc"
