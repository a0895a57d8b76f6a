#include "engagementview/MemberKeysDialog.h"

#include "common/Clock.h"
#include "engagementview/MemberDialog.h"
#include "shell/Icons.h"
#include "shell/Messages.h"
#include "signing/MemberKey.h"
#include "workbook/MemberKeys.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
QString g_nextPath;

enum KeyColumn { MemberColumn, StatusColumn, FingerprintColumn, FromColumn, UntilColumn, ByColumn, ReasonColumn };
} // namespace

MemberKeysDialog::MemberKeysDialog(Workbook& wb, QWidget* parent)
    : QDialog(parent)
    , m_wb(wb)
    , m_intro(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_create(new QPushButton(this))
    , m_register(new QPushButton(this))
    , m_rotate(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(ReasonColumn + 1);
    m_table->header()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_create, m_register, m_rotate, m_revoke })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_create, &QPushButton::clicked, this, &MemberKeysDialog::createOwnKey);
    connect(m_register, &QPushButton::clicked, this, &MemberKeysDialog::askRegister);
    connect(m_rotate, &QPushButton::clicked, this, &MemberKeysDialog::rotateOwnKey);
    connect(m_revoke, &QPushButton::clicked, this, &MemberKeysDialog::askRevoke);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    setWindowIcon(Icons::get(QStringLiteral("member")));
    resize(1180, 440); // the fingerprint is long: every column fits on a 1280×800 screen
    retranslateUi();
}

void MemberKeysDialog::retranslateUi()
{
    setWindowTitle(tr("Member keys"));
    m_intro->setText(tr("Each member signs their sign-offs with their own key, made on their own machine. The "
                        "engagement lead registers a member's public key after comparing its fingerprint with the "
                        "member by phone or in person. Acting as %1.")
                         .arg(m_wb.actor()));
    m_table->setHeaderLabels({ tr("Member"), tr("Status"), tr("Fingerprint"), tr("Valid from"), tr("Valid until"),
                               tr("Registered by"), tr("Reason") });
    m_create->setText(tr("&Create my key…"));
    m_create->setToolTip(tr("Make your own signing key on this machine, encrypted with a passphrase."));
    m_register->setText(tr("&Register a key…"));
    m_register->setToolTip(tr("Register a member's public key file in the workbook (engagement lead)."));
    m_rotate->setText(tr("R&otate my key…"));
    m_rotate->setToolTip(tr("Replace your key by a new one; the old key signs nothing from now on."));
    m_revoke->setText(tr("Re&voke…"));
    m_revoke->setToolTip(tr("Revoke the selected member's key from now (the member or the engagement lead)."));
    m_close->setText(tr("Close"));
    refresh();
}

void MemberKeysDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MemberKeysDialog::refresh()
{
    const QString selected = selectedMember();
    m_table->clear();
    for (const RegisteredKey& k : MemberKeys::keys(m_wb)) {
        auto* row = new QTreeWidgetItem(m_table);
        row->setText(MemberColumn, k.member);
        row->setData(MemberColumn, Qt::UserRole, k.member);
        row->setText(StatusColumn, MemberKeys::statusText(k));
        row->setText(FingerprintColumn, MemberKey::grouped(k.fingerprint));
        row->setText(FromColumn, Clock::shown(k.validFrom));
        row->setText(UntilColumn, k.validUntil.isEmpty() ? QString() : Clock::shown(k.validUntil));
        row->setText(ByColumn, k.registeredBy);
        row->setText(ReasonColumn, MemberKeys::endReasonText(k));
        if (k.member == selected && k.active())
            m_table->setCurrentItem(row);
    }
    for (int c = 0; c < ReasonColumn; ++c)
        m_table->resizeColumnToContents(c);
    const bool writable = !m_wb.isReadOnly();
    const bool hasFile = MemberKeyFiles::exists(m_wb.actor());
    m_create->setEnabled(!m_wb.actor().isEmpty() && !hasFile);
    m_register->setEnabled(writable);
    m_rotate->setEnabled(writable && hasFile && MemberKeys::activeKey(m_wb, m_wb.actor()).has_value());
    m_revoke->setEnabled(writable && !MemberKeys::keys(m_wb).isEmpty());
}

