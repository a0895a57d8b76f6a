#pragma once

#include <QCoreApplication>
#include <QHash>
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

/** Reads and writes the statement of a workbook. */
class StatementBook
{
    Q_DECLARE_TR_FUNCTIONS(StatementBook)
public:
    static QHash<QString, StatementEntry> entries(Workbook& wb);
    static std::optional<StatementEntry> entry(Workbook& wb, const QString& itemId);
    /// Replaces the entries of the items in @p entries (inside the caller's transaction), with a trail row each.
    static void write(Workbook& wb, const QList<StatementEntry>& entries, const QString& action);
};

} // namespace ismap
