#pragma once

#include "database/Database.h"
#include "platform/FileHints.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <future>
#include <memory>
#include <optional>

namespace ismap {

/**
 * Evidence content moving between replicas by its SHA-256 (team sync): the writer stores content a change package
 * brings, the reader streams stored content into a package. Both stay inside the vault's tables and work a chunk at
 * a time, so memory is flat for any size.
 */
class EvidenceContentWriter
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceContentWriter)
public:
    /// Writes inside the caller's transaction on @p db; with @p pagesPath (BulkEvidenceWrite::pagesPath), starts the
    /// disk write of what it wrote every few MiB, so that the COMMIT waits only for the last ones.
    explicit EvidenceContentWriter(Database& db, const QString& pagesPath = {});
    ~EvidenceContentWriter();
    /// Whether content of SHA-256 @p sha256 (hex) is stored.
    bool has(const QString& sha256);
    /// Starts content @p sha256 of @p size bytes; content already stored is received and dropped.
    void begin(const QString& sha256, qint64 size);
    void write(const char* data, qint64 size);
    /// Stores what was written as @p sha256 (the caller has checked the hash).
    void commit();
    /// Forgets what was written since begin().
    void discard();

private:
    /// A chunk whose hash a worker computes while the next chunk arrives.
    struct PendingChunk
    {
        QByteArray data;
        qint64 seq = 0;
        std::future<QString> sha256;
    };
    void flush();
    void storePending();
    Database& m_db;
    QString m_sha256;
    qint64 m_blobId = 0;
    qint64 m_size = 0;
    qint64 m_chunks = 0;
    bool m_skip = false;
    QByteArray m_buffer;
    std::optional<PendingChunk> m_pending;
    std::unique_ptr<FileHints::WriteBehind> m_writeBehind;
};

/** Reads stored content of one SHA-256 as a sequential device, chunk by chunk, each chunk checked against its hash. */
class EvidenceContentReader : public QIODevice
{
    Q_OBJECT
public:
    /// Throws NotFound when @p sha256 is not stored.
    EvidenceContentReader(Database& db, const QString& sha256);
    qint64 contentSize() const { return m_size; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    Database& m_db;
    QString m_sha256;
    qint64 m_blobId = 0;
    qint64 m_size = 0;
    qint64 m_nextSeq = 1;
    QByteArray m_chunk;
    qint64 m_offset = 0;
};

} // namespace ismap
