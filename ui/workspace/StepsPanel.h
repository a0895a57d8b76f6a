#pragma once

#include "commands/PendingEdits.h"
#include "fieldwork/FieldworkTypes.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * The item's procedure steps as a checklist: phase, type, instruction, result and notes. A result is
 * recorded for the selected step with its notes (buttons or Alt+1…4); every change goes through the undo
 * stack. Notes are saved as you go: leaving a step that has its result saves its notes as one undoable edit; the
 * notes of a step without a result are kept while the item is shown and asked about when it is left.
 */
class StepsPanel : public QWidget, public PendingEdits
{
    Q_OBJECT
public:
    explicit StepsPanel(QWidget* parent = nullptr);
    void setContext(Workbook* wb, QUndoStack* undo);
    void showItem(const QString& itemId);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* notesField() const { return m_notes; }
    /// The selected step's instruction in full, with its phase, type, result and notes.
    QTextBrowser* detailView() const { return m_detail; }
    /// The steps table's context menu: the four results and "next step".
    QList<QAction*> contextActions() const { return m_contextActions; }
    /// Records @p result with the notes field for the selected step. Returns false if refused.
    bool recordResult(StepResult result);
    /// Moves to the next pending step (wrapping), or the next step when none is pending.
    void nextStep();
    qint64 currentStepId() const;

    void commitPending() override;
    QStringList unsavedTexts() const override;
    void discardUnsaved() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    /// Takes what the notes field holds for the step it shows into m_typed (when it differs from what is stored).
    void keepTyped();
    void showNotes(QTreeWidgetItem* item);
    void showDetail(const QTreeWidgetItem* item);
    QString whyNoSteps() const;
    Workbook* m_wb = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_itemId;
    QTreeWidget* m_list;
    QLineEdit* m_notes;
    QList<QPushButton*> m_buttons;
    QTreeWidgetItem* m_notesRow = nullptr; ///< the step whose notes the field shows
    QHash<qint64, QString> m_typed; ///< notes typed but not saved, by step
    bool m_reloading = false;
    QTextBrowser* m_detail;
    QList<QAction*> m_contextActions;
};

} // namespace ismap::ui
