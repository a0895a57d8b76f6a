#include "workbook/Search.h"

#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ismap {

namespace {

/// FTS5 string literal: the term as one phrase, double quotes doubled.
QString ftsPhrase(const QString& term)
{
    QString t = term;
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

/// LIKE pattern for a substring, with the wildcard characters escaped by '\'.
QString likePattern(const QString& term)
{
    QString t = term;
    t.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + t + u'%';
}

QSet<QString> itemsFor(Workbook& wb, const QString& term)
{
    QSet<QString> out;
    // The trigram tokenizer indexes sequences of three characters: shorter terms need a scan.
    Query q = term.size() >= 3
        ? wb.db().prepare("SELECT DISTINCT item_id FROM search_index WHERE search_index MATCH ?")
        : wb.db().prepare("SELECT DISTINCT item_id FROM search_index WHERE body LIKE ? ESCAPE '\\'");
    q.bind(1, term.size() >= 3 ? ftsPhrase(term) : likePattern(term));
    while (q.step())
        out.insert(q.text(0));
    return out;
}

} // namespace

QStringList Search::terms(const QString& query)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    return query.split(space, Qt::SkipEmptyParts);
}

QSet<QString> Search::matchingItems(Workbook& wb, const QString& query)
{
    const QStringList list = terms(query);
    QSet<QString> result;
    bool first = true;
    for (const QString& term : list) {
        QSet<QString> found = itemsFor(wb, term);
        if (first)
            result = std::move(found);
        else
            result.intersect(found);
        first = false;
        if (result.isEmpty())
            break;
    }
    return result;
}

void Search::reindex(Workbook& wb, const QString& kind, const QList<Entry>& entries, bool wholeKind)
{
    Database& db = wb.db();
    if (wholeKind) {
        db.prepare("DELETE FROM search_index WHERE kind = ?").bind(1, kind).run();
    } else {
        // One pass: item_id is not indexed, so a DELETE per entry would scan the table once per entry.
        QJsonArray ids;
        for (const Entry& e : entries)
            ids.append(e.itemId);
        db.prepare("DELETE FROM search_index WHERE kind = ? AND item_id IN (SELECT value FROM json_each(?))")
            .bind(1, kind)
            .bind(2, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
            .run();
    }
    Query add = db.prepare("INSERT INTO search_index(kind, item_id, body) VALUES (?, ?, ?)");
    for (const Entry& e : entries) {
        if (e.body.trimmed().isEmpty())
            continue;
        add.bind(1, kind).bind(2, e.itemId).bind(3, e.body).run();
        add.reset();
    }
}

} // namespace ismap
