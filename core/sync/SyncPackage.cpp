#include "sync/SqliteSession.h" // first: the session switches must precede any sqlite3.h (unity builds)

#include "sync/SyncPackage.h"

#include "common/AuditError.h"
#include "common/Sha256.h"
#include "platform/FileHints.h"
#include "sync/Changeset.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <cstdio>
#include <future>
#include <limits>
#include <map>
#include <set>

namespace ismap::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("ISMAPSYN");
constexpr qint64 kSha = 32;
constexpr qint64 kMaxSignature = 64 * 1024;
constexpr int kRecordHead = 9; // type (1) + length (8)

enum Section : quint8 { Header = 'H', Changes = 'C', Trail = 'T', Evidence = 'E', Signature = 'S' };

int rankOf(quint8 type)
{
    switch (type) {
    case Header:
        return 0;
    case Changes:
        return 1;
    case Trail:
        return 2;
    case Evidence:
        return 3;
    case Signature:
        return 4;
    default:
        return -1;
    }
}

QString sectionName(quint8 type)
{
    switch (type) {
    case Header:
        return SyncPackageReader::tr("header");
    case Changes:
        return SyncPackageReader::tr("changeset");
    case Trail:
        return SyncPackageReader::tr("trail row");
    case Evidence:
        return SyncPackageReader::tr("evidence");
    case Signature:
        return SyncPackageReader::tr("signature");
    default:
        return QStringLiteral("0x%1").arg(type, 2, 16, QLatin1Char('0'));
    }
}

// ---- encoding -----------------------------------------------------------------------------------------------

void putU16(QByteArray& out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}
void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}
void putU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}
void putBytes(QByteArray& out, const QByteArray& v)
{
    putU32(out, quint32(v.size()));
    out.append(v);
}
void putText(QByteArray& out, const QString& v)
{
    putBytes(out, v.toUtf8());
}

