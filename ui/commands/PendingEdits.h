#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace ismap::ui {

/**
 * What an editor holds that the engine does not have yet, so that nothing typed is lost. Text that belongs to a
 * record that exists (a finding's fields, the notes of a step or sample item that has its result) is saved as you
 * go: commitPending() makes each save one undoable engine command, on leaving the record (another row, another
 * item, another workbook, closing the window) and before a reload. Text the engine cannot take without a
 * decision (the notes of a step with no result yet, a review note not raised) is kept as a draft while the item is
 * shown; leaving the item asks whether to discard it (settle()).
 */
class PendingEdits
{
    Q_DECLARE_TR_FUNCTIONS(PendingEdits)
public:
    virtual ~PendingEdits() = default;
    /// Saves what can be saved as it is, each save one undoable engine command.
    virtual void commitPending() = 0;
    /// The typed texts still unsaved after commitPending(), one translated line each ("Step 2: notes").
    virtual QStringList unsavedTexts() const = 0;
    /// Drops the unsaved texts (the user chose to), so that the editors show what the engine holds.
    virtual void discardUnsaved() = 0;

    /// Commits every editor's pending edits, then asks whether to discard what is still unsaved. Returns true if the
    /// caller may go on (nothing left, or the user discarded it), false if the user chose to stay.
    static bool settle(QWidget* parent, const QList<PendingEdits*>& editors);
    /// One line of unsavedTexts(): where the text was typed and its beginning, e.g. Step 2 notes: “half done”.
    static QString describe(const QString& where, const QString& text);
};

} // namespace ismap::ui
