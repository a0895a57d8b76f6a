#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>

class QUndoStack;
class QWidget;

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

    /// How every edit reaches the undo stack: applies @p cmd through the engine and, if the engine accepts, pushes
    /// it onto @p stack, which owns it from then on. If the engine refuses, shows why over @p parent under
    /// @p refusalTitle, pushes nothing and returns null. Returns the pushed command, for what its change produced
    /// (a new reference, a new id); the stack keeps it until it is cleared.
    template<typename Command>
    static Command* push(QUndoStack& stack, std::unique_ptr<Command> cmd, QWidget* parent, const QString& refusalTitle)
    {
        Command* pushed = cmd.get();
        return pushApplied(stack, std::move(cmd), parent, refusalTitle) ? pushed : nullptr;
    }

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
    static bool pushApplied(QUndoStack& stack, std::unique_ptr<EngineCommand> cmd, QWidget* parent,
                            const QString& refusalTitle);

    bool m_applied = false;
    std::function<QString()> m_textMaker;
};

} // namespace ismap::ui
