// The workbook file: creation, reopening, and every way opening must refuse a file without touching it.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "trail/Trail.h"
#include "workbook/Schema.h"

#include <QFile>
#include <QtTest>
#include <sqlite3.h>

using namespace ismap;

class TestWorkbook : public QObject
{
    Q_OBJECT

private:
    static void expectError(const QString& path, ErrorCode code, Workbook::Mode mode = Workbook::Mode::ReadWrite)
    {
        const QString before = test::fileDigest(path);
        try {
            Workbook::open(path, mode);
            QFAIL("open() should have thrown");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(code));
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QCOMPARE(test::fileDigest(path), before);
    }

    static void rawExec(const QString& path, const char* sql) { test::rawExec(path, sql); }

private slots:
    void createsWithPragmasAndSkeleton()
    {
        test::TempWorkbook t;
        Database& db = t.wb->db();
        QCOMPARE(db.scalar("PRAGMA application_id").toInt(), Schema::kApplicationId);
        QCOMPARE(db.scalar("PRAGMA user_version").toInt(), Schema::kCurrentVersion);
        QCOMPARE(db.scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA synchronous").toInt(), 2); // FULL
        const Engagement e = t.wb->engagement();
        QCOMPARE(e.csp, QStringLiteral("Test CSP"));
        QCOMPARE(e.criteriaRevision, QStringLiteral("2022-04-01"));
        QVERIFY(!e.uuid.isEmpty());
        QVERIFY(Trail::count(db) >= 2); // engagement.create + catalog.install
        QVERIFY(!Trail::verify(db).has_value());
        // Natural order, parents before children, suffixes included (what the navigator and the walk rely on).
        QStringList order;
        for (const CatalogItem& it : Catalog::items(*t.wb))
            order << it.id;
        QVERIFY(order.indexOf(QStringLiteral("6.3.1.P")) < order.indexOf(QStringLiteral("6.3.1.1.PB")));
        QVERIFY(order.indexOf(QStringLiteral("6.3.1.1.PB")) < order.indexOf(QStringLiteral("7.1.1")));
        QVERIFY(order.indexOf(QStringLiteral("5.1.1")) < order.indexOf(QStringLiteral("10.1.1")));
        QCOMPARE(order.size(), 321);
        t.reopen();
        QCOMPARE(t.wb->engagement().uuid, e.uuid);
    }

    void refusesToOverwriteAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ismapwb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        Engagement e;
        e.csp = QStringLiteral("c");
        e.service = QStringLiteral("s");
        e.criteriaRevision = QStringLiteral("r");
        QVERIFY_THROWS_EXCEPTION(AuditError, Workbook::create(path, e));
        QCOMPARE(test::fileBytes(path), QByteArray("precious"));
    }

    void failedCreationLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ismapwb"));
        Engagement e;
        e.criteriaRevision = QStringLiteral("r");
        QVERIFY_THROWS_EXCEPTION(AuditError, Workbook::create(path, e, [](Workbook&) {
                                     throw AuditError(ErrorCode::InvalidInput, QStringLiteral("boom"));
                                 }));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void rejectsMissingFile() { expectError(QStringLiteral("/nonexistent/none.ismapwb"), ErrorCode::NotFound); }

    void rejectsTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.ismapwb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a text file, not a workbook\n");
        f.close();
        expectError(path, ErrorCode::NotAWorkbook);
    }

    void rejectsEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.ismapwb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        expectError(path, ErrorCode::NotAWorkbook);
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void rejectsForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        expectError(path, ErrorCode::NotAWorkbook);
    }

    void rejectsNewerVersion()
    {
        test::TempWorkbook t;
        t.wb.reset();
        rawExec(t.path, "PRAGMA user_version = 99;");
        expectError(t.path, ErrorCode::TooNew);
        expectError(t.path, ErrorCode::TooNew, Workbook::Mode::ReadOnly);
    }

    void rejectsDamagedFile()
    {
        test::TempWorkbook t;
        t.wb.reset();
        rawExec(t.path, "PRAGMA wal_checkpoint(TRUNCATE);");
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        // Overwrite the middle of the file (b-tree pages) with garbage, keeping the header intact.
        f.seek(size / 2);
        f.write(QByteArray(int(qMin<qint64>(size / 4, 200000)), '\xA5'));
        f.close();
        const QString before = test::fileDigest(t.path);
        try {
            Workbook::open(t.path);
            QFAIL("open() should have thrown");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::Damaged));
            QVERIFY(e.message().contains(QStringLiteral("damaged")));
        }
        QCOMPARE(test::fileDigest(t.path), before);
    }

    void lockedByAnotherConnection()
    {
        test::TempWorkbook t;
        t.wb.reset();
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(t.path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO team_member(name, role) VALUES ('x', 'staff');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        try {
            Workbook::open(t.path);
            QFAIL("open() should have thrown");
        } catch (const AuditError& e) {
            QCOMPARE(int(e.code()), int(ErrorCode::Locked));
        }
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        auto wb = Workbook::open(t.path);
        QVERIFY(wb->team().isEmpty());
    }

    void teamAndRoles()
    {
        test::TempWorkbook t;
        t.addTeam();
        QCOMPARE(t.wb->team().size(), 4);
        QCOMPARE(t.wb->member(QStringLiteral("lead"))->role, Role::Lead);
        Transaction tx(t.wb->db());
        QVERIFY_THROWS_EXCEPTION(AuditError, t.wb->addMember(QStringLiteral("lead"), Role::Staff));
        QVERIFY_THROWS_EXCEPTION(AuditError, t.wb->addMember(QStringLiteral("  "), Role::Staff));
    }

    void trailIsAppendOnlyInSql()
    {
        test::TempWorkbook t;
        QVERIFY_THROWS_EXCEPTION(AuditError, t.wb->db().exec("UPDATE trail SET member = 'mallory'"));
        QVERIFY_THROWS_EXCEPTION(AuditError, t.wb->db().exec("DELETE FROM trail"));
    }
};

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
