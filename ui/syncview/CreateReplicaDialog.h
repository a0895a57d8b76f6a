#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * File → Create replica…: the lead writes a copy of the origin workbook for one team member (team sync, issue 15):
 * the member, an optional reference prefix and the new file. The engine decides who may and what is valid
 * (Replication::createReplica); what it refuses is shown as it says it, and nothing typed is lost.
 */
class CreateReplicaDialog : public QDialog
{
    Q_OBJECT
public:
    CreateReplicaDialog(Workbook* workbook, QWidget* parent = nullptr);

    QComboBox* memberCombo() const { return m_member; }
    QLineEdit* prefixEdit() const { return m_prefix; }
    QLineEdit* fileEdit() const { return m_file; }
    QLabel* resultLabel() const { return m_result; }

    /// Where the replica of @p member goes by default: ENGAGEMENT-MEMBER.ismapwb next to the workbook.
    QString defaultPath(const QString& member) const;
    /// Makes the replica from the form; on success shows its number and references, and returns true.
    bool createReplica();
    /// Whether the workbook's acting member may make replicas of it now: the engine's rule
    /// (Replication::createRefusal), asked, not repeated.
    static bool canCreate(Workbook* workbook);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();

    Workbook* m_wb;
    QLabel* m_intro;
    QLabel* m_memberLabel;
    QComboBox* m_member;
    QLabel* m_prefixLabel;
    QLineEdit* m_prefix;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    bool m_fileEdited = false;
};

} // namespace ismap::ui
