#include "report/ReportManifest.h"

#include "common/AuditError.h"
#include "report/ReportData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <podofo/podofo.h>

namespace ismap {

namespace {

void quietPodofo()
{
    static const bool done = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    Q_UNUSED(done);
}

QString podofoMessage(const PoDoFo::PdfError& e)
{
    const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
    return QString::fromLatin1(name ? name : "PoDoFo error");
}

PoDoFo::PdfObject* resolve(PoDoFo::PdfDocument& doc, PoDoFo::PdfObject* obj)
{
    if (obj && obj->IsReference())
        return doc.GetObjects()->GetObject(obj->GetReference());
    return obj;
}

} // namespace

ReportManifest ReportManifest::from(const ReportData& data, const QString& language)
{
    ReportManifest m;
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
    m.inScopeItems = o.value(QStringLiteral("in_scope_items")).toInt();
    m.findings = o.value(QStringLiteral("findings")).toInt();
    const QJsonObject ev = o.value(QStringLiteral("evidence")).toObject();
    for (auto it = ev.begin(); it != ev.end(); ++it)
        m.evidence.insert(it.key(), it.value().toString());
    return m;
}

QByteArray ReportManifest::embed(const QByteArray& pdf, const QByteArray& json)
{
    quietPodofo();
    using namespace PoDoFo;
    try {
        PdfMemDocument doc;
        doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        PdfFileSpec spec(kFileName, reinterpret_cast<const unsigned char*>(json.constData()), json.size(), &doc, true);
        PdfObject* specObject = spec.GetObject();
        PdfDictionary& specDict = specObject->GetDictionary();
        specDict.AddKey(PdfName("UF"), PdfString(kFileName));
        specDict.AddKey(PdfName("Desc"),
                        PdfString("ISMAP report manifest: engagement, criteria revision, trail head, "
                                  "evidence SHA-256"));
        specDict.AddKey(PdfName("AFRelationship"), PdfName("Data"));
        if (PdfObject* ef = resolve(doc, specDict.GetKey(PdfName("EF")))) {
            if (PdfObject* file = resolve(doc, ef->GetDictionary().GetKey(PdfName("F")))) {
                file->GetDictionary().AddKey(PdfName("Subtype"), PdfName("application/json"));
                PdfDictionary params;
                params.AddKey(PdfName("Size"), PdfVariant(pdf_int64(json.size())));
                file->GetDictionary().AddKey(PdfName("Params"), params);
            }
        }
        doc.GetNamesTree(true)->AddValue(PdfName("EmbeddedFiles"), PdfString(kFileName), specObject->Reference());
        PdfArray af;
        af.push_back(specObject->Reference());
        doc.GetCatalog()->GetDictionary().AddKey(PdfName("AF"), af);
        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
        return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError& e) {
        throw AuditError(
            ErrorCode::Internal,
            tr("Attaching %1 to the report failed: %2.").arg(QString::fromLatin1(kFileName), podofoMessage(e)));
    }
}

std::optional<QByteArray> ReportManifest::extract(const QByteArray& pdf)
{
    quietPodofo();
    using namespace PoDoFo;
    try {
        PdfMemDocument doc;
        doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        PdfNamesTree* names = doc.GetNamesTree(false);
        PdfObject* spec
            = names ? resolve(doc, names->GetValue(PdfName("EmbeddedFiles"), PdfString(kFileName))) : nullptr;
        if (!spec || !spec->IsDictionary())
            return std::nullopt;
        PdfObject* ef = resolve(doc, spec->GetDictionary().GetKey(PdfName("EF")));
        PdfObject* file = ef && ef->IsDictionary() ? resolve(doc, ef->GetDictionary().GetKey(PdfName("F"))) : nullptr;
        if (!file || !file->HasStream())
            return std::nullopt;
        char* data = nullptr;
        pdf_long length = 0;
        file->GetStream()->GetFilteredCopy(&data, &length);
        QByteArray bytes(data, qsizetype(length));
        podofo_free(data);
        return bytes;
    } catch (const PdfError& e) {
        throw AuditError(ErrorCode::InvalidInput, tr("The file is not a readable PDF: %1.").arg(podofoMessage(e)));
    }
}

std::optional<ReportManifest> ReportManifest::read(const QByteArray& pdf)
{
    const std::optional<QByteArray> json = extract(pdf);
    if (!json)
        return std::nullopt;
    return fromJson(*json);
}

} // namespace ismap
