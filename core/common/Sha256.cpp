#include "common/Sha256.h"

#include <openssl/evp.h>

namespace ismap {

struct Sha256::Impl
{
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : d(std::make_unique<Impl>())
{
    d->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
}

void Sha256::add(const char* data, qint64 size)
{
    EVP_DigestUpdate(d->ctx, data, size_t(size));
}

QByteArray Sha256::digest()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
    return out;
}

QString Sha256::hex(const char* data, qint64 size)
{
    unsigned char md[32];
    unsigned int len = 0;
    EVP_Digest(data, size_t(size), md, &len, EVP_sha256(), nullptr);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), 32).toHex());
}

QString Sha256::hex(const QByteArray& data)
{
    return hex(data.constData(), data.size());
}

} // namespace ismap
