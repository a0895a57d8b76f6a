#include "sync/SqliteSession.h" // first: it must define the session switches before anything includes sqlite3.h

#include "sync/Changeset.h"

#include "common/AuditError.h"
#include "database/Database.h"

#include <set>

namespace ismap::sync {

namespace {

struct SqliteFree
{
    void operator()(void* p) const { sqlite3_free(p); }
};
using SqliteBuffer = std::unique_ptr<void, SqliteFree>;

QByteArray takeBuffer(int size, void* data)
{
    const SqliteBuffer owner(data);
    return size > 0 && data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

/// Reads SQLite's varint (1 to 9 bytes, big-endian groups of 7 bits, the ninth byte whole) at @p pos.
bool readVarint(const QByteArray& b, qsizetype& pos, quint64& value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (pos >= b.size())
            return false;
        const auto byte = quint8(b[pos++]);
        if (i == 8) {
            value = (value << 8) | byte;
            return true;
        }
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return true;
    }
    return true;
}

/// Whether @p b follows the changeset format (https://sqlite.org/sessionintro.html, "Changeset format") to its
/// end: SQLite 3.40's iterator can loop on some malformed inputs, so it only ever sees well-formed ones.
bool wellFormed(const QByteArray& b)
{
    constexpr quint64 kMaxColumns = 32767;
    qsizetype pos = 0;
    quint64 columns = 0;
    while (pos < b.size()) {
        const auto tag = quint8(b[pos++]);
        if (tag == 'T') {
            if (!readVarint(b, pos, columns) || columns == 0 || columns > kMaxColumns
                || quint64(b.size() - pos) < columns)
                return false;
            bool anyKey = false;
            for (quint64 i = 0; i < columns; ++i) {
                const auto flag = quint8(b[pos++]);
                if (flag > 1)
                    return false;
                anyKey = anyKey || flag;
            }
            const qsizetype end = b.indexOf('\0', pos);
            if (!anyKey || end <= pos)
                return false;
            pos = end + 1;
            continue;
        }
        if (columns == 0 || (tag != SQLITE_INSERT && tag != SQLITE_UPDATE && tag != SQLITE_DELETE) || pos >= b.size())
            return false;
        ++pos; // the "indirect" flag
        for (int record = 0; record < (tag == SQLITE_UPDATE ? 2 : 1); ++record) {
            for (quint64 i = 0; i < columns; ++i) {
                if (pos >= b.size())
                    return false;
                const auto type = quint8(b[pos++]);
                quint64 length = 0;
                if (type == SQLITE_INTEGER || type == SQLITE_FLOAT)
                    length = 8;
                else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
                    if (!readVarint(b, pos, length))
                        return false;
                } else if (type != 0 && type != SQLITE_NULL)
                    return false;
                if (length > quint64(b.size() - pos))
                    return false;
                pos += qsizetype(length);
            }
        }
    }
    return true;
}

/// A changeset iterator, finalised on every path; next() throws on a malformed changeset.
class Iterator
{
public:
    explicit Iterator(const QByteArray& changeset)
    {
        if (!wellFormed(changeset))
            fail(SQLITE_CORRUPT);
        const int rc = sqlite3changeset_start(&m_it, int(changeset.size()), const_cast<char*>(changeset.constData()));
        if (rc != SQLITE_OK)
            fail(rc);
    }
    ~Iterator()
    {
        if (m_it)
            sqlite3changeset_finalize(m_it);
    }
    Iterator(const Iterator&) = delete;
    Iterator& operator=(const Iterator&) = delete;

    bool next()
    {
        const int rc = sqlite3changeset_next(m_it);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(rc);
        return false;
    }
    sqlite3_changeset_iter* get() const { return m_it; }

private:
    [[noreturn]] static void fail(int rc)
    {
        throw AuditError(ErrorCode::InvalidInput,
                         Changeset::tr("The changeset is malformed (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3_changeset_iter* m_it = nullptr;
};

QVariant toVariant(sqlite3_value* v)
{
    if (!v)
        return {};
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(v)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(v));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
        return QVariant(QString::fromUtf8(text, sqlite3_value_bytes(v)));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_value_blob(v));
        return QVariant(QByteArray(blob, sqlite3_value_bytes(v)));
    }
    default:
        return QVariant::fromValue(nullptr);
    }
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    return a.metaType() == b.metaType() && (a.isNull() || a == b);
}

/// The columns of a table and which of them form its primary key (PRAGMA table_info).
struct TableShape
{
    QStringList columns;
    QList<bool> primaryKey;
    bool exists() const { return !columns.isEmpty(); }
    bool hasKey() const { return primaryKey.contains(true); }
};