/// Reads the fields of one section's payload; a field running past its end is a malformed section.
class Fields
{
public:
    explicit Fields(const QByteArray& payload)
        : m_data(payload)
    { }
    bool ok() const { return m_ok; }
    quint64 u64()
    {
        if (!need(8))
            return 0;
        const quint64 v = qFromBigEndian<quint64>(m_data.constData() + m_pos);
        m_pos += 8;
        return v;
    }
    QByteArray bytes()
    {
        if (!need(4))
            return {};
        const quint32 n = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        if (!need(n))
            return {};
        const QByteArray v = m_data.mid(m_pos, n);
        m_pos += n;
        return v;
    }
    QString text() { return QString::fromUtf8(bytes()); }
    QByteArray rest()
    {
        const QByteArray v = m_data.mid(m_pos);
        m_pos = m_data.size();
        return v;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    bool need(qint64 n)
    {
        if (m_ok && m_data.size() - m_pos >= n)
            return true;
        m_ok = false;
        return false;
    }
    const QByteArray& m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// ---- the rules both the writer and the reader hold ------------------------------------------------------------

/// Section order, each replica's sequence and trail chain, evidence once: an empty string when the section holds.
class Rules
{
public:
    QString section(quint8 type)
    {
        const int rank = rankOf(type);
        if (rank < 0)
            return SyncPackageReader::tr("unknown section type %1").arg(sectionName(type));
        if (m_rank < 0 && type != Header)
            return SyncPackageReader::tr("the package does not begin with its header");
        if (rank < m_rank || (type == Header && m_rank >= 0) || m_rank == rankOf(Signature))
            return SyncPackageReader::tr("a %1 section comes after a %2 section: the sections are out of order")
                .arg(sectionName(type), sectionName(m_type));
        m_rank = rank;
        m_type = type;
        return {};
    }
    static QString header(const SyncHeader& h)
    {
        if (h.engagementId.isEmpty() || h.replicaId.isEmpty() || h.member.isEmpty() || h.keyFingerprint.isEmpty())
            return SyncPackageReader::tr("the header lacks the engagement, replica, member or key fingerprint");
        return {};
    }
    QString changeset(const ChangesetSection& s)
    {
        if (s.replicaId.isEmpty() || s.firstSeq < 1 || s.lastSeq < s.firstSeq)
            return SyncPackageReader::tr("changes %1–%2 of replica \"%3\" are not a valid range")
                .arg(s.firstSeq)
                .arg(s.lastSeq)
                .arg(s.replicaId);
        const auto last = m_changes.find(s.replicaId);
        // Increasing, not contiguous: trail rows without changes (a merge) have no changeset.
        if (last != m_changes.end() && s.firstSeq <= last->second)
            return SyncPackageReader::tr("changes %1–%2 of replica \"%3\" follow change %4: changes are repeated "
                                         "or out of order")
                .arg(s.firstSeq)
                .arg(s.lastSeq)
                .arg(s.replicaId)
                .arg(last->second);
        m_changes[s.replicaId] = s.lastSeq;
        return {};
    }
    QString trailRow(const TrailRowRecord& r)
    {
        if (r.replicaId.isEmpty() || r.seq < 1)
            return SyncPackageReader::tr("trail row %1 of replica \"%2\" has no valid number")
                .arg(r.seq)
                .arg(r.replicaId);
        Sha256 h;
        h.add(r.prevHash.toLatin1());
        h.add(r.row);
        if (h.hexDigest() != r.hash)
            return SyncPackageReader::tr("trail row %1 of replica \"%2\" does not match its hash")
                .arg(r.seq)
                .arg(r.replicaId);
        const auto last = m_trail.find(r.replicaId);
        if (last != m_trail.end() && (r.seq != last->second.first + 1 || r.prevHash != last->second.second))
            return SyncPackageReader::tr("trail row %1 of replica \"%2\" does not follow row %3: rows are missing, "
                                         "repeated or out of order")
                .arg(r.seq)
                .arg(r.replicaId)
                .arg(last->second.first);
        m_trail[r.replicaId] = { r.seq, r.hash };
        return {};
    }
    QString evidence(const QByteArray& sha256)
    {
        if (!m_evidence.insert(sha256).second)
            return SyncPackageReader::tr("evidence %1 appears twice").arg(QString::fromLatin1(sha256.toHex()));
        return {};
    }

private:
    int m_rank = -1;
    quint8 m_type = 0;
    std::map<QString, qint64> m_changes;
    std::map<QString, std::pair<qint64, QString>> m_trail;
    std::set<QByteArray> m_evidence;
};

} // namespace

// ---- EvidenceFolderSink -------------------------------------------------------------------------------------

EvidenceFolderSink::EvidenceFolderSink(const QString& folder)
    : m_folder(folder)
{ }

QString EvidenceFolderSink::pathOf(const QByteArray& sha256) const
{
    return QDir(m_folder).filePath(QString::fromLatin1(sha256.toHex()));
}

void EvidenceFolderSink::begin(const QByteArray& sha256, qint64 /*size*/)
{
    m_final = pathOf(sha256);
    m_file.setFileName(m_final + QStringLiteral(".part"));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw AuditError(ErrorCode::Io, tr("%1: cannot write (%2).").arg(m_file.fileName(), m_file.errorString()));
}

void EvidenceFolderSink::write(const char* data, qint64 size)
{
    if (m_file.write(data, size) != size)
        throw AuditError(ErrorCode::Io, tr("%1: cannot write (%2).").arg(m_file.fileName(), m_file.errorString()));
}

void EvidenceFolderSink::commit()
{
    const bool synced = FileHints::syncFile(m_file);
    m_file.close();
    QFile::remove(m_final);
    if (!synced || !QFile::rename(m_file.fileName(), m_final))
        throw AuditError(ErrorCode::Io, tr("%1: cannot write (%2).").arg(m_final, m_file.errorString()));
}

void EvidenceFolderSink::discard()
{
    m_file.close();
    QFile::remove(m_file.fileName());
}

// ---- SyncPackageWriter --------------------------------------------------------------------------------------

struct SyncPackageWriter::Impl
{
    QString path;
    QFile file;
    Signer sign;
    Sha256 digest;
    Rules rules;
    bool finished = false;

