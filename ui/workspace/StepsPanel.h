#pragma once

#include "fieldwork/FieldworkTypes.h"

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
    /// The selected step's instruction in full, with its phase, type, result and notes.
    QTextBrowser* detailView() const { return m_detail; }
    /// The steps table's context menu: the four results and "next step".
    QList<QAction*> contextActions() const { return m_contextActions; }
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
    void showDetail(const QTreeWidgetItem* item);
    QString whyNoSteps() const;
    Workbook* m_wb = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_itemId;
    QTreeWidget* m_list;
    QLineEdit* m_notes;
    QList<QPushButton*> m_buttons;
    QTextBrowser* m_detail;
    QList<QAction*> m_contextActions;
};

} // namespace ismap::ui