TableShape shapeOf(Database& db, const QString& table)
{
    TableShape shape;
    QString quoted = table;
    quoted.replace(u'"', QStringLiteral("\"\""));
    Query q = db.prepare(QStringLiteral("PRAGMA main.table_info(\"%1\")").arg(quoted));
    while (q.step()) {
        shape.columns.append(q.text(1));
        shape.primaryKey.append(q.int64(5) > 0);
    }
    return shape;
}

QString keyText(const QVariantList& key)
{
    QStringList parts;
    for (const QVariant& v : key)
        parts.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
    return parts.join(u',');
}

struct ApplyContext
{
    Database* db = nullptr;
    ApplyResult* result = nullptr;
    const std::function<bool(const ChangeConflict&)>* takeIncoming = nullptr;
    std::map<QString, TableShape> shapes;
    QString error;
};

QString describeForeignKeyViolations(Database& db, int count)
{
    QStringList named;
    try {
        Query q = db.prepare("PRAGMA main.foreign_key_check");
        while (q.step() && named.size() < 5)
            named.append(Changeset::tr("table %1, row %2 (refers to %3)").arg(q.text(0), q.text(1), q.text(2)));
    } catch (const AuditError&) {
        // The list is a courtesy: the count below is what matters.
    }
    return Changeset::tr("The changeset would leave %n row(s) referring to rows that do not exist: %1.", nullptr, count)
        .arg(named.isEmpty() ? Changeset::tr("not named") : named.join(QStringLiteral("; ")));
}

ChangeConflict describe(ApplyContext& ctx, int eConflict, sqlite3_changeset_iter* it)
{
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    ChangeConflict c;
    c.table = QString::fromUtf8(table);
    c.op = op == SQLITE_INSERT ? ChangeOp::Insert : op == SQLITE_DELETE ? ChangeOp::Delete : ChangeOp::Update;
    c.kind = eConflict == SQLITE_CHANGESET_NOTFOUND ? ConflictKind::NotFound
        : eConflict == SQLITE_CHANGESET_DATA        ? ConflictKind::Data
                                                    : ConflictKind::Conflict;
    c.columns = ctx.shapes[c.table].columns;
    unsigned char* pk = nullptr;
    sqlite3changeset_pk(it, &pk, nullptr);
    const bool hasLocal = eConflict == SQLITE_CHANGESET_DATA || eConflict == SQLITE_CHANGESET_CONFLICT;
    for (int i = 0; i < columns; ++i) {
        sqlite3_value* v = nullptr;
        if (op != SQLITE_INSERT && sqlite3changeset_old(it, i, &v) == SQLITE_OK)
            c.incomingOld.append(toVariant(v));
        v = nullptr;
        if (op != SQLITE_DELETE && sqlite3changeset_new(it, i, &v) == SQLITE_OK)
            c.incomingNew.append(toVariant(v));
        v = nullptr;
        if (hasLocal && sqlite3changeset_conflict(it, i, &v) == SQLITE_OK)
            c.local.append(toVariant(v));
        if (pk && pk[i])
            c.primaryKey.append(op == SQLITE_INSERT ? c.incomingNew.value(i) : c.incomingOld.value(i));
    }
    return c;
}

/// True when this side already holds what the change would write (applied before, or the same edit made here).
bool alreadyHeld(const ChangeConflict& c)
{
    if (c.local.isEmpty() || c.op == ChangeOp::Delete)
        return false;
    for (int i = 0; i < c.incomingNew.size() && i < c.local.size(); ++i)
        if (c.incomingNew[i].isValid() && !sameValue(c.incomingNew[i], c.local[i]))
            return false;
    return true;
}

int onConflict(void* context, int eConflict, sqlite3_changeset_iter* it)
{
    auto& ctx = *static_cast<ApplyContext*>(context);
    if (eConflict == SQLITE_CHANGESET_FOREIGN_KEY) {
        int count = 0;
        sqlite3changeset_fk_conflicts(it, &count);
        ctx.error = describeForeignKeyViolations(*ctx.db, count);
        return SQLITE_CHANGESET_ABORT;
    }
    ChangeConflict c = describe(ctx, eConflict, it);
    if (eConflict == SQLITE_CHANGESET_CONSTRAINT) {
        ctx.error = Changeset::tr("The incoming change to table %1, key %2, violates a constraint of this workbook.")
                        .arg(c.table, keyText(c.primaryKey));
        return SQLITE_CHANGESET_ABORT;
    }
    // A row both sides deleted, or a result this side holds already, is no conflict: that is what makes a second
    // apply of the same changeset change nothing.
    if ((eConflict == SQLITE_CHANGESET_NOTFOUND && c.op == ChangeOp::Delete) || alreadyHeld(c)) {
        ++ctx.result->alreadyPresent;
        return SQLITE_CHANGESET_OMIT;
    }
    if (ctx.takeIncoming && *ctx.takeIncoming && eConflict != SQLITE_CHANGESET_NOTFOUND)
        c.replaced = (*ctx.takeIncoming)(c);
    const bool replace = c.replaced;
    ctx.result->conflicts.append(std::move(c));
    return replace ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_OMIT;
}

} // namespace

