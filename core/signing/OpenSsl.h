#pragma once
// Internal to core/signing: RAII owners for OpenSSL objects and the text of OpenSSL's error queue.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace ismap::ossl {

struct Free
{
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(X509_NAME* p) const { X509_NAME_free(p); }
    void operator()(ASN1_TIME* p) const { ASN1_TIME_free(p); }
};
template<class T> using Ptr = std::unique_ptr<T, Free>;
using CertStack = std::unique_ptr<STACK_OF(X509), Free>;

/// A read-only memory BIO over @p data (which must outlive the BIO).
inline Ptr<BIO> memBio(const QByteArray& data)
{
    return Ptr<BIO>(BIO_new_mem_buf(data.constData(), int(data.size())));
}

/// The bytes a memory BIO holds.
inline QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

/// Drains OpenSSL's error queue into one line (for the rare message that has no better words).
inline QString lastError()
{
    QString text;
    while (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buf);
    }
    return text;
}

/// One entry (CN, O, ...) of a distinguished name, as UTF-8.
inline QString nameEntry(const X509_NAME* name, int nid)
{
    if (!name)
        return {};
    const int idx = X509_NAME_get_index_by_NID(name, nid, -1);
    if (idx < 0)
        return {};
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return s;
}

/// The one-line form of a distinguished name (RFC 2253, UTF-8).
inline QString nameLine(const X509_NAME* name)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

/// An ASN1_TIME as UTC QDateTime (invalid if it does not parse).
QDateTime toDateTime(const ASN1_TIME* t);

} // namespace ismap::ossl
