// The undo protocol every edit shares (EngineCommand): apply() makes the change once and the stack's first redo()
// does not make it again; later undo() and redo() call the engine; a refusal by apply() leaves the stack empty; a
// refusal on undo or redo is shown and drops the command from the stack.
#include "commands/EngineCommand.h"
#include "common/AuditError.h"
#include "shell/Messages.h"

#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace ismap;
using namespace ismap::ui;

namespace {
/// Counts the engine calls it stands for; while `refuse` is set, the engine refuses them.
class CountingCommand : public EngineCommand
{
public:
    int performed = 0;
    int reverted = 0;
    bool refuse = false;

protected:
    void perform() override
    {
        check();
        ++performed;
    }
    void revert() override
    {
        check();
        ++reverted;
    }

private:
    void check()
    {
        if (refuse)
            throw AuditError(ErrorCode::Finalised, QStringLiteral("the engagement is finalised"));
    }
};

/// A command applied, then pushed onto @p stack, as the panels do it.
CountingCommand* pushApplied(QUndoStack& stack)
{
    return EngineCommand::push(stack, std::make_unique<CountingCommand>(), nullptr, QStringLiteral("Cannot count"));
}
} // namespace

class TestEngineCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Messages::setCapture(true); }
    void init() { Messages::clearLast(); }

    void applyRunsOnceAndFirstRedoIsSkipped()
    {
        QUndoStack stack;
        CountingCommand* c = pushApplied(stack);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(c->performed, 1);
        QCOMPARE(c->reverted, 0);

        stack.undo();
        QCOMPARE(c->reverted, 1);
        stack.redo();
        QCOMPARE(c->performed, 2);
        stack.undo();
        stack.redo();
        QCOMPARE(c->reverted, 2);
        QCOMPARE(c->performed, 3);
        QVERIFY(Messages::lastMessage().isEmpty());
    }

    void refusedApplyLeavesNothingOnTheStack()
    {
        QUndoStack stack;
        auto cmd = std::make_unique<CountingCommand>();
        cmd->refuse = true;
        bool refused = false;
        try {
            cmd->apply();
        } catch (const AuditError& e) {
            refused = true;
            QCOMPARE(e.code(), ErrorCode::Finalised);
        }
        QVERIFY(refused);
        QCOMPARE(cmd->performed, 0);

        // The panels' one call: what the engine refuses is shown and goes on no stack.
        QVERIFY(!EngineCommand::push(stack, std::move(cmd), nullptr, QStringLiteral("Cannot count")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(Messages::lastMessage(), QStringLiteral("the engagement is finalised"));

        // Pushed after all, a command whose apply() failed makes its change on the stack's redo().
        auto again = std::make_unique<CountingCommand>();
        again->refuse = true;
        QVERIFY_THROWS_EXCEPTION(AuditError, again->apply());
        again->refuse = false;
        CountingCommand* c = again.get();
        stack.push(again.release());
        QCOMPARE(c->performed, 1);
    }

    void refusalOnUndoOrRedoIsShownAndDropped_data()
    {
        QTest::addColumn<bool>("onRedo");
        QTest::newRow("undo") << false;
        QTest::newRow("redo") << true;
    }

    void refusalOnUndoOrRedoIsShownAndDropped()
    {
        QFETCH(bool, onRedo);
        QUndoStack stack;
        CountingCommand* c = pushApplied(stack);
        if (onRedo)
            stack.undo();
        c->refuse = true;
        if (onRedo)
            stack.redo(); // the stack deletes c: an obsolete command leaves it
        else
            stack.undo();
        QCOMPARE(stack.count(), 0);
        QCOMPARE(Messages::lastMessage(), QStringLiteral("the engagement is finalised"));
    }
};

QTEST_MAIN(TestEngineCommand)
#include "tst_enginecommand.moc"
