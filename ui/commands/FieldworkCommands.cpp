#include "commands/FieldworkCommands.h"

#include "workbook/Workbook.h"

namespace ismap::ui {

void RaisedFindings::snapshot(Workbook& wb, const QString& itemId)
{
    m_itemId = itemId;
    m_before.clear();
    m_raised.clear();
    for (const Finding& f : Findings::forItem(wb, itemId))
        m_before.insert(f.ref);
}

void RaisedFindings::collect(Workbook& wb)
{
    for (const Finding& f : Findings::forItem(wb, m_itemId))
        if (!m_before.contains(f.ref) && f.status == u"draft")
            m_raised << f.ref;
}

void RaisedFindings::withdraw(Workbook& wb) const
{
    for (const QString& ref : m_raised)
        if (const std::optional<Finding> f = Findings::byRef(wb, ref); f && f->status == u"draft")
            Findings::withdraw(wb, ref);
}

SetSampleResultCommand::SetSampleResultCommand(Workbook& wb, qint64 setId, int seq, SampleResult result,
                                               const QString& notes, const QJsonObject& attributes,
                                               const QString& label)
    : m_wb(wb)
    , m_setId(setId)
    , m_result(result)
    , m_notes(notes)
    , m_attributes(attributes)
    , m_label(label)
{
    m_before.seq = seq;
    if (const std::optional<SampleSet> s = Sampling::set(wb, setId); s && seq >= 1 && seq <= s->items.size())
        m_before = s->items.at(seq - 1);
    setTextMaker([setId, seq] { return tr("record sample %1 item %2").arg(setId).arg(seq); });
}

void SetSampleResultCommand::perform()
{
    if (const std::optional<SampleSet> s = Sampling::set(m_wb, m_setId))
        m_raised.snapshot(m_wb, s->itemId);
    Sampling::setResult(m_wb, m_setId, m_before.seq, m_result, m_notes, m_attributes, m_label);
    m_raised.collect(m_wb);
}

void SetSampleResultCommand::revert()
{
    Sampling::restoreResult(m_wb, m_setId, m_before);
    m_raised.withdraw(m_wb);
}

EditFindingCommand::EditFindingCommand(Workbook& wb, const QString& ref, const FindingEdit& edit)
    : m_wb(wb)
    , m_ref(ref)
    , m_after(edit)
{
    if (const std::optional<Finding> f = Findings::byRef(wb, ref)) {
        auto keep = [](std::optional<QString>& before, const std::optional<QString>& after, const QString& now) {
            if (after)
                before = now;
        };
        keep(m_before.title, edit.title, f->title);
        keep(m_before.condition, edit.condition, f->condition);
        keep(m_before.criteria, edit.criteria, f->criteria);
        keep(m_before.cause, edit.cause, f->cause);
        keep(m_before.effect, edit.effect, f->effect);
        keep(m_before.severity, edit.severity, f->severity);
        keep(m_before.response, edit.response, f->response);
        keep(m_before.status, edit.status, f->status);
    }
    setTextMaker([ref] { return tr("edit finding %1").arg(ref); });
}

void EditFindingCommand::perform()
{
    Findings::edit(m_wb, m_ref, m_after);
}

void EditFindingCommand::revert()
{
    Findings::edit(m_wb, m_ref, m_before);
}

RaiseFindingCommand::RaiseFindingCommand(Workbook& wb, const Finding& finding)
    : m_wb(wb)
    , m_finding(finding)
{
    setTextMaker([item = finding.itemId] { return tr("raise a finding on %1").arg(item); });
}

void RaiseFindingCommand::perform()
{
    m_ref = Findings::raise(m_wb, m_finding).ref;
    setTextMaker([ref = m_ref, item = m_finding.itemId] { return tr("raise finding %1 on %2").arg(ref, item); });
}

void RaiseFindingCommand::revert()
{
    Findings::withdraw(m_wb, m_ref);
}

DrawSampleCommand::DrawSampleCommand(Workbook& wb, const QString& itemId, qint64 population, const QString& frequency,
                                     std::optional<std::uint64_t> seed, const QString& description)
    : m_wb(wb)
    , m_itemId(itemId)
    , m_population(population)
    , m_frequency(frequency)
    , m_seed(seed)
    , m_description(description)
{
    setTextMaker([itemId] { return tr("draw a sample for %1").arg(itemId); });
}

void DrawSampleCommand::perform()
{
    const SampleSet s = Sampling::draw(m_wb, m_itemId, m_population, m_frequency, m_seed, std::nullopt, m_description);
    m_setId = s.id;
    m_seed = s.seed.toULongLong(); // redo draws the same items again
}

void DrawSampleCommand::revert()
{
    Sampling::discard(m_wb, m_setId);
}

} // namespace ismap::ui
