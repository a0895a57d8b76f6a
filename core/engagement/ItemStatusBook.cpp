#include "engagement/ItemStatusBook.h"

#include "catalog/Catalog.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

namespace ismap {

namespace {

QString sortKeyOf(Workbook& wb, const QString& itemId)
{
    if (itemId.isEmpty())
        return {};
    const std::optional<CatalogItem> item = Catalog::item(wb, itemId);
    if (!item)
        throw AuditError(ErrorCode::NotFound, ItemStatusBook::tr("item %1: not in the catalog.").arg(itemId));
    return item->sortKey;
}

} // namespace

// The read model composes what each module counts in one grouped read of its own tables (a fixed number of reads
// for the whole engagement, never one per item).
QList<ItemState> ItemStatusBook::compute(Workbook& wb, const QString& onlyItem, bool everyStatementItem)
{
    QList<CatalogItem> items;
    QHash<QString, QString> applicability;
    QHash<QString, ItemPlan> plans;
    if (onlyItem.isEmpty()) {
        items = Catalog::items(wb);
        applicability = StatementBook::applicabilities(wb);
        plans = Planning::plans(wb);
    } else if (const std::optional<CatalogItem> one = Catalog::item(wb, onlyItem)) {
        if (one->retiredIn.isEmpty())
            items << *one;
        if (StatementBook::isInScope(wb, onlyItem))
            applicability.insert(onlyItem, QStringLiteral("in_scope"));
        plans.insert(onlyItem, Planning::plan(wb, onlyItem));
    }
    QList<ItemState> out;
    QHash<QString, int> index;
    for (const CatalogItem& c : std::as_const(items)) {
        if (!c.isStatementItem())
            continue;
        const bool inScope = applicability.value(c.id) == u"in_scope";
        if (!inScope && !everyStatementItem)
            continue;
        const ItemPlan plan = plans.value(c.id);
        ItemState s;
        s.itemId = c.id;
        s.inScope = inScope;
        s.part = c.part;
        s.domain = c.number.section(u'.', 0, 0);
        s.sortKey = c.sortKey;
        s.mandatory = c.mandatory;
        s.inCycle = plan.inCycle;
        s.assignee = plan.assignee;
        index.insert(s.itemId, int(out.size()));
        out << s;
    }
    if (out.isEmpty())
        return out;
    auto find = [&](const QString& id) -> ItemState* {
        const int i = index.value(id, -1);
        return i < 0 ? nullptr : &out[i];
    };
    QSet<QString> started;
    const QHash<QString, StepCounts> steps = Procedures::stepCountsByItem(wb, onlyItem);
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        if (ItemState* s = find(it.key())) {
            s->steps = it->steps;
            s->stepsDone = it->done;
            s->deviations += it->deviations;
            s->deviationsWithoutFinding += it->deviationsWithoutFinding;
            if (it->withResult > 0)
                started.insert(s->itemId);
        }
    const QHash<QString, SampleCounts> samples = Sampling::countsByItem(wb, onlyItem);
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        if (ItemState* s = find(it.key())) {
            s->sampleItemsPending = it->pending;
            s->deviations += it->fails;
            s->deviationsWithoutFinding += it->failsWithoutFinding;
            started.insert(s->itemId);
        }
    started.unite(EvidenceVault(wb).itemsWithLinks(onlyItem));
    const QHash<QString, int> findings = Findings::countByItem(wb, onlyItem);
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        if (ItemState* s = find(it.key()))
            s->findings = it.value();
    const QHash<QString, int> notes = Review::openNoteCountByItem(wb, onlyItem);
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        if (ItemState* s = find(it.key()))
            s->openNotes = it.value();
    const QHash<QString, ItemSignOffs> signOffs = Review::signOffStateByItem(wb, onlyItem);
    for (auto it = signOffs.cbegin(); it != signOffs.cend(); ++it)
        if (ItemState* s = find(it.key())) {
            s->preparerSigned = it->preparerSigned;
            s->reviewerSigned = it->reviewerSigned;
            s->signOffVoided = it->voided;
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

bool ItemStatusBook::isDone(ItemStatus status)
{
    return status == ItemStatus::Prepared || status == ItemStatus::Reviewed;
}

bool ItemStatusBook::isStarted(ItemStatus status)
{
    return status != ItemStatus::NotStarted && status != ItemStatus::OutOfCycle;
}

void ProgressCount::add(const ItemState& s, int times)
{
    total += times;
    if (!s.inScope)
        return;
    inScope += times;
    started += ItemStatusBook::isStarted(s.status) ? times : 0;
    done += ItemStatusBook::isDone(s.status) ? times : 0;
}

QSet<ItemStatus> ItemStatusBook::pendingFor(Role role)
{
    switch (role) {
    case Role::Staff:
        return { ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::NeedsAttention };
    case Role::Reviewer:
    case Role::Lead:
    case Role::QualityReviewer:
        break;
    }
    return { ItemStatus::Prepared, ItemStatus::NeedsAttention };
}

bool ItemStatusBook::isPending(ItemStatus status, Role role)
{
    return pendingFor(role).contains(status);
}

Role ItemStatusBook::walkerRole(Workbook& wb, const QString& memberName)
{
    if (memberName.isEmpty())
        throw AuditError(ErrorCode::Forbidden, tr("no team member is working: choose who you are first."));
    const std::optional<TeamMember> m = wb.member(memberName);
    if (!m)
        throw AuditError(ErrorCode::Forbidden, tr("%1 is not on the engagement team.").arg(memberName));
    return m->role;
}

bool ItemStatusBook::matches(const ItemState& s, const WalkFilter& f, Role role)
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
    return (f.statuses.isEmpty() ? pendingFor(role) : f.statuses).contains(s.status);
}

std::optional<QString> ItemStatusBook::next(Workbook& wb, const QString& memberName, const WalkFilter& filter,
                                            const QString& afterItemId)
{
    const Role role = walkerRole(wb, memberName);
    const QString after = sortKeyOf(wb, afterItemId);
    for (const ItemState& s : all(wb))
        if ((after.isEmpty() || s.sortKey > after) && matches(s, filter, role))
            return s.itemId;
    return std::nullopt;
}

std::optional<QString> ItemStatusBook::previous(Workbook& wb, const QString& memberName, const WalkFilter& filter,
                                                const QString& beforeItemId)
{
    const Role role = walkerRole(wb, memberName);
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
