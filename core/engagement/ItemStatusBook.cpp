#include "engagement/ItemStatusBook.h"

#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "workbook/Workbook.h"

namespace ismap {

namespace {

/// Runs @p sql (which ends in a WHERE clause placeholder %1 for the optional item filter) and calls @p row.
template<typename Fn>
void each(Database& db, const QString& sql, const QString& itemColumn, const QString& onlyItem, Fn row)
{
    const QString filter = onlyItem.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(itemColumn);
    Query q = db.prepare(sql.arg(filter));
    if (!onlyItem.isEmpty())
        q.bind(1, onlyItem);
    while (q.step())
        row(q);
}

QString sortKeyOf(Workbook& wb, const QString& itemId)
{
    if (itemId.isEmpty())
        return {};
    Query q = wb.db().prepare("SELECT sort_key FROM catalog_item WHERE id = ?");
    q.bind(1, itemId);
    if (!q.step())
        throw AuditError(ErrorCode::NotFound, ItemStatusBook::tr("item %1: not in the catalog.").arg(itemId));
    return q.text(0);
}

} // namespace

QList<ItemState> ItemStatusBook::compute(Workbook& wb, const QString& onlyItem, bool everyStatementItem)
{
    Database& db = wb.db();
    QList<ItemState> out;
    QHash<QString, int> index;
    each(db,
         QStringLiteral("SELECT c.id, c.part, c.number, c.sort_key, c.mandatory, coalesce(p.in_cycle, 1), "
                        "coalesce(m.name, ''), coalesce(s.applicability = 'in_scope', 0) FROM catalog_item c "
                        "LEFT JOIN statement_item s ON s.item_id = c.id AND s.applicability = 'in_scope' "
                        "LEFT JOIN item_plan p ON p.item_id = c.id LEFT JOIN team_member m ON m.id = p.assignee "
                        "WHERE c.level IN ('objective', 'detailed') AND c.retired_in IS NULL%2%1 ORDER BY c.sort_key")
             .replace(QStringLiteral("%2"),
                      everyStatementItem ? QString() : QStringLiteral(" AND s.item_id IS NOT NULL")),
         QStringLiteral("c.id"), onlyItem, [&](Query& q) {
             ItemState s;
             s.itemId = q.text(0);
             s.inScope = q.int64(7) != 0;
             s.part = q.text(1);
             s.domain = q.text(2).section(u'.', 0, 0);
             s.sortKey = q.text(3);
             s.mandatory = q.int64(4) != 0;
             s.inCycle = q.int64(5) != 0;
             s.assignee = q.text(6);
             index.insert(s.itemId, int(out.size()));
             out << s;
         });
    if (out.isEmpty())
        return out;
    auto find = [&](const QString& id) -> ItemState* {
        const int i = index.value(id, -1);
        return i < 0 ? nullptr : &out[i];
    };
    QSet<QString> started;
    // "Deviation without a finding": the finding columns have no index, so the step and sample IDs that have one
    // are read once (a non-correlated IN list) rather than the findings being scanned again for every step and
    // every sample item (at engagement scale that scan took most of a second).
    each(db,
         QStringLiteral(
             "SELECT s.item_id, count(*), sum(s.status = 'done'), sum(s.result = 'deviation'), "
             "sum(s.result = 'deviation' AND s.id NOT IN (SELECT step_id FROM finding WHERE step_id IS NOT NULL)), "
             "sum(s.result IS NOT NULL) FROM procedure_step s WHERE s.retired = 0%1 GROUP BY s.item_id"),
         QStringLiteral("s.item_id"), onlyItem, [&](Query& q) {
             if (ItemState* s = find(q.text(0))) {
                 s->steps = q.integer(1);
                 s->stepsDone = q.integer(2);
                 s->deviations += q.integer(3);
                 s->deviationsWithoutFinding += q.integer(4);
                 if (q.integer(5) > 0)
                     started.insert(s->itemId);
             }
         });
    each(db,
         QStringLiteral("SELECT s.item_id, sum(i.result IS NULL), sum(i.result = 'fail'), "
                        "sum(i.result = 'fail' AND i.id NOT IN (SELECT sample_item_id FROM finding WHERE "
                        "sample_item_id IS NOT NULL)) "
                        "FROM sample_set s LEFT JOIN sample_item i ON i.sample_set_id = s.id WHERE 1 = 1%1 "
                        "GROUP BY s.item_id"),
         QStringLiteral("s.item_id"), onlyItem, [&](Query& q) {
             if (ItemState* s = find(q.text(0))) {
                 s->sampleItemsPending = q.integer(1);
                 s->deviations += q.integer(2);
                 s->deviationsWithoutFinding += q.integer(3);
                 started.insert(s->itemId);
             }
         });
    started.unite(EvidenceVault(wb).itemsWithLinks(onlyItem));
    const QHash<QString, int> findings = Findings::countByItem(wb, onlyItem);
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        if (ItemState* s = find(it.key()))
            s->findings = it.value();
    each(db, QStringLiteral("SELECT item_id, count(*) FROM review_note WHERE status = 'open'%1 GROUP BY item_id"),
         QStringLiteral("item_id"), onlyItem, [&](Query& q) {
             if (ItemState* s = find(q.text(0)))
                 s->openNotes = q.integer(1);
         });
    // The latest sign-off of each role decides: valid = signed; voided = needs renewing.
    QHash<QString, QPair<bool, bool>> latest; // item/role -> (exists, valid)
    each(db, QStringLiteral("SELECT item_id, role, voided_at IS NULL FROM signoff WHERE 1 = 1%1 ORDER BY id"),
         QStringLiteral("item_id"), onlyItem, [&](Query& q) {
             latest.insert(q.text(0) + u'\t' + q.text(1), { true, q.int64(2) != 0 });
         });
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        ItemState* s = find(it.key().section(u'\t', 0, 0));
        if (!s)
            continue;
        const bool reviewer = it.key().endsWith(u"\treviewer");
        if (it.value().second)
            (reviewer ? s->reviewerSigned : s->preparerSigned) = true;
        else
            s->signOffVoided = true;
    }
    for (ItemState& s : out) {
        if (!s.inScope)
            continue;
        if (!s.inCycle)
            s.status = ItemStatus::OutOfCycle;
        else if (s.openNotes > 0 || s.signOffVoided || s.deviationsWithoutFinding > 0)
            s.status = ItemStatus::NeedsAttention;
        else if (s.preparerSigned && s.reviewerSigned)
            s.status = ItemStatus::Reviewed;
        else if (s.preparerSigned)
            s.status = ItemStatus::Prepared;
        else if (started.contains(s.itemId))
            s.status = ItemStatus::InProgress;
        else
            s.status = ItemStatus::NotStarted;
    }
    return out;
}

