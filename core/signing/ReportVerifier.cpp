#include "signing/ReportVerifier.h"

#include "common/AuditError.h"
#include "signing/OpenSsl.h"
#include "signing/PadesSigner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <openssl/pem.h>

namespace ismap {

using Status = ReportVerification::Status;

QString ReportVerification::statusName(Status s)
{
    switch (s) {
    case Status::Valid:
        return ReportVerifier::tr("valid");
    case Status::Tampered:
        return ReportVerifier::tr("tampered");
    case Status::Untrusted:
        return ReportVerifier::tr("untrusted");
    case Status::Unsigned:
        return ReportVerifier::tr("unsigned");
    case Status::Malformed:
        return ReportVerifier::tr("malformed");
    }
    return {};
}

namespace {

constexpr int kMaxByteRangeCandidates = 64;
constexpr qsizetype kMaxContentsHex = 2 * 1024 * 1024;
constexpr qsizetype kDictionaryWindow = 8192;

struct SignatureLocation
{
    qint64 range[4] = {};
    QByteArray der;
};

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

/// Parses "[a b c d]" after a /ByteRange key at @p pos; checks the ranges frame a hex /Contents string.
bool parseSignatureAt(const QByteArray& pdf, qsizetype pos, SignatureLocation& sig)
{
    const qsizetype n = pdf.size();
    qsizetype i = pos + qsizetype(sizeof("/ByteRange") - 1);
    auto skipSpace = [&] {
        while (i < n && isPdfSpace(pdf[i]))
            ++i;
    };
    skipSpace();
    if (i >= n || pdf[i] != '[')
        return false;
    ++i;
    for (qint64& value : sig.range) {
        skipSpace();
        const qsizetype start = i;
        qint64 v = 0;
        while (i < n && pdf[i] >= '0' && pdf[i] <= '9' && i - start < 15)
            v = v * 10 + (pdf[i++] - '0');
        if (i == start)
            return false;
        value = v;
    }
    skipSpace();
    if (i >= n || pdf[i] != ']')
        return false;
    const qint64* r = sig.range;
    if (r[0] != 0 || r[1] < 2 || r[2] <= r[1] + 1 || r[3] < 0 || r[2] > n || r[3] > n - r[2])
        return false;
    if (pdf[r[1]] != '<' || pdf[r[2] - 1] != '>' || r[2] - r[1] - 2 > kMaxContentsHex)
        return false;
    QByteArray hex;
    hex.reserve(r[2] - r[1]);
    for (qint64 k = r[1] + 1; k < r[2] - 1; ++k) {
        const char c = pdf[k];
        if (isPdfSpace(c))
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
        hex.append(c);
    }
    sig.der = QByteArray::fromHex(hex);
    return !sig.der.isEmpty();
}

/// Value of a simple key (/M (D:...), /SubFilter /Name) in the signature dictionary around the contents.
QString dictionaryValue(const QByteArray& pdf, const SignatureLocation& sig, const QRegularExpression& re)
{
    const qsizetype from = qMax<qsizetype>(0, sig.range[1] - kDictionaryWindow);
    const qsizetype to = qMin<qsizetype>(pdf.size(), sig.range[2] + kDictionaryWindow);
    const QString window = QString::fromLatin1(pdf.mid(from, sig.range[1] - from)) + QLatin1Char(' ')
        + QString::fromLatin1(pdf.mid(sig.range[2], to - sig.range[2]));
    // The nearest match to the contents: the last before it or the first after it.
    const qsizetype split = sig.range[1] - from;
    QString best;
    qsizetype bestDistance = -1;
    auto it = re.globalMatch(window);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype distance = m.capturedStart() < split ? split - m.capturedStart() : m.capturedStart() - split;
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            best = m.captured(1);
        }
    }
    return best;
}

