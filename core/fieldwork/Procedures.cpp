#include "fieldwork/Procedures.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/TextCode.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ismap {

namespace {

constexpr const char* kStepColumns
    = "SELECT s.id, s.item_id, s.template_id, s.seq, s.phase, s.type, s.instruction_ja, s.instruction_en, s.status, "
      "s.result, s.notes, s.preparer, coalesce(s.performed_at, ''), s.retired FROM procedure_step s ";

/// @p names: the team's names by id (Workbook::memberNames), read once per list.
ProcedureStep readStep(const Query& q, const QHash<qint64, QString>& names)
{
    ProcedureStep s;
    s.id = q.int64(0);
    s.itemId = q.text(1);
    s.templateId = q.text(2);
    s.seq = q.integer(3);
    s.phase = FieldworkText::phaseFromKey(q.text(4)).value_or(Phase::Design);
    s.type = FieldworkText::typeFromKey(q.text(5)).value_or(ProcedureType::Inspection);
    s.instructionJa = q.text(6);
    s.instructionEn = q.text(7);
    s.done = q.text(8) == u"done";
    if (!q.isNull(9))
        s.result = FieldworkText::resultFromKey(q.text(9));
    s.notes = q.text(10);
    s.preparer = names.value(q.int64(11));
    s.performedAt = q.text(12);
    s.retired = q.int64(13) != 0;
    return s;
}

QJsonObject stepJson(const ProcedureStep& s)
{
    QJsonObject o { { QStringLiteral("status"), s.done ? QStringLiteral("done") : QStringLiteral("pending") } };
    if (s.result)
        o.insert(QStringLiteral("result"), FieldworkText::key(*s.result));
    if (!s.notes.isEmpty())
        o.insert(QStringLiteral("notes"), s.notes);
    if (!s.preparer.isEmpty())
        o.insert(QStringLiteral("preparer"), s.preparer);
    return o;
}

struct Existing
{
    qint64 id;
    int seq;
    bool retired;
};

} // namespace

StepRefreshResult Procedures::refresh(Workbook& wb)
{
    FieldworkAction action(wb);
    const StepRefreshResult r = refreshInTransaction(wb);
    wb.record(QStringLiteral("steps.refresh"), QStringLiteral("engagement"), {},
              jsonText({ { QStringLiteral("added"), r.added },
                         { QStringLiteral("retired"), r.retired },
                         { QStringLiteral("revived"), r.revived },
                         { QStringLiteral("items"), r.itemsTouched },
                         { QStringLiteral("templates"), ProcedureTemplates::builtin().version() } }));
    action.commit();
    wb.notifyChanged(QStringLiteral("steps"));
    return r;
}

