#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <functional>

namespace ismap {

class Database;

/** The stored form of one piece of content in the vault. */
struct StoredBlob
{
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;
    qint64 chunkSize = 0;
    qint64 chunkCount = 0;
};

/**
 * Shrinks SQLite's page cache while evidence streams through it (each page is touched once, so a large
 * cache only costs memory: 8 MiB measured as fast as 32 MiB), and restores it afterwards.
 */
class StreamingCacheSize
{
public:
    explicit StreamingCacheSize(Database& db);
    ~StreamingCacheSize();
    StreamingCacheSize(const StreamingCacheSize&) = delete;
    StreamingCacheSize& operator=(const StreamingCacheSize&) = delete;

private:
    Database& m_db;
    qint64 m_previous;
};

/**
 * Streams a stored blob out of the workbook chunk by chunk, re-hashing each chunk and the whole content
 * on a worker thread while the next chunk is read (memory: a few chunks, whatever the size). Anything
 * that does not hold throws AuditError(Integrity) naming @p label and the chunk, e.g.
 * "evidence E-0003 chunk 2: hash mismatch".
 */
class BlobReader
{
    Q_DECLARE_TR_FUNCTIONS(BlobReader)
public:
    /// Receives each verified chunk's bytes in order (on the worker thread).
    using Sink = std::function<void(const char* data, qint64 size)>;
    /// Bytes read so far; return false to cancel (throws Cancelled).
    using Progress = std::function<bool(qint64 bytes)>;

    static StoredBlob find(Database& db, qint64 blobId);
    static void read(Database& db, const StoredBlob& blob, const QString& label, const Sink& sink,
                     const Progress& progress);
};

} // namespace ismap
