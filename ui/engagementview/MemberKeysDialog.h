#pragma once

#include "workbook/Workbook.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ismap::ui {

/**
 * Engagement → Member keys…: the member keys registered in the workbook (whose key, active, rotated or revoked,
 * its fingerprint, from when to when, who registered it, why it ended) and what a member does with them: create
 * their own key on this machine, (the lead) register a member's public key after comparing its fingerprint with the
 * member out of band, rotate their own key, revoke a key. Each button calls the engine action `ismapctl member key`
 * calls; the engine decides who may (a refusal is shown as it words it).
 */
class MemberKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberKeysDialog(Workbook& wb, QWidget* parent = nullptr);
    QTreeWidget* table() const { return m_table; }

    /// What the buttons do once they know their input; each returns false after showing why it failed.
    /// Makes the acting member's key on this machine (MemberDialog::createKey).
    bool createOwnKey();
    /// Registers the public key in @p publicKeyPath as @p member's, after a confirmation showing its fingerprint.
    bool registerKey(const QString& member, const QString& publicKeyPath);
    /// Replaces the acting member's key by a new one (its passphrase from the OS keychain, else asked).
    bool rotateOwnKey();
    /// Revokes @p member's active key from now, for @p reason.
    bool revokeKey(const QString& member, const QString& reason);

    /// Test seam: the next file dialog returns @p path without showing anything.
    static void setNextPath(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    /// The member of the selected row, else the acting member.
    QString selectedMember() const;
    void askRegister();
    void askRevoke();

    Workbook& m_wb;
    QLabel* m_intro;
    QTreeWidget* m_table;
    QPushButton* m_create;
    QPushButton* m_register;
    QPushButton* m_rotate;
    QPushButton* m_revoke;
    QPushButton* m_close;
};

} // namespace ismap::ui
