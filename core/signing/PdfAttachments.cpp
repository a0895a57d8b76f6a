#include "signing/PdfAttachments.h"

#include "common/AuditError.h"
#include "signing/PoDoFoSupport.h"

#include <QRegularExpression>
#include <limits>
#include <memory>
#include <zlib.h>

namespace ismap {

namespace {

constexpr qsizetype kObjectWindow = 64 * 1024;
constexpr int kMaxCandidates = 64;

bool isDelimiterOrSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0' || c == '>' || c == ']';
}

/// Position just after "N G obj" of the last definition of that object, or -1.
qsizetype findObject(const QByteArray& pdf, qint64 number, qint64 generation)
{
    const QByteArray needle = QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj";
    qsizetype pos = pdf.lastIndexOf(needle);
    for (int tries = 0; pos >= 0 && tries < kMaxCandidates; ++tries) {
        if (pos == 0 || isDelimiterOrSpace(pdf[pos - 1]))
            return pos + needle.size();
        pos = pos > 0 ? pdf.lastIndexOf(needle, pos - 1) : -1;
    }
    return -1;
}

/// The integer an indirect object holds ("12 0 obj 345 endobj"), or -1.
qint64 indirectInteger(const QByteArray& pdf, qint64 number, qint64 generation)
{
    const qsizetype at = findObject(pdf, number, generation);
    if (at < 0)
        return -1;
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,12})\s)"));
    const auto m = re.match(QString::fromLatin1(pdf.mid(at, 64)));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

/// Inflates a FlateDecode stream, refusing more than the limit (a "zip bomb" stops early) and a stream that
/// ends before zlib's end marker. zlib directly rather than PoDoFo's filter: that one never frees its z_stream
/// when decoding stops with an error, so every refused bomb leaked ~40 KiB (LeakSanitizer).
std::optional<QByteArray> inflateBounded(const QByteArray& raw)
{
    if (raw.size() > qsizetype(std::numeric_limits<uInt>::max()))
        return std::nullopt;
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK)
        return std::nullopt;
    const std::unique_ptr<z_stream, int (*)(z_stream*)> end(&zs, inflateEnd);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
    zs.avail_in = uInt(raw.size());
    QByteArray data;
    char buffer[16 * 1024];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = uInt(sizeof buffer);
        const int rc = ::inflate(&zs, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer) - qsizetype(zs.avail_out);
        if (data.size() + produced > PdfAttachments::kMaxExtractBytes)
            return std::nullopt;
        data.append(buffer, produced);
        if (rc == Z_STREAM_END)
            return data;
        if (rc != Z_OK)
            return std::nullopt; // corrupt data, or the input ended early (Z_BUF_ERROR)
    }
}

/// The decoded data of the stream object N G, or nothing if it is not a plain or Flate stream.
std::optional<QByteArray> streamData(const QByteArray& pdf, qint64 number, qint64 generation)
{
    const qsizetype at = findObject(pdf, number, generation);
    if (at < 0)
        return std::nullopt;
    const qsizetype keyword = pdf.indexOf("stream", at);
    if (keyword < 0 || keyword - at > kObjectWindow)
        return std::nullopt;
    const QString dict = QString::fromLatin1(pdf.mid(at, keyword - at));
    static const QRegularExpression lengthRe(QStringLiteral(R"(/Length\s+(\d{1,12})(?:\s+(\d{1,6})\s+R)?)"));
    const auto lm = lengthRe.match(dict);
    if (!lm.hasMatch())
        return std::nullopt;
    qint64 length = lm.captured(1).toLongLong();
    if (!lm.captured(2).isEmpty())
        length = indirectInteger(pdf, length, lm.captured(2).toLongLong());
    qsizetype start = keyword + 6;
    if (start < pdf.size() && pdf[start] == '\r')
        ++start;
    if (start < pdf.size() && pdf[start] == '\n')
        ++start;
    if (length < 0 || length > pdf.size() - start)
        return std::nullopt;
    const QByteArray raw = pdf.mid(start, qsizetype(length));
    static const QRegularExpression filterRe(QStringLiteral(R"(/Filter\s*(\[\s*)?/(\w+)\s*(\])?)"));
    const auto fm = filterRe.match(dict);
    if (!fm.hasMatch())
        return raw.size() <= PdfAttachments::kMaxExtractBytes ? std::optional<QByteArray>(raw) : std::nullopt;
    if (fm.captured(2) != u"FlateDecode" || dict.contains(QStringLiteral("/DecodeParms")))
        return std::nullopt;
    return inflateBounded(raw);
}

} // namespace

