#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <optional>

namespace ismap {

struct ReportData;

/**
 * The JSON attachment every report carries ("ismap-manifest.json"): which engagement, criteria revision
 * and trail head it was composed from, and the SHA-256 of every piece of evidence, so a signed report
 * can be tied back to its workbook (ismapctl verify-report --workbook).
 */
struct ReportManifest
{
    Q_DECLARE_TR_FUNCTIONS(ReportManifest)
public:
    static constexpr const char* kFileName = "ismap-manifest.json";
    static constexpr const char* kFormat = "ismap-report-manifest/1";

    QString engagementUuid;
    QString csp;
    QString service;
    QString periodStart;
    QString periodEnd;
    QString criteriaRevision;
    QString trailHead;
    qint64 trailCount = 0;
    QString generatedAt; ///< ISO 8601 UTC
    QString language; ///< ja | en | both
    QString kind = QStringLiteral("draft"); ///< final | draft (absent in manifests before issue 14: read as draft)
    QString reissueOf; ///< the SHA-256 of the earlier final report this one replaces, or empty
    int inScopeItems = 0;
    int findings = 0;
    QMap<QString, QString> evidence; ///< evidence ref -> sha256

    static ReportManifest from(const ReportData& data, const QString& language, bool draft);
    QByteArray toJson() const;
    /// Throws AuditError(InvalidInput) if @p json is not a manifest.
    static ReportManifest fromJson(const QByteArray& json);

    /// Returns @p pdf with the manifest attached (PdfAttachments; an EmbeddedFiles entry). Runs before the
    /// ToUnicode fix and signing. Throws AuditError(InvalidInput) if @p pdf cannot be parsed.
    static QByteArray embed(const QByteArray& pdf, const QByteArray& json);
    /// The attached manifest's bytes, or nothing if the PDF carries none (bounded work on any input).
    static std::optional<QByteArray> extract(const QByteArray& pdf);
    /// extract() + fromJson(); nothing if there is no manifest.
    static std::optional<ReportManifest> read(const QByteArray& pdf);
};

} // namespace ismap