QString MemberKeysDialog::selectedMember() const
{
    const QTreeWidgetItem* row = m_table->currentItem();
    return row ? row->data(MemberColumn, Qt::UserRole).toString() : m_wb.actor();
}

bool MemberKeysDialog::createOwnKey()
{
    const bool made = MemberDialog::createKey(this, m_wb.actor());
    refresh();
    return made;
}

void MemberKeysDialog::askRegister()
{
    QStringList names;
    for (const TeamMember& m : m_wb.team())
        names << m.name;
    bool ok = false;
    const QString member
        = QInputDialog::getItem(this, tr("Register a key"), tr("Whose public key is it?"), names,
                                int(std::max<qsizetype>(0, names.indexOf(selectedMember()))), false, &ok);
    if (!ok || member.isEmpty())
        return;
    QString path = std::exchange(g_nextPath, QString());
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("%1's public key").arg(member), QString(),
                                            tr("Public keys (*.pem);;All files (*)"));
    if (!path.isEmpty())
        registerKey(member, path);
}

bool MemberKeysDialog::registerKey(const QString& member, const QString& publicKeyPath)
{
    const QString title = tr("Register a key");
    try {
        QFile f(publicKeyPath);
        if (!f.open(QIODevice::ReadOnly))
            throw AuditError(ErrorCode::NotFound, tr("%1: cannot read: %2").arg(publicKeyPath, f.errorString()));
        const QByteArray pem = f.read(1 << 16);
        // The fingerprint is shown before anything is written: the lead compares it with the member out of band.
        const MemberKey key = MemberKey::fromPublicPem(pem, publicKeyPath);
        if (!Messages::confirm(this, title,
                               tr("Register this key as %1's?\n\nFingerprint:\n%2\n\nCompare it with %1 by phone or "
                                  "in person before you register it.")
                                   .arg(member, MemberKey::grouped(key.fingerprint()))))
            return false;
        MemberKeys::registerKey(m_wb, member, pem, publicKeyPath);
        refresh();
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, title, e.message());
        return false;
    }
}

bool MemberKeysDialog::rotateOwnKey()
{
    const QString title = tr("Rotate my key");
    const QString me = m_wb.actor();
    if (!Messages::confirm(this, title,
                           tr("Replace %1's key by a new one? The old key signs nothing from now on; the engagement "
                              "lead need not register the new one (your old key endorses it).")
                               .arg(me)))
        return false;
    const auto passphrase = MemberDialog::passphraseFor(this, me);
    if (!passphrase)
        return false;
    try {
        const RegisteredKey k = MemberKeys::rotateOwnKey(m_wb, *passphrase);
        refresh();
        Messages::info(
            this, title,
            tr("%1's key was rotated. Fingerprint of the new key:\n%2").arg(me, MemberKey::grouped(k.fingerprint)));
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, title, e.message());
        return false;
    }
}

void MemberKeysDialog::askRevoke()
{
    const QString member = selectedMember();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Revoke a key"), tr("Why is %1's key revoked? (recorded in the audit trail)").arg(member),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        revokeKey(member, reason);
}

bool MemberKeysDialog::revokeKey(const QString& member, const QString& reason)
{
    const QString title = tr("Revoke a key");
    try {
        const RegisteredKey k = MemberKeys::revoke(m_wb, member, reason);
        refresh();
        Messages::info(this, title,
                       tr("%1's key %2 is revoked; it signs nothing from now on.")
                           .arg(k.member, MemberKey::grouped(k.fingerprint)));
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, title, e.message());
        return false;
    }
}

void MemberKeysDialog::setNextPath(const QString& path)
{
    g_nextPath = path;
}

} // namespace ismap::ui
