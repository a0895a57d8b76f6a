#include "fieldwork/Findings.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/TextCode.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ismap {

namespace {

constexpr const char* kFindingColumns
    = "SELECT f.id, f.ref, f.item_id, f.step_id, f.sample_item_id, f.title, f.condition, "
      "f.criteria, f.cause, f.effect, f.severity, f.response, f.status, "
      "f.raised_by, f.raised_at FROM finding f ";

/// @p names: the team's names by id (Workbook::memberNames), read once per list.
Finding readFinding(const Query& q, const QHash<qint64, QString>& names)
{
    Finding f;
    f.id = q.int64(0);
    f.ref = q.text(1);
    f.itemId = q.text(2);
    if (!q.isNull(3))
        f.stepId = q.int64(3);
    if (!q.isNull(4))
        f.sampleItemId = q.int64(4);
    f.title = q.text(5);
    f.condition = q.text(6);
    f.criteria = q.text(7);
    f.cause = q.text(8);
    f.effect = q.text(9);
    f.severity = q.text(10);
    f.response = q.text(11);
    f.status = q.text(12);
    f.raisedBy = names.value(q.int64(13));
    f.raisedAt = q.text(14);
    return f;
}

QJsonObject describe(const Finding& f)
{
    QJsonObject o { { QStringLiteral("item"), f.itemId }, { QStringLiteral("status"), f.status } };
    const std::pair<const char*, const QString*> fields[]
        = { { "title", &f.title },   { "condition", &f.condition }, { "criteria", &f.criteria }, { "cause", &f.cause },
            { "effect", &f.effect }, { "severity", &f.severity },   { "response", &f.response } };
    for (const auto& [name, value] : fields)
        if (!value->isEmpty())
            o.insert(QLatin1String(name), *value);
    if (f.stepId)
        o.insert(QStringLiteral("step"), double(*f.stepId));
    if (f.sampleItemId)
        o.insert(QStringLiteral("sample_item"), double(*f.sampleItemId));
    return o;
}

void checkFields(Workbook& wb, const QString& ref, const QString& severity, const QString& status)
{
    if (!severity.isEmpty() && !Findings::severityScale(wb).contains(severity))
        throw AuditError(ErrorCode::InvalidInput,
                         Findings::tr("finding %1: severity \"%2\" is not on the engagement's "
                                      "scale (%3).")
                             .arg(ref, severity, Findings::severityScale(wb).join(u", ")));
    if (!Findings::statuses().contains(status))
        throw AuditError(ErrorCode::InvalidInput,
                         Findings::tr("finding %1: status \"%2\" is not one of %3.")
                             .arg(ref, status, Findings::statuses().join(u", ")));
}

/// A finding states what was found (its condition). Only a draft may start with just a title, to be completed:
/// the desktop app raises one from a title, a deviation raises one from the step's or sample's notes.
bool statesWhatWasFound(const Finding& f)
{
    return !f.condition.trimmed().isEmpty() || (f.status == u"draft" && !f.title.trimmed().isEmpty());
}

} // namespace

QString Finding::titleText() const
{
    return TextCode::render(title);
}

Finding Deviation::draft() const
{
    Finding f;
    f.itemId = itemId;
    f.stepId = stepId;
    f.sampleItemId = sampleItemId;
    f.title = sampleItemId
        ? TextCode::make("finding.title.sample_failed",
                         { { QStringLiteral("set"), double(setId) },
                           { QStringLiteral("item"), double(sampleSeq) },
                           { QStringLiteral("index"), double(populationIndex) } })
        : TextCode::make("finding.title.step_deviation", { { QStringLiteral("step"), double(stepSeq) } });
    f.condition = notes;
    return f;
}

QStringList Findings::statuses()
{
    return { QStringLiteral("draft"), QStringLiteral("open"), QStringLiteral("agreed"), QStringLiteral("closed") };
}

QStringList Findings::severityScale(Workbook& wb)
{
    QStringList out;
    const QJsonDocument doc
        = QJsonDocument::fromJson(wb.engagementField(Workbook::EngagementField::SeverityScale).toUtf8());
    for (const QJsonValue& v : doc.array())
        out << v.toString();
    return out;
}

Finding Findings::raise(Workbook& wb, const Finding& f)
{
    FieldworkAction action(wb);
    const Finding out = raiseInTransaction(wb, f);
    action.commit();
    wb.notifyItemChanged(out.itemId, QStringLiteral("item/%1/finding/%2").arg(out.itemId, out.ref));
    return out;
}

