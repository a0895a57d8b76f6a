#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

// OpenSSL types, so callers of this header need not include OpenSSL.
typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;
struct stack_st_X509;

namespace ismap {

/**
 * The firm's signing identity read from a PKCS#12 (.p12/.pfx) file: private key, signer certificate and
 * the certificate chain. Loading checks everything a signature needs and refuses with a translated message
 * naming the file: unreadable, not PKCS#12, wrong passphrase, no private key, key not matching the
 * certificate, certificate expired or not yet valid, certificate not meant for signing.
 */
class Pkcs12
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12)
public:
    /// Reads and checks @p path. An empty @p passphrase also opens a file exported without one.
    /// Throws AuditError (Io for an unreadable file, InvalidInput otherwise).
    static Pkcs12 load(const QString& path, const QByteArray& passphrase);
    /// As load(), from bytes; @p displayName names the source in messages.
    static Pkcs12 fromBytes(const QByteArray& der, const QByteArray& passphrase, const QString& displayName);
    /// True if @p path opens without a passphrase (so none needs to be asked for). False if unreadable.
    static bool opensWithoutPassphrase(const QString& path);
    /// SHA-256 (hex) of the file's bytes: the key under which its passphrase is remembered.
    static QString fingerprint(const QString& path);

    EVP_PKEY* privateKey() const;
    X509* certificate() const;
    /// The other certificates in the file (issuers), possibly none. Owned by this object.
    stack_st_X509* chain() const;

    QString signerCommonName() const;
    QString signerOrganization() const;
    QString subject() const;
    QString issuer() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    /// DER size of the certificate and chain: lets the signer reserve room for the CMS.
    int certificateBytes() const;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

} // namespace ismap
