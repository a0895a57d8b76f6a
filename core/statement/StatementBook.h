#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;

/// Whether the statement (言明書) puts an item in scope. No entry = undecided.
enum class Applicability { Undecided, InScope, OutOfScope };
QString applicabilityKey(Applicability a);
QString applicabilityDisplayName(Applicability a);

/** One item of the CSP's statement: applicability, reason, control description, frequency, population. */
struct StatementEntry
{
    QString itemId;
    Applicability applicability = Applicability::Undecided;
    QString reason;
    QString description; ///< as the CSP wrote it (usually Japanese)
    QString descriptionEn;
    QString frequency; ///< normalised key: annual, semiannual, quarterly, monthly, weekly, daily, multiple_daily,
                       ///< event, or empty
    std::optional<qint64> population; ///< the count of records, when the statement gives one
    QString populationText; ///< the records as the CSP names them ("変更管理チケット", "約1,200件"), as written
    QString populationRationale; ///< why these records are the whole population (母集団の根拠)
    QString source; ///< file the entry came from
    int sourceRow = 0;
};

/** A cloud service the CSP's service runs on (IaaS, PaaS, a data centre), and whether it is ISMAP-registered. */
struct UnderlyingService
{
    QString name;
    std::optional<bool> ismapRegistered; ///< nullopt: the statement does not say
    bool operator==(const UnderlyingService& o) const { return name == o.name && ismapRegistered == o.ismapRegistered; }
};

/** The statement's own content beyond its per-item rows (言明書の記載事項). Empty fields: not stated. */
struct StatementInfo
{
    QString statementDate; ///< ISO date (YYYY-MM-DD) the statement bears
    QString version; ///< the statement's version or edition (版)
    QString regions; ///< where the service runs and keeps data (リージョン)
    QList<UnderlyingService> underlyingServices;
    QString systemOverview; ///< システム概要
    QString changesInPeriod; ///< 対象期間中の重要な変更
    QString subsequentEvents; ///< 後発事象
    QString source; ///< the file the content was imported from, or empty if typed

    bool isEmpty() const;
    bool operator==(const StatementInfo& o) const;
    /// The stored, language-neutral form (also the trail's before/after).
    QString toJson() const;
    static StatementInfo fromJson(const QString& json);
    /// "AWS (ISMAP: registered); Own DC (ISMAP: not registered)" style, in the UI language.
    static QString servicesDisplay(const QList<UnderlyingService>& services);
    /// Parses "AWS（ISMAP登録済）、自社データセンター（未登録）" or "AWS: yes; DC: no" into services.
    static QList<UnderlyingService> parseServices(const QString& text);
    /// An ISO date from 2025-04-01, 2025/4/1, 2025年4月1日, 令和7年4月1日 or an Excel date; nullopt otherwise.
    static std::optional<QString> parseDate(const QString& text);
};

/** Reads and writes the statement of a workbook. */
class StatementBook
{
    Q_DECLARE_TR_FUNCTIONS(StatementBook)
public:
    static QHash<QString, StatementEntry> entries(Workbook& wb);
    static std::optional<StatementEntry> entry(Workbook& wb, const QString& itemId);
    /// The applicability key of every decided item, by id (undecided items are absent): the light read for counts.
    static QHash<QString, QString> applicabilities(Workbook& wb);
    /// Whether the statement puts @p itemId in scope (an undecided or unknown item is not).
    static bool isInScope(Workbook& wb, const QString& itemId);
    /// Replaces the entries of the items in @p entries (inside the caller's transaction), with a trail row each.
    static void write(Workbook& wb, const QList<StatementEntry>& entries, const QString& action);

    /// The statement's own content (date, version, scope, overview, changes, subsequent events).
    static StatementInfo info(Workbook& wb);
    /// Replaces it inside the caller's transaction, trailed as @p action on entity "statement/info".
    static void writeInfo(Workbook& wb, const StatementInfo& info, const QString& action);
    /// Replaces it in its own transaction (`ismapctl statement info`, the app's statement dialog): any team
    /// member while the engagement is open; a date that is not one is refused.
    static StatementInfo setInfo(Workbook& wb, const StatementInfo& info);
    /// Why the acting member may not edit the statement's content now (read-only, finalised, nobody working), in
    /// the UI language; empty when setInfo() would take a valid edit. setInfo() refuses with the same words.
    static QString infoRefusal(Workbook& wb);
};

} // namespace ismap
