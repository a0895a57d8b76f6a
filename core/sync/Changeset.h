#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <map>
#include <memory>

namespace ismap {

class Database;

namespace sync {

/// How many rows of one table a changeset inserts, updates and deletes.
struct TableChanges
{
    int inserts = 0;
    int updates = 0;
    int deletes = 0;
    int total() const { return inserts + updates + deletes; }
    bool operator==(const TableChanges& o) const
    {
        return inserts == o.inserts && updates == o.updates && deletes == o.deletes;
    }
};

/// What a changeset holds, per table (for "what came in").
using ChangesetSummary = std::map<QString, TableChanges>;

/// Why an incoming change was not applied and waits for a person.
enum class ConflictKind {
    Data, ///< the row exists here with other values than the incoming change expected (both changed it)
    Conflict, ///< the incoming change inserts a row whose key exists here with other values
    NotFound ///< the incoming change updates or deletes a row this side deleted
};

/// The operation of the incoming change.
enum class ChangeOp { Insert, Update, Delete };

/**
 * One incoming change that was not applied (OMIT), with both versions. In the value lists an invalid QVariant means
 * "not part of the change" (an UPDATE's unchanged columns, an INSERT's old values, a missing local row) and
 * `QVariant::fromValue(nullptr)` is SQL NULL; integers are qint64, reals double, texts QString, BLOBs QByteArray.
 */
struct ChangeConflict
{
    QString table;
    ConflictKind kind = ConflictKind::Data;
    ChangeOp op = ChangeOp::Update;
    QStringList columns; ///< the table's columns, in order
    QVariantList primaryKey; ///< the values of the key columns, in column order
    QVariantList local; ///< the row as this side holds it (empty for NotFound)
    QVariantList incomingOld;
    QVariantList incomingNew;
    bool replaced = false; ///< the caller's decision took the incoming version (Changeset::apply's @p takeIncoming)
};

/// The outcome of Changeset::apply.
struct ApplyResult
{
    int changes = 0; ///< changes the changeset holds
    int alreadyPresent = 0; ///< of them: this side held the result already (applied before, or made the same)
    QList<ChangeConflict> conflicts;
    /// The rebase buffer (sqlite3changeset_apply_v2's ppRebase) for the omitted changes: given to a Rebaser, it
    /// rewrites this side's own pending changes as if they had been made after the incoming ones.
    QByteArray rebase;
};

/**
 * Records the changes of a unit of work on chosen tables: an RAII owner of an SQLite session (session extension).
 * Create it before the work, read changeset() after the work is committed; a rolled-back unit leaves nothing.
 * Tables without a PRIMARY KEY cannot be recorded by SQLite and are refused, as are the search index and SQLite's
 * own tables (they are rebuilt on each side, never exchanged).
 */
class ChangeCapture
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)
public:
    ChangeCapture(Database& db, const QStringList& tables);
    ~ChangeCapture();
    ChangeCapture(const ChangeCapture&) = delete;
    ChangeCapture& operator=(const ChangeCapture&) = delete;

    /// The changes recorded so far as a changeset blob (empty when nothing changed).
    QByteArray changeset() const;
    bool isEmpty() const;

    /// The tables of @p db whose changes can travel: every table with a PRIMARY KEY except SQLite's own and the
    /// search index (and its shadow tables). @p withoutKey, if given, receives the tables left out for lack of a key.
    static QStringList syncableTables(Database& db, QStringList* withoutKey = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/** Operations on changeset blobs: combining, summarising, applying without silent overwrites, rebasing. */
class Changeset
{
    Q_DECLARE_TR_FUNCTIONS(Changeset)
public:
    /// One changeset with the net effect of @p changesets in order (sqlite3changegroup).
    static QByteArray combine(const QList<QByteArray>& changesets);
    /// Per table: inserts, updates, deletes. Throws on a malformed changeset.
    static ChangesetSummary summarise(const QByteArray& changeset);
    /// Throws AuditError (InvalidInput) unless @p changeset parses to its end.
    static void check(const QByteArray& changeset);

    /**
     * Applies @p changeset inside the caller's open transaction (sqlite3changeset_apply_v2). Nothing is silently
     * overwritten: a change whose row differs here (DATA, CONFLICT) or whose row this side deleted (NOTFOUND) is
     * omitted and returned as a conflict; a change this side already holds is omitted and counted. A constraint or
     * foreign-key violation undoes the whole apply and throws, naming table and key; so does a table this
     * workbook lacks or holds with other columns. Applying the same changeset twice changes nothing.
     */
    static ApplyResult apply(Database& db, const QByteArray& changeset);
    /// The same, but for each conflict @p takeIncoming decides: true takes the incoming version (REPLACE: the
    /// incoming update, delete or insert is made over this side's row), false keeps this side's (OMIT). A change
    /// to a row this side deleted (NotFound) is always omitted. Every conflict is returned, with `replaced` set.
    static ApplyResult apply(Database& db, const QByteArray& changeset,
                             const std::function<bool(const ChangeConflict&)>& takeIncoming);
    /// The values of column @p column (0-based) of the rows @p changeset inserts into @p table.
    static QVariantList insertedValues(const QByteArray& changeset, const QString& table, int column);
};

/**
 * Rewrites local changes that were made without knowing of incoming ones (sqlite3_rebaser): configured with the
 * rebase buffers of applies, rebase() returns a local changeset as if it had been made after them — for an
 * omitted remote change, the local change's old values become the remote's new values, so the peer applies it
 * without a conflict; for a replaced one, the local change is dropped.
 */
class Rebaser
{
    Q_DECLARE_TR_FUNCTIONS(Rebaser)
public:
    Rebaser();
    ~Rebaser();
    Rebaser(const Rebaser&) = delete;
    Rebaser& operator=(const Rebaser&) = delete;

    void configure(const QByteArray& rebaseBuffer);
    QByteArray rebase(const QByteArray& localChangeset) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sync
} // namespace ismap
