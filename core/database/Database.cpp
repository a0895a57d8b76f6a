#include "database/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
// The session extension (team sync's change capture) is compiled into the system library but hidden in sqlite3.h
// unless these are defined before it is included.
#ifndef SQLITE_ENABLE_SESSION
#    define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#    define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

namespace ismap {

namespace {

/// A statement journal (the undo of one statement inside a transaction) stays in memory up to this size. SQLite's
/// default, 64 KiB, is a single page of a workbook, so nearly every INSERT of an action wrote its journal to a
/// temporary file (a gigabyte of writes for one statement import); past this size it still goes to a file.
constexpr int kStatementJournalInMemory = 4 * 1024 * 1024;

/// Process-wide SQLite settings, applied once before the first connection (every connection opens through
/// Database::open, so no other thread uses SQLite while they are set). Without them SQLite works as before.
void configureSqliteOnce()
{
    static const int rc = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalInMemory);
    (void)rc; // SQLITE_MISUSE if SQLite was already initialised: the default then applies
}

} // namespace

Database::~Database()
{
    close();
}

void Database::open(const QString& path, bool create, bool readOnly)
{
    close();
    configureSqliteOnce();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    sqlite3* db = nullptr;
    const QByteArray p = QFileInfo(path).absoluteFilePath().toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &db, flags, nullptr);
    m_db = db;
    m_path = path;
    if (db)
        sqlite3_create_function_v2(
            db, "replica_lo", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, this,
            [](sqlite3_context* ctx, int, sqlite3_value**) {
                sqlite3_result_int64(ctx, rangeStart(static_cast<Database*>(sqlite3_user_data(ctx))->m_replica));
            },
            nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        m_db = nullptr;
        if (rc == SQLITE_CANTOPEN)
            throw AuditError(ErrorCode::Io, tr("%1: cannot open the file (%2).").arg(path, msg));
        throw AuditError(ErrorCode::Io, tr("%1: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(m_db, 1);
}

void Database::close()
{
    setCapture(nullptr);
    m_cached.clear(); // finalised before the connection closes
    m_changes.clear();
    m_existedBefore.clear();
    m_beforeCommit = nullptr;
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

qint64 Database::nextId(const char* table)
{
    Query& q = cached(QStringLiteral("SELECT coalesce(max(id), ?1) + 1 FROM \"%1\" WHERE id > ?1 AND id < ?2")
                          .arg(QLatin1String(table)));
    q.bind(1, rangeStart(m_replica)).bind(2, rangeStart(m_replica + 1));
    q.step();
    const qint64 id = q.int64(0);
    q.reset();
    return id;
}

void Database::setCapture(bool (*captured)(const char* table))
{
    if (m_session) {
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
    m_captured = captured;
    restartCapture();
}

void Database::restartCapture()
{
    if (m_session) {
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
    if (!m_captured || !m_db)
        return;
    int rc = sqlite3session_create(m_db, "main", &m_session);
    if (rc != SQLITE_OK)
        raise(rc, tr("starting the change capture"));
    sqlite3session_table_filter(
        m_session,
        [](void* self, const char* table) { return static_cast<Database*>(self)->m_captured(table) ? 1 : 0; }, this);
    rc = sqlite3session_attach(m_session, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, tr("starting the change capture"));
}

QByteArray Database::takeCaptured()
{
    if (!m_session)
        return {};
    QByteArray out;
    if (!sqlite3session_isempty(m_session)) {
        int size = 0;
        void* data = nullptr;
        const int rc = sqlite3session_changeset(m_session, &size, &data);
        if (rc != SQLITE_OK)
            raise(rc, tr("reading the captured changes"));
        out = QByteArray(static_cast<const char*>(data), size);
        sqlite3_free(data);
    }
    restartCapture();
    return out;
}

namespace {

QVariant valueOf(sqlite3_value* v)
{
    if (!v)
        return {};
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(v)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(v));
    case SQLITE_TEXT:
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(v)), sqlite3_value_bytes(v)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_value_blob(v)), sqlite3_value_bytes(v)));
    default:
        return QVariant::fromValue(nullptr);
    }
}

} // namespace

