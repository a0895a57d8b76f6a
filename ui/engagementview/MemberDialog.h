#pragma once

#include "workbook/Workbook.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QDialogButtonBox;
class QPushButton;

namespace ismap::ui {

/**
 * "Who is working": asked when a workbook opens, from the engagement team. The answer is remembered
 * per workbook (by engagement ID) and recorded by the engine in the trail for every change.
 */
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(const QList<TeamMember>& team, const QString& preselect, QWidget* parent = nullptr);
    QString chosen() const;

    /// Asks the user (or returns the preset answer in tests). Empty when cancelled or the team is empty.
    static QString choose(QWidget* parent, const QList<TeamMember>& team, const QString& remembered);
    /// Test seam: the next choose() calls return @p name without showing anything (empty: ask again).
    static void setAutoAnswer(const QString& name);

    /// Unlocks @p member's key on this machine into @p wb for this session: the passphrase from the OS keychain,
    /// else asked once (a password field). No key on this machine: nothing (signing then says how to make one).
    /// Returns whether a key is unlocked.
    static bool unlockKey(QWidget* parent, Workbook& wb, const QString& member);
    /// "Create my key…": makes @p member's key on this machine, encrypted with a passphrase the user gives twice (kept
    /// in the OS keychain when it can), and shows its fingerprint and the public key file for the lead to register.
    static bool createKey(QWidget* parent, const QString& member);
    /// The passphrase of @p member's key on this machine: from the OS keychain, else asked (nothing when cancelled).
    static std::optional<QByteArray> passphraseFor(QWidget* parent, const QString& member);
    /// Test seam: the passphrase the next asks return without showing anything (empty: ask).
    static void setPassphraseAnswer(const QByteArray& passphrase);

    static QString remembered(const QString& engagementUuid);
    static void remember(const QString& engagementUuid, const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QList<TeamMember> m_team;
    QLabel* m_label;
    QComboBox* m_combo;
    QDialogButtonBox* m_buttons;
    QPushButton* m_createKey;
};

} // namespace ismap::ui
