#pragma once

#include "database/Database.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ismap {

/**
 * The recorded form of the workbook's audited rows. Every trail row carries, in its `state`, the rows its
 * action wrote: `[[table, rowid, {column: value}], ...]` (null for a deleted row). Short values are kept as
 * they are, long texts and BLOBs as {"sha256": ...}. `verify` replays these against the current rows, so a
 * row changed, added or deleted with an outside tool is named with its table, key and field.
 */
class RowState
{
public:
    /// Whether rows of @p table are recorded: every table except the trail itself, evidence chunks
    /// (checked by their hashes) and the search index (derived).
    static bool isAudited(const char* table);
    /// Whether changes of @p table travel between replicas in change packages: every audited table but the
    /// evidence blobs (their content travels by SHA-256, each side keeps it under its own ids).
    static bool travels(const char* table);
    /// The audited tables that exist in the workbook, in schema order.
    static QStringList auditedTables(Database& db);
    /// The recorded form of the current row of a `SELECT rowid, * FROM table` query (columns from 1).
    static QJsonObject fields(const Query& q);
    /// The state to store with a trail row for @p changes: each row as it is now, null if gone. Rows that
    /// are gone and were never recorded (an insert undone by a savepoint) are left out. Empty if nothing.
    /// A gone row of @p existedBefore (it was there before these changes, see Database::takeChanges) is null
    /// without looking it up in the trail; only a row that may have been new is looked up.
    static QString snapshot(Database& db, const std::set<Database::RowChange>& changes,
                            const std::set<Database::RowChange>& existedBefore = {});
    /// A short name for a row: "team_member alice", "statement_item 5.1.1", "evidence_link row 3".
    static QString label(const QString& table, qint64 rowId, const QJsonObject& fields);
};

} // namespace ismap
