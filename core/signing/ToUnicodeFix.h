#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ismap {

/**
 * Makes the text of a finished PDF extractable as the real characters. Qt's PDF writer fills a font's
 * ToUnicode map from the font's cmap and, for glyphs shared by a Kangxi radical and an ideograph, may pick
 * the radical: 日 comes out as U+2F47 and 方 as U+2F45, so search, copy and `pdftotext` give the wrong
 * characters although the page looks right. This rewrites every ToUnicode CMap so radicals
 * (U+2F00–U+2FDF, U+2E80–U+2EFF) map to their unified ideograph (their NFKC form).
 *
 * Run it on the unsigned PDF; it rewrites the whole file (PoDoFo), so signing must come after.
 */
class ToUnicodeFix
{
    Q_DECLARE_TR_FUNCTIONS(ToUnicodeFix)
public:
    /// Returns the PDF with fixed ToUnicode maps; @p fixedEntries (optional) receives how many code
    /// mappings changed. Returns @p pdf unchanged if nothing needed fixing. Throws AuditError(InvalidInput).
    static QByteArray apply(const QByteArray& pdf, int* fixedEntries = nullptr, const QString& displayName = {});
    /// Reads @p inPath, fixes it and writes @p outPath atomically (may be the same path).
    static int applyToFile(const QString& inPath, const QString& outPath);
    /// Fixes the destinations of one CMap's bfchar and bfrange entries (the CMap text, decoded).
    static QByteArray fixCMap(const QByteArray& cmap, int* fixedEntries = nullptr);
    /// The unified ideograph for a radical (NFKC), the middle dot ・ for U+2027; any other character unchanged.
    static char16_t ideographFor(char16_t c);
};

} // namespace ismap
