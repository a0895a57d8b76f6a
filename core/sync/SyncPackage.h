#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <functional>
#include <memory>

class QIODevice;

namespace ismap::sync {

/// Who wrote a change package, for which engagement (the package's first section).
struct SyncHeader
{
    QString engagementId; ///< the engagement's uuid: a package of another engagement is refused
    QString replicaId; ///< the exporting replica
    QString member; ///< the member who exported (and whose key signed)
    QString keyFingerprint; ///< the fingerprint of the signing key, as the team registered it
    QString createdAt; ///< UTC, ISO 8601
};

/// Changes of one replica, numbered firstSeq..lastSeq in that replica's sequence.
struct ChangesetSection
{
    QString replicaId;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray changeset;
};

/// One trail row of a replica's chain, opaque: hash = SHA-256(prevHash ‖ row), both hex in lower case.
struct TrailRowRecord
{
    QString replicaId;
    qint64 seq = 0;
    QString prevHash;
    QString hash;
    QByteArray row;
};

/// What a package held (returned once it has been read and its signature verified).
struct SyncPackageSummary
{
    SyncHeader header;
    int changesets = 0;
    int trailRows = 0;
    int evidenceFiles = 0;
    qint64 evidenceBytes = 0;
    QByteArray digest; ///< the SHA-256 the signature covers
};

/**
 * Receives evidence content while a package is read, in chunks: begin(), write()…, then commit() once the
 * content's SHA-256 has been checked, or discard() when it does not match or reading stops.
 */
class EvidenceSink
{
public:
    virtual ~EvidenceSink() = default;
    virtual void begin(const QByteArray& sha256, qint64 size) = 0;
    virtual void write(const char* data, qint64 size) = 0;
    virtual void commit() = 0;
    virtual void discard() = 0;
};

/** An EvidenceSink that keeps each content as a file named by its SHA-256 (hex) in a folder: FILE.part, renamed. */
class EvidenceFolderSink : public EvidenceSink
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFolderSink)
public:
    explicit EvidenceFolderSink(const QString& folder);
    void begin(const QByteArray& sha256, qint64 size) override;
    void write(const char* data, qint64 size) override;
    void commit() override;
    void discard() override;
    QString pathOf(const QByteArray& sha256) const;

private:
    QString m_folder;
    QFile m_file;
    QString m_final;
};

/**
 * Writes a `.ismapsync` change package (ARCHITECTURE.md, "Team sync: package format (foundation)"): the header,
 * then changesets, trail rows and evidence in that order, then the signature. Everything goes to FILE.part, which
 * finish() signs, syncs to disk and renames to FILE; a writer destroyed before finish() leaves nothing behind.
 * The signature is made by the injected @p sign over the package digest (member keys live elsewhere).
 */
class SyncPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackageWriter)
public:
    using Signer = std::function<QByteArray(QByteArrayView digest)>;

    SyncPackageWriter(const QString& path, const SyncHeader& header, Signer sign);
    ~SyncPackageWriter();
    SyncPackageWriter(const SyncPackageWriter&) = delete;
    SyncPackageWriter& operator=(const SyncPackageWriter&) = delete;

    void addChangeset(const ChangesetSection& section);
    void addTrailRow(const TrailRowRecord& row);
    /// Streams @p size bytes of @p content, which must hash to @p sha256 (32 bytes), in chunks.
    void addEvidence(QIODevice& content, const QByteArray& sha256, qint64 size);
    /// Signs, syncs and renames FILE.part to FILE. Returns the digest that was signed.
    QByteArray finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// What SyncPackageReader hands over while it reads (any of them may be empty).
struct SyncPackageVisitor
{
    std::function<void(const SyncHeader&)> header;
    std::function<void(const ChangesetSection&)> changeset;
    std::function<void(const TrailRowRecord&)> trailRow;
    EvidenceSink* evidence = nullptr; ///< null: evidence is checked and dropped
};

/**
 * Reads a `.ismapsync` package in one pass with bounded memory, checking as it goes: magic and version, every
 * length, the order of sections, each replica's sequence and trail chain, every evidence SHA-256, and at the end
 * the digest and the signature (by the injected @p verify). Anything wrong throws AuditError naming the file, what
 * is wrong and where. The callbacks see each section as it is read, before the signature is known to hold: a
 * caller stages what it receives (a transaction it rolls back, evidence it discards) until read() returns.
 */
class SyncPackageReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackageReader)
public:
    using Verifier = std::function<bool(const SyncHeader& header, QByteArrayView digest, QByteArrayView signature)>;

    using Visitor = SyncPackageVisitor;

    static SyncPackageSummary read(const QString& path, const Verifier& verify, const Visitor& visit = {});
    /// The same over an open device; @p name names it in errors.
    static SyncPackageSummary read(QIODevice& in, const QString& name, const Verifier& verify,
                                   const Visitor& visit = {});

    static constexpr quint16 kFormatVersion = 1;
    static constexpr qint64 kMaxSection = qint64(16) << 20; ///< every section but evidence content
    static constexpr qint64 kChunk = qint64(1) << 20; ///< evidence is read and written in chunks of this size
};

} // namespace ismap::sync
