#pragma once

#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ismap::ui {

/**
 * Engagement → Set applicability…: in or out of scope for the selected items, with the reason the CSP gives
 * (非採用理由), prefilled from the first item's statement entry.
 */
class ApplicabilityDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicabilityDialog(const QStringList& itemIds, Applicability current, const QString& reason,
                        QWidget* parent = nullptr);
    Applicability applicability() const;
    QString reason() const;
    QComboBox* applicabilityBox() const { return m_applicability; }
    QPlainTextEdit* reasonField() const { return m_reason; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QStringList m_ids;
    QLabel* m_heading;
    QComboBox* m_applicability;
    QPlainTextEdit* m_reason;
    QFormLayout* m_form;
};

/** Engagement → Assign…: the member the selected items go to (or nobody). */
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(const QStringList& itemIds, const QList<TeamMember>& team, const QString& current,
                 QWidget* parent = nullptr);
    /// The chosen member's name; empty = unassigned.
    QString member() const;
    QComboBox* memberBox() const { return m_member; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QStringList m_ids;
    QLabel* m_heading;
    QComboBox* m_member;
};

/** Engagement → Team…: the team as it is, and a new member's name, role and e-mail. */
class AddMemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddMemberDialog(const QList<TeamMember>& team, QWidget* parent = nullptr);
    QString name() const;
    Role role() const;
    QString email() const;
    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleBox() const { return m_role; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QList<TeamMember> m_team;
    QLabel* m_teamLabel;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_email;
    QFormLayout* m_form;
    QDialogButtonBox* m_buttons;
};

/**
 * Engagement → Change a member's role…: a member and their new role. Giving someone the lead hands the lead over
 * (the engine makes the former lead a reviewer); the engine checks every rule and names the one broken.
 */
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeRoleDialog(const QList<TeamMember>& team, const QString& preselect, QWidget* parent = nullptr);
    QString member() const;
    Role role() const;
    QComboBox* memberBox() const { return m_member; }
    QComboBox* roleBox() const { return m_role; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showCurrentRole();
    QList<TeamMember> m_team;
    QLabel* m_heading;
    QComboBox* m_member;
    QComboBox* m_role;
    QLabel* m_note;
    QFormLayout* m_form;
};

} // namespace ismap::ui