    void write(const char* data, qint64 size, bool hashed)
    {
        if (file.write(data, size) != size)
            throw AuditError(ErrorCode::Io,
                             SyncPackageWriter::tr("%1: cannot write (%2).").arg(file.fileName(), file.errorString()));
        if (hashed)
            digest.add(data, size);
    }
    void record(quint8 type, const QByteArray& payload)
    {
        begin(type, payload.size());
        write(payload.constData(), payload.size(), type != Signature);
    }
    void begin(quint8 type, qint64 length)
    {
        const QString wrong = rules.section(type);
        if (!wrong.isEmpty())
            throw AuditError(ErrorCode::Internal, SyncPackageWriter::tr("%1: %2.").arg(path, wrong));
        if (type != Evidence && length > SyncPackageReader::kMaxSection)
            throw AuditError(ErrorCode::InvalidInput,
                             SyncPackageWriter::tr("%1: a %2 section of %3 bytes exceeds the limit of %4 bytes.")
                                 .arg(path, sectionName(type))
                                 .arg(length)
                                 .arg(SyncPackageReader::kMaxSection));
        QByteArray head;
        head.append(char(type));
        putU64(head, quint64(length));
        write(head.constData(), head.size(), type != Signature);
    }
    void check(const QString& wrong) const
    {
        if (!wrong.isEmpty())
            throw AuditError(ErrorCode::Internal, SyncPackageWriter::tr("%1: %2.").arg(path, wrong));
    }
};

SyncPackageWriter::SyncPackageWriter(const QString& path, const SyncHeader& header, Signer sign)
    : d(std::make_unique<Impl>())
{
    d->path = path;
    d->sign = std::move(sign);
    d->check(Rules::header(header));
    d->file.setFileName(path + QStringLiteral(".part"));
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw AuditError(ErrorCode::Io, tr("%1: cannot write (%2).").arg(d->file.fileName(), d->file.errorString()));
    QByteArray start = kMagic;
    putU16(start, SyncPackageReader::kFormatVersion);
    putU16(start, 0); // flags: none defined in version 1
    d->write(start.constData(), start.size(), true);
    QByteArray payload;
    for (const QString* field :
         { &header.engagementId, &header.replicaId, &header.member, &header.keyFingerprint, &header.createdAt })
        putText(payload, *field);
    d->record(Header, payload);
}

SyncPackageWriter::~SyncPackageWriter()
{
    if (!d->finished) {
        d->file.close();
        QFile::remove(d->file.fileName());
    }
}

void SyncPackageWriter::addChangeset(const ChangesetSection& section)
{
    d->check(d->rules.changeset(section));
    QByteArray payload;
    putText(payload, section.replicaId);
    putU64(payload, quint64(section.firstSeq));
    putU64(payload, quint64(section.lastSeq));
    payload.append(section.changeset);
    d->record(Changes, payload);
}

void SyncPackageWriter::addTrailRow(const TrailRowRecord& row)
{
    d->check(d->rules.trailRow(row));
    QByteArray payload;
    putText(payload, row.replicaId);
    putU64(payload, quint64(row.seq));
    putText(payload, row.prevHash);
    putText(payload, row.hash);
    payload.append(row.row);
    d->record(Trail, payload);
}

void SyncPackageWriter::addEvidence(QIODevice& content, const QByteArray& sha256, qint64 size)
{
    if (sha256.size() != kSha || size < 0)
        throw AuditError(ErrorCode::Internal, tr("%1: evidence needs its 32-byte SHA-256 and its size.").arg(d->path));
    d->check(d->rules.evidence(sha256));
    d->begin(Evidence, kSha + size);
    d->write(sha256.constData(), kSha, true);
    // The content is covered by its own SHA-256 (checked here and by the reader), which the digest covers.
    Sha256 h;
    QByteArray buffer(int(qMin(size, SyncPackageReader::kChunk)), Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = content.read(buffer.data(), qMin(size - done, qint64(buffer.size())));
        if (n <= 0)
            throw AuditError(ErrorCode::Io,
                             tr("%1: evidence %2 ended after %3 of %4 bytes.")
                                 .arg(d->path, QString::fromLatin1(sha256.toHex()))
                                 .arg(done)
                                 .arg(size));
        h.add(buffer.constData(), n);
        d->write(buffer.constData(), n, false);
        done += n;
    }
    if (h.digest() != sha256)
        throw AuditError(ErrorCode::Integrity,
                         tr("%1: the content given for evidence %2 does not match its SHA-256.")
                             .arg(d->path, QString::fromLatin1(sha256.toHex())));
}

QByteArray SyncPackageWriter::finish()
{
    const QByteArray digest = d->digest.digest();
    const QByteArray signature = d->sign ? d->sign(QByteArrayView(digest)) : QByteArray();
    if (signature.isEmpty() || signature.size() > kMaxSignature)
        throw AuditError(ErrorCode::Internal, tr("%1: the package could not be signed.").arg(d->path));
    QByteArray payload = digest;
    payload.append(signature);
    d->record(Signature, payload);
    const bool synced = FileHints::syncFile(d->file);
    d->file.close();
    if (!synced
        || std::rename(QFile::encodeName(d->file.fileName()).constData(), QFile::encodeName(d->path).constData()) != 0)
        throw AuditError(ErrorCode::Io, tr("%1: cannot write (%2).").arg(d->path, d->file.errorString()));
    FileHints::syncFolder(QFileInfo(d->path).absolutePath()); // best effort: the package is complete either way
    d->finished = true;
    return digest;
}

// ---- SyncPackageReader --------------------------------------------------------------------------------------

namespace {

/// One pass over a package: position, digest, and errors that name the file and the byte.
class Stream
{
public:
    Stream(QIODevice& in, const QString& name)
        : m_in(in)
        , m_name(name)
    { }
    qint64 pos() const { return m_pos; }
    Sha256& digest() { return m_digest; }

