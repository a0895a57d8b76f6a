#include "trail/Trail.h"

#include "common/Clock.h"
#include "common/Sha256.h"
#include "database/Database.h"
#include "trail/RowState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ismap {

QByteArray Trail::canonical(const TrailEntry& e)
{
    QJsonArray row { QString::number(e.seq), e.at, e.member, e.action, e.entity, e.before, e.after };
    if (!e.state.isEmpty()) // rows of format 1 have none and keep their hashes
        row.append(e.state);
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

namespace {

/// The order rows reached this file: `arrival` once the trail has chains per replica, `seq` before.
QLatin1String orderColumn(Database& db)
{
    return db.chainedTrail() ? QLatin1String("arrival") : QLatin1String("seq");
}

/// A row read as `seq, at, member, action, entity, before, after, prev_hash, hash, state` (the first ten columns).
TrailEntry entryFrom(Query& q)
{
    return TrailEntry { q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4),
                        q.text(5),  q.text(6), q.text(7), q.text(8), q.text(9) };
}

} // namespace

QString Trail::stampOf(const TrailEntry& e)
{
    return e.at + u'|' + QStringLiteral("%1").arg(e.seq, 16, 10, QLatin1Char('0'));
}

QString Trail::itemOfEntity(const QString& entity)
{
    static const QLatin1String prefix("item/");
    if (!entity.startsWith(prefix))
        return {};
    const qsizetype end = entity.indexOf(u'/', prefix.size());
    return entity.mid(prefix.size(), end < 0 ? -1 : end - prefix.size());
}

QString Trail::entityPart(const QString& entity, QStringView kind, int offset)
{
    const QStringList parts = entity.split(u'/');
    for (qsizetype i = 0; i < parts.size(); i += 2)
        if (parts[i] == kind)
            return i + offset < parts.size() && offset > 0 ? parts[i + offset] : QString();
    return {};
}

