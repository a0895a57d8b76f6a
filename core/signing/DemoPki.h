#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ismap {

/**
 * A throw-away certificate authority and signer for the demo, generated on this machine with OpenSSL's
 * C API: "ISMAP Workbench DEMO CA" and "DEMO Signer — not for real use" (RSA 2048, SHA-256). The signer's
 * PKCS#12 has an empty passphrase, so the demo signs without asking. Nothing here is for real reports.
 */
struct DemoPki
{
    Q_DECLARE_TR_FUNCTIONS(DemoPki)
public:
    static constexpr const char* kCaName = "ISMAP Workbench DEMO CA";
    static constexpr const char* kSignerName = "DEMO Signer \u2014 not for real use";

    QByteArray caCertificatePem; ///< the CA certificate, for verify-report --ca and pdfsig's NSS database
    QByteArray signerPkcs12; ///< key, certificate and CA chain; empty passphrase

    /// Generates a fresh CA and signer. Throws AuditError(Internal) if OpenSSL fails.
    static DemoPki generate();
    /// Writes demo-ca.pem and demo-signer.p12 into @p folder (atomically each); returns the .p12 path.
    QString writeTo(const QString& folder) const;
};

} // namespace ismap
