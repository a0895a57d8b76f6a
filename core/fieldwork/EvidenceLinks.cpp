#include "fieldwork/EvidenceLinks.h"

#include "database/Database.h"
#include "workbook/Workbook.h"

namespace ismap {

namespace {

/// Binds the link's five columns from @p first on, in the order of kLinkMatch.
Query& bindLink(Query& q, int first, const EvidenceLink& link)
{
    q.bind(first, link.evidenceId).bind(first + 1, link.itemId);
    q.bindOptional(first + 2, link.stepId);
    q.bindOptional(first + 3, link.sampleItemId);
    q.bindOptional(first + 4, link.findingId);
    return q;
}

constexpr const char* kLinkMatch
    = "evidence_id = ? AND item_id = ? AND step_id IS ? AND sample_item_id IS ? AND finding_id IS ?";

} // namespace

bool EvidenceLinks::exists(Workbook& wb, const EvidenceLink& link)
{
    Query q = wb.db().prepare(QStringLiteral("SELECT 1 FROM evidence_link WHERE ") + QLatin1String(kLinkMatch));
    return bindLink(q, 1, link).step();
}

void EvidenceLinks::insert(Workbook& wb, const EvidenceLink& link)
{
    Query q
        = wb.db().prepare("INSERT INTO evidence_link(id, evidence_id, item_id, step_id, sample_item_id, finding_id) "
                          "VALUES (" ISMAP_NEXT_ID("evidence_link") ", ?, ?, ?, ?, ?)");
    bindLink(q, 1, link).run();
}

bool EvidenceLinks::remove(Workbook& wb, const EvidenceLink& link)
{
    Query q = wb.db().prepare(QStringLiteral("DELETE FROM evidence_link WHERE ") + QLatin1String(kLinkMatch));
    bindLink(q, 1, link).run();
    return wb.db().changes() > 0;
}

QList<EvidenceLink> EvidenceLinks::ofEvidence(Workbook& wb, qint64 evidenceId)
{
    Query q = wb.db().prepare("SELECT item_id, step_id, sample_item_id, finding_id FROM evidence_link "
                              "WHERE evidence_id = ? ORDER BY rowid");
    q.bind(1, evidenceId);
    auto opt = [&](int col) {
        return q.isNull(col) ? std::nullopt : std::optional<qint64>(q.int64(col));
    };
    QList<EvidenceLink> out;
    while (q.step())
        out.append({ evidenceId, q.text(0), opt(1), opt(2), opt(3) });
    return out;
}

QList<qint64> EvidenceLinks::evidenceOfItem(Workbook& wb, const QString& itemId)
{
    Query q = wb.db().prepare("SELECT DISTINCT evidence_id FROM evidence_link WHERE item_id = ?");
    q.bind(1, itemId);
    QList<qint64> out;
    while (q.step())
        out << q.int64(0);
    return out;
}

QSet<QString> EvidenceLinks::itemsWithLinks(Workbook& wb, const QString& itemId)
{
    QSet<QString> out;
    Query q = wb.db().prepare(itemId.isEmpty() ? "SELECT DISTINCT item_id FROM evidence_link WHERE item_id IS NOT NULL"
                                               : "SELECT DISTINCT item_id FROM evidence_link WHERE item_id = ?1");
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    while (q.step())
        out.insert(q.text(0));
    return out;
}

QList<std::pair<qint64, QString>> EvidenceLinks::evidenceItems(Workbook& wb)
{
    Query q = wb.db().prepare("SELECT DISTINCT evidence_id, item_id FROM evidence_link");
    QList<std::pair<qint64, QString>> out;
    while (q.step())
        out.append({ q.int64(0), q.text(1) });
    return out;
}

} // namespace ismap
