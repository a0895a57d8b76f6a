#include "statement/StatementBook.h"

#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ismap {

QString applicabilityKey(Applicability a)
{
    switch (a) {
    case Applicability::InScope:
        return QStringLiteral("in_scope");
    case Applicability::OutOfScope:
        return QStringLiteral("out_of_scope");
    case Applicability::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

QString applicabilityDisplayName(Applicability a)
{
    switch (a) {
    case Applicability::InScope:
        return QCoreApplication::translate("Applicability", "In scope");
    case Applicability::OutOfScope:
        return QCoreApplication::translate("Applicability", "Out of scope");
    case Applicability::Undecided:
        break;
    }
    return QCoreApplication::translate("Applicability", "Undecided");
}

namespace {

StatementEntry readEntry(const Query& st)
{
    StatementEntry e;
    e.itemId = st.text(0);
    e.applicability = st.text(1) == u"in_scope" ? Applicability::InScope : Applicability::OutOfScope;
    e.reason = st.text(2);
    e.description = st.text(3);
    e.descriptionEn = st.text(4);
    e.frequency = st.text(5);
    if (!st.isNull(6))
        e.population = st.int64(6);
    e.populationText = st.text(7);
    e.source = st.text(8);
    e.sourceRow = st.integer(9);
    e.populationRationale = st.text(10);
    return e;
}

/// The statement's columns; a workbook of format 2 opened read-only has no rationale yet.
QString columns(Workbook& wb)
{
    return QStringLiteral("SELECT item_id, applicability, reason, description, description_en, frequency, population, "
                          "population_note, source, source_row, %1 FROM statement_item ")
        .arg(wb.formatVersion() >= 3 ? QStringLiteral("population_rationale") : QStringLiteral("''"));
}

QString toJson(const StatementEntry& e)
{
    QJsonObject o { { QStringLiteral("applicability"), applicabilityKey(e.applicability) } };
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (!e.frequency.isEmpty())
        o.insert(QStringLiteral("frequency"), e.frequency);
    if (e.population)
        o.insert(QStringLiteral("population"), double(*e.population));
    if (!e.populationText.isEmpty())
        o.insert(QStringLiteral("population_text"), e.populationText);
    if (!e.populationRationale.isEmpty())
        o.insert(QStringLiteral("population_rationale"), e.populationRationale);
    if (!e.description.isEmpty())
        o.insert(QStringLiteral("description"), e.description);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QHash<QString, StatementEntry> StatementBook::entries(Workbook& wb)
{
    QHash<QString, StatementEntry> out;
    Query st = wb.db().prepare(columns(wb));
    while (st.step()) {
        StatementEntry e = readEntry(st);
        out.insert(e.itemId, e);
    }
    return out;
}

std::optional<StatementEntry> StatementBook::entry(Workbook& wb, const QString& itemId)
{
    Query st = wb.db().prepare(columns(wb) + QStringLiteral("WHERE item_id = ?"));
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

void StatementBook::write(Workbook& wb, const QList<StatementEntry>& entries, const QString& action)
{
    Database& db = wb.db();
    const QHash<QString, StatementEntry> before = StatementBook::entries(wb);
    Query up = db.prepare(
        "INSERT INTO statement_item(item_id, applicability, reason, description, description_en, frequency, "
        "population, "
        "population_note, source, source_row, population_rationale) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(item_id) DO UPDATE SET "
        "applicability=excluded.applicability, reason=excluded.reason, description=excluded.description, "
        "description_en=excluded.description_en, frequency=excluded.frequency, population=excluded.population, "
        "population_note=excluded.population_note, source=excluded.source, source_row=excluded.source_row, "
        "population_rationale=excluded.population_rationale");
    // One pass over the full-text table: its item_id column is not indexed, so a DELETE per entry would scan it
    // once per entry (seconds for a 1,200-row statement over a full catalog).
    QJsonArray ids;
    for (const StatementEntry& e : entries)
        ids.append(e.itemId);
    db.prepare("DELETE FROM search_index WHERE kind = 'statement' AND item_id IN (SELECT value FROM json_each(?))")
        .bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
        .run();
    Query addSearch = db.prepare("INSERT INTO search_index(kind, item_id, body) VALUES ('statement', ?, ?)");
    for (const StatementEntry& e : entries) {
        if (e.applicability == Applicability::Undecided) {
            db.prepare("DELETE FROM statement_item WHERE item_id = ?").bind(1, e.itemId).run();
        } else {
            up.bind(1, e.itemId)
                .bind(2, applicabilityKey(e.applicability))
                .bind(3, e.reason)
                .bind(4, e.description)
                .bind(5, e.descriptionEn)
                .bind(6, e.frequency)
                .bindOptional(7, e.population)
                .bind(8, e.populationText)
                .bind(9, e.source)
                .bind(10, e.sourceRow)
                .bind(11, e.populationRationale);
            up.run();
            up.reset();
        }
        if (!e.description.isEmpty() || !e.descriptionEn.isEmpty() || !e.reason.isEmpty()) {
            addSearch.bind(1, e.itemId).bind(2, e.description + u' ' + e.descriptionEn + u' ' + e.reason).run();
            addSearch.reset();
        }
        const auto old = before.constFind(e.itemId);
        const QString beforeJson = old == before.constEnd() ? QString() : toJson(*old);
        const QString afterJson = e.applicability == Applicability::Undecided ? QString() : toJson(e);
        if (beforeJson != afterJson)
            wb.record(action, QStringLiteral("item/%1/statement").arg(e.itemId), beforeJson, afterJson);
    }
}

} // namespace ismap
