#pragma once

#include "engagement/IssuedReports.h"
#include "report/ReportWriter.h"
#include "signing/Pkcs12.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace ismap {

/** What a front end gathered to issue a report: the same fields whether typed on the command line or in a dialog. */
struct ReportRequest
{
    /// The workbook the report is of: a report is never written over it.
    QString workbookPath;
    QString outPath;
    QString language = QStringLiteral("both"); ///< ja | en | both
    /// The date printed as the report's date; invalid = today in Japan.
    QDate reportDate;
    /// A fictional engagement: the report is marked DEMO. A demo signer marks it too.
    bool demo = false;
    /// The firm's identity, already unlocked by unlockPkcs12() (asking for the passphrase is the front end's
    /// part); none = an unsigned draft, unless demoSignerFolder is given.
    std::optional<Pkcs12> identity;
    /// Not empty: generate a DEMO CA and signer into this folder (demo-ca.pem, demo-signer.p12) and sign with it.
    QString demoSignerFolder;
    /// Called with 0..100 as the work advances; return false to cancel (nothing is written).
    std::function<bool(int percent)> progress;
};

/** What issuing a report produced. */
struct ReportIssued
{
    ReportResult report;
    QString signer; ///< as printed on the signature page; empty = unsigned
    bool demo = false;
    QString demoCaPath; ///< the generated demo CA certificate, for verify-report --ca
    bool draft = true; ///< a draft: DRAFT on every page, the manifest says draft, nothing recorded
    QStringList draftReasons; ///< why it is a draft, in the UI language (the gaps, or no firm certificate)
    std::optional<IssuedReport> recorded; ///< the final report as recorded in the workbook
};

/**
 * Issuing the 実施結果報告書 — composing it from the workbook (ReportData → ReportWriter, ToUnicode repair,
 * manifest) and signing it (PAdES) with one signature reason — the same for `ismapctl report` and the desktop
 * app's report dialog. The front ends only gather a ReportRequest and show the ReportIssued.
 */
class ReportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ReportIssue)
public:
    /// The reason stated in every report signature.
    static QString signatureReason();
    /// Throws AuditError unless @p request can be issued: a report language, a writable output path that is not
    /// the workbook, at most one signer. Cheap; front ends call it before asking for a passphrase.
    static void check(const ReportRequest& request);
    /// The signer as printed on the signature page: the certificate's common name and its organisation.
    static QString signerLabel(const Pkcs12& identity);
    /// Whether @p identity is the demo signer (DemoPki): its reports are marked DEMO.
    static bool isDemoSigner(const Pkcs12& identity);
    /// Whether @p request asks for the firm's final report: signed with a certificate that is not the demo signer.
    static bool requestsFinal(const ReportRequest& request);
    /// Throws AuditError naming the gaps when @p request asks for the final report (requestsFinal()) and @p wb cannot
    /// have one: the issuance check (IssuanceCheck) not clean, the engagement not finalised, a final report already
    /// issued, the acting member not the lead, the workbook read-only. Changes nothing.
    static void checkFinal(Workbook& wb, const ReportRequest& request);
    /// How issuing @p request opens its workbook: read-write when a signer is given (the firm's certificate or a demo
    /// signer), as the report may then be final and a final report is recorded in the workbook; read-only otherwise.
    static Workbook::Mode openMode(const ReportRequest& request);
    /// What both front ends call: opens request.workbookPath (openMode()) as @p actor (none: no member named, as
    /// for a draft anyone may write), then issue(). Throws AuditError.
    static ReportIssued issue(const ReportRequest& request, const QString& actor);
    /// Checks @p request, writes the report of @p wb to request.outPath and signs it; on any error or
    /// cancellation no file appears there and the workbook is unchanged. The report is final when the issuance check
    /// is clean, the engagement finalised and a signer given (the firm's certificate, or the demo signer); the final
    /// report is then recorded in the workbook and the engagement archived (IssuedReports::recordFinal). Otherwise it
    /// is a draft — and a request for the firm's final report is refused (checkFinal()). Throws AuditError.
    static ReportIssued issue(Workbook& wb, const ReportRequest& request);
};

} // namespace ismap
