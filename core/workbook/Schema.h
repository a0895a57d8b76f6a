#pragma once

namespace ismap {

class Database;

/// The workbook's SQLite schema and its forward-only migrations.
namespace Schema {

/// `PRAGMA application_id` of every ISMAP workbook ("ISMW").
constexpr int kApplicationId = 0x49534D57;
/// The schema version this build writes (`PRAGMA user_version`).
constexpr int kCurrentVersion = 1;

/// Creates every table of the current version in an empty database (inside the caller's transaction).
void create(Database& db);
/// Migrates from @p fromVersion to kCurrentVersion, one step at a time (inside the caller's transaction).
void migrate(Database& db, int fromVersion);

} // namespace Schema
} // namespace ismap