    [[noreturn]] void fail(ErrorCode code, const QString& what, qint64 at) const
    {
        throw AuditError(code, SyncPackageReader::tr("%1: %2 (at byte %3).").arg(m_name, what).arg(at));
    }
    [[noreturn]] void fail(const QString& what) const { fail(ErrorCode::InvalidInput, what, m_pos); }

    /// Reads up to @p size bytes; fewer only at the end of the file.
    qint64 readSome(char* data, qint64 size)
    {
        qint64 done = 0;
        while (done < size) {
            const qint64 n = m_in.read(data + done, size - done);
            if (n < 0)
                fail(ErrorCode::Io, SyncPackageReader::tr("cannot read (%1)").arg(m_in.errorString()), m_pos + done);
            if (n == 0)
                break;
            done += n;
        }
        m_pos += done;
        return done;
    }
    void readExact(char* data, qint64 size, bool hashed)
    {
        const qint64 start = m_pos;
        if (readSome(data, size) != size)
            fail(ErrorCode::InvalidInput, SyncPackageReader::tr("the package ends early: it is truncated"), start);
        if (hashed)
            m_digest.add(data, size);
    }
    QByteArray readExact(qint64 size, bool hashed)
    {
        QByteArray out(size, Qt::Uninitialized);
        readExact(out.data(), size, hashed);
        return out;
    }

private:
    QIODevice& m_in;
    QString m_name;
    qint64 m_pos = 0;
    Sha256 m_digest;
};

/// Discards what a sink received unless the content was committed.
struct SinkGuard
{
    EvidenceSink* sink;
    bool done = false;
    ~SinkGuard()
    {
        if (sink && !done)
            sink->discard();
    }
};

void readEvidence(Stream& s, qint64 length, const SyncPackageReader::Visitor& visit, Rules& rules,
                  SyncPackageSummary& summary)
{
    const qint64 start = s.pos();
    if (length < kSha)
        s.fail(SyncPackageReader::tr("an evidence section of %1 bytes cannot hold its SHA-256").arg(length));
    const QByteArray sha = s.readExact(kSha, true);
    const QString wrong = rules.evidence(sha);
    if (!wrong.isEmpty())
        s.fail(ErrorCode::InvalidInput, wrong, start);
    const qint64 size = length - kSha;
    SinkGuard guard { visit.evidence };
    if (visit.evidence)
        visit.evidence->begin(sha, size);
    // The content's hash is computed on a worker while this thread reads the next buffer and hands this one to
    // the sink (which hashes and stores its chunks): each byte is read once, and the hashing runs beside the I/O.
    Sha256 h;
    const int bufferSize = int(qMin(size, SyncPackageReader::kChunk));
    QByteArray buffers[2] = { QByteArray(bufferSize, Qt::Uninitialized), QByteArray(bufferSize, Qt::Uninitialized) };
    std::future<void> hashing;
    int current = 0;
    for (qint64 done = 0; done < size; current ^= 1) {
        QByteArray& buffer = buffers[current];
        const qint64 n = qMin(size - done, qint64(buffer.size()));
        s.readExact(buffer.data(), n, false); // the buffer hashed two rounds ago: waited for below, last round
        if (hashing.valid())
            hashing.get();
        hashing = std::async(std::launch::async, [&h, data = buffer.constData(), n] { h.add(data, n); });
        if (visit.evidence)
            visit.evidence->write(buffer.constData(), n);
        done += n;
    }
    if (hashing.valid())
        hashing.get();
    if (h.digest() != sha)
        s.fail(ErrorCode::Integrity,
               SyncPackageReader::tr("the content of evidence %1 does not match its SHA-256")
                   .arg(QString::fromLatin1(sha.toHex())),
               start);
    if (visit.evidence)
        visit.evidence->commit();
    guard.done = true;
    ++summary.evidenceFiles;
    summary.evidenceBytes += size;
}

} // namespace

SyncPackageSummary SyncPackageReader::read(const QString& path, const Verifier& verify, const Visitor& visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::NotFound, tr("%1: cannot open the file (%2).").arg(path, file.errorString()));
    return read(file, path, verify, visit);
}