QList<ItemState> ItemStatusBook::all(Workbook& wb)
{
    return compute(wb, {}, false);
}

std::optional<ItemState> ItemStatusBook::state(Workbook& wb, const QString& itemId)
{
    const QList<ItemState> one = compute(wb, itemId, false);
    return one.isEmpty() ? std::nullopt : std::optional<ItemState>(one.first());
}

QHash<QString, ItemState> ItemStatusBook::overview(Workbook& wb)
{
    QHash<QString, ItemState> out;
    for (ItemState& s : compute(wb, {}, true))
        out.insert(s.itemId, std::move(s));
    return out;
}

std::optional<ItemState> ItemStatusBook::overviewOf(Workbook& wb, const QString& itemId)
{
    const QList<ItemState> one = compute(wb, itemId, true);
    return one.isEmpty() ? std::nullopt : std::optional<ItemState>(one.first());
}

QHash<QString, int> ItemStatusBook::countByStatus(Workbook& wb)
{
    QHash<QString, int> out;
    for (const QString& k : FieldworkText::statusKeys())
        out.insert(k, 0);
    for (const ItemState& s : all(wb))
        ++out[FieldworkText::key(s.status)];
    return out;
}

QSet<ItemStatus> ItemStatusBook::pendingFor(const QString& roleKey)
{
    if (roleKey == u"staff")
        return { ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::NeedsAttention };
    return { ItemStatus::Prepared, ItemStatus::NeedsAttention };
}

bool ItemStatusBook::isPending(ItemStatus status, const QString& roleKey)
{
    return pendingFor(roleKey).contains(status);
}

bool ItemStatusBook::matches(const ItemState& s, const WalkFilter& f, const QString& roleKey)
{
    if (!f.part.isEmpty() && s.part != f.part)
        return false;
    if (!f.domain.isEmpty() && s.domain != f.domain)
        return false;
    if (f.mandatoryOnly && !s.mandatory)
        return false;
    if (f.withDeviations && s.deviations == 0)
        return false;
    if (!f.assignee.isEmpty() && s.assignee != f.assignee)
        return false;
    return (f.statuses.isEmpty() ? pendingFor(roleKey) : f.statuses).contains(s.status);
}

std::optional<QString> ItemStatusBook::next(Workbook& wb, const QString& memberName, const WalkFilter& filter,
                                            const QString& afterItemId)
{
    const auto m = wb.member(memberName);
    if (!m)
        throw AuditError(ErrorCode::Forbidden, tr("%1 is not on the engagement team.").arg(memberName));
    const QString role = roleKey(m->role);
    const QString after = sortKeyOf(wb, afterItemId);
    for (const ItemState& s : all(wb))
        if ((after.isEmpty() || s.sortKey > after) && matches(s, filter, role))
            return s.itemId;
    return std::nullopt;
}

std::optional<QString> ItemStatusBook::previous(Workbook& wb, const QString& memberName, const WalkFilter& filter,
                                                const QString& beforeItemId)
{
    const auto m = wb.member(memberName);
    if (!m)
        throw AuditError(ErrorCode::Forbidden, tr("%1 is not on the engagement team.").arg(memberName));
    const QString role = roleKey(m->role);
    const QString before = sortKeyOf(wb, beforeItemId);
    const QList<ItemState> states = all(wb);
    for (auto it = states.crbegin(); it != states.crend(); ++it)
        if ((before.isEmpty() || it->sortKey < before) && matches(*it, filter, role))
            return it->itemId;
    return std::nullopt;
}

QStringList ItemStatusBook::attentionReasons(const ItemState& state)
{
    QStringList out;
    if (state.openNotes > 0)
        out << tr("%n review note(s) still open.", nullptr, state.openNotes);
    if (state.signOffVoided)
        out << tr("A sign-off was voided by a later change and not renewed.");
    if (state.deviationsWithoutFinding > 0)
        out << tr("%n deviation(s) without a finding.", nullptr, state.deviationsWithoutFinding);
    return out;
}

} // namespace ismap
