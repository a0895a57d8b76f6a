#pragma once

#include "commands/EngineCommand.h"
#include "commands/FieldworkCommands.h"
#include "fieldwork/FieldworkTypes.h"

#include <optional>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * Records a procedure step's result and notes through the engine; undo puts back the result and notes the
 * step had before (or clears it); a draft finding the deviation raised is withdrawn again. The engine trails both
 * directions, so undo is itself audited.
 */
class SetStepResultCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStepResultCommand)
public:
    /// @p consent: the member was shown what the change voids (Review::voidWarning) and agreed; undo uses it too.
    SetStepResultCommand(Workbook& wb, qint64 stepId, std::optional<StepResult> result, const QString& notes,
                         VoidConsent consent = VoidConsent::Ask);

private:
    void perform() override;
    void revert() override;
    void set(const std::optional<StepResult>& result, const QString& notes);
    Workbook& m_wb;
    qint64 m_stepId;
    std::optional<StepResult> m_before;
    QString m_beforeNotes;
    std::optional<StepResult> m_after;
    QString m_afterNotes;
    QString m_itemId;
    VoidConsent m_consent;
    RaisedFindings m_raised;
};

} // namespace ismap::ui
