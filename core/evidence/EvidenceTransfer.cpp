#include "evidence/EvidenceTransfer.h"

#include "common/AuditError.h"
#include "common/Sha256.h"
#include "evidence/EvidenceVault.h"

#include <QUuid>

namespace ismap {

EvidenceContentWriter::EvidenceContentWriter(Database& db, const QString& pagesPath)
    : m_db(db)
{
    if (!pagesPath.isEmpty())
        m_writeBehind = std::make_unique<FileHints::WriteBehind>(pagesPath);
}

EvidenceContentWriter::~EvidenceContentWriter() = default;

bool EvidenceContentWriter::has(const QString& sha256)
{
    Query& q = m_db.cached(QStringLiteral("SELECT 1 FROM evidence_blob WHERE sha256 = ?"));
    q.bind(1, sha256);
    const bool found = q.step();
    q.reset();
    return found;
}

void EvidenceContentWriter::begin(const QString& sha256, qint64 size)
{
    Q_UNUSED(size);
    m_sha256 = sha256;
    m_size = 0;
    m_chunks = 0;
    m_buffer.clear();
    m_skip = has(sha256);
    if (m_skip)
        return;
    // Like an import, the blob row first under a provisional key, so the chunks can refer to it.
    m_db.prepare("INSERT INTO evidence_blob(sha256, size, chunk_size, chunk_count) VALUES (?, 0, ?, 0)")
        .bind(1, QStringLiteral("pending:") + QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, EvidenceVault::kChunkSize)
        .run();
    m_blobId = m_db.lastInsertRowId();
    m_buffer.reserve(int(EvidenceVault::kChunkSize));
}

void EvidenceContentWriter::write(const char* data, qint64 size)
{
    if (m_skip)
        return;
    while (size > 0) {
        const qint64 room = EvidenceVault::kChunkSize - m_buffer.size();
        const qint64 n = qMin(room, size);
        m_buffer.append(data, int(n));
        data += n;
        size -= n;
        if (m_buffer.size() == EvidenceVault::kChunkSize)
            flush();
    }
}

void EvidenceContentWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    // The chunk's own hash is computed on a worker while the caller reads (and hashes) the next chunk; the chunk is
    // stored when the next one is complete, so memory stays at two chunks.
    PendingChunk next { m_buffer, ++m_chunks, {} };
    next.sha256 = std::async(std::launch::async, [data = next.data] { return Sha256::hex(data); });
    storePending();
    m_pending = std::move(next);
    m_buffer = QByteArray();
    m_buffer.reserve(int(EvidenceVault::kChunkSize));
}

void EvidenceContentWriter::storePending()
{
    if (!m_pending)
        return;
    const QByteArray data = m_pending->data;
    m_db.cached(QStringLiteral("INSERT INTO evidence_chunk(blob_id, seq, sha256, data) VALUES (?, ?, ?, ?)"))
        .bind(1, m_blobId)
        .bind(2, m_pending->seq)
        .bind(3, m_pending->sha256.get())
        .bindBlob(4, data)
        .run();
    m_pending.reset();
    m_size += data.size();
    if (m_writeBehind)
        m_writeBehind->written(data.size());
}

void EvidenceContentWriter::commit()
{
    if (m_skip)
        return;
    flush();
    storePending();
    m_db.prepare("UPDATE evidence_blob SET sha256 = ?, size = ?, chunk_count = ? WHERE id = ?")
        .bind(1, m_sha256)
        .bind(2, m_size)
        .bind(3, m_chunks)
        .bind(4, m_blobId)
        .run();
}

void EvidenceContentWriter::discard()
{
    m_pending.reset(); // waits for its worker
    if (m_skip || m_blobId == 0)
        return;
    m_db.prepare("DELETE FROM evidence_chunk WHERE blob_id = ?").bind(1, m_blobId).run();
    m_db.prepare("DELETE FROM evidence_blob WHERE id = ?").bind(1, m_blobId).run();
    m_buffer.clear();
}

EvidenceContentReader::EvidenceContentReader(Database& db, const QString& sha256)
    : m_db(db)
    , m_sha256(sha256)
{
    Query q = db.prepare("SELECT id, size FROM evidence_blob WHERE sha256 = ?");
    q.bind(1, sha256);
    if (!q.step())
        throw AuditError(ErrorCode::NotFound,
                         EvidenceVault::tr("evidence content %1: not in this workbook.").arg(sha256));
    m_blobId = q.int64(0);
    m_size = q.int64(1);
    open(QIODevice::ReadOnly);
}

qint64 EvidenceContentReader::readData(char* data, qint64 maxSize)
{
    if (m_offset >= m_chunk.size()) {
        Query& q = m_db.cached(QStringLiteral("SELECT sha256, data FROM evidence_chunk WHERE blob_id = ? AND seq = ?"));
        q.bind(1, m_blobId).bind(2, m_nextSeq);
        if (!q.step()) {
            q.reset();
            return 0; // the end
        }
        m_chunk = q.blob(1);
        const QString expected = q.text(0);
        q.reset();
        if (Sha256::hex(m_chunk.constData(), m_chunk.size()) != expected)
            throw AuditError(
                ErrorCode::Integrity,
                EvidenceVault::tr("evidence content %1 chunk %2: hash mismatch").arg(m_sha256).arg(m_nextSeq));
        ++m_nextSeq;
        m_offset = 0;
    }
    const qint64 n = qMin(maxSize, qint64(m_chunk.size()) - m_offset);
    memcpy(data, m_chunk.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace ismap