QString Database::keyText(const QVariantList& key)
{
    QJsonArray out;
    for (const QVariant& v : key) {
        if (v.metaType().id() == QMetaType::LongLong)
            out.append(double(v.toLongLong()));
        else if (!v.isValid() || v.isNull())
            out.append(QJsonValue::Null);
        else
            out.append(v.toString());
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<Database::ChangedRow> Database::changedRows(const QByteArray& changeset)
{
    QList<ChangedRow> out;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()), const_cast<char*>(changeset.constData())) != SQLITE_OK)
        throw AuditError(ErrorCode::InvalidInput, tr("The changeset is malformed."));
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        unsigned char* pk = nullptr;
        int pkColumns = 0;
        sqlite3changeset_pk(it, &pk, &pkColumns);
        ChangedRow row;
        row.table = QString::fromUtf8(table);
        row.op = op;
        QVariantList key;
        for (int i = 0; i < columns; ++i) {
            sqlite3_value* v = nullptr;
            if (pk[i]) {
                if (op == SQLITE_INSERT)
                    sqlite3changeset_new(it, i, &v);
                else
                    sqlite3changeset_old(it, i, &v);
                key.append(valueOf(v));
            }
            v = nullptr;
            if (op != SQLITE_DELETE && sqlite3changeset_new(it, i, &v) == SQLITE_OK && v) {
                row.columns.append(i);
                row.values.append(valueOf(v));
            }
        }
        row.key = keyText(key);
        out.append(row);
    }
    sqlite3changeset_finalize(it);
    if (rc != SQLITE_DONE)
        throw AuditError(ErrorCode::InvalidInput, tr("The changeset is malformed."));
    return out;
}

void Database::trackChanges(bool (*tracked)(const char* table))
{
    m_tracked = tracked;
    m_changes.clear();
    sqlite3_update_hook(m_db, tracked ? &Database::onUpdate : nullptr, tracked ? this : nullptr);
    sqlite3_rollback_hook(m_db, tracked ? &Database::onRollback : nullptr, tracked ? this : nullptr);
}

void Database::onUpdate(void* self, int op, const char* dbName, const char* table, long long rowId)
{
    auto* me = static_cast<Database*>(self);
    if (std::strcmp(dbName, "main") != 0 || !me->m_tracked(table))
        return;
    const auto [it, first] = me->m_changes.emplace(QString::fromUtf8(table), qint64(rowId));
    if (first && op != SQLITE_INSERT)
        me->m_existedBefore.insert(*it);
}

void Database::onRollback(void* self)
{
    static_cast<Database*>(self)->m_changes.clear();
    static_cast<Database*>(self)->m_existedBefore.clear();
}

std::set<Database::RowChange> Database::takeChanges(std::set<RowChange>* existedBefore)
{
    std::set<RowChange> out;
    out.swap(m_changes);
    if (existedBefore)
        existedBefore->swap(m_existedBefore);
    m_existedBefore.clear();
    return out;
}

void Database::raise(int rc, const QString& context) const
{
    const int primary = rc & 0xff;
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString where = context.isEmpty() ? m_path : context;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw AuditError(
            ErrorCode::Locked,
            tr("%1: the workbook is in use by another program or window; close it there and try again.").arg(m_path));
    case SQLITE_READONLY:
        throw AuditError(ErrorCode::ReadOnly, tr("%1: the workbook cannot be written here (read-only).").arg(m_path));
    case SQLITE_NOTADB:
        throw AuditError(ErrorCode::NotAWorkbook, tr("%1: this file is not an ISMAP workbook.").arg(m_path));
    case SQLITE_CORRUPT:
        throw AuditError(
            ErrorCode::Damaged,
            tr("%1: the workbook is damaged (%2). It was not changed; restore it from a backup.").arg(m_path, msg));
    case SQLITE_FULL:
        throw AuditError(ErrorCode::Io, tr("%1: the disk is full; nothing was written.").arg(m_path));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw AuditError(ErrorCode::Io, tr("%1: input/output error (%2).").arg(m_path, msg));
    case SQLITE_CONSTRAINT:
        throw AuditError(ErrorCode::InvalidInput, tr("%1: %2").arg(where, msg));
    default:
        throw AuditError(ErrorCode::Internal, tr("%1: database error %2: %3").arg(where).arg(rc).arg(msg));
    }
}

void Database::exec(const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        raise(rc, QString());
}

void Database::exec(const QString& sql)
{
    exec(sql.toUtf8().constData());
}

