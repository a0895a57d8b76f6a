#include "signing/ToUnicodeFix.h"

#include "common/AuditError.h"
#include "signing/PadesSigner.h"
#include "signing/PoDoFoSupport.h"

#include <QRegularExpression>
#include <QSet>

namespace ismap {

namespace {

/// The Japanese middle dot (・, U+30FB) shares its glyph with HYPHENATION POINT (U+2027) in Noto Sans CJK, and Qt
/// maps the glyph to the latter: 「IaaS・PaaS」 copied as 「IaaS‧PaaS」. A real hyphenation point never occurs in a
/// Japanese report, so the point goes back to the middle dot.
constexpr char16_t kHyphenationPoint = 0x2027;
constexpr char16_t kKatakanaMiddleDot = 0x30FB;

bool isRadical(char16_t c)
{
    return (c >= 0x2F00 && c <= 0x2FDF) || (c >= 0x2E80 && c <= 0x2EFF) || c == kHyphenationPoint;
}

/// Hex digits of UTF-16BE code units → the units (an odd trailing digit is ignored).
QList<char16_t> units(const QByteArray& hex)
{
    QList<char16_t> u;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        u.append(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
    return u;
}

QByteArray hexOf(const QList<char16_t>& u)
{
    QByteArray hex;
    for (char16_t c : u)
        hex += QByteArray::number(uint(c), 16).rightJustified(4, '0').toUpper();
    return hex;
}

/// Rewrites one destination "<hex>"; counts a change in @p fixed.
QByteArray fixDestination(const QByteArray& hex, int& fixed)
{
    QList<char16_t> u = units(hex);
    bool changed = false;
    for (char16_t& c : u) {
        const char16_t ideograph = ToUnicodeFix::ideographFor(c);
        if (ideograph != c) {
            c = ideograph;
            changed = true;
        }
    }
    if (!changed)
        return hex;
    ++fixed;
    return hexOf(u);
}

/// One "<lo> <hi> <dst>" entry whose consecutive destinations include a radical becomes an explicit array.
QByteArray fixRange(const QByteArray& lo, const QByteArray& hi, const QByteArray& dst, int& fixed)
{
    const uint from = lo.toUInt(nullptr, 16);
    const uint to = hi.toUInt(nullptr, 16);
    QList<char16_t> u = units(dst);
    if (u.isEmpty() || to < from || to - from > 0xFFFF)
        return QByteArray('<' + lo + "> <" + hi + "> <" + dst + '>');
    bool touches = false;
    for (uint k = 0; k <= to - from && !touches; ++k)
        touches = isRadical(char16_t(u.last() + k));
    if (!touches)
        return QByteArray('<' + lo + "> <" + hi + "> <" + dst + '>');
    QByteArray array = '<' + lo + "> <" + hi + "> [";
    for (uint k = 0; k <= to - from; ++k) {
        QList<char16_t> one = u;
        one.last() = char16_t(u.last() + k);
        array += '<' + fixDestination(hexOf(one), fixed) + "> ";
    }
    return QByteArray(array + ']');
}

QByteArray rewriteSections(const QByteArray& cmap, const char* begin, const char* end,
                           const std::function<QByteArray(const QByteArray&)>& rewrite)
{
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype b = cmap.indexOf(begin, pos);
        const qsizetype e = b < 0 ? -1 : cmap.indexOf(end, b);
        if (b < 0 || e < 0)
            break;
        const qsizetype bodyStart = b + qsizetype(qstrlen(begin));
        out += cmap.mid(pos, bodyStart - pos);
        out += rewrite(cmap.mid(bodyStart, e - bodyStart));
        pos = e;
    }
    out += cmap.mid(pos);
    return out;
}

} // namespace

char16_t ToUnicodeFix::ideographFor(char16_t c)
{
    if (!isRadical(c))
        return c;
    if (c == kHyphenationPoint)
        return kKatakanaMiddleDot;
    const QString nfkc = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
    return nfkc.size() == 1 ? nfkc.at(0).unicode() : c;
}

QByteArray ToUnicodeFix::fixCMap(const QByteArray& cmap, int* fixedEntries)
{
    int fixed = 0;
    static const QRegularExpression hexString(QStringLiteral("<([0-9A-Fa-f]*)>"));
    static const QRegularExpression rangeEntry(
        QStringLiteral(R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\]))"));
    auto replaceAll = [&](const QString& body, const QRegularExpression& re, const auto& fn) -> QString {
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(body);
        while (it.hasNext()) {
            const auto m = it.next();
            out += body.mid(last, m.capturedStart() - last) + fn(m);
            last = m.capturedEnd();
        }
        return out + body.mid(last);
    };
    static const QRegularExpression charEntry(QStringLiteral(R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>)"));
    QByteArray result = rewriteSections(cmap, "beginbfchar", "endbfchar", [&](const QByteArray& body) -> QByteArray {
        return replaceAll(QString::fromLatin1(body), charEntry,
                          [&](const QRegularExpressionMatch& m) -> QString {
                              return QLatin1Char('<') + m.captured(1) + QStringLiteral("> <")
                                  + QString::fromLatin1(fixDestination(m.captured(2).toLatin1(), fixed))
                                  + QLatin1Char('>');
                          })
            .toLatin1();
    });
    result = rewriteSections(result, "beginbfrange", "endbfrange", [&](const QByteArray& body) -> QByteArray {
        return replaceAll(QString::fromLatin1(body), rangeEntry,
                          [&](const QRegularExpressionMatch& m) -> QString {
                              const QByteArray lo = m.captured(1).toLatin1();
                              const QByteArray hi = m.captured(2).toLatin1();
                              if (m.capturedStart(4) < 0)
                                  return QString::fromLatin1(fixRange(lo, hi, m.captured(3).toLatin1(), fixed));
                              const QString array = replaceAll(
                                  m.captured(4), hexString, [&](const QRegularExpressionMatch& d) -> QString {
                                      return QLatin1Char('<')
                                          + QString::fromLatin1(fixDestination(d.captured(1).toLatin1(), fixed))
                                          + QLatin1Char('>');
                                  });
                              return QLatin1Char('<') + m.captured(1) + QStringLiteral("> <") + m.captured(2)
                                  + QStringLiteral("> [") + array + QLatin1Char(']');
                          })
            .toLatin1();
    });
    if (fixedEntries)
        *fixedEntries = fixed;
    return fixed ? result : cmap;
}

QByteArray ToUnicodeFix::apply(const QByteArray& pdf, int* fixedEntries, const QString& displayName)
{
    using namespace PoDoFo;
    podofo::quiet();
    const QString name = displayName.isEmpty() ? tr("the PDF") : displayName;
    int fixed = 0;
    try {
        PdfMemDocument doc;
        doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        QSet<QPair<quint32, quint16>> seen;
        PdfVecObjects& objects = doc.GetObjects();
        for (PdfObject* obj : objects) {
            if (!obj->IsDictionary() || !obj->GetDictionary().HasKey(PdfName("ToUnicode")))
                continue;
            PdfObject* map = obj->GetIndirectKey(PdfName("ToUnicode"));
            if (!map || !map->HasStream())
                continue;
            const auto key
                = qMakePair(quint32(map->Reference().ObjectNumber()), quint16(map->Reference().GenerationNumber()));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            char* buffer = nullptr;
            pdf_long length = 0;
            map->GetStream()->GetFilteredCopy(&buffer, &length);
            const QByteArray cmap(buffer, qsizetype(length));
            podofo_free(buffer);
            int fixedHere = 0;
            const QByteArray rewritten = fixCMap(cmap, &fixedHere);
            if (fixedHere > 0) {
                map->GetStream()->Set(rewritten.constData(), pdf_long(rewritten.size()));
                fixed += fixedHere;
            }
        }
        if (fixedEntries)
            *fixedEntries = fixed;
        if (fixed == 0)
            return pdf;
        PdfRefCountedBuffer out(size_t(pdf.size()) + 4096);
        PdfOutputDevice device(&out);
        doc.Write(&device);
        return QByteArray(out.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError& e) {
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the PDF's text maps cannot be rewritten (%2).").arg(name, podofo::message(e)));
    }
}

int ToUnicodeFix::applyToFile(const QString& inPath, const QString& outPath)
{
    int fixed = 0;
    const QByteArray result = apply(readPdfFile(inPath), &fixed, inPath);
    writeFileAtomically(outPath, result);
    return fixed;
}

} // namespace ismap
