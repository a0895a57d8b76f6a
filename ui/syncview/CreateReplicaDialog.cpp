#include "syncview/CreateReplicaDialog.h"

#include "common/AuditError.h"
#include "replication/Replication.h"
#include "shell/BusyCursor.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ismap::ui {

CreateReplicaDialog::CreateReplicaDialog(Workbook* workbook, QWidget* parent)
    : QDialog(parent)
    , m_wb(workbook)
    , m_intro(new QLabel(this))
    , m_memberLabel(new QLabel(this))
    , m_member(new QComboBox(this))
    , m_prefixLabel(new QLabel(this))
    , m_prefix(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_create(new QPushButton(this))
{
    setObjectName(QStringLiteral("createReplicaDialog"));
    m_intro->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("replicaResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prefix->setMaxLength(4);
    for (const TeamMember& m : m_wb->team())
        if (m.name != m_wb->actor())
            m_member->addItem(m.name, m.name);
    m_buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    m_create->setDefault(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_memberLabel, m_member);
    form->addRow(m_prefixLabel, m_prefix);
    form->addRow(m_fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_file->setText(defaultPath(m_member->currentData().toString()));
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(m_member, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fileEdited)
            m_file->setText(defaultPath(m_member->currentData().toString()));
    });
    connect(m_browse, &QPushButton::clicked, this, &CreateReplicaDialog::browse);
    connect(m_create, &QPushButton::clicked, this, &CreateReplicaDialog::createReplica);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 300);
    retranslateUi();
}

bool CreateReplicaDialog::canCreate(Workbook* workbook)
{
    return workbook && Replication::createRefusal(*workbook).isEmpty();
}

QString CreateReplicaDialog::defaultPath(const QString& member) const
{
    const QFileInfo info(m_wb->path());
    QString name = member;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("_"));
    return QDir::toNativeSeparators(
        info.dir().filePath(info.completeBaseName() + u'-' + name + QStringLiteral(".ismapwb")));
}

void CreateReplicaDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Replica file"), m_file->text(), tr("ISMAP workbooks (*.ismapwb)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileEdited = true;
}

bool CreateReplicaDialog::createReplica()
{
    const QString member = m_member->currentData().toString();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    try {
        if (member.isEmpty() || path.isEmpty())
            throw AuditError(ErrorCode::InvalidInput, tr("Choose the member and the file of the replica."));
        ReplicaInfo r;
        {
            const BusyCursor busy;
            r = Replication::createReplica(*m_wb, path, member, m_prefix->text().trimmed());
        }
        m_result->setText(tr("Replica %1 for %2 written to %3. Its references read %4. Give the file to %2; "
                             "changes come back as change packages (File → Synchronise…).")
                              .arg(r.number)
                              .arg(r.member, QDir::toNativeSeparators(path), QStringLiteral("F-%1-001").arg(r.prefix)));
        m_fileEdited = false;
        m_prefix->clear();
        m_file->setText(defaultPath(member));
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Create replica"), e.message());
        return false;
    }
}

void CreateReplicaDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateReplicaDialog::retranslateUi()
{
    setWindowTitle(tr("Create replica"));
    m_intro->setText(tr("A replica is this engagement's workbook for one team member's laptop: they work in it "
                        "offline, and the changes travel between the files as signed change packages. Only the "
                        "lead makes replicas, from this (the origin) workbook."));
    m_memberLabel->setText(tr("&Member:"));
    m_memberLabel->setBuddy(m_member);
    m_prefixLabel->setText(tr("Reference &prefix:"));
    m_prefixLabel->setBuddy(m_prefix);
    m_prefix->setPlaceholderText(tr("default: the member's initials (e.g. TA gives F-TA-001)"));
    m_fileLabel->setText(tr("&File:"));
    m_fileLabel->setBuddy(m_file);
    m_browse->setText(tr("&Browse…"));
    m_create->setText(tr("C&reate replica"));
    const QString refusal = Replication::createRefusal(*m_wb);
    m_create->setEnabled(refusal.isEmpty());
    m_create->setToolTip(refusal);
    if (!refusal.isEmpty())
        m_result->setText(refusal);
}

} // namespace ismap::ui
