#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ismap {

/** What verifying a signed report found. Every text field is for display; status decides. */
struct ReportVerification
{
    enum class Status {
        Valid, ///< intact, covers the whole document, and trusted (or trust not checked)
        Tampered, ///< digest mismatch, bad signature value, or bytes added after signing
        Untrusted, ///< intact, but the signer's chain does not lead to the given CA
        Unsigned, ///< a PDF without a signature
        Malformed ///< not a PDF, or a signature that cannot be decoded
    };
    enum class Trust { NotChecked, Trusted, NotTrusted };

    Status status = Status::Malformed;
    QString detail; ///< one translated sentence saying why (empty when Valid)
    QString signerCommonName;
    QString signerOrganization;
    QString signerSubject;
    QString issuerSubject;
    QDateTime signingTime; ///< the CMS signingTime, else the dictionary's /M (claimed by the signer: no timestamp)
    bool signingTimeInCms = false; ///< a CMS signing-time attribute (PAdES baseline wants /M only)
    QString subFilter; ///< e.g. ETSI.CAdES.detached
    QString digestAlgorithm;
    bool signingCertificateV2 = false;
    bool signatureIntact = false; ///< digest and signature value verify
    bool coversWholeDocument = false;
    qint64 signedEnd = 0; ///< where the signed byte range ends
    qint64 fileSize = 0;
    int signatureCount = 0;
    Trust trust = Trust::NotChecked;
    QString trustDetail;

    static QString statusName(Status s); ///< translated: "valid", "tampered", ...
};

/**
 * Verifies the (last) signature of a PDF report: rebuilds the /ByteRange, checks the CMS digest and
 * signature with OpenSSL, tells whether the signature covers the whole file, and checks the signer's chain
 * against a CA the caller trusts. Reads the file with bounded, linear work and no PDF object parser, so a
 * hostile file can neither crash nor hang it.
 */
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifier)
public:
    /// @p caPem: PEM text of one or more trusted CA certificates; empty = trust not checked.
    /// Throws AuditError(InvalidInput) only for a @p caPem without any certificate.
    static ReportVerification verify(const QByteArray& pdf, const QByteArray& caPem = {});
    /// As verify(), reading the files. Throws AuditError(Io) if @p pdfPath or @p caPemPath cannot be read.
    static ReportVerification verifyFile(const QString& pdfPath, const QString& caPemPath = {});
};

} // namespace ismap