/// PDF date "D:YYYYMMDDHHmmSS+HH'mm'" → UTC.
QDateTime parsePdfDate(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    auto num = [&](int i, int fallback) {
        return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt();
    };
    QDateTime t(QDate(num(1, 0), num(2, 1), num(3, 1)), QTime(num(4, 0), num(5, 0), num(6, 0)), QTimeZone::utc());
    const QString sign = m.captured(7);
    const int offset = (num(8, 0) * 60 + num(9, 0)) * 60;
    if (sign == u"+")
        t = t.addSecs(-offset);
    else if (sign == u"-")
        t = t.addSecs(offset);
    return t.isValid() ? t : QDateTime();
}

QDateTime cmsSigningTime(CMS_SignerInfo* si)
{
    const int idx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (idx < 0)
        return {};
    ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, idx), 0);
    if (!t || (t->type != V_ASN1_UTCTIME && t->type != V_ASN1_GENERALIZEDTIME))
        return {};
    return ossl::toDateTime(reinterpret_cast<const ASN1_TIME*>(t->value.asn1_string));
}

ossl::Ptr<X509_STORE> storeFromPem(const QByteArray& pem)
{
    ossl::Ptr<X509_STORE> store(X509_STORE_new());
    auto bio = ossl::memBio(pem);
    int count = 0;
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), cert);
        X509_free(cert);
        ++count;
    }
    ERR_clear_error();
    if (count == 0)
        throw AuditError(ErrorCode::InvalidInput, ReportVerifier::tr("The CA file holds no PEM certificate."));
    return store;
}

void checkTrust(ReportVerification& r, X509* signer, STACK_OF(X509) * certs, X509_STORE* store)
{
    ossl::Ptr<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store, signer, certs) != 1) {
        r.trust = ReportVerification::Trust::NotTrusted;
        r.trustDetail = ossl::lastError();
        return;
    }
    // Judge the chain at the time of signing, so a report signed while the certificate was valid stays valid.
    if (r.signingTime.isValid())
        X509_STORE_CTX_set_time(ctx.get(), 0, time_t(r.signingTime.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1) {
        r.trust = ReportVerification::Trust::Trusted;
    } else {
        r.trust = ReportVerification::Trust::NotTrusted;
        r.trustDetail = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    }
    ERR_clear_error();
}

} // namespace

