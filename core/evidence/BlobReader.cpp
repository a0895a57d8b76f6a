#include "evidence/BlobReader.h"

#include "common/Sha256.h"
#include "database/Database.h"
#include "evidence/ChunkChannel.h"

namespace ismap {

StreamingCacheSize::StreamingCacheSize(Database& db)
    : m_db(db)
    , m_previous(db.scalar("PRAGMA cache_size").toLongLong())
{
    m_db.exec("PRAGMA cache_size = -8192");
}

StreamingCacheSize::~StreamingCacheSize()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    } catch (...) { }
}

StoredBlob BlobReader::find(Database& db, qint64 blobId)
{
    Query q = db.prepare("SELECT id, sha256, size, chunk_size, chunk_count FROM evidence_blob WHERE id = ?");
    q.bind(1, blobId);
    if (!q.step())
        return {};
    return { q.int64(0), q.text(1), q.int64(2), q.int64(3), q.int64(4) };
}

void BlobReader::read(Database& db, const StoredBlob& blob, const QString& label, const Sink& sink,
                      const Progress& progress)
{
    const qint64 capacity = qMax<qint64>(blob.chunkSize, 1);
    if (blob.chunkSize <= 0 || blob.chunkSize > (qint64(1) << 30))
        throw AuditError(ErrorCode::Integrity,
                         tr("%1: the stored chunk size %2 is not valid").arg(label).arg(blob.chunkSize));
    ChunkChannel channel(3, capacity);
    Sha256 whole;
    qint64 hashed = 0;
    ChunkWorker hasher(channel, [&] {
        while (Chunk* c = channel.pop()) {
            whole.add(c->buffer.constData(), c->size);
            if (sink)
                sink(c->buffer.constData(), c->size);
            hashed += c->size;
            channel.release(c);
        }
    });

    Query q = db.prepare("SELECT id, seq, sha256, length(data) FROM evidence_chunk WHERE blob_id = ? ORDER BY seq");
    q.bind(1, blob.id);
    BlobInput chunks(db, "evidence_chunk", "data");
    qint64 expectedSeq = 1;
    qint64 bytes = 0;
    while (q.step()) {
        const qint64 seq = q.int64(1);
        const qint64 length = q.int64(3);
        if (seq != expectedSeq)
            throw AuditError(ErrorCode::Integrity,
                             seq > expectedSeq ? tr("%1 chunk %2: missing").arg(label).arg(expectedSeq)
                                               : tr("%1 chunk %2: unexpected").arg(label).arg(seq));
        if (length > capacity || length <= 0 || (length < capacity && seq != blob.chunkCount))
            throw AuditError(ErrorCode::Integrity, tr("%1 chunk %2: wrong length %3").arg(label).arg(seq).arg(length));
        Chunk* c = channel.acquire();
        if (!c)
            break; // the hasher stopped: its error is re-thrown below
        c->seq = seq;
        c->size = length;
        c->sha256 = q.text(2);
        chunks.read(q.int64(0), c->buffer.data(), int(length));
        // The two hashes on two threads: this one checks each chunk, the worker hashes the whole content.
        if (Sha256::hex(c->buffer.constData(), length) != c->sha256) {
            channel.release(c);
            channel.abort();
            hasher.join();
            throw AuditError(ErrorCode::Integrity, tr("%1 chunk %2: hash mismatch").arg(label).arg(seq));
        }
        channel.push(c);
        bytes += length;
        ++expectedSeq;
        if (progress && !progress(bytes)) {
            channel.abort();
            hasher.join();
            throw AuditError(ErrorCode::Cancelled, tr("%1: cancelled").arg(label));
        }
    }
    channel.finish();
    hasher.join();
    if (expectedSeq - 1 != blob.chunkCount)
        throw AuditError(
            ErrorCode::Integrity,
            expectedSeq - 1 < blob.chunkCount
                ? tr("%1 chunk %2: missing").arg(label).arg(expectedSeq)
                : tr("%1: %2 chunks stored, %3 expected").arg(label).arg(expectedSeq - 1).arg(blob.chunkCount));
    if (hashed != blob.size)
        throw AuditError(ErrorCode::Integrity,
                         tr("%1: %2 bytes stored, %3 expected").arg(label).arg(hashed).arg(blob.size));
    if (whole.hexDigest() != blob.sha256)
        throw AuditError(ErrorCode::Integrity, tr("%1: content does not match its SHA-256").arg(label));
}

} // namespace ismap
