#include "signing/DemoPki.h"

#include "common/AuditError.h"
#include "signing/OpenSsl.h"
#include "signing/PadesSigner.h"

#include <QDir>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace ismap {

namespace {

[[noreturn]] void fail()
{
    throw AuditError(ErrorCode::Internal,
                     DemoPki::tr("The demo certificates could not be made (%1).").arg(ossl::lastError()));
}

void check(int ok)
{
    if (ok <= 0)
        fail();
}

ossl::Ptr<EVP_PKEY> newKey()
{
    ossl::Ptr<EVP_PKEY> key(EVP_RSA_gen(2048));
    if (!key)
        fail();
    return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        fail();
    check(X509_add_ext(cert, ext, -1));
    X509_EXTENSION_free(ext);
}

ossl::Ptr<X509> newCertificate(EVP_PKEY* key, const char* commonName, X509* issuer, EVP_PKEY* issuerKey, int days)
{
    ossl::Ptr<X509> cert(X509_new());
    check(X509_set_version(cert.get(), 2));
    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial));
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    check(bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get())) != nullptr);
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(cert.get());
    auto add = [&](const char* field, const char* value) {
        check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value), -1,
                                         -1, 0));
    };
    add("C", "JP");
    add("O", "ISMAP Audit Workbench DEMO (fictional)");
    add("CN", commonName);
    check(X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name));
    check(X509_set_pubkey(cert.get(), key));
    X509* issuerCert = issuer ? issuer : cert.get();
    if (issuer) {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
        addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    } else {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
        addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    }
    check(X509_sign(cert.get(), issuerKey, EVP_sha256()));
    return cert;
}

} // namespace

DemoPki DemoPki::generate()
{
    ERR_clear_error();
    auto caKey = newKey();
    auto ca = newCertificate(caKey.get(), kCaName, nullptr, caKey.get(), 3650);
    auto signerKey = newKey();
    auto signer = newCertificate(signerKey.get(), kSignerName, ca.get(), caKey.get(), 730);

    DemoPki pki;
    ossl::Ptr<BIO> pem(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(pem.get(), ca.get()));
    pki.caCertificatePem = ossl::bioBytes(pem.get());

    ossl::CertStack chain(sk_X509_new_null());
    X509_up_ref(ca.get());
    sk_X509_push(chain.get(), ca.get());
    ossl::Ptr<PKCS12> p12(PKCS12_create("", "DEMO Signer", signerKey.get(), signer.get(), chain.get(), 0, 0, 0, 0, 0));
    if (!p12)
        fail();
    ossl::Ptr<BIO> der(BIO_new(BIO_s_mem()));
    check(i2d_PKCS12_bio(der.get(), p12.get()));
    pki.signerPkcs12 = ossl::bioBytes(der.get());
    return pki;
}

QString DemoPki::writeTo(const QString& folder) const
{
    const QDir dir(folder);
    writeFileAtomically(dir.filePath(QStringLiteral("demo-ca.pem")), caCertificatePem);
    const QString p12 = dir.filePath(QStringLiteral("demo-signer.p12"));
    writeFileAtomically(p12, signerPkcs12);
    return p12;
}

} // namespace ismap
