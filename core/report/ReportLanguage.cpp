#include "report/ReportLanguage.h"

#include "common/AuditError.h"
#include "report/JapaneseDate.h"

#include <QDateTime>

namespace ismap::report {

namespace {

struct Term
{
    const char* key;
    const char16_t* ja;
    const char* en;
};

template<size_t N> QString term(const ReportLanguage& lang, const Term (&terms)[N], const QString& key)
{
    for (const Term& t : terms)
        if (key == QLatin1String(t.key))
            return lang.label(t.ja, t.en);
    return key; // a key this build does not know is printed as stored, never dropped
}

} // namespace

ReportLanguage::ReportLanguage(const QString& code)
    : m_code(code)
{
    if (code == u"ja")
        m_en = false;
    else if (code == u"en")
        m_ja = false;
    else if (code != u"both")
        throw AuditError(ErrorCode::InvalidInput,
                         tr("--lang: \"%1\" is not a report language (ja, en or both).").arg(code));
}

QString ReportLanguage::label(const char16_t* ja, const char* en) const
{
    if (both())
        return QString::fromUtf16(ja) + QStringLiteral(" / ") + QString::fromUtf8(en);
    return m_ja ? QString::fromUtf16(ja) : QString::fromUtf8(en);
}

QString ReportLanguage::pick(const QString& ja, const QString& en, const QString& separator) const
{
    if (both() && !ja.isEmpty() && !en.isEmpty() && ja != en)
        return ja + separator + en;
    if (m_ja)
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
}

QString ReportLanguage::date(const QDate& d) const
{
    if (both())
        return JapaneseDate::eraWithGregorian(d) + QStringLiteral(" / ") + JapaneseDate::english(d);
    return m_ja ? JapaneseDate::eraWithGregorian(d) : JapaneseDate::english(d);
}

QString ReportLanguage::timestamp(const QString& iso, bool withTime)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    // Local time, as everywhere people read times; the report names its offset, since it travels (stored: UTC).
    const QDateTime local = t.toLocalTime();
    if (!withTime)
        return local.toString(QStringLiteral("yyyy-MM-dd"));
    const int offset = local.offsetFromUtc() / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" (UTC%1%2:%3)")
              .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
              .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
              .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
}

QString ReportLanguage::phase(const QString& key) const
{
    static const Term terms[] = { { "design", u"整備状況", "design" }, { "operating", u"運用状況", "operating" } };
    return term(*this, terms, key);
}

QString ReportLanguage::procedureType(const QString& key) const
{
    static const Term terms[] = { { "inspection", u"閲覧", "inspection" },
                                  { "inquiry", u"質問", "inquiry" },
                                  { "observation", u"観察", "observation" },
                                  { "reperformance", u"再実施", "reperformance" } };
    return term(*this, terms, key);
}

QString ReportLanguage::stepResult(const QString& status, const QString& result) const
{
    static const Term terms[] = { { "no_exception", u"例外なし", "no exception" },
                                  { "deviation", u"逸脱あり", "deviation" },
                                  { "not_performed", u"実施不能", "could not be performed" },
                                  { "not_applicable", u"該当なし", "not applicable" } };
    if (result.isEmpty())
        return status == u"done" ? label(u"実施済", "performed") : label(u"未実施", "not yet performed");
    return term(*this, terms, result);
}

QString ReportLanguage::sampleResult(const QString& key) const
{
    static const Term terms[]
        = { { "pass", u"例外なし", "pass" }, { "fail", u"逸脱", "fail" }, { "not_applicable", u"該当なし", "n/a" } };
    if (key.isEmpty())
        return label(u"未検証", "not tested");
    return term(*this, terms, key);
}

QString ReportLanguage::findingStatus(const QString& key) const
{
    static const Term terms[] = { { "draft", u"草案", "Draft" },
                                  { "open", u"未解決", "Open" },
                                  { "agreed", u"合意済", "Agreed" },
                                  { "closed", u"解決済", "Closed" } };
    return term(*this, terms, key);
}

QString ReportLanguage::severity(const QString& key) const
{
    static const Term terms[] = { { "high", u"高", "High" }, { "medium", u"中", "Medium" }, { "low", u"低", "Low" } };
    return term(*this, terms, key);
}

QString ReportLanguage::frequency(const QString& key) const
{
    static const Term terms[] = { { "annual", u"年次", "annual" },
                                  { "semiannual", u"半期", "semi-annual" },
                                  { "quarterly", u"四半期", "quarterly" },
                                  { "monthly", u"月次", "monthly" },
                                  { "weekly", u"週次", "weekly" },
                                  { "daily", u"日次", "daily" },
                                  { "multiple_daily", u"1日複数回", "several times a day" },
                                  { "event", u"随時", "event-driven" } };
    if (key.isEmpty())
        return QStringLiteral("—");
    return term(*this, terms, key);
}

QString ReportLanguage::part(const QString& key) const
{
    static const Term terms[] = { { "governance", u"ガバナンス基準", "Governance" },
                                  { "management", u"マネジメント基準", "Management" },
                                  { "controls", u"管理策基準", "Controls" } };
    return term(*this, terms, key);
}

QString ReportLanguage::role(const QString& key) const
{
    static const Term terms[] = { { "staff", u"担当者", "staff" },
                                  { "reviewer", u"査閲者", "reviewer" },
                                  { "lead", u"業務執行責任者", "engagement lead" } };
    return term(*this, terms, key);
}

QString ReportLanguage::signOffRole(const QString& key) const
{
    static const Term terms[] = { { "preparer", u"作成", "prepared" },
                                  { "reviewer", u"査閲", "reviewed" },
                                  { "lead", u"業務執行責任者", "engagement lead" },
                                  { "quality_reviewer", u"審査担当者", "quality reviewer" } };
    return term(*this, terms, key);
}

QString ReportLanguage::auditKind(const QString& key) const
{
    static const Term terms[] = { { "initial", u"初回（整備状況評価中心）", "initial (design)" },
                                  { "renewal", u"更新（運用状況評価中心）", "renewal (operating effectiveness)" } };
    return term(*this, terms, key);
}

QString ReportLanguage::scheme(const QString& key) const
{
    static const Term terms[] = { { "ismap", u"ISMAP", "ISMAP" }, { "ismap-liu", u"ISMAP-LIU", "ISMAP-LIU" } };
    return m_ja && !both() ? term(*this, terms, key) : term(*this, terms, key).section(QStringLiteral(" / "), 0, 0);
}

} // namespace ismap::report
