#include "report/ReportManifest.h"

#include "common/AuditError.h"
#include "report/ReportData.h"
#include "signing/PdfAttachments.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ismap {

ReportManifest ReportManifest::from(const ReportData& data, const QString& language, bool draft)
{
    ReportManifest m;
    m.kind = draft ? QStringLiteral("draft") : QStringLiteral("final");
    if (!data.earlierFinals.isEmpty())
        m.reissueOf = data.earlierFinals.last().sha256;
    m.engagementUuid = data.engagement.uuid;
    m.csp = data.engagement.csp;
    m.service = data.engagement.service;
    m.periodStart = data.engagement.periodStart.toString(Qt::ISODate);
    m.periodEnd = data.engagement.periodEnd.toString(Qt::ISODate);
    m.criteriaRevision = data.engagement.criteriaRevision;
    m.trailHead = data.trailHead;
    m.trailCount = data.trailCount;
    m.generatedAt = data.generatedAt.toUTC().toString(Qt::ISODateWithMs);
    m.language = language;
    m.inScopeItems = data.inScopeCount();
    m.findings = int(data.findings.size());
    for (const ReportEvidence& e : data.evidence)
        m.evidence.insert(e.ref, e.sha256);
    return m;
}

QByteArray ReportManifest::toJson() const
{
    QJsonObject evidenceHashes;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it)
        evidenceHashes.insert(it.key(), it.value());
    const QJsonObject o { { QStringLiteral("format"), QString::fromLatin1(kFormat) },
                          { QStringLiteral("engagement_uuid"), engagementUuid },
                          { QStringLiteral("csp"), csp },
                          { QStringLiteral("service"), service },
                          { QStringLiteral("period_start"), periodStart },
                          { QStringLiteral("period_end"), periodEnd },
                          { QStringLiteral("criteria_revision"), criteriaRevision },
                          { QStringLiteral("trail_head"), trailHead },
                          { QStringLiteral("trail_count"), trailCount },
                          { QStringLiteral("generated_at"), generatedAt },
                          { QStringLiteral("language"), language },
                          { QStringLiteral("kind"), kind },
                          { QStringLiteral("reissue_of"), reissueOf },
                          { QStringLiteral("in_scope_items"), inScopeItems },
                          { QStringLiteral("findings"), findings },
                          { QStringLiteral("evidence"), evidenceHashes } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

ReportManifest ReportManifest::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    if (doc.isNull() || !doc.isObject() || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: not an ISMAP report manifest (%2).")
                .arg(QString::fromLatin1(kFileName),
                     error.error != QJsonParseError::NoError ? error.errorString() : tr("unknown format")));
    ReportManifest m;
    m.engagementUuid = o.value(QStringLiteral("engagement_uuid")).toString();
    m.csp = o.value(QStringLiteral("csp")).toString();
    m.service = o.value(QStringLiteral("service")).toString();
    m.periodStart = o.value(QStringLiteral("period_start")).toString();
    m.periodEnd = o.value(QStringLiteral("period_end")).toString();
    m.criteriaRevision = o.value(QStringLiteral("criteria_revision")).toString();
    m.trailHead = o.value(QStringLiteral("trail_head")).toString();
    m.trailCount = o.value(QStringLiteral("trail_count")).toInteger();
    m.generatedAt = o.value(QStringLiteral("generated_at")).toString();
    m.language = o.value(QStringLiteral("language")).toString();
    m.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("draft"));
    m.reissueOf = o.value(QStringLiteral("reissue_of")).toString();
    m.inScopeItems = o.value(QStringLiteral("in_scope_items")).toInt();
    m.findings = o.value(QStringLiteral("findings")).toInt();
    const QJsonObject ev = o.value(QStringLiteral("evidence")).toObject();
    for (auto it = ev.begin(); it != ev.end(); ++it)
        m.evidence.insert(it.key(), it.value().toString());
    return m;
}

QByteArray ReportManifest::embed(const QByteArray& pdf, const QByteArray& json)
{
    return PdfAttachments::attach(pdf, QString::fromLatin1(kFileName), json, tr("the report"));
}

std::optional<QByteArray> ReportManifest::extract(const QByteArray& pdf)
{
    return PdfAttachments::extract(pdf, QString::fromLatin1(kFileName));
}

std::optional<ReportManifest> ReportManifest::read(const QByteArray& pdf)
{
    const std::optional<QByteArray> json = extract(pdf);
    if (!json)
        return std::nullopt;
    return fromJson(*json);
}

} // namespace ismap