QByteArray PdfAttachments::attach(const QByteArray& pdf, const QString& fileName, const QByteArray& data,
                                  const QString& displayName)
{
    using namespace PoDoFo;
    podofo::quiet();
    const QString name = displayName.isEmpty() ? tr("the PDF") : displayName;
    try {
        PdfMemDocument doc;
        doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        const QByteArray file = fileName.toUtf8();
        PdfFileSpec spec(file.constData(), reinterpret_cast<const unsigned char*>(data.constData()),
                         ptrdiff_t(data.size()), &doc);
        // PoDoFo 0.9.8 writes the name escaped like a PDF name ("ismap2Dmanifest2Ejson"): set it plainly.
        bool ascii = true;
        for (char c : file)
            ascii = ascii && c > 0x1f && c < 0x7f;
        const PdfString plainName
            = ascii ? PdfString(file.constData()) : PdfString(reinterpret_cast<const pdf_utf8*>(file.constData()));
        PdfDictionary& dict = spec.GetObject()->GetDictionary();
        dict.AddKey(PdfName("F"), plainName);
        dict.AddKey(PdfName("UF"), plainName);
        if (PdfObject* ef = dict.GetKey(PdfName("EF")); ef && ef->IsDictionary())
            if (PdfObject* stream
                = doc.GetObjects().GetObject(ef->GetDictionary().GetKey(PdfName("F"))->GetReference()))
                stream->GetDictionary().AddKey(
                    PdfName("Subtype"),
                    PdfName(fileName.endsWith(u".json") ? "application/json" : "application/octet-stream"));
        doc.GetNamesTree(true)->AddValue(PdfName("EmbeddedFiles"), plainName, spec.GetObject()->Reference());
        PdfRefCountedBuffer out(size_t(pdf.size()) + size_t(data.size()) + 4096);
        PdfOutputDevice device(&out);
        doc.Write(&device);
        return QByteArray(out.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError& e) {
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: cannot embed %2 (%3).").arg(name, fileName, podofo::message(e)));
    }
}

std::optional<QByteArray> PdfAttachments::extract(const QByteArray& pdf, const QString& fileName)
{
    const QByteArray needle = '(' + fileName.toUtf8() + ')';
    static const QRegularExpression efRe(QStringLiteral(R"(/EF\s*<<[^>]{0,200}?/U?F\s+(\d{1,9})\s+(\d{1,5})\s+R)"));
    qsizetype pos = pdf.lastIndexOf(needle);
    for (int tries = 0; pos >= 0 && tries < kMaxCandidates; ++tries) {
        // The file specification dictionary around the name holds /EF << /F n g R >>.
        const qsizetype from = qMax<qsizetype>(0, pos - 2048);
        const qsizetype objStart = pdf.lastIndexOf(" obj", pos);
        const qsizetype begin = objStart >= 0 && pos - objStart < 2048 ? objStart : from;
        qsizetype end = pdf.indexOf("endobj", pos);
        if (end < 0 || end - pos > 2048)
            end = qMin<qsizetype>(pdf.size(), pos + 2048);
        const auto m = efRe.match(QString::fromLatin1(pdf.mid(begin, end - begin)));
        if (m.hasMatch()) {
            if (auto data = streamData(pdf, m.captured(1).toLongLong(), m.captured(2).toLongLong()))
                return data;
        }
        pos = pos > 0 ? pdf.lastIndexOf(needle, pos - 1) : -1;
    }
    return std::nullopt;
}

} // namespace ismap
