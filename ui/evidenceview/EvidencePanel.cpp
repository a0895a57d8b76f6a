#include "evidenceview/EvidencePanel.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "evidenceview/EvidenceActions.h"
#include "evidenceview/EvidenceModel.h"
#include "evidenceview/EvidencePreview.h"
#include "evidenceview/EvidenceWorker.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace ismap::ui {

/** The import or export running under the progress dialog; its results are written on the worker thread. */
struct EvidencePanel::Running
{
    enum Kind { Import, Export } kind = Import;
    int id = 0;
    EvidenceTarget target;
    QList<EvidenceImport> imported;
    QStringList exported;
    QString folder;
};

EvidencePanel::EvidencePanel(QWidget* parent)
    : QWidget(parent)
    , m_worker(new EvidenceWorker(this))
    , m_model(new EvidenceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_hint(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QLineEdit(this))
    , m_obtainedLabel(new QLabel(this))
    , m_obtained(new QDateEdit(Clock::todayInJapan(), this))
    , m_linkStep(new QCheckBox(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_preview(new EvidencePreview(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAcceptDrops(true);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("evidenceDropHint"));
    m_sourceLabel->setBuddy(m_source);
    m_obtainedLabel->setBuddy(m_obtained);
    m_obtained->setCalendarPopup(true);
    m_obtained->setMaximumDate(Clock::todayInJapan()); // a convenience: the engine refuses a later date
    m_obtained->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidenceModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EvidenceModel::ColRef, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceModel::ColName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceModel::ColRef, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceModel::ColObtained, QHeaderView::ResizeToContents);
    m_linkStep->setVisible(false);
    m_linkStep->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_export);
    actions->addSpacing(12);
    actions->addWidget(m_linkStep);
    actions->addStretch(1);
    auto* metadata = new QHBoxLayout;
    metadata->addWidget(m_sourceLabel);
    metadata->addWidget(m_source, 1);
    metadata->addWidget(m_obtainedLabel);
    metadata->addWidget(m_obtained);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 200, 400 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(actions);
    layout->addLayout(metadata);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    setTabOrder(m_add, m_export);
    setTabOrder(m_export, m_linkStep);
    setTabOrder(m_linkStep, m_source);
    setTabOrder(m_source, m_obtained);
    setTabOrder(m_obtained, m_table);

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::addFiles);
    connect(m_export, &QPushButton::clicked, this, &EvidencePanel::exportSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidencePanel::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvidencePanel::updateActions);
    connect(m_worker, &EvidenceWorker::progressed, this, &EvidencePanel::onProgress);
    connect(m_worker, &EvidenceWorker::finished, this, &EvidencePanel::onFinished);
    // The engine's notices from the worker's connection reach the views through this window's connection.
    connect(m_worker, &EvidenceWorker::changed, this, [this](const ChangeNotice& n) {
        if (m_wb)
            emit m_wb->changed(n);
    });
    m_actions = new EvidenceActions(this);
    retranslateUi();
    updateActions();
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::setWorkbook(Workbook* wb)
{
    // The worker cancels what is still running for the old workbook; its results no longer matter here.
    m_running.reset();
    delete m_progress;
    m_previewJob = 0;
    m_wb = wb;
    m_itemId.clear();
    m_stepId = 0;
    m_previewRef.clear();
    m_previewDir.reset();
    // The import form starts afresh: another engagement's evidence comes from elsewhere.
    m_source->clear();
    m_obtained->setMaximumDate(Clock::todayInJapan());
    m_obtained->setDate(Clock::todayInJapan());
    m_linkStep->setChecked(true);
    m_worker->setWorkbook(wb ? wb->path() : QString(), wb && wb->isReadOnly());
    reload();
}

void EvidencePanel::showItem(const QString& itemId)
{
    m_itemId = itemId;
    reload();
}

void EvidencePanel::setCurrentStep(qint64 stepId, const QString& label)
{
    m_stepId = stepId;
    m_stepLabel = label;
    retranslateUi();
    updateActions();
}

void EvidencePanel::reload()
{
    const QStringList selected = selectedRefs();
    QList<EvidenceRecord> records;
    m_notWritable.clear();
    if (m_wb) {
        try {
            m_wb->requireWritable();
        } catch (const AuditError& e) {
            m_notWritable = e.message();
        }
    }
    if (m_wb && !m_itemId.isEmpty()) {
        try {
            records = EvidenceVault(*m_wb).listForItem(m_itemId);
        } catch (const AuditError& e) {
            m_status->setText(e.message());
        }
    }
    m_model->setRecords(records);
    for (const QString& ref : selected)
        selectEvidence(ref);
    if (!m_table->currentIndex().isValid()) {
        if (m_previewJob)
            m_worker->cancel(m_previewJob);
        m_previewRef.clear();
        m_preview->clear();
    }
    retranslateUi();
    updateActions();
}

bool EvidencePanel::selectEvidence(const QString& ref)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(ref));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QStringList EvidencePanel::selectedRefs() const
{
    QStringList refs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        refs << index.data(EvidenceModel::RefRole).toString();
    return refs;
}

