#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * File → Statement and scope…: the statement's own content (date, version, regions, underlying services and
 * whether they are ISMAP-registered, system overview, changes during the period, subsequent events) and the
 * engagement's scope. Saved by the engine (trailed) on OK; the scope only by the lead (disabled with a tooltip
 * saying why for anyone else). Cancel with changes asks before dropping them.
 */
class StatementInfoDialog : public QDialog
{
    Q_OBJECT
public:
    StatementInfoDialog(Workbook* workbook, QWidget* parent = nullptr);

    QLineEdit* dateEdit() const { return m_date; }
    QLineEdit* versionEdit() const { return m_version; }
    QLineEdit* regionsEdit() const { return m_regions; }
    QPlainTextEdit* servicesEdit() const { return m_services; }
    QPlainTextEdit* overviewEdit() const { return m_overview; }
    QPlainTextEdit* changesEdit() const { return m_changes; }
    QPlainTextEdit* subsequentEdit() const { return m_subsequent; }
    QPlainTextEdit* scopeEdit() const { return m_scope; }
    /// Saves through the engine; shows the engine's refusal and returns false if it refused.
    bool save();
    bool hasChanges() const;

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    /// Enables what the acting member may edit, as the engine says (Workbook::scopeRefusal,
    /// StatementBook::infoRefusal); a refused field says why in its tooltip.
    void showRights();
    QString servicesText() const;
    QList<QWidget*> fields() const;

    Workbook* m_wb;
    QLabel* m_intro;
    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QLineEdit* m_date;
    QLineEdit* m_version;
    QLineEdit* m_regions;
    QPlainTextEdit* m_services;
    QPlainTextEdit* m_overview;
    QPlainTextEdit* m_changes;
    QPlainTextEdit* m_subsequent;
    QPlainTextEdit* m_scope;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QStringList m_loaded; ///< the fields as loaded, to tell whether anything was typed
};

} // namespace ismap::ui
