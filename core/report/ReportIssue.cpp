#include "report/ReportIssue.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "engagement/IssuanceCheck.h"
#include "report/ReportLanguage.h"
#include "report/ReportManifest.h"
#include "signing/DemoPki.h"
#include "signing/PadesSigner.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ismap {

QString ReportIssue::signatureReason()
{
    // Stated in both languages whatever the report's language: the signature is read by tools, not by the page.
    return QStringLiteral("ISMAP 実施結果報告書 / Report of the Results of Procedures Performed");
}

void ReportIssue::check(const ReportRequest& request)
{
    const report::ReportLanguage language(request.language); // throws for anything but ja, en or both
    ReportWriter::checkOutputPath(request.outPath);
    if (!request.workbookPath.isEmpty()
        && QFileInfo(request.outPath).absoluteFilePath() == QFileInfo(request.workbookPath).absoluteFilePath())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: this is the workbook; choose another file for the report.").arg(request.outPath));
    if (request.identity && !request.demoSignerFolder.isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("A report is signed either with the firm's certificate or with a demo signer, not both."));
}

QString ReportIssue::signerLabel(const Pkcs12& identity)
{
    QString label = identity.signerCommonName();
    if (!identity.signerOrganization().isEmpty())
        label += QStringLiteral(" (") + identity.signerOrganization() + u')';
    return label;
}

bool ReportIssue::isDemoSigner(const Pkcs12& identity)
{
    return identity.signerCommonName() == QString::fromUtf8(DemoPki::kSignerName);
}

bool ReportIssue::requestsFinal(const ReportRequest& request)
{
    return request.identity && !isDemoSigner(*request.identity);
}

namespace {

QStringList gapLines(const QList<IssuanceGap>& gaps)
{
    QStringList lines;
    for (const IssuanceGap& g : gaps)
        lines << (g.itemId.isEmpty() ? g.text() : g.itemId + QStringLiteral(": ") + g.text());
    return lines;
}

} // namespace

void ReportIssue::checkFinal(Workbook& wb, const ReportRequest& request)
{
    if (!requestsFinal(request))
        return;
    const QList<IssuanceGap> gaps = IssuanceCheck::gaps(wb);
    if (!gaps.isEmpty()) {
        constexpr int kNamed = 10;
        const QStringList lines = gapLines(gaps);
        QString named = lines.mid(0, kNamed).join(QStringLiteral("; "));
        if (lines.size() > kNamed)
            named += tr("; and %n more", nullptr, int(lines.size() - kNamed));
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the final report cannot be issued. %2 (%3). Nothing was written; `ismapctl check` "
                            "lists every gap, and a report without the firm's certificate is a draft.")
                             .arg(wb.path(), IssuanceCheck::summary(gaps), named));
    }
    IssuedReports::checkCanIssueFinal(wb);
}

Workbook::Mode ReportIssue::openMode(const ReportRequest& request)
{
    const bool signerGiven = request.identity || !request.demoSignerFolder.isEmpty();
    return signerGiven ? Workbook::Mode::ReadWrite : Workbook::Mode::ReadOnly;
}

ReportIssued ReportIssue::issue(const ReportRequest& request, const QString& actor)
{
    auto wb = Workbook::open(request.workbookPath, openMode(request));
    wb->setActor(actor);
    return issue(*wb, request);
}

ReportIssued ReportIssue::issue(Workbook& wb, const ReportRequest& request)
{
    check(request);
    checkFinal(wb, request); // a refused final report writes nothing
    ReportIssued issued;
    std::optional<Pkcs12> identity = request.identity;
    const QList<IssuanceGap> gaps = IssuanceCheck::gaps(wb);
    const bool signerGiven = identity || !request.demoSignerFolder.isEmpty();
    const bool final = gaps.isEmpty() && signerGiven;
    if (final && !requestsFinal(request))
        IssuedReports::checkCanIssueFinal(wb); // the demo signer's final report is recorded too
    if (!request.demoSignerFolder.isEmpty()) {
        const QString folder = request.demoSignerFolder;
        if (!QDir().mkpath(folder))
            throw AuditError(ErrorCode::Io, tr("%1: the folder for the demo signer cannot be created.").arg(folder));
        identity = Pkcs12::load(DemoPki::generate().writeTo(folder), QByteArray());
        issued.demoCaPath = QDir(folder).filePath(QStringLiteral("demo-ca.pem"));
    }

    ReportOptions options;
    options.language = request.language;
    options.reportDate = request.reportDate;
    options.progress = request.progress;
    options.demo = request.demo || (identity && isDemoSigner(*identity));
    options.draft = !final;
    if (options.draft) {
        options.draftReasons = gapLines(gaps);
        if (!signerGiven)
            options.draftReasons.prepend(tr("not signed with the audit firm's certificate"));
    }
    if (identity)
        options.signer = signerLabel(*identity);
    QString sha256;
    const auto sign = [&](const QByteArray& pdf) {
        QByteArray out = pdf;
        if (identity) {
            SignatureInfo info;
            info.reason = signatureReason();
            out = PadesSigner::sign(pdf, *identity, info, request.outPath);
        }
        sha256 = Sha256::hex(out);
        return out;
    };
    issued.report = ReportWriter::write(wb, request.outPath, options, sign);
    issued.signer = options.signer;
    issued.demo = options.demo;
    issued.draft = options.draft;
    issued.draftReasons = options.draftReasons;
    if (final) {
        const ReportManifest manifest = ReportManifest::fromJson(issued.report.manifest);
        IssuedReport record;
        record.sha256 = sha256;
        record.signer = options.signer;
        record.language = request.language;
        record.reportDate
            = (request.reportDate.isValid() ? request.reportDate : Clock::todayInJapan()).toString(Qt::ISODate);
        record.trailHead = manifest.trailHead;
        record.trailSeq = manifest.trailCount;
        try {
            issued.recorded = IssuedReports::recordFinal(wb, record);
        } catch (...) {
            QFile::remove(request.outPath); // a final report that is not recorded is not issued
            throw;
        }
    }
    return issued;
}

} // namespace ismap