StepRefreshResult Procedures::refreshInTransaction(Workbook& wb, const QString& itemId)
{
    Database& db = wb.db();
    const ProcedureTemplates& templates = ProcedureTemplates::builtin();
    const QString auditKind = wb.engagement().auditKind;

    QHash<QString, QMap<QString, Existing>> existing;
    {
        Query q = db.prepare(
            itemId.isEmpty() ? "SELECT item_id, template_id, id, seq, retired FROM procedure_step"
                             : "SELECT item_id, template_id, id, seq, retired FROM procedure_step WHERE item_id = ?");
        if (!itemId.isEmpty())
            q.bind(1, itemId);
        while (q.step())
            existing[q.text(0)].insert(q.text(1), Existing { q.int64(2), q.integer(3), q.int64(4) != 0 });
    }

    StepRefreshResult result;
    // The items, their statement entries and plans, each read from its module (all at once for a whole refresh).
    QList<CatalogItem> items;
    QHash<QString, StatementEntry> statement;
    QHash<QString, ItemPlan> plans;
    if (itemId.isEmpty()) {
        items = Catalog::items(wb, true);
        statement = StatementBook::entries(wb);
        plans = Planning::plans(wb);
    } else if (const std::optional<CatalogItem> one = Catalog::item(wb, itemId)) {
        items << *one;
        if (const std::optional<StatementEntry> entry = StatementBook::entry(wb, itemId))
            statement.insert(itemId, *entry);
        plans.insert(itemId, Planning::plan(wb, itemId));
    }
    Query insert = db.prepare("INSERT INTO procedure_step(id, item_id, template_id, seq, phase, type, instruction_ja, "
                              "instruction_en) VALUES (" ISMAP_NEXT_ID("procedure_step") ", ?, ?, ?, ?, ?, ?, ?)");
    Query update = db.prepare("UPDATE procedure_step SET retired = ?, seq = ? WHERE id = ?");
    for (const CatalogItem& item : std::as_const(items)) {
        if (!item.isStatementItem())
            continue;
        const QString& id = item.id;
        const StatementEntry entry = statement.value(id);
        const ItemPlan plan = plans.value(id);
        const bool active = entry.applicability == Applicability::InScope && plan.inCycle && item.retiredIn.isEmpty();
        QList<ProcedureTemplateStep> wanted;
        if (active) {
            const ControlKind kind
                = templates.kindFor(item.number, SamplingTable::frequencyKey(entry.frequency), plan.controlKind);
            wanted = templates.stepsFor(item.part, kind, auditKind);
        }
        QMap<QString, Existing> have = existing.value(id);
        QJsonArray added, retired, revived;
        for (int i = 0; i < wanted.size(); ++i) {
            const ProcedureTemplateStep& t = wanted.at(i);
            const int seq = i + 1;
            auto it = have.find(t.id);
            if (it == have.end()) {
                insert.bind(1, id)
                    .bind(2, t.id)
                    .bind(3, seq)
                    .bind(4, FieldworkText::key(t.phase))
                    .bind(5, FieldworkText::key(t.type))
                    .bind(6, t.instructionJa)
                    .bind(7, t.instructionEn)
                    .run();
                added.append(t.id);
            } else {
                if (it->retired)
                    revived.append(t.id);
                if (it->retired || it->seq != seq)
                    update.bind(1, 0).bind(2, seq).bind(3, it->id).run();
                have.erase(it);
            }
        }
        for (auto it = have.cbegin(); it != have.cend(); ++it) {
            if (it->retired)
                continue;
            update.bind(1, 1).bind(2, it->seq).bind(3, it->id).run();
            retired.append(it.key());
        }
        if (added.isEmpty() && retired.isEmpty() && revived.isEmpty())
            continue;
        result.added += int(added.size());
        result.retired += int(retired.size());
        result.revived += int(revived.size());
        ++result.itemsTouched;
        QJsonObject after;
        if (!added.isEmpty())
            after.insert(QStringLiteral("added"), added);
        if (!retired.isEmpty())
            after.insert(QStringLiteral("retired"), retired);
        if (!revived.isEmpty())
            after.insert(QStringLiteral("revived"), revived);
        wb.record(QStringLiteral("steps.refresh"), QStringLiteral("item/%1").arg(id), {}, jsonText(after));
        Review::invalidateSignOffs(wb, id, TextCode::make("signoff.void.steps_changed"));
    }
    return result;
}

QList<ProcedureStep> Procedures::steps(Workbook& wb, const QString& itemId, bool includeRetired)
{
    QList<ProcedureStep> out;
    Query q = wb.db().prepare(QString::fromLatin1(kStepColumns)
                              + (includeRetired
                                     ? QStringLiteral("WHERE s.item_id = ? ORDER BY s.retired, s.seq, s.id")
                                     : QStringLiteral("WHERE s.item_id = ? AND s.retired = 0 ORDER BY s.seq, s.id")));
    q.bind(1, itemId);
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readStep(q, names);
    return out;
}

QList<ProcedureStep> Procedures::allSteps(Workbook& wb)
{
    QList<ProcedureStep> out;
    Query q = wb.db().prepare(QString::fromLatin1(kStepColumns)
                              + QStringLiteral("WHERE s.retired = 0 ORDER BY s.item_id, s.seq, s.id"));
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readStep(q, names);
    return out;
}

std::optional<ProcedureStep> Procedures::step(Workbook& wb, qint64 stepId)
{
    Query q = wb.db().prepare(QString::fromLatin1(kStepColumns) + QStringLiteral("WHERE s.id = ?"));
    q.bind(1, stepId);
    if (!q.step())
        return std::nullopt;
    return readStep(q, wb.memberNames());
}

ProcedureStep Procedures::stepBySeq(Workbook& wb, const QString& itemId, int seq)
{
    Query q = wb.db().prepare(QString::fromLatin1(kStepColumns)
                              + QStringLiteral("WHERE s.item_id = ? AND s.seq = ? AND s.retired = 0"));
    q.bind(1, itemId).bind(2, seq);
    if (!q.step())
        throw AuditError(ErrorCode::NotFound,
                         tr("item %1: there is no active step %2 (see `ismapctl steps list`).").arg(itemId).arg(seq));
    return readStep(q, wb.memberNames());
}

namespace {

/// The quality reviewer does no fieldwork; a change that voids another member's sign-off needs their consent.
void requirePreparer(Workbook& wb, const FieldworkAction& action, const QString& itemId, VoidConsent consent)
{
    if (action.member().role == Role::QualityReviewer)
        throw AuditError(ErrorCode::Forbidden,
                         Procedures::tr("%1 is the engagement quality reviewer, outside the fieldwork team, and so "
                                        "records no step results.")
                             .arg(action.member().name));
    Review::requireVoidConsent(wb, itemId, consent == VoidConsent::Confirmed);
}

} // namespace

