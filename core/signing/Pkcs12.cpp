#include "signing/Pkcs12.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "signing/OpenSsl.h"

#include <QFile>
#include <QFileInfo>
#include <openssl/provider.h>
#include <openssl/x509v3.h>

namespace ismap {

struct Pkcs12::Impl
{
    ossl::Ptr<EVP_PKEY> key;
    ossl::Ptr<X509> cert;
    ossl::CertStack chain;
};

namespace {

/// Old exports (RC2-40, as some Windows tools still write) need OpenSSL's legacy provider. The provider is
/// unloaded again at exit: this static is constructed after OpenSSL's own initialisation, so it is destroyed
/// before OpenSSL's atexit cleanup, which then frees the provider (LeakSanitizer reported it otherwise).
void loadLegacyProviderOnce()
{
    struct LegacyProvider
    {
        OSSL_PROVIDER* provider = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        LegacyProvider() { ERR_clear_error(); }
        ~LegacyProvider()
        {
            if (provider)
                OSSL_PROVIDER_unload(provider);
        }
    };
    static const LegacyProvider legacy;
    Q_UNUSED(legacy);
}

/// Verifies the MAC with @p pass; an empty passphrase may have been written as "no password" or "".
bool macMatches(PKCS12* p12, const QByteArray& pass, const char** usedPass)
{
    if (!PKCS12_mac_present(p12)) {
        *usedPass = pass.isEmpty() ? nullptr : pass.constData();
        return true;
    }
    if (!pass.isEmpty()) {
        *usedPass = pass.constData();
        return PKCS12_verify_mac(p12, pass.constData(), int(pass.size())) == 1;
    }
    for (const char* candidate : { static_cast<const char*>(nullptr), "" }) {
        if (PKCS12_verify_mac(p12, candidate, 0) == 1) {
            *usedPass = candidate;
            return true;
        }
    }
    return false;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io,
                         Pkcs12::tr("%1: cannot read the PKCS#12 file (%2).")
                             .arg(path, QFileInfo::exists(path) ? f.errorString() : Pkcs12::tr("no such file")));
    if (f.size() > 1024 * 1024)
        throw AuditError(ErrorCode::InvalidInput, Pkcs12::tr("%1: too large for a PKCS#12 file.").arg(path));
    return f.readAll();
}

} // namespace

Pkcs12 Pkcs12::load(const QString& path, const QByteArray& passphrase)
{
    return fromBytes(readFile(path), passphrase, path);
}

Pkcs12 Pkcs12::fromBytes(const QByteArray& der, const QByteArray& passphrase, const QString& displayName)
{
    loadLegacyProviderOnce();
    ERR_clear_error();
    auto bio = ossl::memBio(der);
    ossl::Ptr<PKCS12> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: not a PKCS#12 file.").arg(displayName));
    const char* pass = nullptr;
    if (!macMatches(p12.get(), passphrase, &pass)) {
        ERR_clear_error();
        throw AuditError(ErrorCode::InvalidInput,
                         passphrase.isEmpty() ? tr("%1: the PKCS#12 file needs a passphrase.").arg(displayName)
                                              : tr("%1: wrong passphrase for the PKCS#12 file.").arg(displayName));
    }
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (PKCS12_parse(p12.get(), pass, &key, &cert, &ca) != 1) {
        const QString detail = ossl::lastError();
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the PKCS#12 file cannot be decoded (%2).").arg(displayName, detail));
    }
    auto d = std::make_shared<Impl>();
    d->key.reset(key);
    d->cert.reset(cert);
    d->chain.reset(ca ? ca : sk_X509_new_null());
    if (!d->key)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the PKCS#12 file holds no private key, so it cannot sign.").arg(displayName));
    // PKCS12_parse pairs the key with the certificate it matches; a lone unmatched certificate lands in the chain.
    if (!d->cert && sk_X509_num(d->chain.get()) > 0)
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: the private key does not match the certificate in the PKCS#12 file.").arg(displayName));
    if (!d->cert)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the PKCS#12 file holds no certificate.").arg(displayName));
    if (X509_check_private_key(d->cert.get(), d->key.get()) != 1) {
        ERR_clear_error();
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: the private key does not match the certificate in the PKCS#12 file.").arg(displayName));
    }
    Pkcs12 result;
    result.d = d;
    const QDateTime now = Clock::now();
    if (result.notBefore().isValid() && now < result.notBefore())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the certificate of %2 is not valid before %3.")
                             .arg(displayName, result.signerCommonName(), result.notBefore().toString(Qt::ISODate)));
    if (!result.notAfter().isValid() || now > result.notAfter())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the certificate of %2 expired on %3.")
                             .arg(displayName, result.signerCommonName(), result.notAfter().toString(Qt::ISODate)));
    const uint32_t usage = X509_get_key_usage(d->cert.get());
    if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the certificate of %2 is not meant for signatures (key usage).")
                             .arg(displayName, result.signerCommonName()));
    ERR_clear_error();
    return result;
}

bool Pkcs12::opensWithoutPassphrase(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return false;
    const QByteArray der = f.readAll();
    auto bio = ossl::memBio(der);
    ossl::Ptr<PKCS12> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    const char* pass = nullptr;
    const bool ok = p12 && macMatches(p12.get(), QByteArray(), &pass);
    ERR_clear_error();
    return ok;
}

QString Pkcs12::fingerprint(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Sha256::hex(f.read(1024 * 1024 + 1));
}

EVP_PKEY* Pkcs12::privateKey() const
{
    return d->key.get();
}
X509* Pkcs12::certificate() const
{
    return d->cert.get();
}
stack_st_X509* Pkcs12::chain() const
{
    return d->chain.get();
}

QString Pkcs12::signerCommonName() const
{
    return ossl::nameEntry(X509_get_subject_name(d->cert.get()), NID_commonName);
}
QString Pkcs12::signerOrganization() const
{
    return ossl::nameEntry(X509_get_subject_name(d->cert.get()), NID_organizationName);
}
QString Pkcs12::subject() const
{
    return ossl::nameLine(X509_get_subject_name(d->cert.get()));
}
QString Pkcs12::issuer() const
{
    return ossl::nameLine(X509_get_issuer_name(d->cert.get()));
}
QDateTime Pkcs12::notBefore() const
{
    return ossl::toDateTime(X509_get0_notBefore(d->cert.get()));
}
QDateTime Pkcs12::notAfter() const
{
    return ossl::toDateTime(X509_get0_notAfter(d->cert.get()));
}

int Pkcs12::certificateBytes() const
{
    int n = i2d_X509(d->cert.get(), nullptr);
    for (int i = 0; i < sk_X509_num(d->chain.get()); ++i)
        n += i2d_X509(sk_X509_value(d->chain.get(), i), nullptr);
    return n;
}

} // namespace ismap
