#include "trail/RowState.h"

#include "common/Sha256.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <map>
#include <sqlite3.h>

namespace ismap {

namespace {

/// Texts up to this many bytes are recorded as they are; longer ones by their SHA-256.
constexpr int kInlineBytes = 96;
/// Integers beyond this cannot be a JSON number without loss.
constexpr qint64 kExactDouble = qint64(1) << 53;

QJsonValue digestOf(const char* data, int size, const char* type)
{
    return QJsonObject { { QStringLiteral("sha256"), Sha256::hex(data, size) },
                         { QStringLiteral("type"), QLatin1String(type) } };
}

} // namespace

bool RowState::isAudited(const char* table)
{
    // The trail, evidence chunks (checked by their hashes), the search index (derived), and the tables team sync
    // keeps for one copy of the workbook only (which replica this file is, the changes each trail row made, the
    // last writer of each row, the conflicts found here, the exchanges made here).
    static const char* const excluded[] = { "trail",     "trail_head",   "evidence_chunk", "replica_self",
                                            "row_stamp", "trail_change", "sync_conflict",  "sync_exchange" };
    for (const char* name : excluded)
        if (std::strcmp(table, name) == 0)
            return false;
    return std::strncmp(table, "search_index", 12) != 0 && std::strncmp(table, "sqlite_", 7) != 0;
}

bool RowState::travels(const char* table)
{
    // Evidence content travels by its SHA-256, not as rows: each side stores blobs under its own ids.
    return isAudited(table) && std::strcmp(table, "evidence_blob") != 0;
}

QStringList RowState::auditedTables(Database& db)
{
    QStringList out;
    Query q = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                         "ORDER BY rowid");
    while (q.step()) {
        const QByteArray name = q.text(0).toUtf8();
        if (isAudited(name.constData()))
            out << q.text(0);
    }
    return out;
}

QJsonObject RowState::fields(const Query& q)
{
    QJsonObject o;
    sqlite3_stmt* st = q.statement();
    const int n = sqlite3_column_count(st);
    for (int c = 1; c < n; ++c) {
        const QString name = QString::fromUtf8(sqlite3_column_name(st, c));
        switch (sqlite3_column_type(st, c)) {
        case SQLITE_NULL:
            o.insert(name, QJsonValue::Null);
            break;
        case SQLITE_INTEGER: {
            const qint64 v = sqlite3_column_int64(st, c);
            if (v > -kExactDouble && v < kExactDouble)
                o.insert(name, double(v));
            else
                o.insert(name, QJsonObject { { QStringLiteral("int"), QString::number(v) } });
            break;
        }
        case SQLITE_FLOAT:
            o.insert(name, sqlite3_column_double(st, c));
            break;
        case SQLITE_BLOB: {
            const auto* p = static_cast<const char*>(sqlite3_column_blob(st, c));
            o.insert(name, digestOf(p ? p : "", sqlite3_column_bytes(st, c), "blob"));
            break;
        }
        default: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            const int size = sqlite3_column_bytes(st, c);
            if (size <= kInlineBytes)
                o.insert(name, QString::fromUtf8(p, size));
            else
                o.insert(name, digestOf(p, size, "text"));
        }
        }
    }
    return o;
}

QString RowState::snapshot(Database& db, const std::set<Database::RowChange>& changes,
                           const std::set<Database::RowChange>& existedBefore)
{
    if (changes.empty())
        return {};
    QJsonArray out;
    for (const auto& change : changes) {
        const auto& [table, rowId] = change;
        Query& q = db.cached(QStringLiteral("SELECT rowid, * FROM \"%1\" WHERE rowid = ?").arg(table));
        q.bind(1, rowId);
        if (q.step()) {
            out.append(QJsonArray { table, double(rowId), fields(q) });
            q.reset();
            continue;
        }
        q.reset();
        // Gone: a row that was there before these changes is recorded as deleted (the trail recorded it when it was
        // written, or in the upgrade's baseline; a row an outside tool added and the app deleted leaves nothing for
        // `verify` to report either way). A row that may have been new is recorded as deleted only if the trail ever
        // recorded it, which reads the whole trail.
        if (existedBefore.count(change) != 0) {
            out.append(QJsonArray { table, double(rowId), QJsonValue::Null });
            continue;
        }
        Query seen = db.prepare("SELECT 1 FROM trail WHERE instr(state, ?) > 0 LIMIT 1");
        seen.bind(1, QStringLiteral("[\"%1\",%2,").arg(table).arg(rowId));
        if (seen.step())
            out.append(QJsonArray { table, double(rowId), QJsonValue::Null });
    }
    if (out.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QString RowState::label(const QString& table, qint64 rowId, const QJsonObject& fields)
{
    static const QHash<QString, QString> keys {
        { QStringLiteral("team_member"), QStringLiteral("name") },
        { QStringLiteral("catalog_item"), QStringLiteral("id") },
        { QStringLiteral("statement_item"), QStringLiteral("item_id") },
        { QStringLiteral("item_plan"), QStringLiteral("item_id") },
        { QStringLiteral("evidence"), QStringLiteral("ref") },
        { QStringLiteral("finding"), QStringLiteral("ref") },
    };
    if (table == u"engagement")
        return table;
    const QJsonValue key = fields.value(keys.value(table));
    if (key.isString())
        return table + u' ' + key.toString();
    return QStringLiteral("%1 row %2").arg(table).arg(rowId);
}

} // namespace ismap
