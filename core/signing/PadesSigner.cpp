#include "signing/PadesSigner.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "signing/OpenSsl.h"
#include "signing/Pkcs12.h"
#include "signing/PoDoFoSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <openssl/pkcs7.h>

namespace ismap {

namespace {

constexpr char kByteRangePlaceholder[] = "[ 0 1234567890 1234567890 1234567890]";

PoDoFo::PdfString pdfText(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.constData()));
}

/// A filler for /Contents that cannot occur elsewhere in the file: found and replaced after writing.
QByteArray beacon(int hexChars)
{
    const QByteArray unit("ISMAP-SIGNATURE-PLACEHOLDER-");
    QByteArray b;
    b.reserve(hexChars);
    while (b.size() < hexChars)
        b.append(unit);
    b.truncate(hexChars);
    return b;
}

/// Appends the unsigned incremental update (signature field, widget, /Sig dictionary with placeholders).
QByteArray writeUpdate(const QByteArray& pdf, const Pkcs12& id, const SignatureInfo& info, const QByteArray& filler,
                       const QString& displayName)
{
    using namespace PoDoFo;
    podofo::quiet();
    try {
        PdfMemDocument doc;
        doc.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
        if (doc.GetEncrypt())
            throw AuditError(
                ErrorCode::InvalidInput,
                PadesSigner::tr("%1: the PDF is encrypted; sign the unencrypted report.").arg(displayName));
        if (doc.GetPageCount() < 1)
            throw AuditError(ErrorCode::InvalidInput, PadesSigner::tr("%1: the PDF has no pages.").arg(displayName));
        PdfAcroForm* form = doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));
        PdfPage* page = doc.GetPage(doc.GetPageCount() - 1);
        PdfAnnotation* widget = page->CreateAnnotation(ePdfAnnotation_Widget, PdfRect(0, 0, 0, 0));
        widget->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked);
        PdfSignatureField field(widget, form, &doc);
        const QDateTime when = info.signingTime.isValid() ? info.signingTime : Clock::now();
        field.SetFieldName(pdfText(QStringLiteral("ISMAP-Signature-%1").arg(when.toUTC().toString(u"yyyyMMddHHmmss"))));
        if (!info.reason.isEmpty())
            field.SetSignatureReason(pdfText(info.reason));
        if (!info.location.isEmpty())
            field.SetSignatureLocation(pdfText(info.location));
        field.SetSignatureDate(PdfDate(time_t(when.toSecsSinceEpoch())));
        field.SetSignature(PdfData(filler.constData(), size_t(filler.size())));
        PdfDictionary& sig = field.GetSignatureObject()->GetDictionary();
        sig.AddKey(PdfName("SubFilter"), PdfName("ETSI.CAdES.detached"));
        sig.AddKey(PdfName("Name"), pdfText(info.name.isEmpty() ? id.signerCommonName() : info.name));
        if (!info.contactInfo.isEmpty())
            sig.AddKey(PdfName("ContactInfo"), pdfText(info.contactInfo));

        PdfRefCountedBuffer buffer(size_t(pdf.size()) + size_t(filler.size()) + 65536);
        PdfOutputDevice device(&buffer);
        // The update goes behind the original bytes, which stay untouched.
        device.Write(pdf.constData(), size_t(pdf.size()));
        doc.WriteUpdate(&device, false);
        return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError& e) {
        throw AuditError(
            ErrorCode::InvalidInput,
            PadesSigner::tr("%1: the PDF cannot be prepared for signing (%2).").arg(displayName, podofo::message(e)));
    }
}

/// PAdES baseline (ETSI EN 319 142-1, 5.4.2.1): the claimed signing time is the dictionary's /M, and the
/// CMS must not carry a signing-time attribute. OpenSSL always adds one, so remove it and sign the signed
/// attributes again (RSA PKCS#1 v1.5 and ECDSA keys; other key types keep the attribute).
bool dropSigningTime(CMS_SignerInfo* si, EVP_PKEY* key)
{
    const int type = EVP_PKEY_get_base_id(key);
    const int idx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (idx < 0 || (type != EVP_PKEY_RSA && type != EVP_PKEY_EC))
        return true;
    X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, idx));
    STACK_OF(X509_ATTRIBUTE)* attrs = sk_X509_ATTRIBUTE_new_null();
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i)
        sk_X509_ATTRIBUTE_push(attrs, CMS_signed_get_attr(si, i));
    unsigned char* der = nullptr;
    const int derLen = ASN1_item_i2d(reinterpret_cast<ASN1_VALUE*>(attrs), &der, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    sk_X509_ATTRIBUTE_free(attrs); // the attributes stay owned by the SignerInfo
    if (derLen <= 0)
        return false;
    bool ok = false;
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    size_t sigLen = 0;
    if (md && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(md, nullptr, &sigLen, der, size_t(derLen)) == 1) {
        QByteArray sig(qsizetype(sigLen), Qt::Uninitialized);
        auto* sigData = reinterpret_cast<unsigned char*>(sig.data());
        if (EVP_DigestSign(md, sigData, &sigLen, der, size_t(derLen)) == 1)
            ok = ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), sigData, int(sigLen)) == 1;
    }
    EVP_MD_CTX_free(md);
    OPENSSL_free(der);
    return ok;
}