Query Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, QString());
    return Query(this, stmt);
}

Query Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(utf8.constData());
}

Query& Database::cached(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    auto it = m_cached.find(utf8);
    if (it == m_cached.end())
        it = m_cached.emplace(utf8, std::make_unique<Query>(prepare(utf8.constData()))).first;
    it->second->reset();
    return *it->second;
}

void Database::resetCached()
{
    for (auto& [sql, query] : m_cached)
        query->reset();
}

QVariant Database::scalar(const char* sql)
{
    Query st = prepare(sql);
    if (!st.step())
        return {};
    return st.value(0);
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

void Database::setProgressHandler(int steps, std::function<bool()> interrupt)
{
    m_interrupt = std::move(interrupt);
    if (!m_interrupt) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, steps, [](void* self) { return static_cast<Database*>(self)->m_interrupt() ? 1 : 0; }, this);
}

bool Database::checkpointPassive(const QString& context)
{
    resetCached();
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    const int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return false;
    if (rc != SQLITE_OK)
        raise(rc, context);
    return true;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

Query::Query(Database* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Query::Query(Query&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Query& Query::operator=(Query&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Query::~Query()
{
    sqlite3_finalize(m_stmt);
}

#define ISMAP_CHECK_BIND(expr)                                                                                         \
    do {                                                                                                               \
        const int rc_ = (expr);                                                                                        \
        if (rc_ != SQLITE_OK)                                                                                          \
            m_db->raise(rc_, QString());                                                                               \
    } while (0)

Query& Query::bind(int index, std::nullptr_t)
{
    ISMAP_CHECK_BIND(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Query& Query::bind(int index, qint64 value)
{
    ISMAP_CHECK_BIND(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Query& Query::bind(int index, double value)
{
    ISMAP_CHECK_BIND(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Query& Query::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    ISMAP_CHECK_BIND(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Query& Query::bindBlob(int index, const QByteArray& value)
{
    return bindBlob(index, value.constData(), int(value.size()));
}

Query& Query::bindBlob(int index, const char* data, int size)
{
    ISMAP_CHECK_BIND(sqlite3_bind_blob(m_stmt, index, data ? data : "", size, SQLITE_STATIC));
    return *this;
}

Query& Query::bindZeroBlob(int index, qint64 size)
{
    ISMAP_CHECK_BIND(sqlite3_bind_zeroblob64(m_stmt, index, sqlite3_uint64(size)));
    return *this;
}

Query& Query::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        ISMAP_CHECK_BIND(sqlite3_bind_blob(m_stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT));
        return *this;
    }
    default:
        return bind(index, value.toString());
    }
}

Query& Query::bindOptional(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bind(index, nullptr);
}

Query& Query::bindNullable(int index, const QString& value)
{
    return value.isEmpty() ? bind(index, nullptr) : bind(index, value);
}

bool Query::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->raise(rc, QString());
}

void Query::run()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void Query::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Query::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Query::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Query::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Query::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Query::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

QVariant Query::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QVariant(int64(col));
    case SQLITE_FLOAT:
        return QVariant(real(col));
    case SQLITE_BLOB:
        return QVariant(blob(col));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(col));
    }
}

int Query::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Query::Type Query::type(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_BLOB:
        return Type::Blob;
    case SQLITE_NULL:
        return Type::Null;
    default:
        return Type::Text;
    }
}

QString Query::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

QByteArrayView Query::textBytes(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArrayView Query::blobBytes(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

BlobInput::BlobInput(Database& db, const char* table, const char* column)
    : m_db(db)
    , m_table(table)
    , m_column(column)
{ }

BlobInput::~BlobInput()
{
    sqlite3_blob_close(m_blob);
}

void BlobInput::read(qint64 rowId, char* out, int size)
{
    int rc = m_blob ? sqlite3_blob_reopen(m_blob, rowId)
                    : sqlite3_blob_open(m_db.handle(), "main", m_table, m_column, rowId, 0, &m_blob);
    if (rc == SQLITE_OK)
        rc = sqlite3_blob_read(m_blob, out, size, 0);
    if (rc != SQLITE_OK)
        m_db.raise(rc, QString());
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
    if (m_db.capturing())
        m_db.restartCapture(); // what a rolled-back transaction recorded is forgotten
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction())
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.runBeforeCommit();
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace ismap
