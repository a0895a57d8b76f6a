#pragma once

#include "commands/PendingEdits.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * Review of one item: its review notes (raise, resolve) and the sign-off bar showing who prepared and
 * reviewed it and when, with voided sign-offs visible. Sign-offs and notes are audit acts, recorded by
 * the engine with their role checks; they are not undoable. A note or resolution typed but not raised is asked about
 * before the item is left (raising is an audit act, never done behind the user's back).
 */
class ReviewPanel : public QWidget, public PendingEdits
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);
    void setWorkbook(Workbook* wb);
    void showItem(const QString& itemId);

    QTreeWidget* notesList() const { return m_notes; }
    QLineEdit* noteField() const { return m_noteText; }
    QLineEdit* resolutionField() const { return m_resolution; }
    QLabel* signOffLabel() const { return m_signOffs; }

    bool raiseNote(const QString& text);
    bool resolveSelectedNote(const QString& resolution);
    /// Signs off as preparer (@p reviewer false) or reviewer. Returns false if the engine refused.
    bool signOff(bool reviewer);
    /// Enables raising, resolving and signing off for what the acting member may do now, with the engine's reason
    /// as the tooltip of what it may not.
    void updateActions();
    QPushButton* signPreparerButton() const { return m_signPreparer; }
    QPushButton* signReviewerButton() const { return m_signReviewer; }
    QPushButton* raiseButton() const { return m_raise; }

    void commitPending() override { }
    QStringList unsavedTexts() const override;
    void discardUnsaved() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    Workbook* m_wb = nullptr;
    QString m_itemId;
    QTreeWidget* m_notes;
    QLineEdit* m_noteText;
    QPushButton* m_raise;
    QLineEdit* m_resolution;
    QPushButton* m_resolve;
    QLabel* m_signOffs;
    QPushButton* m_signPreparer;
    QPushButton* m_signReviewer;
};

} // namespace ismap::ui