Finding Findings::raiseInTransaction(Workbook& wb, const Finding& f)
{
    const TeamMember me = wb.actingMember();
    Database& db = wb.db();
    if (!Catalog::item(wb, f.itemId))
        throw AuditError(ErrorCode::NotFound, tr("item %1: not in the catalog.").arg(f.itemId));
    if (f.stepId
        && !db.prepare("SELECT 1 FROM procedure_step WHERE id = ? AND item_id = ?")
                .bind(1, *f.stepId)
                .bind(2, f.itemId)
                .step())
        throw AuditError(ErrorCode::NotFound,
                         tr("item %1: step %2 does not belong to it.").arg(f.itemId).arg(*f.stepId));
    const QString ref = wb.nextRef("finding", u'F', 3);
    const QString status = f.status.isEmpty() ? QStringLiteral("draft") : f.status;
    checkFields(wb, ref, f.severity, status);
    Finding stated = f;
    stated.status = status;
    if (!statesWhatWasFound(stated))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: a finding needs its condition (what was found); only a draft may start with "
                            "just a title.")
                             .arg(f.itemId));
    db.prepare(
          "INSERT INTO finding(id, ref, item_id, step_id, sample_item_id, title, condition, criteria, cause, effect, "
          "severity, response, status, raised_by, raised_at) VALUES (" ISMAP_NEXT_ID(
              "finding") ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, ref)
        .bind(2, f.itemId)
        .bindOptional(3, f.stepId)
        .bindOptional(4, f.sampleItemId)
        .bind(5, f.title)
        .bind(6, f.condition)
        .bind(7, f.criteria)
        .bind(8, f.cause)
        .bind(9, f.effect)
        .bind(10, f.severity)
        .bind(11, f.response)
        .bind(12, status)
        .bind(13, me.id)
        .bind(14, Clock::nowIso())
        .run();
    const Finding out = *byRef(wb, ref);
    wb.record(QStringLiteral("finding.raise"), QStringLiteral("item/%1/finding/%2").arg(f.itemId, ref), {},
              jsonText(describe(out)));
    Review::invalidateSignOffs(wb, f.itemId,
                               TextCode::make("signoff.void.finding_raised", { { QStringLiteral("ref"), ref } }));
    return out;
}

Finding Findings::edit(Workbook& wb, const QString& ref, const FindingEdit& e)
{
    FieldworkAction action(wb);
    const auto before = byRef(wb, ref);
    if (!before)
        throw AuditError(ErrorCode::NotFound, tr("finding %1: no such finding.").arg(ref));
    Finding f = *before;
    auto apply = [](QString& field, const std::optional<QString>& v) {
        if (v)
            field = v->trimmed();
    };
    // A generated title is stored as a code (TextCode); given back as shown, in either language, it stays the code.
    if (!(e.title && TextCode::isCoded(f.title) && e.title->trimmed() == TextCode::render(f.title).trimmed()))
        apply(f.title, e.title);
    apply(f.condition, e.condition);
    apply(f.criteria, e.criteria);
    apply(f.cause, e.cause);
    apply(f.effect, e.effect);
    apply(f.severity, e.severity);
    apply(f.response, e.response);
    apply(f.status, e.status);
    checkFields(wb, ref, f.severity, f.status);
    if (!statesWhatWasFound(f))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("finding %1: give its condition (what was found); only a draft may go without one, "
                            "and then it needs a title.")
                             .arg(f.ref));
    if (f.status != before->status && (f.status == u"agreed" || f.status == u"closed"))
        action.requireRole({ Role::Reviewer, Role::Lead }, tr("mark finding %1 as %2").arg(ref, f.status));
    wb.db()
        .prepare("UPDATE finding SET title = ?, condition = ?, criteria = ?, cause = ?, effect = ?, severity = ?, "
                 "response = ?, status = ? WHERE id = ?")
        .bind(1, f.title)
        .bind(2, f.condition)
        .bind(3, f.criteria)
        .bind(4, f.cause)
        .bind(5, f.effect)
        .bind(6, f.severity)
        .bind(7, f.response)
        .bind(8, f.status)
        .bind(9, f.id)
        .run();
    const QString entity = QStringLiteral("item/%1/finding/%2").arg(f.itemId, ref);
    wb.record(QStringLiteral("finding.edit"), entity, jsonText(describe(*before)), jsonText(describe(f)));
    Review::invalidateSignOffs(wb, f.itemId,
                               TextCode::make("signoff.void.finding_changed", { { QStringLiteral("ref"), ref } }));
    action.commit();
    wb.notifyItemChanged(f.itemId, entity);
    return f;
}

QList<Finding> Findings::all(Workbook& wb)
{
    QList<Finding> out;
    Query q = wb.db().prepare(QString::fromLatin1(kFindingColumns) + QStringLiteral("ORDER BY f.id"));
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readFinding(q, names);
    return out;
}

