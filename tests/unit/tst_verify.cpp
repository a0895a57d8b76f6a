// `verify` against tampering with an outside SQLite tool: trail rows edited, deleted, inserted; evidence
// bytes flipped, chunks swapped or removed; sign-offs over changed content. Each is caught and named.
#include "TestSupport.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "engagement/Verifier.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Review.h"
#include "trail/Trail.h"
#include "workbook/MemberKeys.h"
#include "workbook/Schema.h"

#include "engagement/IssuedReports.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <algorithm>
#include <sqlite3.h>

using namespace ismap;

namespace {

constexpr qint64 MiB = 1024 * 1024;

/// Runs SQL on the closed workbook as an attacker would, with an own connection. Trail edits drop the
/// append-only guards first and put them back afterwards, so only the hash chain can tell.
void tamper(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* err = nullptr;
    const QByteArray all = sql.contains("trail") ? "DROP TRIGGER trail_no_update; DROP TRIGGER trail_no_delete; " + sql
            + "CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail BEGIN SELECT RAISE(ABORT, 'x'); END;"
              "CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail BEGIN SELECT RAISE(ABORT, 'x'); END;"
                                                 : sql;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err ? err : "");
    sqlite3_close(db);
}

/// Turns a workbook into what format 1 wrote: no row states in the trail (its chain recomputed without
/// them), no pinned head, user_version 1.
void downgradeToFormatOne(const QString& path)
{
    tamper(path, test::kUndoFormat8);
    tamper(
        path,
        "ALTER TABLE trail DROP COLUMN state; DROP TABLE trail_head; "
        "ALTER TABLE statement_item DROP COLUMN population_rationale; DROP TABLE statement_info; "
        "DROP TABLE request_evidence; DROP TABLE request; ALTER TABLE sample_set DROP COLUMN population_evidence; "
        "ALTER TABLE sample_set DROP COLUMN population_sha256; "
        "DROP TABLE member_key; DROP TABLE engagement_signoff; DROP TABLE lock_signature; "
        "ALTER TABLE signoff DROP COLUMN signature; ALTER TABLE signoff DROP COLUMN key_fingerprint; "
        "ALTER TABLE review_note DROP COLUMN resolution_signature; ALTER TABLE review_note DROP COLUMN resolution_key; "
        "DROP TABLE report_issue; DROP TABLE engagement_unlock; "
        "ALTER TABLE engagement DROP COLUMN retention_years; ALTER TABLE engagement DROP COLUMN retain_until; "
        "PRAGMA user_version = 1;");
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP TRIGGER trail_no_update; BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_stmt* rows = nullptr;
    sqlite3_prepare_v2(db, "SELECT seq, at, member, action, entity, before, after FROM trail ORDER BY seq", -1, &rows,
                       nullptr);
    sqlite3_stmt* set = nullptr;
    sqlite3_prepare_v2(db, "UPDATE trail SET prev_hash = ?, hash = ? WHERE seq = ?", -1, &set, nullptr);
    QString prev = QString::fromLatin1(Trail::kGenesis);
    auto col = [&](int i) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(rows, i)));
    };
    while (sqlite3_step(rows) == SQLITE_ROW) {
        TrailEntry e { sqlite3_column_int64(rows, 0), col(1), col(2), col(3), col(4), col(5), col(6), prev, {}, {} };
        Sha256 h;
        h.add(prev.toLatin1());
        h.add(Trail::canonical(e));
        const QByteArray p = prev.toLatin1(), hash = h.hexDigest().toLatin1();
        sqlite3_bind_text(set, 1, p.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(set, 2, hash.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(set, 3, e.seq);
        QCOMPARE(sqlite3_step(set), SQLITE_DONE);
        sqlite3_reset(set);
        prev = QString::fromLatin1(hash);
    }
    sqlite3_finalize(rows);
    sqlite3_finalize(set);
    QCOMPARE(sqlite3_exec(db,
                          "COMMIT; CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail BEGIN "
                          "SELECT RAISE(ABORT, 'the trail is append-only'); END;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
}

/// Flips one bit of byte @p offset in chunk @p seq of the first stored content.
void flipChunkByte(const QString& path, int seq, int offset)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT id FROM evidence_chunk WHERE seq = ? ORDER BY id LIMIT 1", -1, &st, nullptr);
    sqlite3_bind_int(st, 1, seq);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    const qint64 rowId = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_blob* blob = nullptr;
    QCOMPARE(sqlite3_blob_open(db, "main", "evidence_chunk", "data", rowId, 1, &blob), SQLITE_OK);
    char byte = 0;
    QCOMPARE(sqlite3_blob_read(blob, &byte, 1, offset), SQLITE_OK);
    byte ^= 0x10;
    QCOMPARE(sqlite3_blob_write(blob, &byte, 1, offset), SQLITE_OK);
    sqlite3_blob_close(blob);
    sqlite3_close(db);
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    MemberKey m_staffKey;
    QString m_uuid;
    Verifier::ContentHasher m_hasher; ///< empty: the engine's own Review::contentHash
    QTemporaryDir m_files;

    QString addFile(const QString& name, qint64 size, char fill)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        QByteArray bytes(size, fill);
        for (qint64 i = 0; i < size; i += 4096)
            bytes[i] = char(i / 4096);
        f.write(bytes);
        f.close();
        return EvidenceVault(*m_t->wb).add({ path, {} }, { QStringLiteral("5.1.1"), {}, {}, {} }).record.ref;
    }

    /// Closes the workbook (so the WAL is checkpointed) for outside tampering.
    void close() { m_t->wb.reset(); }

    VerifyReport verify()
    {
        const QString before = test::fileDigest(m_t->path);
        auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
        const VerifyReport r = Verifier(*wb, m_hasher).run();
        wb.reset();
        [&] {
            QCOMPARE(test::fileDigest(m_t->path), before);
        }(); // read-only: not a byte changed
        return r;
    }

    /// Writes through the app's own connection, recorded in the trail like any action of the engine.
    /// The SQL of a preparer sign-off of @p item by staff1 (member 1) over @p hash, signed with staff1's key.
    QByteArray signedSignOff(const char* item, const QByteArray& hash) const
    {
        const QString at = Clock::nowIso();
        const QByteArray sig = m_staffKey
                                   .sign(MemberKeys::payload(QStringLiteral("signoff"), m_uuid,
                                                             QString::fromLatin1(item), QStringLiteral("staff1"),
                                                             QStringLiteral("preparer"), at, QString::fromLatin1(hash)))
                                   .toBase64();
        return "INSERT INTO signoff(item_id, role, member_id, at, content_hash, signature, key_fingerprint) VALUES ('"
            + QByteArray(item) + "', 'preparer', 1, '" + at.toLatin1() + "', '" + hash + "', '" + sig + "', '"
            + m_staffKey.fingerprint().toLatin1() + "');";
    }

    void appWrite(const QByteArray& sql)
    {
        m_t->reopen();
        m_t->wb->setActor(QStringLiteral("staff1"));
        Transaction tx(m_t->wb->db());
        m_t->wb->db().exec(sql.constData());
        m_t->wb->record(QStringLiteral("test.write"), QStringLiteral("test"));
        tx.commit();
        close();
    }

    /// The problem list must hold one containing @p expected (not necessarily first).
    void expectProblem(const QString& expected)
    {
        const VerifyReport r = verify();
        QVERIFY2(
            std::any_of(r.problems.cbegin(), r.problems.cend(), [&](const QString& p) { return p.contains(expected); }),
            qPrintable(QStringLiteral("expected \"%1\", got: %2").arg(expected, r.problems.join(u" | "))));
    }

    void expectFirstProblem(const QString& expected)
    {
        const VerifyReport r = verify();
        QVERIFY2(!r.ok(), "verify should have found a problem");
        QVERIFY2(r.problems.first().contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\", got: %2").arg(expected, r.problems.join(u" | "))));
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempWorkbook>();
        m_t->addTeam();
        m_t->wb->setActor(QStringLiteral("staff1"));
        m_staffKey = m_t->wb->unlockedKey(QStringLiteral("staff1"));
        m_uuid = m_t->wb->engagement().uuid;
        addFile(QStringLiteral("policy.pdf"), 3 * MiB + 10, 'a');
        addFile(QStringLiteral("log.csv"), 1000, 'b');
        close();
        m_hasher = {};
    }

    void intactWorkbookPasses()
    {
        const VerifyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u" | ")));
        QCOMPARE(r.evidence, 2);
        QCOMPARE(r.chunks, 5);
        QCOMPARE(r.bytes, 3 * MiB + 10 + 1000);
        QVERIFY(r.trailRows >= 8);
    }

    void editedTrailRow()
    {
        tamper(m_t->path, "UPDATE trail SET member = 'someone else' WHERE seq = 4;");
        expectFirstProblem(QStringLiteral("trail row 4: content does not match its hash"));
    }

    void editedTrailRowWithRecomputedHash()
    {
        // Recomputing the edited row's own hash does not help: the next row no longer chains.
        tamper(m_t->path, "UPDATE trail SET hash = '" + QByteArray(64, 'f') + "' WHERE seq = 4;");
        expectFirstProblem(QStringLiteral("trail row 4"));
    }

    void deletedTrailRow()
    {
        tamper(m_t->path, "DELETE FROM trail WHERE seq = 5;");
        expectFirstProblem(QStringLiteral("trail row 6: expected row 5"));
    }

    void deletedLastTrailRowOfAnImport()
    {
        // The chain cannot see a cut-off tail, but the pinned head can, and the rows it recorded are then missing.
        const qint64 rows = [&] {
            auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
            return Trail::count(wb->db());
        }();
        tamper(m_t->path,
               "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail);"
               "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail);");
        expectFirstProblem(
            QStringLiteral("trail: ends at row %1, but row %2 was recorded as its last").arg(rows - 2).arg(rows));
        expectProblem(QStringLiteral("evidence E-0002: not in the trail"));
    }

    void deletedLastTrailRowWithItsGuardPutBack()
    {
        // Only the last row (the link of the second import): the head and the link's row both tell.
        tamper(m_t->path, "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail);");
        expectFirstProblem(QStringLiteral("rows were removed from the end"));
        expectProblem(QStringLiteral("evidence_link row 2: not in the trail"));
    }

    void deletedLastTrailRowAndRewoundTheHead()
    {
        // Moving the pinned head back too still leaves the rows the removed trail row recorded unexplained.
        tamper(m_t->path,
               "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail);"
               "UPDATE trail_head SET seq = (SELECT max(seq) FROM trail), "
               "hash = (SELECT hash FROM trail ORDER BY seq DESC LIMIT 1);");
        expectFirstProblem(QStringLiteral("evidence_link row 2: not in the trail (added with an outside tool)"));
    }

    void editedStatementApplicability()
    {
        appWrite("INSERT INTO statement_item(item_id, applicability) VALUES ('5.1.1', 'in_scope');");
        QVERIFY(verify().ok());
        tamper(m_t->path,
               "UPDATE statement_item SET applicability = 'out_of_scope', reason = 'edited' "
               "WHERE item_id = '5.1.1';");
        expectFirstProblem(QStringLiteral("statement_item 5.1.1: applicability is \"out_of_scope\", but the trail "
                                          "(row"));
        QVERIFY(
            verify().problems.first().contains(QStringLiteral("recorded \"in_scope\" (changed with an outside tool)")));
    }

    void editedTeamRole()
    {
        tamper(m_t->path, "UPDATE team_member SET role = 'lead' WHERE name = 'staff1';");
        expectFirstProblem(QStringLiteral("team_member staff1: role is \"lead\""));
    }

    void editedEngagement()
    {
        tamper(m_t->path, "UPDATE engagement SET csp = 'Other CSP';");
        expectFirstProblem(QStringLiteral("engagement: csp is \"Other CSP\""));
    }

    void renamedEvidenceRecord()
    {
        tamper(m_t->path, "UPDATE evidence SET name = 'other.txt' WHERE ref = 'E-0001';");
        expectFirstProblem(QStringLiteral("evidence E-0001: name is \"other.txt\", but the trail"));
        QVERIFY(verify().problems.first().contains(QStringLiteral("recorded \"policy.pdf\"")));
    }

    void deletedEvidenceLinks()
    {
        tamper(m_t->path, "DELETE FROM evidence_link;");
        expectFirstProblem(QStringLiteral("evidence_link row 1: recorded by the trail (row"));
        expectProblem(QStringLiteral("evidence_link row 2: recorded by the trail"));
        QVERIFY(verify().problems.first().contains(QStringLiteral("but missing (deleted with an outside tool)")));
    }

    void editedLongTextIsNamedByField()
    {
        // Long texts are recorded by their SHA-256: the field is still named.
        tamper(m_t->path, "UPDATE catalog_item SET text_en = hex(zeroblob(100)) WHERE id = '5.1.1';");
        expectFirstProblem(QStringLiteral("catalog_item 5.1.1: text_en is text with SHA-256"));
    }

    void rowAddedBehindTheTrail()
    {
        tamper(m_t->path, "INSERT INTO team_member(name, role) VALUES ('mallory', 'lead');");
        expectFirstProblem(QStringLiteral("team_member mallory: not in the trail (added with an outside tool)"));
    }

    void actionsOfTheEngineVerify()
    {
        // Whatever the engine writes is recorded: edits, links, unlinks and a second reopen leave verify clean.
        m_t->reopen();
        m_t->wb->setActor(QStringLiteral("staff1"));
        EvidenceVault vault(*m_t->wb);
        QVERIFY(vault.link(QStringLiteral("E-0002"), { QStringLiteral("6.1.1"), {}, {}, {} }));
        vault.unlink(QStringLiteral("E-0002"), { QStringLiteral("5.1.1"), {}, {}, {} });
        close();
        const VerifyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u" | ")));
        QVERIFY(r.rows > 100); // the catalog, team, evidence and links
    }

    void rowsDeletedByTheEngine()
    {
        // A row the engine deletes is recorded as deleted; a row inserted and deleted by the same action leaves no
        // record; the workbook verifies; and the deleted row put back with an outside tool is caught.
        appWrite("INSERT INTO statement_item(item_id, applicability) VALUES ('5.1.2', 'in_scope');");
        appWrite("INSERT INTO statement_item(item_id, applicability) VALUES ('5.1.1', 'in_scope');"
                 "DELETE FROM statement_item WHERE item_id IN ('5.1.2', '5.1.1');");
        m_t->reopen();
        const QJsonArray state
            = QJsonDocument::fromJson(
                  m_t->wb->db().scalar("SELECT state FROM trail ORDER BY seq DESC LIMIT 1").toByteArray())
                  .array();
        close();
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.at(0).toArray().at(0).toString(), QStringLiteral("statement_item"));
        QVERIFY(state.at(0).toArray().at(2).isNull());
        const VerifyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u" | ")));
        tamper(m_t->path, "INSERT INTO statement_item(item_id, applicability) VALUES ('5.1.2', 'in_scope');");
        expectFirstProblem(QStringLiteral("statement_item 5.1.2: not in the trail (added with an outside tool)"));
    }

    void formatOneWorkbookIsUpgradedWithABaseline()
    {
        downgradeToFormatOne(m_t->path);
        VerifyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u" | ")));
        QCOMPARE(r.rows, -1); // format 1 records no rows: nothing to compare with
        // Opening it read-write upgrades it (keeping a copy) and records every row as it is.
        m_t->reopen();
        QVERIFY(QFile::exists(m_t->path + QStringLiteral(".v1.bak")));
        QCOMPARE(m_t->wb->db().scalar("PRAGMA user_version").toInt(), Schema::kCurrentVersion);
        QCOMPARE(m_t->wb->history(QStringLiteral("workbook")).first().action, QStringLiteral("workbook.upgrade"));
        QCOMPARE(IssuedReports::retentionYears(*m_t->wb), IssuedReports::kDefaultRetentionYears); // format 7's default
        QVERIFY(IssuedReports::list(*m_t->wb).isEmpty());
        close();
        r = verify();
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u" | ")));
        QVERIFY(r.rows > 100);
        tamper(m_t->path, "UPDATE team_member SET role = 'lead' WHERE name = 'staff1';");
        expectFirstProblem(QStringLiteral("team_member staff1: role is \"lead\""));
    }

    void insertedTrailRows()
    {
        tamper(m_t->path,
               "INSERT INTO trail(seq, at, member, action, entity, before, after, prev_hash, hash) "
               "SELECT max(seq) + 1, '2025-01-01T00:00:00Z', 'lead', 'engagement.unlock', 'engagement', "
               "'', '', (SELECT hash FROM trail ORDER BY seq DESC LIMIT 1), '"
                   + QByteArray(64, 'a') + "' FROM trail;");
        const qint64 rows = [&] {
            auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
            return Trail::count(wb->db());
        }();
        expectFirstProblem(QStringLiteral("trail row %1: content does not match its hash").arg(rows));
    }

    void insertedTrailRowInTheMiddle()
    {
        tamper(m_t->path,
               "UPDATE trail SET seq = -seq WHERE seq >= 3; UPDATE trail SET seq = 1 - seq WHERE seq < 0;"
               "INSERT INTO trail(seq, at, member, action, entity, before, after, prev_hash, hash) "
               "SELECT 3, at, member, action, entity, before, after, prev_hash, hash FROM trail WHERE seq = 2;");
        expectFirstProblem(QStringLiteral("trail row 3"));
    }

    void flippedEvidenceByte()
    {
        flipChunkByte(m_t->path, 2, 777);
        expectFirstProblem(QStringLiteral("evidence E-0001 chunk 2: hash mismatch"));
    }

    void swappedChunkWithMatchingChunkHash()
    {
        // An attacker who also rewrites the chunk's own hash is caught by the whole-content hash.
        tamper(m_t->path,
               "UPDATE evidence_chunk SET data = zeroblob(1048576) WHERE seq = 3 AND blob_id = 1;"
               "UPDATE evidence_chunk SET sha256 = '"
                   + Sha256::hex(QByteArray(MiB, '\0')).toLatin1() + "' WHERE seq = 3 AND blob_id = 1;");
        expectFirstProblem(QStringLiteral("evidence E-0001: content does not match its SHA-256"));
    }

    void removedChunk()
    {
        tamper(m_t->path, "DELETE FROM evidence_chunk WHERE seq = 2 AND blob_id = 1;");
        expectFirstProblem(QStringLiteral("evidence E-0001 chunk 2: missing"));
    }

    void changedEvidenceRecord()
    {
        tamper(m_t->path, "UPDATE evidence SET size = 999 WHERE ref = 'E-0002';");
        expectFirstProblem(QStringLiteral("evidence E-0002: recorded size 999 differs"));
    }

    void evidenceAddedBehindTheTrail()
    {
        tamper(m_t->path,
               "INSERT INTO evidence(ref, sha256, size, name, added_at) "
               "SELECT 'E-0003', sha256, size, 'planted.pdf', '2025-01-01' FROM evidence WHERE ref = 'E-0002';");
        expectFirstProblem(QStringLiteral("evidence E-0003: not in the trail"));
    }

    void signOffOverChangedContent()
    {
        // A sign-off over the item's real content verifies; the vault voids it when it links more evidence.
        const QString hash = [&] {
            auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
            return Review::contentHash(*wb, QStringLiteral("5.1.1"));
        }();
        appWrite(signedSignOff("5.1.1", hash.toLatin1()));
        QVERIFY(verify().ok());
        // Changed behind the engine's back (a link removed with SQL): the sign-off no longer holds.
        tamper(m_t->path, "DELETE FROM evidence_link WHERE evidence_id = 2;");
        expectFirstProblem(
            QStringLiteral("sign-off 1 (item 5.1.1, preparer by staff1): the signed content has changed"));
        expectProblem(QStringLiteral("evidence_link row 2: recorded by the trail"));
    }

    void signOffHashIsCheckedByTheHasher()
    {
        // A hasher that agrees with the stored hash makes it pass; a malformed stored hash is named.
        appWrite(signedSignOff("5.1.1", QByteArray(64, '1')));
        m_hasher = [](Workbook&, const QString&) {
            return QString(64, u'1');
        };
        QVERIFY(verify().ok());
        appWrite("UPDATE signoff SET content_hash = 'x';");
        expectFirstProblem(QStringLiteral("sign-off 1 (item 5.1.1, preparer by staff1): the stored content hash"));
    }

    void linkingEvidenceVoidsTheSignOff()
    {
        const QString hash = [&] {
            auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
            return Review::contentHash(*wb, QStringLiteral("6.1.1"));
        }();
        tamper(m_t->path, signedSignOff("6.1.1", hash.toLatin1()));
        m_t->reopen();
        m_t->wb->setActor(QStringLiteral("staff1"));
        QVERIFY(EvidenceVault(*m_t->wb).link(QStringLiteral("E-0001"), { QStringLiteral("6.1.1"), {}, {}, {} }));
        QVERIFY(!m_t->wb->db().scalar("SELECT voided_at FROM signoff WHERE id = 1").isNull());
        QCOMPARE(Trail::history(m_t->wb->db(), QStringLiteral("item/6.1.1/signoff/1")).first().action,
                 QStringLiteral("signoff.void"));
        close();
        QVERIFY(verify().ok());
    }

    void droppedGuardIsNamed()
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_t->path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TRIGGER trail_no_delete", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        expectFirstProblem(QStringLiteral("trail: the append-only guard trail_no_delete is missing"));
    }

    void damagedFileIsNamed()
    {
        tamper(m_t->path,
               "PRAGMA writable_schema = ON; UPDATE sqlite_master SET rootpage = 9999 "
               "WHERE name = 'evidence_sha'; PRAGMA writable_schema = OFF;");
        try {
            const VerifyReport r = verify();
            QVERIFY(!r.ok());
            QVERIFY2(r.problems.first().contains(QStringLiteral("integrity_check")), qPrintable(r.problems.first()));
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::Damaged)); // quick_check on open already refuses it
        }
    }

    void cancelStops()
    {
        auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(AuditError, Verifier(*wb).run([&](qint64, qint64) { return ++calls < 2; }));
        QVERIFY(calls >= 2);
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
