#include "ui_support/ItemOverview.h"

#include "fieldwork/ItemStatusBook.h"
#include "workbook/Workbook.h"

namespace ismap {

namespace {

/// The status an auditor reads off the item: review state first, then whether anything needs attention.
QString deriveStatus(const ItemOverview& o, bool inScope)
{
    if (!inScope)
        return {};
    if (o.openNotes > 0 || o.voidedSignOff)
        return QStringLiteral("needs_attention");
    if (o.reviewerSigned)
        return QStringLiteral("reviewed");
    if (o.preparerSigned)
        return QStringLiteral("prepared");
    if (o.stepsDone > 0)
        return QStringLiteral("in_progress");
    return QStringLiteral("not_started");
}

/// Fills @p out from grouped queries; @p itemId restricts to one item when not empty.
void collect(Workbook& wb, QHash<QString, ItemOverview>& out, const QString& itemId)
{
    Database& db = wb.db();
    const QString where = itemId.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?1");
    auto run = [&](const QString& sql, const QString& column, const auto& apply) {
        Query q = db.prepare(sql.arg(itemId.isEmpty() ? QString() : where.arg(column)));
        if (!itemId.isEmpty())
            q.bind(1, itemId);
        while (q.step()) {
            ItemOverview& o = out[q.text(0)];
            o.itemId = q.text(0);
            apply(o, q);
        }
    };
    run(QStringLiteral("SELECT c.id, p.in_cycle, m.name FROM catalog_item c LEFT JOIN item_plan p ON p.item_id = c.id "
                       "LEFT JOIN team_member m ON m.id = p.assignee WHERE c.level IN ('objective', 'detailed')%1"),
        QStringLiteral("c.id"), [](ItemOverview& o, Query& q) {
            o.inCycle = q.isNull(1) || q.int64(1) != 0;
            o.assignee = q.text(2);
        });
    run(QStringLiteral("SELECT item_id, sum(status = 'done'), count(*), sum(result = 'deviation') FROM procedure_step "
                       "WHERE retired = 0%1 GROUP BY item_id"),
        QStringLiteral("item_id"), [](ItemOverview& o, Query& q) {
            o.stepsDone = q.integer(1);
            o.stepsTotal = q.integer(2);
            o.deviations += q.integer(3);
        });
    run(QStringLiteral("SELECT s.item_id, count(*) FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id "
                       "WHERE i.result = 'fail'%1 GROUP BY s.item_id"),
        QStringLiteral("s.item_id"), [](ItemOverview& o, Query& q) { o.deviations += q.integer(1); });
    run(QStringLiteral("SELECT item_id, count(*) FROM finding WHERE 1%1 GROUP BY item_id"), QStringLiteral("item_id"),
        [](ItemOverview& o, Query& q) { o.findings = q.integer(1); });
    run(QStringLiteral("SELECT item_id, count(*) FROM review_note WHERE status = 'open'%1 GROUP BY item_id"),
        QStringLiteral("item_id"), [](ItemOverview& o, Query& q) { o.openNotes = q.integer(1); });
    // Only the latest sign-off per role counts; an earlier voided one that was signed again is history.
    run(QStringLiteral("SELECT item_id, role, voided_at IS NOT NULL FROM signoff s WHERE id = (SELECT max(id) FROM "
                       "signoff t WHERE t.item_id = s.item_id AND t.role = s.role)%1"),
        QStringLiteral("item_id"), [](ItemOverview& o, Query& q) {
            const bool voided = q.int64(2) != 0;
            const bool preparer = q.text(1) == u"preparer";
            if (voided)
                o.voidedSignOff = true;
            else if (preparer)
                o.preparerSigned = true;
            else
                o.reviewerSigned = true;
        });
    run(QStringLiteral("SELECT c.id, coalesce(s.applicability, '') FROM catalog_item c LEFT JOIN statement_item s "
                       "ON s.item_id = c.id WHERE c.level IN ('objective', 'detailed')%1"),
        QStringLiteral("c.id"),
        [](ItemOverview& o, Query& q) { o.status = deriveStatus(o, q.text(1) == u"in_scope" && o.inCycle); });
}

} // namespace

QHash<QString, ItemOverview> ItemOverview::all(Workbook& wb)
{
    QHash<QString, ItemOverview> out;
    collect(wb, out, {});
    // The engine's ItemStatusBook is the one place status is derived; the counts above add what the views show.
    for (const ItemState& s : ItemStatusBook::all(wb))
        out[s.itemId].status = FieldworkText::key(s.status);
    return out;
}

ItemOverview ItemOverview::of(Workbook& wb, const QString& itemId)
{
    QHash<QString, ItemOverview> out;
    collect(wb, out, itemId);
    ItemOverview o = out.value(itemId);
    o.itemId = itemId;
    const std::optional<ItemState> s = ItemStatusBook::state(wb, itemId);
    o.status = s ? FieldworkText::key(s->status) : QString();
    return o;
}

QStringList ItemOverview::statusKeys()
{
    return FieldworkText::statusKeys();
}

QString ItemOverview::statusDisplayName(const QString& key)
{
    const std::optional<ItemStatus> s = FieldworkText::statusFromKey(key);
    return s ? FieldworkText::displayName(*s) : key;
}

QMap<QString, int> ItemOverview::findingsBySeverity(Workbook& wb)
{
    QMap<QString, int> out;
    Query q = wb.db().prepare("SELECT coalesce(nullif(severity, ''), 'unrated'), count(*) FROM finding GROUP BY 1");
    while (q.step())
        out.insert(q.text(0), q.integer(1));
    return out;
}

QString ItemOverview::severityDisplayName(const QString& key)
{
    if (key == u"high")
        return tr("High");
    if (key == u"medium")
        return tr("Medium");
    if (key == u"low")
        return tr("Low");
    if (key == u"unrated")
        return tr("Not rated");
    return key;
}

QList<ItemOverview::EvidenceKind> ItemOverview::evidenceByKind(Workbook& wb)
{
    QList<EvidenceKind> out;
    Query q = wb.db().prepare(
        "SELECT CASE WHEN mime LIKE 'image/%' THEN 'image' WHEN mime = 'application/pdf' THEN 'pdf' "
        "WHEN mime LIKE 'text/%' THEN 'text' "
        "WHEN mime LIKE '%spreadsheet%' OR mime LIKE '%excel%' OR mime = 'text/csv' THEN 'spreadsheet' "
        "WHEN mime LIKE '%zip%' OR mime LIKE '%compressed%' OR mime LIKE '%tar%' THEN 'archive' ELSE 'other' END k, "
        "count(*), coalesce(sum(size), 0) FROM evidence GROUP BY k ORDER BY k");
    while (q.step())
        out.append({ q.text(0), q.integer(1), q.int64(2) });
    return out;
}

QString ItemOverview::evidenceKindDisplayName(const QString& kind)
{
    if (kind == u"image")
        return tr("Images");
    if (kind == u"pdf")
        return tr("PDF");
    if (kind == u"text")
        return tr("Text and logs");
    if (kind == u"spreadsheet")
        return tr("Spreadsheets");
    if (kind == u"archive")
        return tr("Archives");
    return tr("Other");
}

} // namespace ismap
