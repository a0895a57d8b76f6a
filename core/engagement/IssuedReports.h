#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;

/** A report issued from the workbook, as recorded when it was issued. */
struct IssuedReport
{
    qint64 id = 0;
    QString kind = QStringLiteral("final"); ///< final | draft
    QString sha256; ///< of the PDF file as written (signed)
    QString issuedAt; ///< ISO 8601 UTC
    QString issuedBy; ///< the member who issued it
    QString signer; ///< as printed on the signature page
    QString language; ///< ja | en | both
    QString reportDate; ///< the date printed as the report's date (ISO)
    QString trailHead; ///< the trail head the report was composed from (its manifest's)
    qint64 trailSeq = 0; ///< the sequence number of that head
    QString reissueOf; ///< the SHA-256 of the earlier final report this one replaces, or empty
    QString retainUntil; ///< the engagement is kept until this date (ISO), set by this issue
    int unlocksBefore = 0; ///< how many times the engagement had been reopened when it was issued

    bool isFinal() const { return kind == u"final"; }
};

/**
 * The register of issued reports and the engagement's archive (issue 14, point 5). Issuing the final report
 * records it (SHA-256, time, member, signer, the trail head it was composed from, the earlier final it replaces)
 * and archives the engagement: it stays locked, kept until the issue date plus the firm's retention period
 * (default 10 years, stored in the workbook). Owns `report_issue` and the engagement's retention columns' rule.
 */
class IssuedReports
{
    Q_DECLARE_TR_FUNCTIONS(IssuedReports)
public:
    static constexpr int kDefaultRetentionYears = 10;

    /// A report's kind for people, in the reader's language: final report, draft, or a reissue.
    static QString kindText(const IssuedReport& report);

    /// Every issued report, oldest first (none before workbook format 7).
    static QList<IssuedReport> list(Workbook& wb);
    /// The last final report issued, if any.
    static std::optional<IssuedReport> latestFinal(Workbook& wb);
    /// The report of SHA-256 @p sha256, if it was issued from this workbook.
    static std::optional<IssuedReport> bySha256(Workbook& wb, const QString& sha256);
    /// The final report issued since the engagement was last finalised, if any: another final report needs the
    /// engagement reopened (with the lead's reason) and finalised again.
    static std::optional<IssuedReport> issuedSinceFinalised(Workbook& wb);

    /// The firm's retention period in years.
    static int retentionYears(Workbook& wb);
    /// Sets the retention period (1 to 100 years): the engagement lead only, while the engagement is open; trailed
    /// as engagement.retention.
    static void setRetentionYears(Workbook& wb, int years);
    /// The date until which the issued engagement is kept (ISO), or empty before a final report is issued.
    static QString retainUntil(Workbook& wb);

    /// Whether the workbook is exactly as it was when the report of SHA-256 @p pdfSha256, composed at trail head
    /// @p manifestHead, was issued from it: the report is recorded, composed at that head, and the only trail rows
    /// after that head are the one recording its issue. (`verify-report --workbook` then says it matches.)
    static bool unchangedSinceIssue(Workbook& wb, const QString& pdfSha256, const QString& manifestHead);

    /// Throws unless the acting member may issue the final report of @p wb now: read-write, the engagement lead,
    /// the engagement finalised and no final report issued since. Changes nothing.
    static void checkCanIssueFinal(Workbook& wb);
    /// Records the final report @p report (sha256, signer, language, reportDate, trailHead, trailSeq) and archives
    /// the engagement: one transaction, one trail row (report.issue). Refuses with checkCanIssueFinal()'s words,
    /// and when the trail moved past report.trailHead while the report was composed. Returns the stored record.
    static IssuedReport recordFinal(Workbook& wb, IssuedReport report);
};

} // namespace ismap
