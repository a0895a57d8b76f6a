#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * File → Requests to the CSP…: the request list (依頼資料 / PBC) of the engagement. Add a request for the current
 * item, mark the selected one received or withdrawn, and read the CSP's returned copy of the exported list; every
 * change goes through the engine (trailed) and what the engine refuses is shown, with nothing typed lost.
 */
class RequestsDialog : public QDialog
{
    Q_OBJECT
public:
    RequestsDialog(Workbook* workbook, const QString& itemId, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* itemEdit() const { return m_item; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QLineEdit* dueEdit() const { return m_due; }
    QPushButton* addButton() const { return m_add; }

    /// Adds a request from the form; on success clears the description (the item and due date stay).
    bool addRequest();
    /// Sets the selected request's status ("received" or "withdrawn").
    bool setSelectedStatus(const QString& status);
    /// Reads the CSP's returned copy at @p path (XLSX or CSV) and applies it, all rows or none.
    bool importReturnedCopy(const QString& path);
    void selectRequest(const QString& ref);

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void updateButtons();
    QString selectedRef() const;

    Workbook* m_wb;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_itemLabel;
    QLineEdit* m_item;
    QLabel* m_descriptionLabel;
    QLineEdit* m_description;
    QLabel* m_dueLabel;
    QLineEdit* m_due;
    QPushButton* m_add;
    QPushButton* m_received;
    QPushButton* m_withdrawn;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace ismap::ui
