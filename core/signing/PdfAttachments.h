#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ismap {

/**
 * Files embedded in a PDF (the "attachments" panel of a PDF viewer). The report embeds its manifest,
 * "ismap-manifest.json", before signing, so the signed report can be tied back to its workbook.
 *
 * attach() rewrites the PDF with PoDoFo (use it on the unsigned PDF). extract() only scans bytes with
 * bounded work and inflates at most kMaxExtractBytes, so it is safe on a hostile file.
 */
class PdfAttachments
{
    Q_DECLARE_TR_FUNCTIONS(PdfAttachments)
public:
    static constexpr qsizetype kMaxExtractBytes = 64 * 1024 * 1024;
    static constexpr const char* kManifestName = "ismap-manifest.json";

    /// Returns @p pdf with @p data embedded as file @p fileName (ASCII name). Throws AuditError(InvalidInput).
    static QByteArray attach(const QByteArray& pdf, const QString& fileName, const QByteArray& data,
                             const QString& displayName = {});
    /// The bytes of the embedded file named @p fileName (the last one, if several), or nothing.
    static std::optional<QByteArray> extract(const QByteArray& pdf, const QString& fileName);
};

} // namespace ismap
