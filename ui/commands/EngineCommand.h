#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace ismap::ui {

/**
 * The base of every edit on the undo stack: one change made through the engine, which trails it in both
 * directions. The caller constructs the command and calls apply(), which makes the change at once and throws the
 * engine's AuditError if it refuses, so that the caller can say why and push nothing. Once pushed, the stack's
 * first redo() is skipped because the change is already made; every later redo() and undo() calls perform() or
 * revert(), and a refusal then (a finalised workbook, another member's work) is shown and makes the command
 * obsolete, so that the stack drops it. As with Tiled's ChangeValue, the base owns the protocol and a subclass
 * only says how to make its change and how to take it back.
 */
class EngineCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EngineCommand)
public:
    /// Makes the change now; throws AuditError if the engine refuses.
    void apply();
    void redo() final;
    void undo() final;

protected:
    EngineCommand() = default;
    /// Makes the change through the engine; throws AuditError if the engine refuses.
    virtual void perform() = 0;
    /// Takes the change back through the engine; throws AuditError if the engine refuses.
    virtual void revert() = 0;

private:
    bool m_applied = false;
};

} // namespace ismap::ui
