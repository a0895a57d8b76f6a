#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * Review → Issuance checklist…: every gap that blocks the final report (the engine's IssuanceCheck), grouped by
 * kind with a count, each with its item and what is missing, in the UI language. Double-clicking a gap (or Enter)
 * asks the main window to open its item (openItem); Refresh reads the check again. Not modal: the user works
 * through the list while the dialog stays open. It changes nothing.
 */
class IssuanceChecklist : public QDialog
{
    Q_OBJECT
public:
    explicit IssuanceChecklist(Workbook* workbook, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLabel* summary() const { return m_summary; }
    /// The engagement sign-offs of the lead and the quality reviewer: who signed, when, with which key, or not yet.
    QLabel* signOffs() const { return m_signOffs; }
    /// Reads the check again (after a change, or on Refresh).
    void refresh();

signals:
    /// The user chose a gap's item (double-click or Enter on a gap that names an item).
    void openItem(const QString& itemId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void activate(QTreeWidgetItem* item);
    void showSignOffs();

    Workbook* m_wb;
    QLabel* m_summary;
    QLabel* m_signOffs;
    QTreeWidget* m_tree;
    QPushButton* m_refresh;
    QDialogButtonBox* m_buttons;
};

} // namespace ismap::ui
