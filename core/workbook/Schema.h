#pragma once

#include <QList>

namespace ismap {

class Database;

/// The workbook's SQLite schema and its forward-only migrations.
namespace Schema {

/// `PRAGMA application_id` of every ISMAP workbook ("ISMW").
constexpr int kApplicationId = 0x49534D57;
/// The schema version this build writes (`PRAGMA user_version`). 2: the trail records the rows each action
/// wrote (trail.state) and pins its head (trail_head), so `verify` can compare the current rows with it.
/// 3: the population as the CSP states it (records named in words, a count, a rationale) and the statement's
/// own content (date, version, scope, overview, changes, subsequent events) in `statement_info`.
/// 4: the request list (依頼資料 / PBC) in `request` and `request_evidence`; a sample set's population list.
/// 5: texts the engine writes for people (generated finding titles, sign-off void reasons) stored as codes with
/// parameters (common/TextCode), rendered in the reader's language; older translated texts converted.
/// 6: member keys (`member_key`), signatures on sign-offs, note resolutions, finalisation and unlock
/// (`lock_signature`), engagement-level sign-offs (`engagement_signoff`), the quality reviewer role.
/// 7: the reports issued (`report_issue`), the reopenings of a finalised engagement (`engagement_unlock`), the
/// retention period and the archive date on the engagement row.
/// 8: team sync — replicas, per-replica trail chains, captured changesets, row stamps, conflicts, evidence link
/// keys (ARCHITECTURE.md, "Team sync").
constexpr int kCurrentVersion = 8;

/// Creates every table of the current version in an empty database (inside the caller's transaction).
void create(Database& db);
/// Brings the search triggers to this build's text (same job, cheaper): dropped and created again only when
/// their text differs, and those this build no longer uses dropped, inside the caller's transaction. Called by
/// create() and by every read-write open; no change of format.
void refreshTriggers(Database& db);
/// Sets aside the trigger that keeps the step notes' search rows per change (inside the caller's transaction), for
/// work that changes many steps at once (a change package): the rows are rebuilt once per item by
/// rebuildStepSearch(), which puts the trigger back. A rollback puts it back too.
void setAsideStepSearch(Database& db);
/// Rebuilds the search rows of the items of steps @p stepIds (their notes) and puts the step trigger back.
void rebuildStepSearch(Database& db, const QList<qint64>& stepIds);
/// Migrates from @p fromVersion to kCurrentVersion, one step at a time (inside the caller's transaction).
/// 1 → 2 records every audited row as it is in one "workbook.upgrade" trail row: the baseline that `verify`
/// compares later changes with (what an outside tool changed before the upgrade cannot be told apart).
void migrate(Database& db, int fromVersion);

} // namespace Schema
} // namespace ismap
