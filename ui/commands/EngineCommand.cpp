#include "commands/EngineCommand.h"

#include "common/AuditError.h"
#include "shell/Messages.h"

#include <QUndoStack>

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

bool EngineCommand::pushApplied(QUndoStack& stack, std::unique_ptr<EngineCommand> cmd, QWidget* parent,
                                const QString& refusalTitle)
{
    try {
        cmd->apply();
    } catch (const AuditError& e) {
        Messages::error(parent, refusalTitle, e.message());
        return false;
    }
    stack.push(cmd.release());
    return true;
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

void EngineCommand::setTextMaker(std::function<QString()> maker)
{
    m_textMaker = std::move(maker);
    retranslate();
}

void EngineCommand::retranslate()
{
    if (m_textMaker)
        setText(m_textMaker());
}

void EngineCommand::retranslate(QUndoStack& stack)
{
    for (int i = 0; i < stack.count(); ++i)
        if (auto* c = dynamic_cast<EngineCommand*>(const_cast<QUndoCommand*>(stack.command(i))))
            c->retranslate();
}

} // namespace ismap::ui
