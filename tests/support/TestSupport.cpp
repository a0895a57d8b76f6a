#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "common/Sha256.h"
#include "workbook/MemberKeys.h"

#include <QFile>
#include <QTest>
#include <sqlite3.h>

namespace ismap::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(ISMAP_TEST_DATA) + u'/' + relative;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err ? err : "");
    sqlite3_close(db);
}

const char* const kUndoFormat8
    = "DROP TABLE replica; DROP TABLE replica_self; DROP TABLE trail_change; DROP TABLE row_stamp; "
      "DROP TABLE sync_conflict; DROP TABLE sync_exchange; DROP INDEX trail_arrival; "
      "ALTER TABLE trail DROP COLUMN arrival; "
      "CREATE TABLE trail_head_v7 (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL); "
      "INSERT INTO trail_head_v7 SELECT 1, seq, hash FROM trail_head WHERE replica = 0; DROP TABLE trail_head; "
      "ALTER TABLE trail_head_v7 RENAME TO trail_head; "
      "CREATE TABLE evidence_link_v7 AS SELECT evidence_id, item_id, step_id, sample_item_id, finding_id "
      "FROM evidence_link ORDER BY id; DROP TABLE evidence_link; "
      "CREATE TABLE evidence_link (evidence_id INTEGER NOT NULL REFERENCES evidence(id), "
      "item_id TEXT NOT NULL REFERENCES catalog_item(id), step_id INTEGER REFERENCES procedure_step(id), "
      "sample_item_id INTEGER REFERENCES sample_item(id), finding_id INTEGER REFERENCES finding(id), "
      "UNIQUE (evidence_id, item_id, step_id, sample_item_id, finding_id)); "
      "INSERT INTO evidence_link SELECT * FROM evidence_link_v7; DROP TABLE evidence_link_v7; "
      "CREATE INDEX evidence_link_item ON evidence_link(item_id);";

QString fileDigest(const QString& path)
{
    return Sha256::hex(fileBytes(path) + fileBytes(path + QStringLiteral("-wal")));
}

TempWorkbook::TempWorkbook()
{
    path = dir.filePath(QStringLiteral("test.ismapwb"));
    Engagement e;
    e.csp = QStringLiteral("Test CSP");
    e.service = QStringLiteral("Test Service");
    e.periodStart = QDate(2025, 4, 1);
    e.periodEnd = QDate(2026, 3, 31);
    e.criteriaRevision = QString::fromLatin1(Catalog::kBuiltinRevision);
    const QList<CatalogItem> skeleton = Catalog::builtinSkeleton();
    wb = Workbook::create(path, e, [&](Workbook& w) {
        Catalog::install(w, skeleton, QString::fromLatin1(Catalog::kBuiltinRevision), QStringLiteral("builtin"));
    });
}

void TempWorkbook::addTeam()
{
    Transaction tx(wb->db());
    wb->addMember(QStringLiteral("staff1"), Role::Staff);
    wb->addMember(QStringLiteral("staff2"), Role::Staff);
    wb->addMember(QStringLiteral("reviewer"), Role::Reviewer);
    wb->addMember(QStringLiteral("lead"), Role::Lead);
    tx.commit();
    giveKeys(*wb);
}

QHash<QString, MemberKey> giveKeys(Workbook& wb)
{
    const QString actor = wb.actor();
    QString lead;
    for (const TeamMember& m : wb.team())
        if (m.role == Role::Lead)
            lead = m.name;
    wb.setActor(lead);
    QHash<QString, MemberKey> keys;
    for (const TeamMember& m : wb.team()) {
        if (MemberKeys::activeKey(wb, m.name))
            continue;
        const MemberKey key = MemberKey::generate();
        MemberKeys::registerKey(wb, m.name, key.publicPem(), QStringLiteral("test"));
        wb.addUnlockedKey(m.name, key);
        keys.insert(m.name, key);
    }
    wb.setActor(actor);
    return keys;
}

void TempWorkbook::reopen()
{
    const QString actor = wb ? wb->actor() : QString();
    QHash<QString, MemberKey> keys;
    if (wb)
        for (const TeamMember& m : wb->team())
            if (!wb->unlockedKey(m.name).isNull())
                keys.insert(m.name, wb->unlockedKey(m.name));
    wb.reset();
    wb = Workbook::open(path);
    wb->setActor(actor);
    for (auto k = keys.cbegin(); k != keys.cend(); ++k)
        wb->addUnlockedKey(k.key(), k.value());
}

} // namespace ismap::test
