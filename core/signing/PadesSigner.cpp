#include "signing/PadesSigner.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "signing/OpenSsl.h"
#include "signing/Pkcs12.h"
#include "signing/PoDoFoSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