SyncPackageSummary SyncPackageReader::read(QIODevice& in, const QString& name, const Verifier& verify,
                                           const Visitor& visit)
{
    Stream s(in, name);
    SyncPackageSummary summary;
    Rules rules;
    {
        char start[12];
        const qint64 n = s.readSome(start, sizeof start);
        if (n < 8 || QByteArray(start, 8) != kMagic)
            throw AuditError(ErrorCode::InvalidInput, tr("%1: this is not an ISMAP change package.").arg(name));
        if (n < qint64(sizeof start))
            s.fail(ErrorCode::InvalidInput, tr("the package ends early: it is truncated"), n);
        s.digest().add(start, sizeof start);
        const quint16 version = qFromBigEndian<quint16>(start + 8);
        if (version > kFormatVersion)
            throw AuditError(ErrorCode::TooNew,
                             tr("%1: the package has format version %2; this version of the "
                                "application reads up to %3.")
                                 .arg(name)
                                 .arg(version)
                                 .arg(kFormatVersion));
        if (version == 0 || qFromBigEndian<quint16>(start + 10) != 0)
            s.fail(ErrorCode::InvalidInput, tr("the format version or flags are not valid"), 8);
    }
    for (;;) {
        const qint64 at = s.pos();
        char head[kRecordHead];
        const qint64 n = s.readSome(head, kRecordHead);
        if (n == 0)
            s.fail(ErrorCode::InvalidInput, tr("the package ends without its signature: it is truncated or unsigned"),
                   at);
        if (n < kRecordHead)
            s.fail(ErrorCode::InvalidInput, tr("the package ends early: it is truncated"), at);
        const auto type = quint8(head[0]);
        const quint64 length = qFromBigEndian<quint64>(head + 1);
        const QString wrong = rules.section(type);
        if (!wrong.isEmpty())
            s.fail(ErrorCode::InvalidInput, wrong, at);
        if (type != Signature)
            s.digest().add(head, kRecordHead);
        if (type == Evidence) {
            if (length > quint64(std::numeric_limits<qint64>::max() / 2))
                s.fail(ErrorCode::InvalidInput, tr("an evidence section claims %1 bytes").arg(length), at);
            readEvidence(s, qint64(length), visit, rules, summary);
            continue;
        }
        const qint64 limit = type == Signature ? kSha + kMaxSignature : kMaxSection;
        if (length > quint64(limit))
            s.fail(ErrorCode::InvalidInput,
                   tr("a %1 section of %2 bytes exceeds the limit of %3 bytes")
                       .arg(sectionName(type))
                       .arg(length)
                       .arg(limit),
                   at);
        const QByteArray payload = s.readExact(qint64(length), type != Signature);
        Fields f(payload);
        const auto malformed = [&] {
            s.fail(ErrorCode::InvalidInput, tr("the %1 section is malformed").arg(sectionName(type)), at);
        };
        if (type == Header) {
            SyncHeader& h = summary.header;
            for (QString* field : { &h.engagementId, &h.replicaId, &h.member, &h.keyFingerprint, &h.createdAt })
                *field = f.text();
            if (!f.ok() || !f.atEnd())
                malformed();
            const QString bad = Rules::header(h);
            if (!bad.isEmpty())
                s.fail(ErrorCode::InvalidInput, bad, at);
            if (visit.header)
                visit.header(h);
        } else if (type == Changes) {
            ChangesetSection c;
            c.replicaId = f.text();
            c.firstSeq = qint64(f.u64());
            c.lastSeq = qint64(f.u64());
            c.changeset = f.rest();
            if (!f.ok() || c.firstSeq < 0 || c.lastSeq < 0)
                malformed();
            const QString bad = rules.changeset(c);
            if (!bad.isEmpty())
                s.fail(ErrorCode::InvalidInput, bad, at);
            try {
                Changeset::check(c.changeset);
            } catch (const AuditError& e) {
                s.fail(ErrorCode::InvalidInput, e.message(), at);
            }
            ++summary.changesets;
            if (visit.changeset)
                visit.changeset(c);
        } else if (type == Trail) {
            TrailRowRecord r;
            r.replicaId = f.text();
            r.seq = qint64(f.u64());
            r.prevHash = f.text();
            r.hash = f.text();
            r.row = f.rest();
            if (!f.ok() || r.seq < 0)
                malformed();
            const QString bad = rules.trailRow(r);
            if (!bad.isEmpty())
                s.fail(ErrorCode::Integrity, bad, at);
            ++summary.trailRows;
            if (visit.trailRow)
                visit.trailRow(r);
        } else { // Signature: the last section
            if (length < quint64(kSha))
                malformed();
            char extra;
            if (s.readSome(&extra, 1) != 0)
                s.fail(ErrorCode::InvalidInput, tr("the package holds bytes after its signature"), s.pos() - 1);
            summary.digest = s.digest().digest();
            const QByteArray signature = payload.mid(kSha);
            if (payload.left(kSha) != summary.digest)
                s.fail(ErrorCode::Integrity,
                       tr("the package was altered after it was signed (its digest does not "
                          "match)"),
                       at);
            if (signature.isEmpty())
                s.fail(ErrorCode::Integrity, tr("the package is not signed"), at);
            if (!verify || !verify(summary.header, QByteArrayView(summary.digest), QByteArrayView(signature)))
                s.fail(ErrorCode::Integrity,
                       tr("the signature does not verify with key %1 of member %2")
                           .arg(summary.header.keyFingerprint, summary.header.member),
                       at);
            return summary;
        }
    }
}

} // namespace ismap::sync
