// libFuzzer harness: ReportVerifier::verify and PdfAttachments::extract on a hostile "signed report".
// Both read untrusted PDFs with bounded work and must return a status, never crash, hang or leak.
// The first byte picks whether a trusted CA (a demo CA made once per process) is given.
#include "FuzzSupport.h"
#include "signing/DemoPki.h"
#include "signing/PdfAttachments.h"
#include "signing/ReportVerifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    if (size < 1)
        return 0;
    static const QByteArray caPem = ismap::DemoPki::generate().caCertificatePem;
    const QByteArray pdf(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    try {
        const ismap::ReportVerification r = ismap::ReportVerifier::verify(pdf, data[0] & 1 ? caPem : QByteArray());
        if (r.status == ismap::ReportVerification::Status::Valid && !r.signatureIntact)
            std::abort(); // "valid" must mean the CMS verified
        if (r.status == ismap::ReportVerification::Status::Valid && !r.coversWholeDocument)
            std::abort();
    } catch (const ismap::AuditError&) { }
    if (const auto manifest = ismap::PdfAttachments::extract(pdf, QStringLiteral("ismap-manifest.json")))
        if (manifest->size() > ismap::PdfAttachments::kMaxExtractBytes)
            std::abort();
    return 0;
}