QByteArray cmsSign(const QByteArray& data, const Pkcs12& id)
{
    ERR_clear_error();
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP | CMS_PARTIAL;
    ossl::Ptr<CMS_ContentInfo> cms(CMS_sign(nullptr, nullptr, id.chain(), nullptr, flags));
    if (!cms || !CMS_add1_signer(cms.get(), id.certificate(), id.privateKey(), EVP_sha256(), flags))
        return {};
    auto in = ossl::memBio(data);
    if (CMS_final(cms.get(), in.get(), nullptr, flags) != 1)
        return {};
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    if (!si || !dropSigningTime(si, id.privateKey()))
        return {};
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return {};
    return ossl::bioBytes(out.get());
}

} // namespace

QByteArray PadesSigner::sign(const QByteArray& pdf, const Pkcs12& id, const SignatureInfo& info,
                             const QString& displayName)
{
    const QString name = displayName.isEmpty() ? tr("the PDF") : displayName;
    if (!pdf.startsWith("%PDF-"))
        throw AuditError(ErrorCode::InvalidInput, tr("%1: not a PDF file.").arg(name));
    // Room for the CMS: certificates, the signature value and the signed attributes, hex-encoded.
    const int reserve = id.certificateBytes() + EVP_PKEY_get_size(id.privateKey()) + 4096;
    const QByteArray filler = beacon(reserve * 2);
    QByteArray out = writeUpdate(pdf, id, info, filler, name);

    const qsizetype at = out.indexOf(QByteArray('<' + filler + '>'), pdf.size());
    const qsizetype rangeAt = out.indexOf(kByteRangePlaceholder, pdf.size());
    if (at < 0 || rangeAt < 0 || out.indexOf(filler, at + 1 + filler.size()) >= 0)
        throw AuditError(ErrorCode::Internal, tr("%1: the signature placeholder was not written.").arg(name));
    const qint64 contentsEnd = at + filler.size() + 2;
    QByteArray range = QByteArray("[0 ") + QByteArray::number(qint64(at)) + ' ' + QByteArray::number(contentsEnd) + ' '
        + QByteArray::number(qint64(out.size()) - contentsEnd) + ']';
    const int placeholderSize = int(sizeof kByteRangePlaceholder) - 1;
    range = range.leftJustified(placeholderSize, ' ');
    if (range.size() != placeholderSize)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the PDF is too large to sign.").arg(name));
    out.replace(rangeAt, placeholderSize, range);

    const QByteArray der = cmsSign(out.left(at) + out.mid(contentsEnd), id);
    if (der.isEmpty())
        throw AuditError(ErrorCode::Internal,
                         tr("%1: the CMS signature could not be made (%2).").arg(name, ossl::lastError()));
    const QByteArray hex = der.toHex();
    if (hex.size() > filler.size())
        throw AuditError(ErrorCode::Internal,
                         tr("%1: the signature does not fit the space reserved for it.").arg(name));
    out.replace(at + 1, filler.size(), hex.leftJustified(filler.size(), '0'));
    return out;
}

QByteArray readPdfFile(const QString& path, qint64 maxBytes)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io,
                         PadesSigner::tr("%1: cannot read the file (%2).")
                             .arg(path, QFileInfo::exists(path) ? f.errorString() : PadesSigner::tr("no such file")));
    if (f.size() > maxBytes)
        throw AuditError(ErrorCode::InvalidInput, PadesSigner::tr("%1: the file is too large.").arg(path));
    const QByteArray bytes = f.readAll();
    if (f.error() != QFile::NoError)
        throw AuditError(ErrorCode::Io, PadesSigner::tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    return bytes;
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw AuditError(ErrorCode::Io, PadesSigner::tr("%1: cannot write the file (%2).").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.commit())
        throw AuditError(ErrorCode::Io, PadesSigner::tr("%1: cannot write the file (%2).").arg(path, f.errorString()));
}

void signPdfFile(const QString& inPath, const QString& outPath, const Pkcs12& identity, const SignatureInfo& info)
{
    const QByteArray pdf = readPdfFile(inPath);
    writeFileAtomically(outPath, PadesSigner::sign(pdf, identity, info, inPath));
}

} // namespace ismap
