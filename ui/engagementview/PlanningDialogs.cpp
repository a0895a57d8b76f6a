#include "engagementview/PlanningDialogs.h"

#include "fieldwork/Planning.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
/// OK and Cancel under @p form, in a dialog with @p heading above.
void layOut(QDialog* dialog, QLabel* heading, QFormLayout* form)
{
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString itemList(const QStringList& ids)
{
    return ids.size() <= 5 ? ids.join(QStringLiteral(", "))
                           : ids.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

/// The label of @p field in @p form.
void setLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}
} // namespace

ApplicabilityDialog::ApplicabilityDialog(const QStringList& itemIds, Applicability current, const QString& reason,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ids(itemIds)
    , m_heading(new QLabel(this))
    , m_applicability(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("applicabilityDialog"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlainText(reason);
    m_form->addRow(QStringLiteral("-"), m_applicability);
    m_form->addRow(QStringLiteral("-"), m_reason);
    layOut(this, m_heading, m_form);
    retranslateUi();
    m_applicability->setCurrentIndex(current == Applicability::OutOfScope ? 1 : 0);
    resize(520, 300);
}

Applicability ApplicabilityDialog::applicability() const
{
    return m_applicability->currentIndex() == 1 ? Applicability::OutOfScope : Applicability::InScope;
}

QString ApplicabilityDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ApplicabilityDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApplicabilityDialog::retranslateUi()
{
    setWindowTitle(tr("Set applicability"));
    m_heading->setText(tr("Applicability of %1, as the statement (言明書) decides it:").arg(itemList(m_ids)));
    const int index = qMax(0, m_applicability->currentIndex());
    m_applicability->clear();
    m_applicability->addItems(
        { applicabilityDisplayName(Applicability::InScope), applicabilityDisplayName(Applicability::OutOfScope) });
    m_applicability->setCurrentIndex(index);
    setLabel(m_form, m_applicability, tr("&Applicability:"));
    setLabel(m_form, m_reason, tr("&Reason:"));
    m_applicability->setAccessibleName(tr("Applicability"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why the item is out of scope (needed for a mandatory item)"));
}

AssignDialog::AssignDialog(const QStringList& itemIds, const QList<TeamMember>& team, const QString& current,
                           QWidget* parent)
    : QDialog(parent)
    , m_ids(itemIds)
    , m_heading(new QLabel(this))
    , m_member(new QComboBox(this))
{
    setObjectName(QStringLiteral("assignDialog"));
    m_member->addItem(QString(), QString());
    for (const TeamMember& m : team)
        m_member->addItem(QStringLiteral("%1 (%2)").arg(m.name, roleDisplayName(m.role)), m.name);
    m_member->setCurrentIndex(qMax(0, m_member->findData(current)));
    auto* form = new QFormLayout;
    form->addRow(m_member);
    layOut(this, m_heading, form);
    retranslateUi();
    resize(420, 140);
}

QString AssignDialog::member() const
{
    return m_member->currentData().toString();
}

void AssignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AssignDialog::retranslateUi()
{
    setWindowTitle(tr("Assign items"));
    m_heading->setText(tr("Assign %1 to:").arg(itemList(m_ids)));
    m_member->setItemText(0, tr("(nobody)"));
    m_member->setAccessibleName(tr("Team member"));
}

AddMemberDialog::AddMemberDialog(const QList<TeamMember>& team, QWidget* parent)
    : QDialog(parent)
    , m_team(team)
    , m_teamLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addMemberDialog"));
    m_teamLabel->setTextFormat(Qt::PlainText);
    m_teamLabel->setWordWrap(true);
    for (Role r : Planning::roles())
        m_role->addItem(QString(), roleKey(r));
    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(QStringLiteral("-"), m_role);
    m_form->addRow(QStringLiteral("-"), m_email);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_teamLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
    resize(460, 240);
}

QString AddMemberDialog::name() const
{
    return m_name->text().trimmed();
}

Role AddMemberDialog::role() const
{
    return roleFromKey(m_role->currentData().toString()).value_or(Role::Staff);
}

QString AddMemberDialog::email() const
{
    return m_email->text().trimmed();
}

void AddMemberDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddMemberDialog::retranslateUi()
{
    setWindowTitle(tr("Add a team member"));
    QStringList names;
    for (const TeamMember& m : m_team)
        names << QStringLiteral("%1 (%2)").arg(m.name, roleDisplayName(m.role));
    m_teamLabel->setText(
        tr("The team now: %1").arg(names.isEmpty() ? tr("nobody yet") : names.join(QStringLiteral(", "))));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleDisplayName(*roleFromKey(m_role->itemData(i).toString())));
    setLabel(m_form, m_name, tr("&Name:"));
    setLabel(m_form, m_role, tr("&Role:"));
    setLabel(m_form, m_email, tr("&E-mail:"));
    m_name->setAccessibleName(tr("Name"));
    m_role->setAccessibleName(tr("Role"));
    m_email->setAccessibleName(tr("E-mail"));
}

ChangeRoleDialog::ChangeRoleDialog(const QList<TeamMember>& team, const QString& preselect, QWidget* parent)
    : QDialog(parent)
    , m_team(team)
    , m_heading(new QLabel(this))
    , m_member(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    for (const TeamMember& m : team)
        m_member->addItem(QString(), m.name);
    for (Role r : Planning::roles())
        m_role->addItem(QString(), roleKey(r));
    m_form->addRow(QStringLiteral("-"), m_member);
    m_form->addRow(QStringLiteral("-"), m_role);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_form->addRow(m_note);
    layOut(this, m_heading, m_form);
    if (const int i = m_member->findData(preselect); i >= 0)
        m_member->setCurrentIndex(i);
    connect(m_member, &QComboBox::currentIndexChanged, this, &ChangeRoleDialog::showCurrentRole);
    retranslateUi();
    showCurrentRole();
    resize(480, 240);
}

QString ChangeRoleDialog::member() const
{
    return m_member->currentData().toString();
}

Role ChangeRoleDialog::role() const
{
    return roleFromKey(m_role->currentData().toString()).value_or(Role::Staff);
}

void ChangeRoleDialog::showCurrentRole()
{
    // The member's present role is where the choice starts, so that OK without a change is visibly no change.
    for (const TeamMember& m : m_team)
        if (m.name == member())
            m_role->setCurrentIndex(qMax(0, m_role->findData(roleKey(m.role))));
}

void ChangeRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change a member's role"));
    m_heading->setText(tr("Only the engagement lead changes roles. Past sign-offs stay as they were given."));
    for (int i = 0; i < m_member->count(); ++i)
        for (const TeamMember& m : m_team)
            if (m.name == m_member->itemData(i).toString())
                m_member->setItemText(i, QStringLiteral("%1 (%2)").arg(m.name, roleDisplayName(m.role)));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleDisplayName(*roleFromKey(m_role->itemData(i).toString())));
    m_note->setText(tr("The engagement has one lead: making another member the lead hands the lead over, and you "
                       "stay on the team as a reviewer. The quality reviewer stands outside the fieldwork team."));
    setLabel(m_form, m_member, tr("&Member:"));
    setLabel(m_form, m_role, tr("New &role:"));
    m_member->setAccessibleName(tr("Team member"));
    m_role->setAccessibleName(tr("New role"));
}

} // namespace ismap::ui
