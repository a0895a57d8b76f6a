#include "commands/StepCommands.h"

#include "fieldwork/Procedures.h"
#include "workbook/Workbook.h"

namespace ismap::ui {

SetStepResultCommand::SetStepResultCommand(Workbook& wb, qint64 stepId, std::optional<StepResult> result,
                                           const QString& notes, VoidConsent consent)
    : m_wb(wb)
    , m_stepId(stepId)
    , m_after(result)
    , m_afterNotes(notes)
    , m_consent(consent)
{
    const std::optional<ProcedureStep> step = Procedures::step(wb, stepId);
    if (step) {
        m_before = step->result;
        m_beforeNotes = step->notes;
        m_itemId = step->itemId;
        setTextMaker([seq = step->seq, item = step->itemId] { return tr("record step %1 of %2").arg(seq).arg(item); });
    }
}

void SetStepResultCommand::set(const std::optional<StepResult>& result, const QString& notes)
{
    if (result)
        Procedures::setResult(m_wb, m_stepId, *result, notes, m_consent);
    else
        Procedures::clearResult(m_wb, m_stepId, m_consent);
}

void SetStepResultCommand::perform()
{
    m_raised.snapshot(m_wb, m_itemId);
    set(m_after, m_afterNotes);
    m_raised.collect(m_wb);
}

void SetStepResultCommand::revert()
{
    set(m_before, m_beforeNotes);
    m_raised.withdraw(m_wb);
}

} // namespace ismap::ui
