#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ismap {

class Workbook;

/**
 * Full-text search over a workbook: criteria titles and texts, the statement, step notes, findings and
 * review notes (the FTS5 table search_index with the trigram tokenizer, kept current by triggers).
 * Every whitespace-separated term must match (AND). Terms of three or more characters use the FTS index;
 * shorter ones (Japanese words such as 暗号 or 監査 are often two) fall back to a substring scan, because a
 * trigram index cannot find them.
 */
class Search
{
    Q_DECLARE_TR_FUNCTIONS(Search)
public:
    /// The terms a query consists of (split on white space, empty ones dropped).
    static QStringList terms(const QString& query);
    /// IDs of the catalog items whose own text or attached work matches every term of @p query.
    static QSet<QString> matchingItems(Workbook& wb, const QString& query);
};

} // namespace ismap
