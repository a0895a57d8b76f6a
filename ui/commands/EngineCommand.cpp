#include "commands/EngineCommand.h"

#include "common/AuditError.h"
#include "shell/Messages.h"

namespace ismap::ui {

namespace {
/// Runs a redo or an undo; a refusal is shown and the command dropped from the stack.
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

void EngineCommand::apply()
{
    perform();
    m_applied = true;
}

void EngineCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the first redo comes from QUndoStack::push: already done
        return;
    }
    guarded(this, tr("Cannot redo"), [this] { perform(); });
}

void EngineCommand::undo()
{
    guarded(this, tr("Cannot undo"), [this] { revert(); });
}

} // namespace ismap::ui
