// libFuzzer harness: the .ismapsync change package reader (issue 15 foundation). Any input must end in a package
// accepted or in an AuditError; nothing else (crash, other exception, leak, unbounded allocation). The "signature"
// this harness accepts is the digest itself, so mutations of the seeds reach the end of the reader. When a package
// is accepted, what the callbacks and the evidence sink saw must add up to the summary.
#include "FuzzSupport.h"
#include "sync/SyncPackage.h"

#include <QBuffer>
#include <cstdlib>

namespace {

/// Checks the sink protocol: begin, writes adding up to the size, then commit or discard.
class CheckingSink : public ismap::sync::EvidenceSink
{
public:
    void begin(const QByteArray& sha256, qint64 size) override
    {
        if (m_open || sha256.size() != 32 || size < 0)
            std::abort();
        m_open = true;
        m_expected = size;
        m_written = 0;
    }
    void write(const char*, qint64 size) override
    {
        if (!m_open || size <= 0 || size > ismap::sync::SyncPackageReader::kChunk)
            std::abort();
        m_written += size;
    }
    void commit() override
    {
        if (!m_open || m_written != m_expected)
            std::abort();
        m_open = false;
        ++committed;
        bytes += m_written;
    }
    void discard() override
    {
        if (!m_open)
            std::abort();
        m_open = false;
    }
    int committed = 0;
    qint64 bytes = 0;

private:
    bool m_open = false;
    qint64 m_expected = 0;
    qint64 m_written = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    QBuffer in;
    in.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    in.open(QIODevice::ReadOnly);
    CheckingSink sink;
    int changesets = 0;
    int rows = 0;
    ismap::sync::SyncPackageReader::Visitor visit;
    visit.changeset = [&](const ismap::sync::ChangesetSection&) {
        ++changesets;
    };
    visit.trailRow = [&](const ismap::sync::TrailRowRecord&) {
        ++rows;
    };
    visit.evidence = &sink;
    const auto verify = [](const ismap::sync::SyncHeader&, QByteArrayView digest, QByteArrayView signature) {
        return digest == signature;
    };
    try {
        const ismap::sync::SyncPackageSummary s
            = ismap::sync::SyncPackageReader::read(in, QStringLiteral("fuzz.ismapsync"), verify, visit);
        if (s.changesets != changesets || s.trailRows != rows || s.evidenceFiles != sink.committed
            || s.evidenceBytes != sink.bytes || s.digest.size() != 32 || s.header.replicaId.isEmpty())
            std::abort();
    } catch (const ismap::AuditError&) { }
    return 0;
}