ProcedureStep Procedures::setResult(Workbook& wb, qint64 stepId, StepResult result, const QString& notes,
                                    VoidConsent consent)
{
    FieldworkAction action(wb);
    const auto before = step(wb, stepId);
    if (!before)
        throw AuditError(ErrorCode::NotFound, tr("step %1: no such procedure step.").arg(stepId));
    if (before->retired)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1, step %2: the step is retired (the item left the scope or this year's cycle); "
                            "its recorded work is kept but it cannot be changed.")
                             .arg(before->itemId)
                             .arg(before->seq));
    requirePreparer(wb, action, before->itemId, consent);
    wb.db()
        .prepare("UPDATE procedure_step SET status = 'done', result = ?, notes = ?, preparer = ?, performed_at = ? "
                 "WHERE id = ?")
        .bind(1, FieldworkText::key(result))
        .bind(2, notes)
        .bind(3, action.member().id)
        .bind(4, Clock::nowIso())
        .bind(5, stepId)
        .run();
    const ProcedureStep after = *step(wb, stepId);
    const QString entity = QStringLiteral("item/%1/step/%2").arg(before->itemId).arg(stepId);
    wb.record(QStringLiteral("step.result"), entity, jsonText(stepJson(*before)), jsonText(stepJson(after)));
    if (result == StepResult::Deviation
        && wb.db().prepare("SELECT 1 FROM finding WHERE step_id = ?").bind(1, stepId).step() == false) {
        Deviation d;
        d.itemId = before->itemId;
        d.stepId = stepId;
        d.stepSeq = before->seq;
        d.notes = notes;
        Findings::raiseInTransaction(wb, d.draft());
    }
    Review::invalidateSignOffs(
        wb, before->itemId,
        TextCode::make("signoff.void.step_changed", { { QStringLiteral("step"), double(before->seq) } }));
    action.commit();
    wb.notifyItemChanged(before->itemId, entity);
    return after;
}

ProcedureStep Procedures::clearResult(Workbook& wb, qint64 stepId, VoidConsent consent)
{
    FieldworkAction action(wb);
    const auto before = step(wb, stepId);
    if (!before)
        throw AuditError(ErrorCode::NotFound, tr("step %1: no such procedure step.").arg(stepId));
    if (before->retired)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1, step %2: the step is retired.").arg(before->itemId).arg(before->seq));
    requirePreparer(wb, action, before->itemId, consent);
    wb.db()
        .prepare("UPDATE procedure_step SET status = 'pending', result = NULL, performed_at = NULL WHERE id = ?")
        .bind(1, stepId)
        .run();
    const ProcedureStep after = *step(wb, stepId);
    const QString entity = QStringLiteral("item/%1/step/%2").arg(before->itemId).arg(stepId);
    wb.record(QStringLiteral("step.clear"), entity, jsonText(stepJson(*before)), jsonText(stepJson(after)));
    Review::invalidateSignOffs(
        wb, before->itemId,
        TextCode::make("signoff.void.step_changed", { { QStringLiteral("step"), double(before->seq) } }));
    action.commit();
    wb.notifyItemChanged(before->itemId, entity);
    return after;
}

QHash<QString, StepCounts> Procedures::stepCountsByItem(Workbook& wb, const QString& onlyItem)
{
    // "Deviation without a finding": the finding columns have no index, so the step IDs that have one are read once
    // (a non-correlated IN list) rather than the findings being scanned again for every step (at engagement scale
    // that scan took most of a second).
    Query q = wb.db().prepare(
        QStringLiteral("SELECT s.item_id, count(*), sum(s.status = 'done'), sum(s.result = 'deviation'), "
                       "sum(s.result = 'deviation' AND s.id NOT IN (SELECT step_id FROM finding WHERE step_id IS NOT "
                       "NULL)), sum(s.result IS NOT NULL) FROM procedure_step s WHERE s.retired = 0%1 "
                       "GROUP BY s.item_id")
            .arg(onlyItem.isEmpty() ? QString() : QStringLiteral(" AND s.item_id = ?")));
    if (!onlyItem.isEmpty())
        q.bind(1, onlyItem);
    QHash<QString, StepCounts> out;
    while (q.step())
        out.insert(q.text(0), StepCounts { q.integer(1), q.integer(2), q.integer(3), q.integer(4), q.integer(5) });
    return out;
}

ControlKind Procedures::controlKind(Workbook& wb, const QString& itemId)
{
    const std::optional<CatalogItem> item = Catalog::item(wb, itemId);
    if (!item)
        throw AuditError(ErrorCode::NotFound, tr("item %1: not in the catalog.").arg(itemId));
    const std::optional<StatementEntry> entry = StatementBook::entry(wb, itemId);
    return ProcedureTemplates::builtin().kindFor(item->number,
                                                 SamplingTable::frequencyKey(entry ? entry->frequency : QString()),
                                                 Planning::plan(wb, itemId).controlKind);
}

} // namespace ismap