// ---- ChangeCapture ------------------------------------------------------------------------------------------

struct ChangeCapture::Impl
{
    sqlite3_session* session = nullptr;
};

ChangeCapture::ChangeCapture(Database& db, const QStringList& tables)
    : d(std::make_unique<Impl>())
{
    for (const QString& table : tables) {
        if (table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("search_index")))
            throw AuditError(ErrorCode::Internal,
                             tr("Table %1 is rebuilt on each side and never exchanged.").arg(table));
        const TableShape shape = shapeOf(db, table);
        if (!shape.exists())
            throw AuditError(ErrorCode::Internal, tr("The workbook has no table %1.").arg(table));
        if (!shape.hasKey())
            throw AuditError(ErrorCode::Internal,
                             tr("Table %1 has no primary key, so its changes cannot be recorded.").arg(table));
    }
    int rc = sqlite3session_create(db.handle(), "main", &d->session);
    if (rc != SQLITE_OK)
        db.raise(rc, tr("Recording changes"));
    for (const QString& table : tables) {
        rc = sqlite3session_attach(d->session, table.toUtf8().constData());
        if (rc != SQLITE_OK)
            db.raise(rc, tr("Recording changes of table %1").arg(table));
    }
}

ChangeCapture::~ChangeCapture()
{
    if (d->session)
        sqlite3session_delete(d->session);
}