QList<Finding> Findings::forItem(Workbook& wb, const QString& itemId)
{
    QList<Finding> out;
    Query q
        = wb.db().prepare(QString::fromLatin1(kFindingColumns) + QStringLiteral("WHERE f.item_id = ? ORDER BY f.id"));
    q.bind(1, itemId);
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readFinding(q, names);
    return out;
}

QList<Deviation> Findings::deviations(Workbook& wb, const QString& itemId)
{
    // The first finding raised from a source covers it (the same rule as StepCounts and SampleCounts count by).
    QHash<qint64, QString> refByStep, refBySample;
    for (const Finding& f : forItem(wb, itemId)) {
        if (f.sampleItemId && !refBySample.contains(*f.sampleItemId))
            refBySample.insert(*f.sampleItemId, f.ref);
        if (f.stepId && !refByStep.contains(*f.stepId))
            refByStep.insert(*f.stepId, f.ref);
    }
    QList<Deviation> out;
    for (const ProcedureStep& s : Procedures::steps(wb, itemId)) {
        if (s.result != StepResult::Deviation)
            continue;
        Deviation d;
        d.itemId = itemId;
        d.stepId = s.id;
        d.stepSeq = s.seq;
        d.notes = s.notes;
        d.coveredBy = refByStep.value(s.id);
        out << d;
    }
    for (const SampleSet& set : Sampling::sets(wb, itemId))
        for (const SampleItem& it : set.items) {
            if (it.result != SampleResult::Fail)
                continue;
            Deviation d;
            d.itemId = itemId;
            d.stepId = set.stepId;
            d.sampleItemId = it.id;
            d.setId = set.id;
            d.sampleSeq = it.seq;
            d.populationIndex = it.populationIndex;
            d.notes = it.notes;
            d.coveredBy = refBySample.value(it.id);
            out << d;
        }
    return out;
}

void Findings::withdraw(Workbook& wb, const QString& ref)
{
    FieldworkAction action(wb);
    const std::optional<Finding> f = byRef(wb, ref);
    if (!f)
        throw AuditError(ErrorCode::NotFound, tr("finding %1: no such finding.").arg(ref));
    if (f->status != u"draft")
        throw AuditError(ErrorCode::InvalidInput,
                         tr("finding %1: it is %2; only a draft finding can be withdrawn (close it instead).")
                             .arg(f->ref, f->status));
    if (action.member().role == Role::Staff && f->raisedBy != action.member().name)
        throw AuditError(ErrorCode::Forbidden,
                         tr("finding %1: raised by %2; staff may only withdraw findings they raised themselves (a "
                            "reviewer or the lead can).")
                             .arg(f->ref, f->raisedBy));
    Database& db = wb.db();
    db.prepare("DELETE FROM evidence_link WHERE finding_id = ?").bind(1, f->id).run();
    db.prepare("DELETE FROM finding WHERE id = ?").bind(1, f->id).run();
    const QString entity = QStringLiteral("item/%1/finding/%2").arg(f->itemId, f->ref);
    wb.record(QStringLiteral("finding.withdraw"), entity, jsonText(describe(*f)), {});
    Review::invalidateSignOffs(wb, f->itemId,
                               TextCode::make("signoff.void.finding_withdrawn", { { QStringLiteral("ref"), f->ref } }));
    action.commit();
    wb.notifyItemChanged(f->itemId, entity);
}

std::optional<Finding> Findings::byRef(Workbook& wb, const QString& ref)
{
    Query q = wb.db().prepare(QString::fromLatin1(kFindingColumns) + QStringLiteral("WHERE f.ref = ?"));
    q.bind(1, ref.trimmed().toUpper());
    if (!q.step())
        return std::nullopt;
    return readFinding(q, wb.memberNames());
}

std::optional<Finding> Findings::byId(Workbook& wb, qint64 id)
{
    Query q = wb.db().prepare(QString::fromLatin1(kFindingColumns) + QStringLiteral("WHERE f.id = ?"));
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readFinding(q, wb.memberNames());
}

QHash<QString, int> Findings::countByItem(Workbook& wb, const QString& itemId)
{
    QHash<QString, int> out;
    Query q = wb.db().prepare(itemId.isEmpty()
                                  ? "SELECT item_id, count(*) FROM finding GROUP BY item_id"
                                  : "SELECT item_id, count(*) FROM finding WHERE item_id = ?1 GROUP BY item_id");
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    while (q.step())
        out.insert(q.text(0), q.integer(1));
    return out;
}

QMap<QString, int> Findings::countBySeverity(Workbook& wb)
{
    QMap<QString, int> out;
    Query q = wb.db().prepare("SELECT coalesce(nullif(severity, ''), 'unrated'), count(*) FROM finding GROUP BY 1");
    while (q.step())
        out.insert(q.text(0), q.integer(1));
    return out;
}

QString Findings::severityDisplayName(const QString& key)
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

} // namespace ismap
