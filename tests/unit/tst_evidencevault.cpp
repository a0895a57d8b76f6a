// The evidence vault: content in and out byte for byte, deduplicated, all-or-nothing imports, refusals
// that change nothing, export that checks the hash, and names that cannot escape the chosen folder.
#include "TestSupport.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "evidence/EvidenceVault.h"
#include "trail/Trail.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QtTest>
#include <sqlite3.h>
#include <unistd.h>

using namespace ismap;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString kItem = QStringLiteral("5.1.1");
const QString kOtherItem = QStringLiteral("6.1.1");

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qint64 i = 0; i < size; ++i)
        b[i] = char(gen.generate() & 0xff);
    return b;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

/// Row counts of everything an import touches, to show that a refusal changed nothing.
QList<qint64> counts(Workbook& wb)
{
    QList<qint64> out;
    for (const char* sql :
         { "SELECT count(*) FROM evidence", "SELECT count(*) FROM evidence_blob", "SELECT count(*) FROM evidence_chunk",
           "SELECT count(*) FROM evidence_link", "SELECT count(*) FROM trail" })
        out << wb.db().scalar(sql).toLongLong();
    return out;
}

} // namespace

class TestEvidenceVault : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QTemporaryDir m_files;

    Workbook& wb() { return *m_t->wb; }

    void expectRefusal(const std::function<void()>& action, ErrorCode code, const QString& named)
    {
        const QList<qint64> before = counts(wb());
        try {
            action();
            QFAIL("the action should have been refused");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(code));
            QVERIFY2(e.message().contains(named), qPrintable(e.message()));
        }
        QCOMPARE(counts(wb()), before);
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempWorkbook>();
        m_t->addTeam();
        wb().setActor(QStringLiteral("staff1"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("1 MiB - 1") << MiB - 1;
        QTest::newRow("1 MiB") << MiB;
        QTest::newRow("1 MiB + 1") << MiB + 1;
        QTest::newRow("5 MiB") << 5 * MiB;
    }

    void roundTrip()
    {
        QFETCH(qint64, size);
        const QByteArray content = randomBytes(size, quint32(size + 7));
        const QString path = writeFile(m_files, QStringLiteral("in-%1.bin").arg(size), content);
        EvidenceVault vault(wb());
        QList<qint64> seen;
        const EvidenceImport r = vault.add(
            { path,
              { {}, QStringLiteral("CSP IT dept"), QStringLiteral("2025-06-30"), QStringLiteral("access review") } },
            { kItem, {}, {}, {} }, [&](qint64 done, qint64 total) {
                seen << done;
                return total == size;
            });
        QVERIFY(!r.duplicate);
        QVERIFY(r.linked);
        QCOMPARE(r.record.ref, QStringLiteral("E-0001"));
        QCOMPARE(r.record.size, size);
        QCOMPARE(r.record.sha256, Sha256::hex(content));
        QCOMPARE(r.record.name, QStringLiteral("in-%1.bin").arg(size));
        QCOMPARE(r.record.obtainedFrom, QStringLiteral("CSP IT dept"));
        QCOMPARE(r.record.obtainedAt, QStringLiteral("2025-06-30"));
        QCOMPARE(r.record.addedBy, QStringLiteral("staff1"));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), size);
        const qint64 chunks = (size + EvidenceVault::kChunkSize - 1) / EvidenceVault::kChunkSize;
        QCOMPARE(wb().db().scalar("SELECT count(*) FROM evidence_chunk").toLongLong(), chunks);
        QCOMPARE(wb().db().scalar("SELECT max(length(data)) FROM evidence_chunk").toLongLong(),
                 chunks ? qMin(size, EvidenceVault::kChunkSize) : 0);

        m_t->reopen();
        EvidenceVault reopened(wb());
        QCOMPARE(reopened.get(QStringLiteral("e-0001")).sha256, r.record.sha256);
        const QString out = m_files.filePath(QStringLiteral("out-%1.bin").arg(size));
        reopened.exportTo(QStringLiteral("E-0001"), out);
        QCOMPARE(test::fileBytes(out), content);
        QCOMPARE(reopened.listForItem(kItem).size(), 1);
        QVERIFY(!Trail::verify(wb().db()));
    }

    void sameContentIsStoredOnceAndLinkedAgain()
    {
        const QByteArray content = randomBytes(3 * MiB + 5, 1);
        const QString a = writeFile(m_files, QStringLiteral("policy.pdf"), content);
        const QString b = writeFile(m_files, QStringLiteral("policy-copy.pdf"), content);
        EvidenceVault vault(wb());
        const EvidenceImport first = vault.add({ a, {} }, { kItem, {}, {}, {} });
        const qint64 chunks = wb().db().scalar("SELECT count(*) FROM evidence_chunk").toLongLong();
        const EvidenceImport second = vault.add({ b, {} }, { kOtherItem, {}, {}, {} });
        QVERIFY(second.duplicate);
        QVERIFY(second.linked);
        QCOMPARE(second.record.ref, first.record.ref);
        QCOMPARE(second.record.name, QStringLiteral("policy.pdf"));
        QCOMPARE(wb().db().scalar("SELECT count(*) FROM evidence_chunk").toLongLong(), chunks);
        QCOMPARE(wb().db().scalar("SELECT count(*) FROM evidence_blob").toLongLong(), 1);
        QCOMPARE(vault.links(first.record.ref).size(), 2);
        // Same content for the same item again: nothing new at all.
        const QList<qint64> before = counts(wb());
        const EvidenceImport third = vault.add({ b, {} }, { kItem, {}, {}, {} });
        QVERIFY(third.duplicate);
        QVERIFY(!third.linked);
        QCOMPARE(counts(wb()), before);
        // Both in one import: one record.
        const QString c = writeFile(m_files, QStringLiteral("c.txt"), "fresh");
        const QString d = writeFile(m_files, QStringLiteral("d.txt"), "fresh");
        const auto both = vault.add(QList<EvidenceFile> { { c, {} }, { d, {} } }, { kItem, {}, {}, {} });
        QVERIFY(!both[0].duplicate);
        QVERIFY(both[1].duplicate);
        QCOMPARE(both[1].record.ref, QStringLiteral("E-0002"));
    }

    void cancelledImportLeavesNothing()
    {
        const QString small = writeFile(m_files, QStringLiteral("small.txt"), "first file");
        const QString big = writeFile(m_files, QStringLiteral("big.bin"), randomBytes(4 * MiB, 2));
        EvidenceVault vault(wb());
        const QString digestBefore = Trail::head(wb().db());
        int calls = 0;
        expectRefusal(
            [&] {
                vault.add(QList<EvidenceFile> { { small, {} }, { big, {} } }, { kItem, {}, {}, {} },
                          [&](qint64 done, qint64) { return ++calls < 4 || done < 2 * MiB; });
            },
            ErrorCode::Cancelled, big);
        QCOMPARE(Trail::head(wb().db()), digestBefore);
        QVERIFY(vault.list().isEmpty());
        // The vault still works afterwards and numbering starts at E-0001.
        QCOMPARE(vault.add({ big, {} }, { kItem, {}, {}, {} }).record.ref, QStringLiteral("E-0001"));
    }

    void importIsDurableAtCommitAndCopiedIntoTheFile()
    {
        const qint64 autoCheckpoint = wb().db().scalar("PRAGMA wal_autocheckpoint").toLongLong();
        QVERIFY(autoCheckpoint > 0);
        const QString walPath = m_t->path + QStringLiteral("-wal");

        // Alone on the workbook (ismapctl): a large import goes through the rollback journal, straight into the
        // workbook file — written once, not into the WAL and again by a checkpoint — and the workbook is back
        // in WAL mode afterwards.
        const QByteArray content = randomBytes(6 * MiB + 3, 9);
        const QString path = writeFile(m_files, QStringLiteral("logs.csv"), content);
        EvidenceVault deferred(wb());
        deferred.setCheckpointAfterImport(false);
        const qint64 fileBefore = QFileInfo(m_t->path).size();
        const EvidenceImport first = deferred.add({ path, {} }, { kItem, {}, {}, {} });
        QCOMPARE(wb().db().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(wb().db().scalar("PRAGMA wal_autocheckpoint").toLongLong(), autoCheckpoint);
        QVERIFY(QFileInfo(m_t->path).size() >= fileBefore + 6 * MiB);
        QVERIFY2(QFileInfo(walPath).size() < 1 * MiB, "the evidence did not pass through the WAL");

        // Beside another connection (the desktop app's UI while its worker imports) SQLite cannot leave WAL:
        // the import commits into the WAL, durable and visible to the other connection before any checkpoint.
        {
            auto other = Workbook::open(m_t->path, Workbook::Mode::ReadOnly);
            QCOMPARE(EvidenceVault(*other).get(first.record.ref).sha256, first.record.sha256);
            const QByteArray secondContent = randomBytes(6 * MiB, 10);
            const QString second = writeFile(m_files, QStringLiteral("more.csv"), secondContent);
            const qint64 fileBetween = QFileInfo(m_t->path).size();
            const EvidenceImport shared = deferred.add({ second, {} }, { kItem, {}, {}, {} });
            QCOMPARE(wb().db().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
            QCOMPARE(wb().db().scalar("PRAGMA wal_autocheckpoint").toLongLong(), autoCheckpoint);
            QVERIFY(QFileInfo(m_t->path).size() < fileBetween + 6 * MiB);
            QVERIFY(QFileInfo(walPath).size() >= 6 * MiB);
            const QString out = m_files.filePath(QStringLiteral("from-wal.csv"));
            EvidenceVault(*other).exportTo(shared.record.ref, out);
            QCOMPARE(test::fileBytes(out), secondContent);
            // The default (checkpoint after the import) copies it into the workbook file.
            const QString third = writeFile(m_files, QStringLiteral("third.csv"), randomBytes(6 * MiB, 11));
            EvidenceVault(wb()).add({ third, {} }, { kItem, {}, {}, {} });
            QVERIFY2(QFileInfo(m_t->path).size() >= fileBetween + 12 * MiB,
                     "both shared imports are in the workbook file after the default checkpoint");
        }

        // A cancelled import (alone again: through the rollback journal) restores the settings and leaves WAL on.
        expectRefusal(
            [&] {
                EvidenceVault(wb()).add({ path, {} }, { kItem, {}, {}, {} }, [](qint64, qint64) { return false; });
            },
            ErrorCode::Cancelled, path);
        QCOMPARE(wb().db().scalar("PRAGMA wal_autocheckpoint").toLongLong(), autoCheckpoint);
        QCOMPARE(wb().db().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    }

    void failedReadLeavesNothing()
    {
        // /proc/self/mem opens but fails on read at offset 0: a read error in the middle of an import.
        const QString good = writeFile(m_files, QStringLiteral("good.txt"), "fine");
        EvidenceVault vault(wb());
        expectRefusal(
            [&] {
                vault.add(QList<EvidenceFile> { { good, {} }, { QStringLiteral("/proc/self/mem"), {} } },
                          { kItem, {}, {}, {} });
            },
            ErrorCode::Io, QStringLiteral("/proc/self/mem"));
    }

    void refusesWithoutChangingAnything()
    {
        const QString good = writeFile(m_files, QStringLiteral("good.txt"), "fine");
        EvidenceVault vault(wb());
        const QString missing = m_files.filePath(QStringLiteral("missing.pdf"));
        expectRefusal(
            [&] {
                vault.add(QList<EvidenceFile> { { good, {} }, { missing, {} } }, { kItem, {}, {}, {} });
            },
            ErrorCode::NotFound, missing);
        expectRefusal(
            [&] {
                vault.add({ m_files.path(), {} }, { kItem, {}, {}, {} });
            },
            ErrorCode::InvalidInput, m_files.path());
        if (::geteuid() != 0) { // root reads any file; /proc/self/mem above covers the read error then
            const QString locked = writeFile(m_files, QStringLiteral("locked.txt"), "secret");
            QFile::setPermissions(locked, QFileDevice::Permissions());
            expectRefusal([&] { vault.add({ locked, {} }, { kItem, {}, {}, {} }); }, ErrorCode::Io, locked);
        }
        expectRefusal(
            [&] {
                vault.add({ good, {} }, { QStringLiteral("99.9.9"), {}, {}, {} });
            },
            ErrorCode::NotFound, QStringLiteral("99.9.9"));
        expectRefusal(
            [&] {
                vault.add({ good, {} }, { kItem, qint64(424242), {}, {} });
            },
            ErrorCode::NotFound, QStringLiteral("424242"));
        expectRefusal(
            [&] {
                vault.add({ good, { {}, {}, QStringLiteral("2025-13-45"), {} } }, { kItem, {}, {}, {} });
            },
            ErrorCode::InvalidInput, QStringLiteral("2025-13-45"));
        wb().setActor(QStringLiteral("stranger"));
        expectRefusal(
            [&] {
                vault.add({ good, {} }, { kItem, {}, {}, {} });
            },
            ErrorCode::Forbidden, QStringLiteral("stranger"));
        wb().setActor(QStringLiteral("staff1"));
        wb().db().exec("UPDATE engagement SET locked = 1");
        expectRefusal([&] { vault.add({ good, {} }, { kItem, {}, {}, {} }); }, ErrorCode::Finalised, m_t->path);
    }

    void exportRefusesCorruptedContent()
    {
        const QByteArray content = randomBytes(3 * MiB, 3);
        EvidenceVault vault(wb());
        vault.add({ writeFile(m_files, QStringLiteral("log.csv"), content), {} }, { kItem, {}, {}, {} });
        // An outside tool flips one byte in the second chunk.
        const qint64 rowId = wb().db().scalar("SELECT id FROM evidence_chunk WHERE seq = 2").toLongLong();
        sqlite3_blob* blob = nullptr;
        QCOMPARE(sqlite3_blob_open(wb().db().handle(), "main", "evidence_chunk", "data", rowId, 1, &blob), SQLITE_OK);
        char byte = 0;
        QCOMPARE(sqlite3_blob_read(blob, &byte, 1, 100), SQLITE_OK);
        byte ^= 1;
        QCOMPARE(sqlite3_blob_write(blob, &byte, 1, 100), SQLITE_OK);
        sqlite3_blob_close(blob);
        const QString out = m_files.filePath(QStringLiteral("exported.csv"));
        try {
            vault.exportTo(QStringLiteral("E-0001"), out);
            QFAIL("export of corrupted content should fail");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::Integrity));
            QVERIFY2(e.message().contains(QStringLiteral("E-0001 chunk 2")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_files.path()).entryList({ QStringLiteral("exported*") }, QDir::Files | QDir::Hidden).size(), 0);
    }

    void exportNamesStayInsideTheFolder_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("written");
        QTest::newRow("parent dirs") << QStringLiteral("../../evil.txt") << QStringLiteral("evil.txt");
        QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/evil") << QStringLiteral("evil");
        QTest::newRow("backslashes") << QStringLiteral("..\\..\\win.ini") << QStringLiteral("win.ini");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("E-0001");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("control chars") << QStringLiteral("a\nb\u0001.txt") << QStringLiteral("ab.txt");
        QTest::newRow("japanese") << QStringLiteral("規程/アクセス管理.pdf") << QStringLiteral("アクセス管理.pdf");
    }

    void exportNamesStayInsideTheFolder()
    {
        QFETCH(QString, stored);
        QFETCH(QString, written);
        EvidenceVault vault(wb());
        vault.add({ writeFile(m_files, QStringLiteral("x.txt"), "payload"), {} }, { kItem, {}, {}, {} });
        vault.editMetadata(QStringLiteral("E-0001"), { stored, {}, {}, {} });
        QTemporaryDir outer;
        const QString folder = outer.filePath(QStringLiteral("a/b"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = vault.exportToFolder(QStringLiteral("E-0001"), folder);
        QCOMPARE(QFileInfo(path).fileName(), written);
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(test::fileBytes(path), QByteArray("payload"));
        QCOMPARE(QDir(outer.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(QDir(outer.filePath(QStringLiteral("a"))).entryList(QDir::Files | QDir::Hidden).size(), 0);
        // A second export does not overwrite the first.
        QVERIFY_THROWS_EXCEPTION(AuditError, vault.exportToFolder(QStringLiteral("E-0001"), folder));
    }

    void linksAndMetadataAreTrailed()
    {
        EvidenceVault vault(wb());
        vault.add({ writeFile(m_files, QStringLiteral("x.txt"), "payload"), {} }, { kItem, {}, {}, {} });
        QVERIFY(vault.link(QStringLiteral("E-0001"), { kOtherItem, {}, {}, {} }));
        QVERIFY(!vault.link(QStringLiteral("E-0001"), { kOtherItem, {}, {}, {} }));
        QCOMPARE(vault.listForItem(kOtherItem).size(), 1);
        QCOMPARE(Trail::history(wb().db(), QStringLiteral("item/") + kOtherItem).first().action,
                 QStringLiteral("evidence.link"));

        wb().setActor(QStringLiteral("staff2"));
        expectRefusal(
            [&] {
                vault.unlink(QStringLiteral("E-0001"), { kOtherItem, {}, {}, {} });
            },
            ErrorCode::Forbidden, QStringLiteral("staff1"));
        wb().setActor(QStringLiteral("reviewer"));
        vault.unlink(QStringLiteral("E-0001"), { kOtherItem, {}, {}, {} });
        QVERIFY(vault.listForItem(kOtherItem).isEmpty());
        QCOMPARE(vault.list().size(), 1);
        expectRefusal(
            [&] {
                vault.unlink(QStringLiteral("E-0001"), { kOtherItem, {}, {}, {} });
            },
            ErrorCode::NotFound, QStringLiteral("E-0001"));

        const EvidenceRecord edited
            = vault.editMetadata(QStringLiteral("E-0001"),
                                 { QStringLiteral("renamed.txt"), QStringLiteral("HR"), QStringLiteral("2025-05-01"),
                                   QStringLiteral("leavers list") });
        QCOMPARE(vault.get(QStringLiteral("E-0001")).description, QStringLiteral("leavers list"));
        QCOMPARE(edited.name, QStringLiteral("renamed.txt"));
        const TrailEntry last = Trail::history(wb().db(), QStringLiteral("evidence/E-0001")).first();
        QCOMPARE(last.action, QStringLiteral("evidence.edit"));
        QVERIFY(last.before.contains(QStringLiteral("x.txt")));
        QVERIFY(last.after.contains(QStringLiteral("renamed.txt")));
        expectRefusal(
            [&] {
                vault.editMetadata(QStringLiteral("E-0009"), { QStringLiteral("a"), {}, {}, {} });
            },
            ErrorCode::NotFound, QStringLiteral("E-0009"));
        QVERIFY(!Trail::verify(wb().db()));
    }

    void theDateObtainedIsNeverAfterTodayInJapan()
    {
        // 16:00 UTC on 1 June is already 2 June in Japan (the engagement's calendar), whatever the machine's zone.
        Clock::setOverride([] { return QDateTime(QDate(2026, 6, 1), QTime(16, 0), Qt::UTC); });
        const auto restore = qScopeGuard([] { Clock::setOverride({}); });
        EvidenceVault vault(wb());
        const QString file = writeFile(m_files, QStringLiteral("policy.txt"), "policy");
        expectRefusal(
            [&] {
                vault.add({ file, { {}, {}, QStringLiteral("2026-06-03"), {} } }, { kItem, {}, {}, {} });
            },
            ErrorCode::InvalidInput,
            file + QStringLiteral(": date obtained 2026-06-03 is in the future (today is 2026-06-02 in Japan)."));
        QCOMPARE(
            vault.add({ file, { {}, {}, QStringLiteral("2026-06-02"), {} } }, { kItem, {}, {}, {} }).record.obtainedAt,
            QStringLiteral("2026-06-02"));
        // No date given: today in Japan.
        QCOMPARE(vault.add({ writeFile(m_files, QStringLiteral("other.txt"), "other"), {} }, { kItem, {}, {}, {} })
                     .record.obtainedAt,
                 QStringLiteral("2026-06-02"));
        // An edit cannot move the date into the future either, and names the evidence.
        expectRefusal(
            [&] {
                vault.editMetadata(QStringLiteral("E-0001"),
                                   { QStringLiteral("policy.txt"), {}, QStringLiteral("2027-01-01"), {} });
            },
            ErrorCode::InvalidInput, QStringLiteral("evidence E-0001: date obtained 2027-01-01 is in the future"));
        QCOMPARE(vault.get(QStringLiteral("E-0001")).obtainedAt, QStringLiteral("2026-06-02"));
        // A date recorded before (here: the clock now a day earlier) stays as it is when other fields are edited.
        Clock::setOverride([] { return QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC); });
        QCOMPARE(
            vault
                .editMetadata(
                    QStringLiteral("E-0001"),
                    { QStringLiteral("policy.txt"), {}, QStringLiteral("2026-06-02"), QStringLiteral("the policy") })
                .obtainedAt,
            QStringLiteral("2026-06-02"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceVault)
#include "tst_evidencevault.moc"
