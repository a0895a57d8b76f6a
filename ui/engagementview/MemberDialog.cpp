#include "engagementview/MemberDialog.h"

#include "shell/Icons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
QString g_autoAnswer;
}

MemberDialog::MemberDialog(const QList<TeamMember>& team, const QString& preselect, QWidget* parent)
    : QDialog(parent)
    , m_team(team)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_buttons);
    m_label->setBuddy(m_combo);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowIcon(Icons::get(QStringLiteral("member")));
    retranslateUi();
    const int i = m_combo->findData(preselect);
    m_combo->setCurrentIndex(i >= 0 ? i : 0);
}

QString MemberDialog::chosen() const
{
    return m_combo->currentData().toString();
}

void MemberDialog::retranslateUi()
{
    setWindowTitle(tr("Who is working?"));
    m_label->setText(tr("&Team member working on this workbook (recorded in the audit trail):"));
    m_combo->setAccessibleName(tr("Team member"));
    const QString current = m_combo->currentData().toString();
    m_combo->clear();
    for (const TeamMember& m : m_team)
        m_combo->addItem(tr("%1 (%2)").arg(m.name, roleDisplayName(m.role)), m.name);
    const int i = m_combo->findData(current);
    if (i >= 0)
        m_combo->setCurrentIndex(i);
}

void MemberDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString MemberDialog::choose(QWidget* parent, const QList<TeamMember>& team, const QString& remembered)
{
    if (team.isEmpty())
        return {};
    if (!g_autoAnswer.isEmpty())
        return g_autoAnswer;
    MemberDialog dialog(team, remembered, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosen() : QString();
}

void MemberDialog::setAutoAnswer(const QString& name)
{
    g_autoAnswer = name;
}

QString MemberDialog::remembered(const QString& engagementUuid)
{
    return QSettings().value(QStringLiteral("members/") + engagementUuid).toString();
}

void MemberDialog::remember(const QString& engagementUuid, const QString& name)
{
    QSettings().setValue(QStringLiteral("members/") + engagementUuid, name);
}

} // namespace ismap::ui