bool EvidencePanel::isBusy() const
{
    return m_worker->pending() > 0;
}

void EvidencePanel::updateActions()
{
    if (m_actions)
        m_actions->updateActions();
    const bool canWrite = m_wb && m_notWritable.isEmpty() && !m_itemId.isEmpty();
    m_add->setEnabled(canWrite && !m_running);
    m_source->setEnabled(canWrite);
    m_obtained->setEnabled(canWrite);
    m_export->setEnabled(m_wb && !m_running && m_table->selectionModel()->hasSelection());
    m_linkStep->setVisible(m_stepId > 0);
}

void EvidencePanel::onCurrentChanged()
{
    const EvidenceRecord* r = m_model->record(m_proxy->mapToSource(m_table->currentIndex()));
    if (!r) {
        if (m_previewJob)
            m_worker->cancel(m_previewJob);
        m_previewRef.clear();
        m_preview->clear();
        return;
    }
    if (r->ref == m_previewRef)
        return;
    m_previewRef = r->ref;
    if (m_previewJob)
        m_worker->cancel(m_previewJob);
    m_previewJob = 0;
    const bool previewable
        = EvidencePreview::kindOf(r->mime) != EvidencePreview::Kind::None && r->size <= EvidencePreview::kPreviewLimit;
    if (!previewable) {
        m_preview->showRecord(*r, false);
        return;
    }
    if (!m_previewDir)
        m_previewDir = std::make_unique<QTemporaryDir>();
    // Exports are named by their hash: the same content is exported once however often it is shown.
    const QString path = m_previewDir->filePath(r->sha256);
    if (QFileInfo::exists(path)) {
        m_preview->showRecord(*r, false);
        m_preview->showContent(path);
        return;
    }
    m_preview->showRecord(*r, true);
    const QString ref = r->ref;
    m_previewJob = m_worker->start(m_wb->actor(), [ref, path](Workbook& wb, const ProgressFn& progress) {
        EvidenceVault(wb).exportTo(ref, path, progress);
    });
}

bool EvidencePanel::importFiles(const QStringList& paths)
{
    if (!m_wb || m_itemId.isEmpty() || m_running || paths.isEmpty())
        return false;
    if (!m_notWritable.isEmpty()) {
        Messages::error(this, tr("Cannot add evidence"), m_notWritable);
        return false;
    }
    auto running = std::make_shared<Running>();
    running->kind = Running::Import;
    running->target.itemId = m_itemId;
    if (m_stepId > 0 && m_linkStep->isChecked())
        running->target.stepId = m_stepId;
    QList<EvidenceFile> files;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir()) {
            Messages::error(
                this, tr("Cannot add evidence"),
                tr("%1 is a folder. Drop or choose the files inside it.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        EvidenceFile f;
        f.path = path;
        f.metadata.obtainedFrom = m_source->text().trimmed();
        f.metadata.obtainedAt = m_obtained->date().toString(Qt::ISODate);
        files << f;
    }
    const EvidenceTarget target = running->target;
    running->id = m_worker->start(m_wb->actor(), [files, target, running](Workbook& wb, const ProgressFn& progress) {
        running->imported = EvidenceVault(wb).add(files, target, progress);
    });
    startJob(tr("Adding %n file(s) to the evidence of item %1…", nullptr, int(files.size())).arg(m_itemId), running);
    return true;
}

void EvidencePanel::addFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence to item %1").arg(m_itemId));
    importFiles(paths);
}

bool EvidencePanel::exportSelectedTo(const QString& folder)
{
    const QStringList refs = selectedRefs();
    if (!m_wb || m_running || refs.isEmpty() || folder.isEmpty())
        return false;
    qint64 total = 0;
    for (const QString& ref : refs)
        if (const EvidenceRecord* r = m_model->record(m_model->indexOf(ref)))
            total += r->size;
    auto running = std::make_shared<Running>();
    running->kind = Running::Export;
    running->folder = folder;
    running->id
        = m_worker->start(m_wb->actor(), [refs, folder, total, running](Workbook& wb, const ProgressFn& progress) {
              EvidenceVault vault(wb);
              qint64 before = 0;
              for (const QString& ref : refs) {
                  const qint64 size = vault.get(ref).size;
                  running->exported << vault.exportToFolder(
                      ref, folder, [&](qint64 done, qint64) { return progress(before + done, total); });
                  before += size;
              }
          });
    startJob(tr("Exporting %n piece(s) of evidence…", nullptr, int(refs.size())), running);
    return true;
}

void EvidencePanel::exportSelected()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export evidence to folder"));
    exportSelectedTo(folder);
}

