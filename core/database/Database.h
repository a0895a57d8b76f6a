#pragma once

#include "common/AuditError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>

struct sqlite3;
struct sqlite3_blob;
struct sqlite3_stmt;
struct sqlite3_session;

/// The SQL for the next id of @p table (a string literal) in this connection's replica range, for an INSERT's
/// `id` column: `"INSERT INTO finding(id, …) VALUES (" ISMAP_NEXT_ID("finding") ", ?, …)"`. replica_lo() is the
/// range's start, a function every connection has (Database::open); the range is 2^40 ids wide.
#define ISMAP_NEXT_ID(table)                                                                                           \
    "(SELECT coalesce(max(id), replica_lo()) + 1 FROM " table " WHERE id > replica_lo() AND "                          \
    "id < replica_lo() + 1099511627776)"

namespace ismap {

class Query;

/**
 * A thin RAII owner of one SQLite connection. Every failing call throws AuditError with SQLite's
 * message, so engine code reads as a straight sequence of statements inside a Transaction.
 * Raw SQLite (not QtSql) gives us exact error codes, incremental BLOB I/O and zero-copy binds.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens @p path; @p create allows creating a new file. Throws on failure.
    void open(const QString& path, bool create, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    /// Runs one or more statements without results.
    void exec(const char* sql);
    void exec(const QString& sql);
    Query prepare(const char* sql);
    Query prepare(const QString& sql);
    /// The statement for @p sql, prepared once per connection and kept (for statements run once per trail row
    /// or per written row); reset, with no bindings. Reset it after reading rows; never use it re-entrantly.
    Query& cached(const QString& sql);
    /// Resets every cached statement, so none holds a read open (changing the journal mode or checkpointing
    /// needs a connection without statements in progress).
    void resetCached();

    /// Waits up to @p ms for another connection's lock before a statement gives up as busy (raise(): Locked).
    void setBusyTimeout(int ms);
    /// Calls @p interrupt about every @p steps virtual-machine steps of a running statement; when it returns true
    /// the statement stops and fails (SQLITE_INTERRUPT). An empty function removes the handler.
    void setProgressHandler(int steps, std::function<bool()> interrupt);
    /// Copies what the WAL holds into the database file without waiting for readers or writers (PASSIVE).
    /// Returns false when the file was busy or locked (a later checkpoint copies what is left); throws on any other
    /// error, naming @p context. Resets the cached statements first (a checkpoint needs no statement in progress).
    bool checkpointPassive(const QString& context);

    /// Single value of the first column of the first row, or null QVariant.
    QVariant scalar(const char* sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    /// Throws AuditError translated from the connection's last error.
    [[noreturn]] void raise(int rc, const QString& context) const;

    /// A row written on this connection: table and rowid.
    using RowChange = std::pair<QString, qint64>;
    /// Notes every row inserted, updated or deleted in a table for which @p tracked returns true
    /// (sqlite3_update_hook); a full rollback forgets what it undid. Null stops tracking.
    void trackChanges(bool (*tracked)(const char* table));
    /// The rows written since the last call, in table and rowid order; forgets them. @p existedBefore, if given,
    /// receives those of them whose first write since the last call was an update or a delete: rows that
    /// existed before (an insert, or a row only noted, may be new).
    std::set<RowChange> takeChanges(std::set<RowChange>* existedBefore = nullptr);
    bool hasChanges() const { return !m_changes.empty(); }
    /// Notes a row as written (e.g. to record every row once); @p existedBefore: it was there before.
    void noteChange(const QString& table, qint64 rowId, bool existedBefore = false)
    {
        const auto it = m_changes.emplace(table, rowId).first;
        if (existedBefore)
            m_existedBefore.insert(*it);
    }
    /// The replica this connection writes as: 0 for the origin workbook (and one never replicated), 1… for a
    /// replica (ARCHITECTURE.md, "Team sync"). Every row a replica creates has an id in its own range
    /// [n << kReplicaShift, (n + 1) << kReplicaShift), so no two replicas hand out one id.
    void setReplica(int number) { m_replica = number; }
    int replica() const { return m_replica; }
    static constexpr int kReplicaShift = 40;
    /// The lowest id of replica @p number's range (exclusive: ids start one above).
    static qint64 rangeStart(int number) { return qint64(number) << kReplicaShift; }
    /// The replica whose range holds @p id.
    static int replicaOf(qint64 id) { return int(id >> kReplicaShift); }
    /// The next free id of @p table's INTEGER PRIMARY KEY `id` in this connection's range (inside the action's
    /// transaction, so it is race-free on one file).
    qint64 nextId(const char* table);

    /// Whether the trail has one chain per replica (workbook format 8 on); set by whoever opens the workbook.
    void setChainedTrail(bool on) { m_chainedTrail = on; }
    bool chainedTrail() const { return m_chainedTrail; }

    /// Captures the changes of the tables @p captured accepts with SQLite's session extension, for team sync;
    /// null stops. Each transaction starts a fresh capture; takeCaptured() hands over what was recorded so far.
    void setCapture(bool (*captured)(const char* table));
    bool capturing() const { return m_captured != nullptr; }
    /// The changes recorded since the transaction began or the last call, as a changeset (empty when none);
    /// capturing goes on afresh.
    QByteArray takeCaptured();
    /// Starts the capture afresh, forgetting what was recorded (the changes an import applies are not this side's).
    void restartCapture();

    /// One row a changeset changes: its table, operation (SQLITE_INSERT/UPDATE/DELETE), key (keyText) and the
    /// columns it sets with their new values (all columns for an insert, the changed ones for an update, none for
    /// a delete).
    struct ChangedRow
    {
        QString table;
        int op = 0;
        QString key;
        QList<int> columns;
        QVariantList values;
    };
    /// The rows @p changeset changes, in its order. Throws InvalidInput on a malformed changeset.
    static QList<ChangedRow> changedRows(const QByteArray& changeset);
    /// A row's key as team sync names it: a compact JSON array of the key's values (integers as numbers).
    static QString keyText(const QVariantList& key);

    /// Runs inside Transaction::commit(), before COMMIT, while the transaction can still be extended.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }
    void runBeforeCommit()
    {
        if (m_beforeCommit)
            m_beforeCommit();
    }

private:
    static void onUpdate(void* self, int op, const char* dbName, const char* table, long long rowId);
    static void onRollback(void* self);

    sqlite3* m_db = nullptr;
    QString m_path;
    bool (*m_tracked)(const char*) = nullptr;
    std::set<RowChange> m_changes;
    std::set<RowChange> m_existedBefore; ///< of m_changes: first written by an update or a delete
    std::map<QByteArray, std::unique_ptr<Query>> m_cached;
    std::function<void()> m_beforeCommit;
    int m_replica = 0;
    bool m_chainedTrail = false;
    bool (*m_captured)(const char*) = nullptr;
    sqlite3_session* m_session = nullptr;
    std::function<bool()> m_interrupt;
};

/**
 * Reads the BLOBs of one column straight from the table's pages (SQLite's incremental BLOB I/O), without a
 * statement and without copying a whole value first; moving to another row reuses the handle. For the vault's
 * chunks, read once each; the connection must outlive it.
 */
class BlobInput
{
public:
    BlobInput(Database& db, const char* table, const char* column);
    ~BlobInput();
    BlobInput(const BlobInput&) = delete;
    BlobInput& operator=(const BlobInput&) = delete;

