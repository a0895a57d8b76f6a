// libFuzzer harness: the PDF signature verifier (ReportVerifier) on hostile bytes, with and without a trusted CA.
// It must never crash, hang or leak, and must never call a file it cannot fully check "valid" unless the
// signature really covers the whole file.
#include "FuzzSupport.h"
#include "signing/ReportVerifier.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    static const QByteArray ca = [] {
        QFile f(QStringLiteral(ISMAP_FUZZ_SOURCE_DIR "/tests/fuzz/corpus/report_verify.ca.pem"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QByteArray pdf = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        for (const QByteArray& trust : { QByteArray(), ca }) {
            const ismap::ReportVerification v = ismap::ReportVerifier::verify(pdf, trust);
            if (v.status == ismap::ReportVerification::Status::Valid
                && (!v.signatureIntact || !v.coversWholeDocument || v.signedEnd != qint64(size)))
                std::abort(); // "valid" must mean intact and covering every byte
        }
    } catch (const ismap::AuditError&) { }
    return 0;
}