QByteArray ChangeCapture::changeset() const
{
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(d->session, &size, &data);
    QByteArray out = takeBuffer(size, data);
    if (rc != SQLITE_OK)
        throw AuditError(ErrorCode::Internal,
                         tr("The recorded changes cannot be read (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return out;
}

bool ChangeCapture::isEmpty() const
{
    return changeset().isEmpty();
}

QStringList ChangeCapture::syncableTables(Database& db, QStringList* withoutKey)
{
    QStringList names;
    {
        Query q = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                             "ESCAPE '\\' AND name NOT LIKE 'search\\_index%' ESCAPE '\\' ORDER BY name");
        while (q.step())
            names.append(q.text(0));
    }
    QStringList tables;
    for (const QString& name : names) {
        if (shapeOf(db, name).hasKey())
            tables.append(name);
        else if (withoutKey)
            withoutKey->append(name);
    }
    return tables;
}

// ---- Changeset ----------------------------------------------------------------------------------------------

QByteArray Changeset::combine(const QList<QByteArray>& changesets)
{
    sqlite3_changegroup* group = nullptr;
    if (sqlite3changegroup_new(&group) != SQLITE_OK)
        throw AuditError(ErrorCode::Internal, tr("Out of memory combining changesets."));
    const std::unique_ptr<sqlite3_changegroup, void (*)(sqlite3_changegroup*)> owner(group, sqlite3changegroup_delete);
    for (int i = 0; i < changesets.size(); ++i) {
        const int rc = !wellFormed(changesets[i])
            ? SQLITE_CORRUPT
            : sqlite3changegroup_add(group, int(changesets[i].size()), const_cast<char*>(changesets[i].constData()));
        if (rc != SQLITE_OK)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("Changeset %1 of %2 cannot be combined (%3).")
                                 .arg(i + 1)
                                 .arg(changesets.size())
                                 .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3changegroup_output(group, &size, &data);
    QByteArray out = takeBuffer(size, data);
    if (rc != SQLITE_OK)
        throw AuditError(ErrorCode::Internal, tr("Out of memory combining changesets."));
    return out;
}

ChangesetSummary Changeset::summarise(const QByteArray& changeset)
{
    ChangesetSummary summary;
    Iterator it(changeset);
    while (it.next()) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(it.get(), &table, &columns, &op, &indirect);
        TableChanges& t = summary[QString::fromUtf8(table)];
        (op == SQLITE_INSERT ? t.inserts : op == SQLITE_DELETE ? t.deletes : t.updates)++;
    }
    return summary;
}

void Changeset::check(const QByteArray& changeset)
{
    Iterator it(changeset);
    while (it.next()) { }
}

ApplyResult Changeset::apply(Database& db, const QByteArray& changeset)
{
    return apply(db, changeset, {});
}

QVariantList Changeset::insertedValues(const QByteArray& changeset, const QString& table, int column)
{
    QVariantList out;
    Iterator it(changeset);
    while (it.next()) {
        const char* name = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(it.get(), &name, &columns, &op, &indirect);
        if (op != SQLITE_INSERT || column >= columns || QString::fromUtf8(name) != table)
            continue;
        sqlite3_value* v = nullptr;
        if (sqlite3changeset_new(it.get(), column, &v) == SQLITE_OK)
            out.append(toVariant(v));
    }
    return out;
}

ApplyResult Changeset::apply(Database& db, const QByteArray& changeset,
                             const std::function<bool(const ChangeConflict&)>& takeIncoming)
{
    if (!db.inTransaction())
        throw AuditError(ErrorCode::Internal, tr("A changeset is applied only inside the caller's transaction."));
    ApplyResult result;
    ApplyContext ctx;
    ctx.db = &db;
    ctx.result = &result;
    ctx.takeIncoming = &takeIncoming;
    {
        // Every table the changeset touches must exist here with the same columns and key: SQLite would otherwise
        // skip its changes without a word.
        Iterator it(changeset);
        while (it.next()) {
            ++result.changes;
            const char* table = nullptr;
            int columns = 0;
            int op = 0;
            int indirect = 0;
            sqlite3changeset_op(it.get(), &table, &columns, &op, &indirect);
            const QString name = QString::fromUtf8(table);
            auto found = ctx.shapes.find(name);
            if (found == ctx.shapes.end())
                found = ctx.shapes.emplace(name, shapeOf(db, name)).first;
            unsigned char* pk = nullptr;
            int pkColumns = 0;
            sqlite3changeset_pk(it.get(), &pk, &pkColumns);
            bool sameKey = found->second.columns.size() == columns;
            for (int i = 0; sameKey && i < columns; ++i)
                sameKey = bool(pk[i]) == found->second.primaryKey[i];
            if (!found->second.exists())
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("The changeset changes table %1, which this workbook "
                                    "does not have.")
                                     .arg(name));
            if (!sameKey)
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("The changeset holds table %1 with %2 columns; this workbook has it with %3 "
                                    "columns or another key.")
                                     .arg(name)
                                     .arg(columns)
                                     .arg(found->second.columns.size()));
        }
    }
    void* rebase = nullptr;
    int rebaseSize = 0;
    const int rc
        = sqlite3changeset_apply_v2(db.handle(), int(changeset.size()), const_cast<char*>(changeset.constData()),
                                    nullptr, onConflict, &ctx, &rebase, &rebaseSize, 0);
    result.rebase = takeBuffer(rebaseSize, rebase);
    if (!ctx.error.isEmpty())
        throw AuditError(ErrorCode::Integrity, ctx.error);
    if (rc != SQLITE_OK)
        db.raise(rc, tr("Applying a changeset"));
    return result;
}

// ---- Rebaser ------------------------------------------------------------------------------------------------

struct Rebaser::Impl
{
    sqlite3_rebaser* rebaser = nullptr;
};

Rebaser::Rebaser()
    : d(std::make_unique<Impl>())
{
    if (sqlite3rebaser_create(&d->rebaser) != SQLITE_OK)
        throw AuditError(ErrorCode::Internal, tr("Out of memory creating a rebaser."));
}

Rebaser::~Rebaser()
{
    sqlite3rebaser_delete(d->rebaser);
}

void Rebaser::configure(const QByteArray& rebaseBuffer)
{
    const int rc = sqlite3rebaser_configure(d->rebaser, int(rebaseBuffer.size()), rebaseBuffer.constData());
    if (rc != SQLITE_OK)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("The rebase buffer is malformed (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

QByteArray Rebaser::rebase(const QByteArray& localChangeset) const
{
    int size = 0;
    void* data = nullptr;
    const int rc = !wellFormed(localChangeset)
        ? SQLITE_CORRUPT
        : sqlite3rebaser_rebase(d->rebaser, int(localChangeset.size()), localChangeset.constData(), &size, &data);
    QByteArray out = takeBuffer(size, data);
    if (rc != SQLITE_OK)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("The changeset cannot be rebased (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return out;
}

} // namespace ismap::sync
