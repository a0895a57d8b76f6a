#include "evidence/BulkWrite.h"

#include "common/AuditError.h"
#include "database/Database.h"

namespace ismap {

BulkEvidenceWrite::BulkEvidenceWrite(Database& db, bool large)
    : m_db(db)
    , m_cache(db)
{
    if (large) {
        db.resetCached();
        try {
            m_switched = db.scalar("PRAGMA journal_mode = TRUNCATE").toString() == u"truncate";
        } catch (const AuditError&) {
            m_switched = false; // busy: someone else has the file open
        }
    }
    m_autoCheckpoint = db.scalar("PRAGMA wal_autocheckpoint").toLongLong();
    db.exec("PRAGMA wal_autocheckpoint = 0");
}

BulkEvidenceWrite::~BulkEvidenceWrite()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
    } catch (...) { }
    if (!m_switched)
        return;
    try {
        m_db.resetCached();
        m_db.exec("PRAGMA journal_mode = WAL");
    } catch (...) {
        // Left in rollback mode, the workbook is still consistent; the next read-write open restores WAL.
    }
}

QString BulkEvidenceWrite::pagesPath() const
{
    return m_switched ? m_db.path() : m_db.path() + QStringLiteral("-wal");
}

} // namespace ismap