void EvidencePanel::startJob(const QString& label, std::shared_ptr<Running> running)
{
    m_running = std::move(running);
    m_status->setText(label);
    delete m_progress;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setWindowTitle(m_running->kind == Running::Import ? tr("Adding evidence") : tr("Exporting evidence"));
    m_progress->setAccessibleName(tr("Evidence transfer progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    const int id = m_running->id;
    connect(m_progress, &QProgressDialog::canceled, this, [this, id] {
        m_worker->cancel(id);
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
    updateActions();
}

void EvidencePanel::onProgress(int id, qint64 done, qint64 total)
{
    if (!m_running || id != m_running->id || !m_progress || m_progress->wasCanceled())
        return;
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void EvidencePanel::onFinished(int id, bool cancelled, const QString& error)
{
    if (id == m_previewJob) {
        m_previewJob = 0;
        const EvidenceRecord* r = m_model->record(m_model->indexOf(m_previewRef));
        if (!r || r->ref != m_preview->ref() || cancelled)
            return;
        if (!error.isEmpty())
            m_preview->showProblem(error);
        else if (m_previewDir)
            m_preview->showContent(m_previewDir->filePath(r->sha256));
        return;
    }
    if (!m_running || id != m_running->id)
        return;
    const std::shared_ptr<Running> done = std::move(m_running);
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const bool import = done->kind == Running::Import;
    if (cancelled) {
        m_status->setText(import ? tr("Import cancelled; nothing was added.")
                                 : tr("Export cancelled; no file was left behind for the evidence not finished."));
    } else if (!error.isEmpty()) {
        m_status->setText(error);
        Messages::error(this, import ? tr("Cannot add evidence") : tr("Cannot export evidence"), error);
    } else if (import) {
        QStringList added, known;
        for (const EvidenceImport& i : std::as_const(done->imported))
            (i.duplicate ? known : added) << i.record.ref;
        QString text = tr("Added %n piece(s) of evidence.", nullptr, int(added.size()));
        if (!known.isEmpty())
            text
                += u' ' + tr("Already in the vault with the same content, now linked here: %1.").arg(known.join(u", "));
        m_status->setText(text);
        reload();
        if (!done->imported.isEmpty())
            selectEvidence(done->imported.last().record.ref);
    } else {
        m_status->setText(
            tr("Exported %n file(s) to %1, each checked against its SHA-256.", nullptr, int(done->exported.size()))
                .arg(QDir::toNativeSeparators(done->folder)));
    }
    updateActions();
    emit jobEnded();
}

QStringList EvidencePanel::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_add->isEnabled() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    showDropHint(int(paths.size()));
}

void EvidencePanel::dragLeaveEvent(QDragLeaveEvent* event)
{
    showDropHint(0);
    QWidget::dragLeaveEvent(event);
}

void EvidencePanel::showDropHint(int files)
{
    // While files are dragged over the panel the hint says what a drop will do, in the highlight colour.
    if (files > 0)
        m_hint->setText(tr("Release to add %n file(s) to the evidence of item %1.", nullptr, files).arg(m_itemId));
    else
        retranslateUi();
    QFont font = m_hint->font();
    font.setBold(files > 0);
    m_hint->setFont(font);
    m_hint->setForegroundRole(files > 0 ? QPalette::Highlight : QPalette::WindowText);
}

void EvidencePanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_add->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    showDropHint(0);
    if (!m_add->isEnabled() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void EvidencePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void EvidencePanel::retranslateUi()
{
    if (m_itemId.isEmpty())
        m_hint->setText(tr("Select an item to see its evidence."));
    else if (!m_notWritable.isEmpty())
        m_hint->setText(tr("Evidence cannot be added here: %1").arg(m_notWritable));
    else
        m_hint->setText(tr("Drop files here, or use Add files…, to attach evidence to item %1. Each file is stored "
                           "once, with its SHA-256.")
                            .arg(m_itemId));
    m_add->setText(tr("&Add files…"));
    m_add->setAccessibleName(tr("Add evidence files"));
    m_add->setToolTip(tr("Choose files to add as evidence of this item (you can also drop them on this panel)."));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export selected evidence to a folder"));
    m_export->setToolTip(tr("Write the selected evidence into a folder; each file is checked against its SHA-256."));
    m_sourceLabel->setText(tr("&Source of new files:"));
    m_source->setAccessibleName(tr("Source of new evidence files"));
    m_source->setPlaceholderText(tr("who or which system gave them, e.g. CSP security office"));
    m_obtainedLabel->setText(tr("&Obtained on:"));
    m_obtained->setAccessibleName(tr("Date the new evidence files were obtained"));
    m_linkStep->setText(tr("Also link to step %1").arg(m_stepLabel));
    m_linkStep->setAccessibleName(tr("Also link new evidence to the selected procedure step"));
    m_table->setAccessibleName(tr("Evidence of this item"));
    m_status->setAccessibleName(tr("Evidence status"));
    m_splitter->setAccessibleName(tr("Evidence list and preview"));
    setAccessibleName(tr("Evidence"));
}

} // namespace ismap::ui
