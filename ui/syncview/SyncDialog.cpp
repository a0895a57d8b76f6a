#include "syncview/SyncDialog.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "replication/Replication.h"
#include "replication/SyncText.h"
#include "shell/BusyCursor.h"
#include "shell/Messages.h"
#include "syncview/SyncStatus.h"
#include "workbook/Workbook.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {

QString folderKey(Workbook& wb)
{
    return QStringLiteral("sync/%1-%2/folder").arg(wb.engagement().uuid).arg(wb.replicaNumber());
}

} // namespace

SyncDialog::SyncDialog(Workbook* workbook, QWidget* parent)
    : QDialog(parent)
    , m_wb(workbook)
    , m_intro(new QLabel(this))
    , m_state(new QLabel(this))
    , m_forLabel(new QLabel(this))
    , m_forReplica(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browseFolder(new QPushButton(this))
    , m_syncFolder(new QPushButton(this))
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_conflicts(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    m_intro->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_summary->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_folder->setText(QDir::toNativeSeparators(rememberedFolder(*m_wb)));

    // One row per way of exchanging: labels aligned by the form, each button as wide as its text.
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_forReplica, 1);
    exportRow->addWidget(m_export);
    auto* importRow = new QHBoxLayout;
    importRow->addStretch(1);
    importRow->addWidget(m_import);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browseFolder);
    folderRow->addWidget(m_syncFolder);
    auto* grid = new QFormLayout;
    grid->addRow(m_forLabel, exportRow);
    grid->addRow(QString(), importRow);
    grid->addRow(m_folderLabel, folderRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_conflicts);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_state);
    layout->addLayout(grid);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &SyncDialog::chooseExport);
    connect(m_import, &QPushButton::clicked, this, &SyncDialog::chooseImport);
    connect(m_browseFolder, &QPushButton::clicked, this, &SyncDialog::chooseFolder);
    connect(m_syncFolder, &QPushButton::clicked, this,
            [this] { syncWithFolder(QDir::fromNativeSeparators(m_folder->text().trimmed())); });
    connect(m_conflicts, &QPushButton::clicked, this, &SyncDialog::showConflicts);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(820, 560);
    retranslateUi();
}

QString SyncDialog::rememberedFolder(Workbook& wb)
{
    return QSettings().value(folderKey(wb)).toString();
}

void SyncDialog::reloadReplicas()
{
    const QVariant chosen = m_forReplica->currentData();
    m_forReplica->clear();
    m_forReplica->addItem(tr("Every replica"), -1);
    for (const ReplicaInfo& r : Replication::replicas(*m_wb))
        if (!r.self)
            m_forReplica->addItem(tr("Replica %1 · %2 (%n pending)", nullptr, r.pending).arg(r.number).arg(r.member),
                                  r.number);
    const int at = m_forReplica->findData(chosen);
    m_forReplica->setCurrentIndex(at < 0 ? 0 : at);
    m_state->setText(SyncStatus::describe(*m_wb));
    const int open = int(Replication::conflicts(*m_wb).size());
    m_conflicts->setText(tr("Conflic&ts (%n open)…", nullptr, open));
}

QString SyncDialog::importText(const SyncImportResult& r)
{
    return SyncText::importText(r, tr("see Conflicts…"));
}

QString SyncDialog::folderText(const FolderSyncResult& r, const QString& signer)
{
    QStringList parts;
    if (r.imported.isEmpty())
        parts << tr("No package of another replica in the folder yet.");
    for (const SyncImportResult& i : r.imported)
        parts << importText(i);
    for (const QString& refused : r.refused)
        parts << SyncText::refusedInFolder(refused);
    parts << tr("This replica's package: %1").arg(SyncText::exportText(r.exportResult, signer));
    return parts.join(QStringLiteral("\n\n"));
}

void SyncDialog::showResult(std::function<QString()> text)
{
    m_lastResult = std::move(text);
    m_summary->setPlainText(m_lastResult());
    reloadReplicas();
}

bool SyncDialog::exportTo(const QString& path)
{
    const int peer = m_forReplica->currentData().toInt();
    try {
        SyncExportResult r;
        {
            const BusyCursor busy;
            r = Replication::exportPackage(*m_wb, path, peer < 0 ? std::nullopt : std::optional<int>(peer));
        }
        showResult([r, signer = m_wb->actor()] { return SyncText::exportText(r, signer); });
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Export a change package"), e.message());
        return false;
    }
}

bool SyncDialog::importFrom(const QString& path)
{
    try {
        SyncImportResult r;
        {
            const BusyCursor busy;
            r = Replication::importPackage(*m_wb, path);
        }
        showResult([r] { return importText(r); });
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Import a change package"), e.message());
        return false;
    }
}

bool SyncDialog::syncWithFolder(const QString& dir)
{
    try {
        if (dir.isEmpty())
            throw AuditError(ErrorCode::InvalidInput, tr("Choose the shared folder first."));
        FolderSyncResult r;
        {
            const BusyCursor busy;
            r = Replication::syncFolder(*m_wb, dir);
        }
        QSettings().setValue(folderKey(*m_wb), QDir::fromNativeSeparators(dir));
        showResult([r, signer = m_wb->actor()] { return folderText(r, signer); });
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Synchronise with a folder"), e.message());
        return false;
    }
}

void SyncDialog::chooseExport()
{
    const QFileInfo info(m_wb->path());
    const QString suggested = info.dir().filePath(Replication::folderFileName(*m_wb));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a change package"), suggested,
                                                      tr("Change packages (*.ismapsync)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SyncDialog::chooseImport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a change package"), QFileInfo(m_wb->path()).absolutePath(),
                                       tr("Change packages (*.ismapsync)"));
    if (!path.isEmpty())
        importFrom(path);
}

void SyncDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? QFileInfo(m_wb->path()).absolutePath() : m_folder->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Shared folder"), start);
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void SyncDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SyncDialog::retranslateUi()
{
    setWindowTitle(tr("Synchronise"));
    m_intro->setText(tr("Replicas of this engagement exchange signed change packages through files: export one and "
                        "pass it on (mail, a USB stick), import what the others sent, or let a shared folder carry "
                        "them. A package is checked before anything is applied; what is refused changes nothing."));
    m_forLabel->setText(tr("Package &for:"));
    m_forLabel->setBuddy(m_forReplica);
    m_export->setText(tr("&Export a change package…"));
    m_import->setText(tr("&Import a change package…"));
    m_folderLabel->setText(tr("Shared f&older:"));
    m_folderLabel->setBuddy(m_folder);
    m_folder->setPlaceholderText(tr("a folder every replica reaches (a network or cloud drive)"));
    m_browseFolder->setText(tr("&Choose…"));
    m_syncFolder->setText(tr("&Synchronise with the folder"));
    m_summaryLabel->setText(tr("What the last exchange did:"));
    m_close->setText(tr("Close"));
    if (m_lastResult)
        m_summary->setPlainText(m_lastResult());
    reloadReplicas();
}

} // namespace ismap::ui
