#pragma once

#include "evidence/BlobReader.h"

#include <QString>

namespace ismap {

class Database;

/**
 * What a transaction that writes a lot of evidence content sets up before it begins, and puts back after it ends
 * (an evidence import, a change package with evidence): evidence pages written once, no checkpoint inside the
 * COMMIT, a small page cache. Construct it before the Transaction, on the connection that writes.
 *
 * Large writes (@p large) on a connection that has the workbook to itself switch the workbook to SQLite's rollback
 * journal for the transaction and back to WAL after it: new pages lie past the file's old end, which a rollback
 * journal never copies, so the content is written once, straight into the workbook, instead of into the WAL and
 * again by the checkpoint. Crash safety is SQLite's either way: a killed write leaves a hot journal that the next
 * open rolls back (and Workbook::open puts WAL back). When another connection has the file open, SQLite cannot
 * leave WAL and the write runs in WAL; SQLite then does not checkpoint inside the COMMIT (wal_autocheckpoint = 0
 * while this lives), so the write is done when it is durable in the WAL, and the caller checkpoints after.
 */
class BulkEvidenceWrite
{
public:
    /// Writes of at least this many bytes are worth the switch to the rollback journal.
    static constexpr qint64 kLargeBytes = 4 << 20;

    BulkEvidenceWrite(Database& db, bool large);
    ~BulkEvidenceWrite();
    BulkEvidenceWrite(const BulkEvidenceWrite&) = delete;
    BulkEvidenceWrite& operator=(const BulkEvidenceWrite&) = delete;

    /// Whether the content goes straight into the workbook (no checkpoint needed after).
    bool writesOnce() const { return m_switched; }
    /// The file the transaction's pages go to (for FileHints::WriteBehind): the workbook, or its WAL.
    QString pagesPath() const;

private:
    Database& m_db;
    bool m_switched = false;
    qint64 m_autoCheckpoint = 0;
    StreamingCacheSize m_cache;
};

} // namespace ismap
