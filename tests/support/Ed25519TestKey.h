#pragma once
// A throw-away Ed25519 key (OpenSSL EVP) for tests and benchmarks of signed sync packages, standing in for the
// member keys built on another branch: sign() and verify() have the shapes SyncPackageWriter/Reader inject.

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>
#include <memory>
#include <openssl/evp.h>

namespace ismap::test {

class Ed25519TestKey
{
public:
    Ed25519TestKey()
        : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free)
    {
        size_t n = 32;
        QByteArray raw(32, '\0');
        EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()), &n);
        m_public = raw;
    }

    /// SHA-256 of the raw public key, hex: what the package header names.
    QString fingerprint() const
    {
        return QString::fromLatin1(QCryptographicHash::hash(m_public, QCryptographicHash::Sha256).toHex());
    }

    QByteArray sign(QByteArrayView message) const
    {
        std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        size_t n = 64;
        QByteArray sig(64, '\0');
        if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
            || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &n,
                              reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()))
                != 1)
            return {};
        sig.resize(qsizetype(n));
        return sig;
    }

    bool verify(QByteArrayView message, QByteArrayView signature) const
    {
        std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> pub(
            EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                        reinterpret_cast<const unsigned char*>(m_public.constData()), 32),
            EVP_PKEY_free);
        std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        return pub && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pub.get()) == 1
            && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                                size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.data()),
                                size_t(message.size()))
            == 1;
    }

private:
    std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> m_key;
    QByteArray m_public;
};

} // namespace ismap::test