ReportVerification ReportVerifier::verify(const QByteArray& pdf, const QByteArray& caPem)
{
    ossl::Ptr<X509_STORE> store;
    if (!caPem.isEmpty())
        store = storeFromPem(caPem);
    ReportVerification r;
    r.fileSize = pdf.size();
    if (!pdf.left(1024).contains("%PDF-")) {
        r.status = Status::Malformed;
        r.detail = tr("The file is not a PDF.");
        return r;
    }
    // The last signature that parses: later updates may add signatures; it is the one covering the most.
    SignatureLocation sig;
    bool found = false;
    int candidates = 0;
    for (qsizetype pos = pdf.lastIndexOf("/ByteRange");
         pos >= 0 && candidates<kMaxByteRangeCandidates; pos = pos> 0 ? pdf.lastIndexOf("/ByteRange", pos - 1) : -1,
                   ++candidates) {
        SignatureLocation s;
        if (parseSignatureAt(pdf, pos, s)) {
            if (!found)
                sig = s;
            found = true;
            ++r.signatureCount;
        }
    }
    if (!found) {
        r.status = candidates > 0 ? Status::Malformed : Status::Unsigned;
        r.detail = candidates > 0 ? tr("The signature's /ByteRange or /Contents cannot be read.")
                                  : tr("The document carries no signature.");
        return r;
    }
    r.signedEnd = sig.range[2] + sig.range[3];
    r.coversWholeDocument = sig.range[0] == 0 && r.signedEnd == r.fileSize;
    static const QRegularExpression subFilterRe(QStringLiteral(R"(/SubFilter\s*/([A-Za-z0-9.#_-]{1,64}))"));
    static const QRegularExpression timeRe(QStringLiteral(R"(/M\s*\((D:[0-9Zz+'\-]{4,32})\))"));
    r.subFilter = dictionaryValue(pdf, sig, subFilterRe);

    ERR_clear_error();
    auto derBio = ossl::memBio(sig.der);
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_bio(derBio.get(), nullptr));
    STACK_OF(CMS_SignerInfo)* infos = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!cms || !infos || sk_CMS_SignerInfo_num(infos) < 1
        || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        r.status = Status::Malformed;
        r.detail = tr("The signature (CMS) cannot be decoded.");
        return r;
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    ossl::CertStack certs(CMS_get1_certs(cms.get()));
    if (CMS_set1_signers_certs(cms.get(), certs.get(), 0) < 1) {
        ERR_clear_error();
        r.status = Status::Malformed;
        r.detail = tr("The signer's certificate is not in the signature.");
        return r;
    }
    X509* signer = nullptr;
    X509_ALGOR* digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, &signer, &digestAlg, nullptr);
    if (digestAlg)
        r.digestAlgorithm = QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(digestAlg->algorithm)));
    if (signer) {
        r.signerCommonName = ossl::nameEntry(X509_get_subject_name(signer), NID_commonName);
        r.signerOrganization = ossl::nameEntry(X509_get_subject_name(signer), NID_organizationName);
        r.signerSubject = ossl::nameLine(X509_get_subject_name(signer));
        r.issuerSubject = ossl::nameLine(X509_get_issuer_name(signer));
    }
    r.signingCertificateV2 = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0;
    r.signingTime = cmsSigningTime(si);
    r.signingTimeInCms = r.signingTime.isValid();
    if (!r.signingTime.isValid())
        r.signingTime = parsePdfDate(dictionaryValue(pdf, sig, timeRe));

    const QByteArray content = pdf.left(sig.range[1]) + pdf.mid(sig.range[2], sig.range[3]);
    auto contentBio = ossl::memBio(content);
    const unsigned flags = CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY;
    r.signatureIntact = CMS_verify(cms.get(), certs.get(), nullptr, contentBio.get(), nullptr, flags) == 1;
    ERR_clear_error();
    if (!r.signatureIntact) {
        // The signed attributes verifying means the document bytes, not the signature value, changed.
        const bool attributesSigned = CMS_SignerInfo_verify(si) == 1;
        ERR_clear_error();
        r.status = Status::Tampered;
        r.detail = attributesSigned ? tr("Digest mismatch: the signed part of the document changed after signing.")
                                    : tr("The signature value does not verify with the signer's certificate.");
        return r;
    }
    if (store && signer)
        checkTrust(r, signer, certs.get(), store.get());
    if (!r.coversWholeDocument) {
        r.status = Status::Tampered;
        r.detail = r.signedEnd < r.fileSize
            ? tr("Not the whole document is signed: %n byte(s) were added after signing.", nullptr,
                 int(qMin<qint64>(r.fileSize - r.signedEnd, INT_MAX)))
            : tr("Not the whole document is signed.");
        return r;
    }
    if (r.trust == ReportVerification::Trust::NotTrusted) {
        r.status = Status::Untrusted;
        r.detail = tr("The signer's certificate does not chain to the given CA (%1).").arg(r.trustDetail);
        return r;
    }
    r.status = Status::Valid;
    return r;
}

ReportVerification ReportVerifier::verifyFile(const QString& pdfPath, const QString& caPemPath)
{
    const QByteArray pdf = readPdfFile(pdfPath);
    if (caPemPath.isEmpty())
        return verify(pdf);
    const QByteArray caPem = readPdfFile(caPemPath, 16 * 1024 * 1024);
    try {
        return verify(pdf, caPem);
    } catch (const AuditError& e) {
        throw AuditError(e.code(), tr("%1: holds no PEM certificate.").arg(caPemPath));
    }
}

} // namespace ismap
