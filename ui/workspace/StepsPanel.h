#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * The item's procedure steps as a checklist: phase, type, instruction, result and notes. A result is
 * recorded for the selected step with its notes (buttons or Alt+1…4); every change goes through the undo
 * stack.
 */
class StepsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepsPanel(QWidget* parent = nullptr);
    void setContext(Workbook* wb, QUndoStack* undo);
    void showItem(const QString& itemId);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* notesField() const { return m_notes; }
    /// Records @p result with the notes field for the selected step. Returns false if refused.
    bool recordResult(StepResult result);
    /// Moves to the next pending step (wrapping), or the next step when none is pending.
    void nextStep();
    qint64 currentStepId() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    Workbook* m_wb = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_itemId;
    QTreeWidget* m_list;
    QLineEdit* m_notes;
    QList<QPushButton*> m_buttons;
};

} // namespace ismap::ui
