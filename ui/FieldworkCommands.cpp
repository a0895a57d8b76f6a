#include "FieldworkCommands.h"

#include "Messages.h"
#include "common/AuditError.h"
#include "workbook/Workbook.h"

namespace ismap::ui {

namespace {
/// Runs an undo or redo step; a refusal (finalised workbook, wrong member) is shown and the command dropped.
template<typename F> void guarded(QUndoCommand* cmd, const QString& title, F&& f)
{
    try {
        f();
    } catch (const AuditError& e) {
        Messages::error(nullptr, title, e.message());
        cmd->setObsolete(true);
    }
}
} // namespace

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
    setText(tr("record sample %1 item %2").arg(setId).arg(seq));
}

void SetSampleResultCommand::set()
{
    Sampling::setResult(m_wb, m_setId, m_before.seq, m_result, m_notes, m_attributes, m_label);
}

void SetSampleResultCommand::apply()
{
    set();
    m_applied = true;
}

void SetSampleResultCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the first redo comes from QUndoStack::push: already done
        return;
    }
    guarded(this, tr("Cannot redo"), [this] { set(); });
}

void SetSampleResultCommand::undo()
{
    guarded(this, tr("Cannot undo"), [this] { Sampling::restoreResult(m_wb, m_setId, m_before); });
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
    setText(tr("edit finding %1").arg(ref));
}

void EditFindingCommand::apply()
{
    Findings::edit(m_wb, m_ref, m_after);
    m_applied = true;
}

void EditFindingCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    guarded(this, tr("Cannot redo"), [this] { Findings::edit(m_wb, m_ref, m_after); });
}

void EditFindingCommand::undo()
{
    guarded(this, tr("Cannot undo"), [this] { Findings::edit(m_wb, m_ref, m_before); });
}

} // namespace ismap::ui
