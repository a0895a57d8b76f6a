#pragma once

#include <QCoreApplication>
#include <QList>
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
    /// One item's indexed text of one kind ("catalog", "statement").
    struct Entry
    {
        QString itemId;
        QString body; ///< empty: the item has no text of this kind any more
    };
    /// Replaces the index entries of @p kind for the items of @p entries; with @p wholeKind, every entry of that kind.
    /// For the modules whose texts change in bulk (a catalog install, a statement import): one pass over the index
    /// instead of a scan per row, as a trigger would do. Call inside the action's transaction.
    static void reindex(Workbook& wb, const QString& kind, const QList<Entry>& entries, bool wholeKind = false);

    /// The terms a query consists of (split on white space, empty ones dropped).
    static QStringList terms(const QString& query);
    /// IDs of the catalog items whose own text or attached work matches every term of @p query.
    static QSet<QString> matchingItems(Workbook& wb, const QString& query);
};

} // namespace ismap
