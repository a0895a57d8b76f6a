#pragma once

#include "commands/PendingEdits.h"
#include "fieldwork/Findings.h"

#include <QWidget>

class QAction;
class QComboBox;
class QResizeEvent;
class QSplitter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace ismap {
class Workbook;
} // namespace ismap

namespace ismap::ui {

class FindingsModel;

/**
 * The findings (発見事項) of one item: a list, and an editor for the selected finding's condition,
 * criteria, cause, effect, severity (the engagement's scale), the CSP's management response and status.
 * Edits go through EditFindingCommand on the undo stack. A finding is raised by hand or from one of the
 * item's deviations (a step result or a failing sample item); raising is recorded in the trail and is
 * not undoable, as findings are never deleted. What is typed into the editor is saved as you go: choosing another
 * finding or leaving the item saves the changed fields as one undoable edit, and a reload (an engine change, a
 * language switch) keeps what is being typed.
 */
class FindingsPanel : public QWidget, public PendingEdits
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setContext(Workbook* wb, QUndoStack* undo);
    void showItem(const QString& itemId);

    QTableView* list() const { return m_list; }
    FindingsModel* model() const { return m_model; }
    QLineEdit* titleField() const { return m_title; }
    QPlainTextEdit* conditionField() const { return m_texts[0]; }
    QPlainTextEdit* criteriaField() const { return m_texts[1]; }
    QPlainTextEdit* causeField() const { return m_texts[2]; }
    QPlainTextEdit* effectField() const { return m_texts[3]; }
    QPlainTextEdit* responseField() const { return m_texts[4]; }
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* statusBox() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QLineEdit* newTitleField() const { return m_newTitle; }
    QPushButton* newButton() const { return m_new; }
    QComboBox* deviationsBox() const { return m_deviations; }
    QPushButton* fromDeviationButton() const { return m_fromDeviation; }

    /// The selected finding's reference (F-001), or empty.
    QString currentRef() const;
    void selectFinding(const QString& ref);
    /// Saves the editor's changed fields as one undoable edit. Returns false if refused or nothing changed.
    bool saveChanges();
    /// Raises a finding titled with the new-title field, undoably. Returns false if refused.
    bool raiseNew();
    /// Raises a finding from the deviation chosen in the deviations box, undoably. Returns false if refused.
    bool raiseFromDeviation();
    /// Withdraws the selected draft finding after asking (a finding raised in error). Returns false if not.
    bool withdrawSelected();
    /// The list's context menu actions: copy the reference, withdraw.
    QList<QAction*> contextActions() const { return { m_copyRef, m_withdraw }; }
    QSplitter* splitter() const { return m_splitter; }

    void commitPending() override;
    QStringList unsavedTexts() const override;
    void discardUnsaved() override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void reload(const QString& selectRef = {});
    bool raise(const Finding& f);
    void fillEditor();
    void fillChoices();
    /// The editor's fields that differ from the finding they were filled from, as an edit; empty if none.
    FindingEdit editorChanges(bool* changed) const;
    void applyTyped(const FindingEdit& typed);
    /// A sample item as the deviations box and the source column name it.
    static QString sampleName(qint64 setId, int seq, qint64 populationIndex);
    Workbook* m_wb = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_itemId;
    QTableView* m_list;
    FindingsModel* m_model;
    QLineEdit* m_newTitle;
    QPushButton* m_new;
    QComboBox* m_deviations;
    QList<Deviation> m_deviationList; ///< the engine's deviations of the item, in the order of m_deviations
    QPushButton* m_fromDeviation;
    QSplitter* m_splitter = nullptr;
    QAction* m_withdraw = nullptr;
    QAction* m_copyRef = nullptr;
    QLabel* m_editorTitle;
    QLineEdit* m_title;
    QList<QPlainTextEdit*> m_texts;
    QComboBox* m_severity;
    QComboBox* m_status;
    QPushButton* m_save;
    QPushButton* m_discard;
    QList<QLabel*> m_labels;
    std::optional<Finding> m_shown; ///< the finding the editor was filled from (its values as then stored)
    /// The title as the editor showed it: a generated title is rendered in the language of that moment, so a later
    /// language switch must not read as an edit of it.
    QString m_shownTitle;
    bool m_reloading = false;
};

} // namespace ismap::ui
