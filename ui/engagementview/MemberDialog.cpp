#include "engagementview/MemberDialog.h"

#include "shell/Icons.h"
#include "shell/Messages.h"
#include "signing/MemberKey.h"
#include "signing/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
QString g_autoAnswer;
QByteArray g_passphraseAnswer;

/// The passphrase typed by the user (or the test seam's); nothing when cancelled.
std::optional<QByteArray> askPassphrase(QWidget* parent, const QString& title, const QString& label)
{
    if (!g_passphraseAnswer.isEmpty())
        return g_passphraseAnswer;
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok || text.isEmpty())
        return std::nullopt;
    return text.toUtf8();
}
} // namespace

MemberDialog::MemberDialog(const QList<TeamMember>& team, const QString& preselect, QWidget* parent)
    : QDialog(parent)
    , m_team(team)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_createKey(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    connect(m_createKey, &QPushButton::clicked, this, [this] { createKey(this, chosen()); });
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
    m_createKey->setText(tr("Create my key…"));
    m_createKey->setToolTip(tr("Make your own signing key on this machine; the engagement lead registers its public "
                               "key in the workbook."));
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

std::optional<QByteArray> MemberDialog::passphraseFor(QWidget* parent, const QString& member)
{
    try {
        if (auto kept = KeychainSecretStore().readPassphrase(MemberKeyFiles::keychainId(member)))
            return kept;
    } catch (const AuditError&) {
        // No keychain on this machine: ask.
    }
    return askPassphrase(parent, tr("Unlock your key"),
                         tr("Passphrase of %1's signing key (asked once per session):").arg(member));
}

bool MemberDialog::unlockKey(QWidget* parent, Workbook& wb, const QString& member)
{
    if (member.isEmpty() || !MemberKeyFiles::exists(member))
        return false;
    std::optional<QByteArray> passphrase = passphraseFor(parent, member);
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!passphrase)
            passphrase = askPassphrase(parent, tr("Unlock your key"),
                                       tr("Passphrase of %1's signing key (asked once per session):").arg(member));
        if (!passphrase)
            return false;
        try {
            wb.addUnlockedKey(member, MemberKeyFiles::unlock(member, *passphrase));
            return true;
        } catch (const AuditError& e) {
            Messages::error(parent, tr("Cannot unlock the key"), e.message());
            passphrase.reset();
            if (!g_passphraseAnswer.isEmpty())
                return false;
        }
    }
    return false;
}

bool MemberDialog::createKey(QWidget* parent, const QString& member)
{
    if (member.isEmpty())
        return false;
    const auto passphrase = askPassphrase(
        parent, tr("Create my key"), tr("A passphrase for %1's new signing key (it encrypts the key):").arg(member));
    if (!passphrase)
        return false;
    const auto again = askPassphrase(parent, tr("Create my key"), tr("The same passphrase again:"));
    if (!again)
        return false;
    if (*again != *passphrase) {
        Messages::error(parent, tr("Cannot create the key"), tr("The two passphrases differ; nothing was made."));
        return false;
    }
    try {
        const MemberKey key = MemberKeyFiles::create(member, *passphrase);
        QString kept;
        try {
            KeychainSecretStore().writePassphrase(MemberKeyFiles::keychainId(member), *passphrase);
            kept = tr("The passphrase is kept in the OS keychain.");
        } catch (const AuditError&) {
            kept = tr("The OS keychain is not available: you will be asked for the passphrase once per session.");
        }
        Messages::info(parent, tr("Key created"),
                       tr("%1's key was made: %2 (encrypted). %3\n\nGive the engagement lead the public key %4 and "
                          "compare its fingerprint by phone or in person:\n%5")
                           .arg(member, MemberKeyFiles::privatePath(member), kept, MemberKeyFiles::publicPath(member),
                                MemberKey::grouped(key.fingerprint())));
        return true;
    } catch (const AuditError& e) {
        Messages::error(parent, tr("Cannot create the key"), e.message());
        return false;
    }
}

void MemberDialog::setPassphraseAnswer(const QByteArray& passphrase)
{
    g_passphraseAnswer = passphrase;
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
