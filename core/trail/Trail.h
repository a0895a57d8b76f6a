#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "database/Database.h"

namespace ismap {

/** One row of the audit trail as stored. */
struct TrailEntry
{
    qint64 seq = 0;
    QString at;
    QString member;
    QString action;
    QString entity;
    QString before;
    QString after;
    QString prevHash;
    QString hash;
    QString state; ///< the rows the action wrote, as RowState records them (format 2 on; history() leaves it empty)
};

/** A trail row with what team sync keeps beside it: the order it reached this file and the changes it made. */
struct ChainRow
{
    TrailEntry entry;
    qint64 arrival = 0;
    QByteArray changeset; ///< empty for a row that changed no data that travels (a merge)
};

/** One change a trail row made to one row of a table that travels (team sync): the fields it set, or a deletion. */
struct RowWrite
{
    qint64 seq = 0; ///< the trail row that made it (its chain is Database::replicaOf(seq))
    QString at;
    QString member;
    int op = 0; ///< SQLITE_INSERT, SQLITE_UPDATE or SQLITE_DELETE
    QList<int> columns; ///< the fields set (none for a deletion)
    QVariantList values; ///< their new values
};

/**
 * The append-only, hash-chained audit trail. Each row's hash is SHA-256(prev_hash ‖ canonical row),
 * so editing, deleting or inserting a row with an outside tool breaks the chain at that row. Each row also
 * records the audited rows its action wrote (RowState), and `trail_head` pins the last row's seq and hash
 * in the same transaction, so a cut-off tail is seen too.
 */
class Trail
{
    Q_DECLARE_TR_FUNCTIONS(Trail)
public:
    static constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// Appends a row with the rows written since the last append (Database::takeChanges) as its state;
    /// call inside the action's transaction. Returns the new head hash.
    static QString append(Database& db, const QString& member, const QString& action, const QString& entity,
                          const QString& before, const QString& after);
    /// The hash of the last row to reach this file (kGenesis for an empty trail).
    static QString head(Database& db);
    /// The seq of the last row to reach this file (0 for an empty trail).
    static qint64 lastSeq(Database& db);
    /// Stores a row as it is (a row of another replica's chain arriving in a change package, already checked):
    /// appends it in arrival order and moves its chain's head. Format 8 on.
    static void store(Database& db, const TrailEntry& e);
    /// Notes @p by as the writer of every field @p changeset sets (a deleted row: field -1), unless a later writer
    /// is noted already: per field, the latest stamp wins, whatever the order changes arrive in (team sync).
    static void stamp(Database& db, const QByteArray& changeset, const TrailEntry& by);
    /// The order of two concurrent changes: the time, then the seq (which names the replica).
    static QString stampOf(const TrailEntry& e);
    /// The hash a replica's chain begins from: the genesis for the origin (0), else the origin's row that created it.
    static QString chainAnchor(Database& db, int replica);
    /// Per replica chain held here: the last seq and hash.
    static QMap<int, std::pair<qint64, QString>> heads(Database& db);
    /// The rows of replica @p chain's chain after @p afterSeq, with their arrival and changesets, oldest first.
    static QList<ChainRow> chainAfter(Database& db, int chain, qint64 afterSeq);
    /// The last row of replica @p chain's chain with action @p action.
    static std::optional<TrailEntry> lastOfChain(Database& db, int chain, const QString& action);
    /// Keeps the changeset row @p seq made (a row that arrived from another replica).
    static void storeChange(Database& db, qint64 seq, const QByteArray& changeset);
    /// Every change held to the rows @p rows (table → row keys as Database::keyText), oldest row first.
    static std::map<std::pair<QString, QString>, std::vector<RowWrite>>
    writesTo(Database& db, const std::set<std::pair<QString, QString>>& rows);
    /// The entries of @p action (with their after), in seq order: one chain's rows in their order.
    static QList<TrailEntry> entriesOf(Database& db, const QString& action);
    /// Who wrote field @p column of the row keyed @p key last, as stamp() noted it: {stamp, member}; empty if none.
    static std::pair<QString, QString> lastWriter(Database& db, const QString& table, const QString& key, int column);
    /// One row, with its state; nullopt when there is none.
    static std::optional<TrailEntry> entry(Database& db, qint64 seq);
    static qint64 count(Database& db);
    /// The canonical bytes a row's hash covers (after the previous hash).
    static QByteArray canonical(const TrailEntry& e);
    /// Walks the chain and checks the pinned head; returns a description of the first problem, or nothing.
    static std::optional<QString> verify(Database& db);
    /// verify() of a trail with one chain per replica (format 8 on).
    static std::optional<QString> verifyChains(Database& db);
    /// Whether the trail records row states and its head (workbook format 2 on).
    static bool recordsState(Database& db);
    /// Entries touching @p entityPrefix, newest first (for an item's history).
    static QList<TrailEntry> history(Database& db, const QString& entityPrefix, int limit = 500);
    /// The entities of every entry of @p action, oldest first (e.g. the evidence removed, so its ref is not reused).
    static QStringList entitiesOf(Database& db, const QString& action);
    /// The entries of sequence numbers @p seqs, newest first.
    static QList<TrailEntry> entries(Database& db, const QList<qint64>& seqs);
    /// The hash of entry @p seq, or nullopt when there is none (the trail was cut back).
    static std::optional<QString> hashOf(Database& db, qint64 seq);
    /// Calls @p row(seq, entity, hash) for each entry after @p afterSeq, oldest first (seq is the rowid: only the
    /// appended rows are read).
    static void eachAfter(Database& db, qint64 afterSeq,
                          const std::function<void(qint64 seq, const QString& entity, const QString& hash)>& row);
    /// Calls @p row(seq, action, state) for each entry that recorded rows (RowState), in replay order: the order
    /// the entries reached this file (arrival, format 8 on; else seq). Replaying them gives every row's last state.
    static void eachState(Database& db,
                          const std::function<void(qint64 seq, const QString& action, const QString& state)>& row);
    /// The entity and after of every entry of @p action, in seq order (any format: no state is read).
    static QList<std::pair<QString, QString>> aftersOf(Database& db, const QString& action);
    /// The names of the trail's append-only guards (its triggers) missing from this file (removed with an outside
    /// tool).
    static QStringList missingGuards(Database& db);

    /// The audit item a trail row's entity names ("item/5.1.1/step/12" → "5.1.1"); empty for a row about the
    /// engagement, a member, evidence or a replica. The one reader of the "item/ID/…" form the actions write.
    static QString itemOfEntity(const QString& entity);
    /// The part @p offset places after the kind @p kind in an entity of kind/value pairs, or empty when it has none:
    /// ("item/5.1.1/sample/3/7", "sample") → "3", with @p offset 2 → "7"; ("evidence/E-0001", "evidence") →
    /// "E-0001"; ("member/alice/key", "member") → "alice". Kinds are read at the pairs' places only, so a value
    /// (an item id, a reference) is never taken for a kind.
    static QString entityPart(const QString& entity, QStringView kind, int offset = 1);
};

} // namespace ismap
