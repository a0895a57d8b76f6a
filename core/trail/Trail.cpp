#include "trail/Trail.h"

#include "common/Clock.h"
#include "common/Sha256.h"
#include "database/Database.h"
#include "trail/RowState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ismap {

QByteArray Trail::canonical(const TrailEntry& e)
{
    QJsonArray row { QString::number(e.seq), e.at, e.member, e.action, e.entity, e.before, e.after };
    if (!e.state.isEmpty()) // rows of format 1 have none and keep their hashes
        row.append(e.state);
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QString Trail::append(Database& db, const QString& member, const QString& action, const QString& entity,
                      const QString& before, const QString& after)
{
    // The statements are kept per connection: an action may append a row per item it writes.
    TrailEntry e;
    {
        Query& last = db.cached(QStringLiteral("SELECT seq, hash FROM trail ORDER BY seq DESC LIMIT 1"));
        if (last.step()) {
            e.seq = last.int64(0) + 1;
            e.prevHash = last.text(1);
        } else {
            e.seq = 1;
            e.prevHash = QString::fromLatin1(kGenesis);
        }
        last.reset();
    }
    e.at = Clock::nowIso();
    e.member = member;
    e.action = action;
    e.entity = entity;
    e.before = before;
    e.after = after;
    std::set<Database::RowChange> existedBefore;
    const std::set<Database::RowChange> changes = db.takeChanges(&existedBefore);
    e.state = RowState::snapshot(db, changes, existedBefore);
    Sha256 h;
    h.add(e.prevHash.toLatin1());
    h.add(canonical(e));
    e.hash = h.hexDigest();
    db.cached(QStringLiteral("INSERT INTO trail(seq, at, member, action, entity, before, after, prev_hash, hash, "
                             "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.member)
        .bind(4, e.action)
        .bind(5, e.entity)
        .bind(6, e.before)
        .bind(7, e.after)
        .bind(8, e.prevHash)
        .bind(9, e.hash)
        .bind(10, e.state)
        .run();
    db.cached(QStringLiteral("INSERT INTO trail_head(id, seq, hash) VALUES (1, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"))
        .bind(1, e.seq)
        .bind(2, e.hash)
        .run();
    return e.hash;
}

QString Trail::head(Database& db)
{
    const QVariant v = db.scalar("SELECT hash FROM trail ORDER BY seq DESC LIMIT 1");
    return v.isValid() ? v.toString() : QString::fromLatin1(kGenesis);
}

qint64 Trail::count(Database& db)
{
    return db.scalar("SELECT count(*) FROM trail").toLongLong();
}

bool Trail::recordsState(Database& db)
{
    return db.scalar("SELECT count(*) FROM pragma_table_info('trail') WHERE name = 'state'").toInt() > 0
        && db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'trail_head'").toInt() > 0;
}

std::optional<QString> Trail::verify(Database& db)
{
    const bool withState = recordsState(db);
    Query st = db.prepare(withState ? "SELECT seq, at, member, action, entity, before, after, prev_hash, hash, state "
                                      "FROM trail ORDER BY seq"
                                    : "SELECT seq, at, member, action, entity, before, after, prev_hash, hash, '' "
                                      "FROM trail ORDER BY seq");
    QString prev = QString::fromLatin1(kGenesis);
    qint64 expectedSeq = 1;
    Sha256 h;
    while (st.step()) {
        TrailEntry e { st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                       st.text(5),  st.text(6), st.text(7), st.text(8), st.text(9) };
        if (e.seq != expectedSeq)
            return tr("trail row %1: expected row %2 here (a row was deleted or inserted)").arg(e.seq).arg(expectedSeq);
        if (e.prevHash != prev)
            return tr("trail row %1: does not chain to the row before it").arg(e.seq);
        h.add(e.prevHash.toLatin1());
        h.add(canonical(e));
        if (h.hexDigest() != e.hash)
            return tr("trail row %1: content does not match its hash (the row was edited)").arg(e.seq);
        prev = e.hash;
        ++expectedSeq;
    }
    if (withState) {
        // The head is pinned in the same transaction as each append: rows cut off the end leave it behind.
        const qint64 last = expectedSeq - 1;
        Query head = db.prepare("SELECT seq, hash FROM trail_head WHERE id = 1");
        if (!head.step()) {
            if (last > 0)
                return tr("trail: its recorded head is missing (removed with an outside tool)");
        } else if (head.int64(0) != last || head.text(1) != prev) {
            if (head.int64(0) > last)
                return tr("trail: ends at row %1, but row %2 was recorded as its last (rows were removed from the end)")
                    .arg(last)
                    .arg(head.int64(0));
            return tr("trail: ends at row %1, but its recorded head is row %2 with another hash (the end of the "
                      "trail was rewritten)")
                .arg(last)
                .arg(head.int64(0));
        }
    }
    return std::nullopt;
}

namespace {

constexpr const char* kTrailEntryColumns
    = "SELECT seq, at, member, action, entity, before, after, prev_hash, hash FROM trail ";

QList<TrailEntry> readTrailEntries(Query& st)
{
    QList<TrailEntry> out;
    while (st.step())
        out.append({ st.int64(0),
                     st.text(1),
                     st.text(2),
                     st.text(3),
                     st.text(4),
                     st.text(5),
                     st.text(6),
                     st.text(7),
                     st.text(8),
                     {} });
    return out;
}

} // namespace

QStringList Trail::entitiesOf(Database& db, const QString& action)
{
    Query st = db.prepare("SELECT entity FROM trail WHERE action = ? ORDER BY seq");
    st.bind(1, action);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<TrailEntry> Trail::history(Database& db, const QString& entityPrefix, int limit)
{
    Query st = db.prepare(QString::fromLatin1(kTrailEntryColumns)
                          + QStringLiteral("WHERE entity = ?1 OR entity LIKE ?1 || '/%' ORDER BY seq DESC LIMIT ?2"));
    st.bind(1, entityPrefix).bind(2, limit);
    return readTrailEntries(st);
}

QList<TrailEntry> Trail::entries(Database& db, const QList<qint64>& seqs)
{
    if (seqs.isEmpty())
        return {};
    QJsonArray wanted;
    for (qint64 seq : seqs)
        wanted.append(seq);
    Query st = db.prepare(QString::fromLatin1(kTrailEntryColumns)
                          + QStringLiteral("WHERE seq IN (SELECT value FROM json_each(?1)) ORDER BY seq DESC"));
    st.bind(1, QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)));
    return readTrailEntries(st);
}

std::optional<QString> Trail::hashOf(Database& db, qint64 seq)
{
    Query q = db.prepare("SELECT hash FROM trail WHERE seq = ?");
    q.bind(1, seq);
    return q.step() ? std::optional<QString>(q.text(0)) : std::nullopt;
}

void Trail::eachAfter(Database& db, qint64 afterSeq,
                      const std::function<void(qint64 seq, const QString& entity, const QString& hash)>& row)
{
    Query q = db.prepare("SELECT seq, entity, hash FROM trail WHERE seq > ? ORDER BY seq");
    q.bind(1, afterSeq);
    while (q.step())
        row(q.int64(0), q.text(1), q.text(2));
}

} // namespace ismap
