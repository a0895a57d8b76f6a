#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

namespace ismap {

class Workbook;
struct ReportData;

/** How to write a report. */
struct ReportOptions
{
    QString language = QStringLiteral("both"); ///< ja | en | both
    /// Who signs, printed on the signature page; empty = an unsigned copy (the page says so).
    QString signer;
    /// Marks the cover and every header DEMO (fictional engagement, demo certificate).
    bool demo = false;
    /// A draft (the issuance check is not clean or the engagement not finalised, or no firm signature): "DRAFT /
    /// ドラフト" on every page, the draft title, and the manifest says draft.
    bool draft = true;
    /// Why it is a draft (the issuance check's gaps, in the UI language), printed on the cover; may be empty.
    QStringList draftReasons;
    /// The date printed as the report's date; invalid = today in Japan (Asia/Tokyo), not today in UTC.
    QDate reportDate;
    /// Called with 0..100 as the work advances; return false to cancel (nothing is written).
    std::function<bool(int percent)> progress;
};

/** What writing a report produced. */
struct ReportResult
{
    int pages = 0;
    qint64 bytes = 0;
    QByteArray manifest; ///< the attached ismap-manifest.json
};

/**
 * Writes the 実施結果報告書 as PDF: cover, contents with page numbers, engagement and scope, statement
 * summary, per-item procedures, samples and results, findings with the CSP's responses, evidence index
 * with SHA-256, the trail head and a signature page, in Japanese, English or both; A4 at 300 dpi with the
 * Japanese font embedded, and the manifest attached. Signing is a later step over the finished bytes.
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    /// Lays out and paints @p data; returns the PDF with the manifest attached.
    static QByteArray render(const ReportData& data, const ReportOptions& options, ReportResult* result = nullptr);

    /// Gathers the workbook's data, renders it, passes the bytes through @p finish (ToUnicode fix, signing)
    /// and writes @p outPath through QSaveFile: on any error or cancellation no file appears at @p outPath
    /// and an existing one is left as it was. Throws AuditError.
    static ReportResult write(Workbook& wb, const QString& outPath, const ReportOptions& options,
                              const std::function<QByteArray(const QByteArray&)>& finish = {});

    /// Throws AuditError(ReadOnly/Io/InvalidInput) unless a report can be written at @p outPath.
    static void checkOutputPath(const QString& outPath);
};

} // namespace ismap