QString Trail::append(Database& db, const QString& member, const QString& action, const QString& entity,
                      const QString& before, const QString& after)
{
    // The statements are kept per connection: an action may append a row per item it writes.
    TrailEntry e;
    const bool chained = db.chainedTrail();
    if (chained) {
        // This replica's own chain: seq in its range, the first row chained to the row that created the replica.
        Query& last = db.cached(QStringLiteral("SELECT seq, hash FROM trail_head WHERE replica = ?"));
        last.bind(1, qint64(db.replica()));
        if (last.step()) {
            e.seq = last.int64(0) + 1;
            e.prevHash = last.text(1);
        } else {
            e.seq = Database::rangeStart(db.replica()) + 1;
            e.prevHash = chainAnchor(db, db.replica());
        }
        last.reset();
    } else {
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
    if (!chained) {
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
    store(db, e);
    if (db.capturing()) {
        // What this row's action changed, to travel to the other replicas with the row; and who wrote each row last.
        const QByteArray changeset = db.takeCaptured();
        if (!changeset.isEmpty()) {
            storeChange(db, e.seq, changeset);
            stamp(db, changeset, e);
        }
    }
    return e.hash;
}

void Trail::store(Database& db, const TrailEntry& e)
{
    db.cached(QStringLiteral("INSERT INTO trail(seq, at, member, action, entity, before, after, prev_hash, hash, "
                             "state, arrival) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "(SELECT coalesce(max(arrival), 0) + 1 FROM trail))"))
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
    db.cached(QStringLiteral("INSERT INTO trail_head(replica, seq, hash) VALUES (?, ?, ?) "
                             "ON CONFLICT(replica) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"))
        .bind(1, qint64(Database::replicaOf(e.seq)))
        .bind(2, e.seq)
        .bind(3, e.hash)
        .run();
}

void Trail::stamp(Database& db, const QByteArray& changeset, const TrailEntry& by)
{
    Query& st = db.cached(QStringLiteral("INSERT INTO row_stamp(tbl, pk, col, stamp, member) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT(tbl, pk, col) DO UPDATE SET stamp = excluded.stamp, "
                                         "member = excluded.member WHERE excluded.stamp > row_stamp.stamp"));
    const QString stampText = stampOf(by);
    for (const Database::ChangedRow& row : Database::changedRows(changeset)) {
        QList<int> columns = row.columns;
        if (columns.isEmpty())
            columns << -1; // a deletion
        for (const int column : columns) {
            st.bind(1, row.table).bind(2, row.key).bind(3, column).bind(4, stampText).bind(5, by.member).run();
            st.reset();
        }
    }
}

QString Trail::chainAnchor(Database& db, int replica)
{
    if (replica == 0)
        return QString::fromLatin1(kGenesis);
    // A replica's chain begins at the origin's row that created it.
    Query q = db.prepare("SELECT hash FROM trail WHERE seq < ? AND action = 'replica.create' AND entity = ? "
                         "ORDER BY seq LIMIT 1");
    q.bind(1, Database::rangeStart(1)).bind(2, QStringLiteral("replica/%1").arg(replica));
    return q.step() ? q.text(0) : QString::fromLatin1(kGenesis);
}

QList<ChainRow> Trail::chainAfter(Database& db, int chain, qint64 afterSeq)
{
    Query q = db.prepare("SELECT t.seq, t.at, t.member, t.action, t.entity, t.before, t.after, t.prev_hash, t.hash, "
                         "t.state, t.arrival, c.changeset FROM trail t LEFT JOIN trail_change c ON c.seq = t.seq "
                         "WHERE t.seq > ?1 AND t.seq < ?2 ORDER BY t.seq");
    q.bind(1, qMax(afterSeq, Database::rangeStart(chain))).bind(2, Database::rangeStart(chain + 1));
    QList<ChainRow> out;
    while (q.step())
        out.append({ entryFrom(q), q.int64(10), q.isNull(11) ? QByteArray() : q.blob(11) });
    return out;
}

std::optional<TrailEntry> Trail::lastOfChain(Database& db, int chain, const QString& action)
{
    Query q = db.prepare("SELECT seq FROM trail WHERE seq > ? AND seq < ? AND action = ? ORDER BY seq DESC LIMIT 1");
    q.bind(1, Database::rangeStart(chain)).bind(2, Database::rangeStart(chain + 1)).bind(3, action);
    return q.step() ? entry(db, q.int64(0)) : std::nullopt;
}

void Trail::storeChange(Database& db, qint64 seq, const QByteArray& changeset)
{
    db.cached(QStringLiteral("INSERT INTO trail_change(seq, changeset) VALUES (?, ?)"))
        .bind(1, seq)
        .bindBlob(2, changeset)
        .run();
}

std::map<std::pair<QString, QString>, std::vector<RowWrite>>
Trail::writesTo(Database& db, const std::set<std::pair<QString, QString>>& rows)
{
    std::map<std::pair<QString, QString>, std::vector<RowWrite>> out;
    if (rows.empty())
        return out;
    QSet<QString> tables;
    for (const auto& r : rows)
        tables.insert(r.first);
    Query q = db.prepare("SELECT t.seq, t.at, t.member, c.changeset FROM trail_change c JOIN trail t ON t.seq = c.seq "
                         "ORDER BY t.seq");
    while (q.step()) {
        const QByteArray changeset = q.blob(3);
        for (Database::ChangedRow& row : Database::changedRows(changeset)) {
            if (!tables.contains(row.table))
                continue;
            auto key = std::make_pair(row.table, row.key);
            if (!rows.count(key))
                continue;
            out[key].push_back(
                RowWrite { q.int64(0), q.text(1), q.text(2), row.op, std::move(row.columns), std::move(row.values) });
        }
    }
    return out;
}

QList<TrailEntry> Trail::entriesOf(Database& db, const QString& action)
{
    Query q = db.prepare("SELECT seq, at, member, action, entity, before, after, prev_hash, hash, state FROM trail "
                         "WHERE action = ? ORDER BY seq");
    q.bind(1, action);
    QList<TrailEntry> out;
    while (q.step())
        out.append(entryFrom(q));
    return out;
}

std::pair<QString, QString> Trail::lastWriter(Database& db, const QString& table, const QString& key, int column)
{
    Query& q = db.cached(QStringLiteral("SELECT stamp, member FROM row_stamp WHERE tbl = ? AND pk = ? AND col = ?"));
    q.bind(1, table).bind(2, key).bind(3, column);
    std::pair<QString, QString> out;
    if (q.step())
        out = { q.text(0), q.text(1) };
    q.reset();
    return out;
}

QMap<int, std::pair<qint64, QString>> Trail::heads(Database& db)
{
    QMap<int, std::pair<qint64, QString>> out;
    if (!db.chainedTrail()) {
        Query q = db.prepare("SELECT seq, hash FROM trail ORDER BY seq DESC LIMIT 1");
        if (q.step())
            out.insert(0, { q.int64(0), q.text(1) });
        return out;
    }
    Query q = db.prepare("SELECT replica, seq, hash FROM trail_head ORDER BY replica");
    while (q.step())
        out.insert(int(q.int64(0)), { q.int64(1), q.text(2) });
    return out;
}

std::optional<TrailEntry> Trail::entry(Database& db, qint64 seq)
{
    Query q = db.prepare("SELECT seq, at, member, action, entity, before, after, prev_hash, hash, state FROM trail "
                         "WHERE seq = ?");
    q.bind(1, seq);
    if (!q.step())
        return std::nullopt;
    return entryFrom(q);
}

QString Trail::head(Database& db)
{
    if (db.chainedTrail()) {
        // The last row to reach this file: it is what everything here was composed from.
        const QVariant v = db.scalar("SELECT hash FROM trail ORDER BY arrival DESC LIMIT 1");
        return v.isValid() ? v.toString() : QString::fromLatin1(kGenesis);
    }
    const QVariant v = db.scalar("SELECT hash FROM trail ORDER BY seq DESC LIMIT 1");
    return v.isValid() ? v.toString() : QString::fromLatin1(kGenesis);
}

qint64 Trail::lastSeq(Database& db)
{
    const QVariant v = db.scalar(db.chainedTrail() ? "SELECT seq FROM trail ORDER BY arrival DESC LIMIT 1"
                                                   : "SELECT seq FROM trail ORDER BY seq DESC LIMIT 1");
    return v.isValid() ? v.toLongLong() : 0;
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
    if (db.chainedTrail())
        return verifyChains(db);
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

std::optional<QString> Trail::verifyChains(Database& db)
{
    // One chain per replica: replica r's rows are numbered r << 40 | 1, 2, … and chain from the origin's row that
    // created the replica (the origin's from the genesis). Each chain's last row is pinned in trail_head.
    QMap<int, std::pair<qint64, QString>> pinned;
    {
        Query q = db.prepare("SELECT replica, seq, hash FROM trail_head");
        while (q.step())
            pinned.insert(int(q.int64(0)), { q.int64(1), q.text(2) });
    }
    Query st = db.prepare("SELECT seq, at, member, action, entity, before, after, prev_hash, hash, state "
                          "FROM trail ORDER BY seq");
    QMap<int, std::pair<qint64, QString>> ends; // replica → (last seq, hash) walked
    int chain = -1;
    QString prev;
    qint64 expectedSeq = 0;
    Sha256 h;
    auto name = [](qint64 seq) {
        const int r = Database::replicaOf(seq);
        return r == 0 ? QString::number(seq) : QStringLiteral("%1:%2").arg(r).arg(seq - Database::rangeStart(r));
    };
    while (st.step()) {
        TrailEntry e { st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                       st.text(5),  st.text(6), st.text(7), st.text(8), st.text(9) };
        const int r = Database::replicaOf(e.seq);
        if (r != chain) {
            chain = r;
            prev = chainAnchor(db, r);
            expectedSeq = Database::rangeStart(r) + 1;
        }
        if (e.seq != expectedSeq)
            return tr("trail row %1: expected row %2 here (a row was deleted or inserted)")
                .arg(name(e.seq), name(expectedSeq));
        if (e.prevHash != prev)
            return tr("trail row %1: does not chain to the row before it").arg(name(e.seq));
        h.add(e.prevHash.toLatin1());
        h.add(canonical(e));
        if (h.hexDigest() != e.hash)
            return tr("trail row %1: content does not match its hash (the row was edited)").arg(name(e.seq));
        prev = e.hash;
        ends[r] = { e.seq, e.hash };
        ++expectedSeq;
    }
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it) {
        const auto end = ends.value(it.key(), { Database::rangeStart(it.key()), QString() });
        if (end.first == it->first && end.second == it->second)
            continue;
        if (it->first > end.first)
            return tr("trail: ends at row %1, but row %2 was recorded as its last (rows were removed from the end)")
                .arg(name(end.first), name(it->first));
        return tr("trail: ends at row %1, but its recorded head is row %2 with another hash (the end of the "
                  "trail was rewritten)")
            .arg(name(end.first), name(it->first));
    }
    for (auto it = ends.cbegin(); it != ends.cend(); ++it)
        if (!pinned.contains(it.key()))
            return tr("trail: its recorded head is missing (removed with an outside tool)");
    // Each merge names the rows of every chain it had seen: they must be here, as they were.
    Query merges = db.prepare("SELECT seq, after FROM trail WHERE action = 'sync.import' ORDER BY seq");
    Query held = db.prepare("SELECT hash FROM trail WHERE seq = ?");
    while (merges.step()) {
        const QJsonObject heads
            = QJsonDocument::fromJson(merges.text(1).toUtf8()).object().value(QStringLiteral("heads")).toObject();
        for (auto it = heads.begin(); it != heads.end(); ++it) {
            const QJsonArray head = it.value().toArray();
            const qint64 seq = qint64(head.at(0).toDouble());
            held.reset();
            held.bind(1, seq);
            if (!held.step() || held.text(0) != head.at(1).toString())
                return tr("trail row %1: the merge names row %2, which is not here as it was merged")
                    .arg(name(merges.int64(0)), name(seq));
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
    Query st = db.prepare(QStringLiteral("SELECT entity FROM trail WHERE action = ? ORDER BY %1").arg(orderColumn(db)));
    st.bind(1, action);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<TrailEntry> Trail::history(Database& db, const QString& entityPrefix, int limit)
{
    Query st = db.prepare(
        QString::fromLatin1(kTrailEntryColumns)
        + QStringLiteral("WHERE entity = ?1 OR entity LIKE ?1 || '/%' ORDER BY %1 DESC LIMIT ?2").arg(orderColumn(db)));
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
    Query st = db.prepare(
        QString::fromLatin1(kTrailEntryColumns)
        + QStringLiteral("WHERE seq IN (SELECT value FROM json_each(?1)) ORDER BY %1 DESC").arg(orderColumn(db)));
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
    if (!db.chainedTrail()) {
        Query q = db.prepare("SELECT seq, entity, hash FROM trail WHERE seq > ? ORDER BY seq");
        q.bind(1, afterSeq);
        while (q.step())
            row(q.int64(0), q.text(1), q.text(2));
        return;
    }
    // Rows reach a replica out of seq order (other replicas' chains): "after" is in the order they arrived here.
    Query q = db.prepare("SELECT seq, entity, hash FROM trail WHERE arrival > "
                         "coalesce((SELECT arrival FROM trail WHERE seq = ?), 0) ORDER BY arrival");
    q.bind(1, afterSeq);
    while (q.step())
        row(q.int64(0), q.text(1), q.text(2));
}

void Trail::eachState(Database& db,
                      const std::function<void(qint64 seq, const QString& action, const QString& state)>& row)
{
    Query q = db.prepare(db.chainedTrail() ? "SELECT seq, state, action FROM trail WHERE state <> '' ORDER BY arrival"
                                           : "SELECT seq, state, action FROM trail WHERE state <> '' ORDER BY seq");
    while (q.step())
        row(q.int64(0), q.text(2), q.text(1));
}

QList<std::pair<QString, QString>> Trail::aftersOf(Database& db, const QString& action)
{
    Query q = db.prepare("SELECT entity, after FROM trail WHERE action = ? ORDER BY seq");
    q.bind(1, action);
    QList<std::pair<QString, QString>> out;
    while (q.step())
        out.append({ q.text(0), q.text(1) });
    return out;
}

QStringList Trail::missingGuards(Database& db)
{
    QStringList out;
    for (const char* trigger : { "trail_no_update", "trail_no_delete" }) {
        Query q = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = 'trail'");
        q.bind(1, trigger);
        if (!q.step())
            out << QLatin1String(trigger);
    }
    return out;
}

} // namespace ismap
