#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

class QUndoStack;

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
    /// Makes the text again in the current language (after a language switch).
    void retranslate();
    /// Retranslates every EngineCommand on @p stack; call on LanguageChange before showing the undo texts.
    static void retranslate(QUndoStack& stack);

protected:
    EngineCommand() = default;
    /// Sets the text (what the Edit menu and the undo view show) from @p maker, now and after every language
    /// switch: a command made in one language reads in the other after a switch.
    void setTextMaker(std::function<QString()> maker);
    /// Makes the change through the engine; throws AuditError if the engine refuses.
    virtual void perform() = 0;
    /// Takes the change back through the engine; throws AuditError if the engine refuses.
    virtual void revert() = 0;

private:
    bool m_applied = false;
    std::function<QString()> m_textMaker;
};

} // namespace ismap::ui
