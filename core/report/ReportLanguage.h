#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ismap::report {

/**
 * The report's language: ja, en or both (every heading and label bilingual, "実施結果報告書 / Report …").
 * The report is written in the language chosen for it, not the UI's, so its fixed wording lives here as
 * ja/en pairs rather than in the translator; enumeration keys of the workbook get their audit terms.
 */
class ReportLanguage
{
    Q_DECLARE_TR_FUNCTIONS(ReportLanguage)
public:
    /// Throws AuditError(InvalidInput) unless @p code is ja, en or both.
    explicit ReportLanguage(const QString& code);

    const QString& code() const { return m_code; }
    bool ja() const { return m_ja; }
    bool en() const { return m_en; }
    bool both() const { return m_ja && m_en; }

    /// A label: "ja", "en" or "ja / en".
    QString label(const char16_t* ja, const char* en) const;
    /// Two texts of the workbook (e.g. titles): one, or both on separate lines; falls back to the other.
    QString pick(const QString& ja, const QString& en, const QString& separator = QStringLiteral("\n")) const;
    /// A date: 令和7年4月1日（2025年4月1日）, 1 April 2025, or both.
    QString date(const QDate& date) const;
    /// A stored UTC timestamp in local time with its offset, "2025-06-12 19:30 (UTC+09:00)" (or the local date alone).
    static QString timestamp(const QString& iso, bool withTime = true);

    QString phase(const QString& key) const;
    QString procedureType(const QString& key) const;
    QString stepResult(const QString& status, const QString& result) const;
    QString sampleResult(const QString& key) const;
    QString findingStatus(const QString& key) const;
    QString severity(const QString& key) const;
    QString frequency(const QString& key) const;
    QString part(const QString& key) const;
    QString role(const QString& key) const;
    QString signOffRole(const QString& key) const;
    QString auditKind(const QString& key) const;
    QString scheme(const QString& key) const;

private:
    QString m_code;
    bool m_ja = true;
    bool m_en = true;
};

} // namespace ismap::report
