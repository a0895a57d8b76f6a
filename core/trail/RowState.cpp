#include "trail/RowState.h"

#include "common/Sha256.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <map>

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
    const int n = q.columnCount();
    for (int c = 1; c < n; ++c) {
        const QString name = q.columnName(c);
        switch (q.type(c)) {
        case Query::Type::Null:
            o.insert(name, QJsonValue::Null);
            break;
        case Query::Type::Integer: {
            const qint64 v = q.int64(c);
            if (v > -kExactDouble && v < kExactDouble)
                o.insert(name, double(v));
            else
                o.insert(name, QJsonObject { { QStringLiteral("int"), QString::number(v) } });
            break;
        }
        case Query::Type::Real:
            o.insert(name, q.real(c));
            break;
        case Query::Type::Blob: {
            const QByteArrayView bytes = q.blobBytes(c);
            o.insert(name, digestOf(bytes.isNull() ? "" : bytes.data(), int(bytes.size()), "blob"));
            break;
        }
        case Query::Type::Text: {
            const QByteArrayView bytes = q.textBytes(c);
            const int size = int(bytes.size());
            if (size <= kInlineBytes)
                o.insert(name, QString::fromUtf8(bytes.data(), size));
            else
                o.insert(name, digestOf(bytes.data(), size, "text"));
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
