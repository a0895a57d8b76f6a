#include "report/ReportIssue.h"

#include "common/AuditError.h"
#include "report/ReportLanguage.h"
#include "signing/DemoPki.h"
#include "signing/PadesSigner.h"

#include <QDir>
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

ReportIssued ReportIssue::issue(Workbook& wb, const ReportRequest& request)
{
    check(request);
    ReportIssued issued;
    std::optional<Pkcs12> identity = request.identity;
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
    if (identity)
        options.signer = signerLabel(*identity);
    const auto sign = [&](const QByteArray& pdf) {
        if (!identity)
            return pdf;
        SignatureInfo info;
        info.reason = signatureReason();
        return PadesSigner::sign(pdf, *identity, info, request.outPath);
    };
    issued.report = ReportWriter::write(wb, request.outPath, options, sign);
    issued.signer = options.signer;
    issued.demo = options.demo;
    return issued;
}

} // namespace ismap
