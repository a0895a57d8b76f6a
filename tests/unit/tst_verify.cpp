// `verify` against tampering with an outside SQLite tool: trail rows edited, deleted, inserted; evidence
// bytes flipped, chunks swapped or removed; sign-offs over changed content. Each is caught and named.
#include "TestSupport.h"
#include "common/Sha256.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Review.h"
#include "trail/Trail.h"
#include "workbook/Verifier.h"

#include <QFile>
#include <QtTest>
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
        const VerifyReport r = Verifier(*wb).run();
        wb.reset();
        [&] {
            QCOMPARE(test::fileDigest(m_t->path), before);
        }(); // read-only: not a byte changed
        return r;
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
        addFile(QStringLiteral("policy.pdf"), 3 * MiB + 10, 'a');
        addFile(QStringLiteral("log.csv"), 1000, 'b');
        close();
        Verifier::setContentHasher({});
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
        // The chain cannot see a cut-off tail, but the evidence it recorded is then missing from it.
        tamper(m_t->path,
               "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail);"
               "DELETE FROM trail WHERE seq = (SELECT max(seq) FROM trail);");
        expectFirstProblem(QStringLiteral("evidence E-0002: not in the trail"));
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
        tamper(m_t->path,
               "INSERT INTO signoff(item_id, role, member_id, at, content_hash) "
               "VALUES ('5.1.1', 'preparer', 1, '2025-01-01', '"
                   + hash.toLatin1() + "');");
        QVERIFY(verify().ok());
        // Changed behind the engine's back (a link removed with SQL): the sign-off no longer holds.
        tamper(m_t->path, "DELETE FROM evidence_link WHERE evidence_id = 2;");
        expectFirstProblem(
            QStringLiteral("sign-off 1 (item 5.1.1, preparer by staff1): the signed content has changed"));
        // A hasher that agrees with the stored hash makes it pass; a malformed stored hash is named.
        Verifier::setContentHasher([](Workbook&, const QString&) { return QString(64, u'1'); });
        tamper(m_t->path, "UPDATE signoff SET content_hash = '" + QByteArray(64, '1') + "';");
        QVERIFY(verify().ok());
        tamper(m_t->path, "UPDATE signoff SET content_hash = 'x';");
        expectFirstProblem(QStringLiteral("sign-off 1 (item 5.1.1, preparer by staff1): the stored content hash"));
    }

    void linkingEvidenceVoidsTheSignOff()
    {
        const QString hash = [&] {
            auto wb = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
            return Review::contentHash(*wb, QStringLiteral("6.1.1"));
        }();
        tamper(m_t->path,
               "INSERT INTO signoff(item_id, role, member_id, at, content_hash) "
               "VALUES ('6.1.1', 'preparer', 1, '2025-01-01', '"
                   + hash.toLatin1() + "');");
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
