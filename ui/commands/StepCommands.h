#pragma once

#include "commands/FieldworkCommands.h"
#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * Records a procedure step's result and notes through the engine; undo puts back the result and notes the
 * step had before (or clears it); a draft finding the deviation raised is withdrawn again. The engine trails both
 * directions, so undo is itself audited.
 * Construct, call apply() (which may throw AuditError), then push onto the undo stack: the stack's first
 * redo() is skipped because the change is already made.
 */
class SetStepResultCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStepResultCommand)
public:
    SetStepResultCommand(Workbook& wb, qint64 stepId, std::optional<StepResult> result, const QString& notes);
    /// Makes the change now; throws AuditError if the engine refuses.
    void apply();
    void redo() override;
    void undo() override;

private:
    void set(const std::optional<StepResult>& result, const QString& notes);
    Workbook& m_wb;
    qint64 m_stepId;
    std::optional<StepResult> m_before;
    QString m_beforeNotes;
    std::optional<StepResult> m_after;
    QString m_afterNotes;
    QString m_itemId;
    RaisedFindings m_raised;
    bool m_applied = false;
};

} // namespace ismap::ui