    /// Reads @p size bytes from the start of row @p rowId's value into @p out; throws AuditError (Database::raise)
    /// when the row is missing or shorter.
    void read(qint64 rowId, char* out, int size);

private:
    Database& m_db;
    const char* m_table;
    const char* m_column;
    sqlite3_blob* m_blob = nullptr;
};

/** A prepared statement; bind by 1-based index, step, read columns. */
class Query
{
public:
    Query(Database* db, sqlite3_stmt* stmt);
    Query(Query&& other) noexcept;
    Query& operator=(Query&& other) noexcept;
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, std::nullptr_t);
    Query& bind(int index, qint64 value);
    Query& bind(int index, int value) { return bind(index, qint64(value)); }
    Query& bind(int index, double value);
    Query& bind(int index, const QString& value);
    Query& bind(int index, const char* utf8) { return bind(index, QString::fromUtf8(utf8)); }
    /// Binds a BLOB; the bytes must outlive the next step() (no copy is made).
    Query& bindBlob(int index, const QByteArray& value);
    Query& bindBlob(int index, const char* data, int size);
    Query& bindZeroBlob(int index, qint64 size);
    Query& bind(int index, const QVariant& value);
    Query& bindOptional(int index, const std::optional<qint64>& value);
    /// Binds the string, or NULL when it is empty.
    Query& bindNullable(int index, const QString& value);

    /// Advances; returns true while a row is available.
    bool step();
    /// Executes to completion (for statements without rows).
    void run();
    void reset();

    bool isNull(int col) const;
    qint64 int64(int col) const;
    int integer(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;
    int columnCount() const;
    /// The storage class of a column's value in the current row.
    enum class Type { Integer, Real, Text, Blob, Null };
    Type type(int col) const;
    QString columnName(int col) const;
    /// The bytes of a TEXT (UTF-8) or BLOB value without a copy; valid until the next step(), reset() or another
    /// read of the same column.
    QByteArrayView textBytes(int col) const;
    QByteArrayView blobBytes(int col) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/**
 * RAII transaction: BEGIN IMMEDIATE on construction (so a second writer is refused up front),
 * ROLLBACK on destruction unless commit() was called. One user action = one Transaction.
 */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace ismap
