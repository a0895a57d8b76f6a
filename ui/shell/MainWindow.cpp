#include "shell/MainWindow.h"

#include "commands/EngineCommand.h"
#include "common/AuditError.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "engagement/ItemStatusBook.h"
#include "engagementview/MemberDialog.h"
#include "engagementview/RequestsDialog.h"
#include "engagementview/StatementInfoDialog.h"
#include "export/WorkPaperExport.h"
#include "fieldwork/Findings.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "replication/Replication.h"
#include "reportview/ReportDialog.h"
#include "reportview/ReportVerifyDialog.h"
#include "review/IssuanceChecklist.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueue.h"
#include "shell/EngagementMenu.h"
#include "shell/Icons.h"
#include "shell/ManualDialog.h"
#include "shell/Messages.h"
#include "shell/WorkbookSession.h"
#include "syncview/ConflictsDialog.h"
#include "syncview/CreateReplicaDialog.h"
#include "syncview/SyncDialog.h"
#include "syncview/SyncStatus.h"
#include "wizard/NewWorkbookWizard.h"
#include "workbook/Workbook.h"
#include "workspace/DashboardWidget.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"
#include "workspace/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("ui/recentFiles");

/// The first local workbook file among dropped URLs, or empty.
QString droppedWorkbook(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".ismapwb"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undo(new QUndoStack(this))
    , m_navigator(new NavigatorWidget(this))
    , m_navigatorDock(new QDockWidget(this))
    , m_views(new QTabWidget(this))
    , m_dashboard(new DashboardWidget(this))
    , m_workspace(new ItemWorkspace(this))
    , m_memberLabel(new QLabel(this))
    , m_workbookLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                 | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addTab(m_dashboard, Icons::get(QStringLiteral("dashboard")), QString());
    m_reviewQueue = new ReviewQueue(this);
    m_views->addTab(m_reviewQueue, Icons::get(QStringLiteral("review-queue")), QString());
    m_views->addTab(m_workspace, Icons::get(QStringLiteral("item")), QString());
    setCentralWidget(m_views);
    m_memberLabel->setObjectName(QStringLiteral("memberLabel"));
    m_syncStatus = new SyncStatus(this);
    connect(m_syncStatus, &SyncStatus::clicked, this, &MainWindow::showConflicts);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_workbookLabel);
    statusBar()->addPermanentWidget(m_memberLabel);

    m_welcome = new WelcomePage(this);
    m_views->insertTab(0, m_welcome, Icons::get(QStringLiteral("new")), QString());
    m_views->setCurrentWidget(m_welcome);

    buildActions();
    buildMenus();
    // Engagement menu (shell/EngagementMenu): set-up tasks on the navigator's selection, also its context menu.
    m_engagementMenu = new EngagementMenu(
        this, m_undo, [this] { return m_workbook.get(); }, [this] { return m_navigator->selectedItems(); });
    menuBar()->insertMenu(m_walkMenu->menuAction(), m_engagementMenu->menu());
    m_navigator->tree()->addActions(m_engagementMenu->itemActions());
    connect(m_navigator->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, m_engagementMenu,
            &EngagementMenu::updateActions);
    connect(m_engagementMenu, &EngagementMenu::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_welcome->setActions({ m_newAction, m_openAction, m_engagementMenu->addMemberAction(),
                            m_engagementMenu->importStatementAction(), m_engagementMenu->applicabilityAction(),
                            m_engagementMenu->assignAction(), m_reportAction, m_manualAction });
    connect(m_navigator, &NavigatorWidget::itemSelected, this, &MainWindow::onItemSelected);
    connect(m_reviewQueue, &ReviewQueue::openItem, this, &MainWindow::openItemForReview);
    connect(m_reviewQueue, &ReviewQueue::countsChanged, this,
            [this] { m_views->setTabText(m_views->indexOf(m_reviewQueue), m_reviewQueue->title()); });
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this] { retranslateUi(); });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this] { retranslateUi(); });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);

    resize(1280, 800);
    m_navigatorDock->setMinimumWidth(360);
    resizeDocks({ m_navigatorDock }, { 620 }, Qt::Horizontal);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    retranslateUi();
    rebuildRecentMenu();
    m_dashboard->setWorkbook(nullptr);
    m_workspace->setWorkbook(nullptr, m_undo);
    m_session = std::make_unique<WorkbookSession>(m_navigator, m_views, m_workspace);
}

MainWindow::~MainWindow()
{
    // The stack's commands refer to the workbook: drop them while both still exist, without UI updates.
    m_undo->disconnect(this);
    m_undo->clear();
}

QTreeView* MainWindow::navigator() const
{
    return m_navigator->tree();
}

void MainWindow::buildActions()
{
    auto make = [this](const char* icon, const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        if (icon)
            a->setIcon(Icons::get(QLatin1String(icon)));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = make("open", QKeySequence::Open, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open workbook"), QString(), tr("ISMAP workbooks (*.ismapwb)"));
        if (!path.isEmpty())
            openWorkbook(path);
    });
    m_closeAction = make(nullptr, QKeySequence::Close, [this] { closeWorkbook(); });
    m_newAction = make("new", QKeySequence::New, [this] { newWorkbook(); });
    m_reviewQueueAction = make("review-queue", QKeySequence(Qt::CTRL | Qt::Key_3),
                               [this] { m_views->setCurrentWidget(m_reviewQueue); });
    m_reportAction = make("report", {}, [this] {
        if (!m_workbook)
            return;
        ReportDialog dialog(m_workbook.get(), nullptr, this);
        dialog.exec();
    });
    m_statementInfoAction = make(nullptr, {}, [this] {
        if (!m_workbook)
            return;
        StatementInfoDialog dialog(m_workbook.get(), this);
        dialog.exec();
    });
    m_requestsAction = make(nullptr, {}, [this] {
        if (!m_workbook)
            return;
        RequestsDialog dialog(m_workbook.get(), m_workspace->itemId(), this);
        dialog.exec();
    });
    m_checklistAction = make(nullptr, {}, [this] { showChecklist(); });
    m_createReplicaAction = make(nullptr, {}, [this] {
        if (!m_workbook)
            return;
        CreateReplicaDialog dialog(m_workbook.get(), this);
        dialog.exec();
    });
    m_syncAction = make(nullptr, {}, [this] {
        if (!m_workbook)
            return;
        SyncDialog dialog(m_workbook.get(), this);
        connect(&dialog, &SyncDialog::showConflicts, this, &MainWindow::showConflicts);
        dialog.exec();
        updateStatus(); // an export changes no data (no change notice) but is the last exchange now
    });
    m_verifyReportAction = make("verify-valid", {}, [this] {
        ReportVerifyDialog dialog(m_workbook.get(), this);
        dialog.exec();
    });
    m_memberAction = make("member", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { chooseMember(); });
    m_quitAction = make(nullptr, QKeySequence::Quit, [this] { close(); });
    m_undoAction = make("undo", QKeySequence::Undo, [this] { m_undo->undo(); });
    m_redoAction = make("redo", QKeySequence::Redo, [this] { m_undo->redo(); });
    m_findAction = make("search", QKeySequence::Find, [this] {
        m_navigatorDock->show();
        m_navigator->searchField()->setFocus();
        m_navigator->searchField()->selectAll();
    });
    m_dashboardAction
        = make("dashboard", QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_views->setCurrentWidget(m_dashboard); });
    m_workspaceAction
        = make("item", QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_views->setCurrentWidget(m_workspace); });
    m_navigatorAction = m_navigatorDock->toggleViewAction();
    m_navigatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_nextItemAction = make("next", QKeySequence(Qt::CTRL | Qt::Key_BracketRight), [this] { goToPendingItem(+1); });
    m_previousItemAction
        = make("previous", QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), [this] { goToPendingItem(-1); });
    m_nextStepAction = make("next-step", QKeySequence(Qt::CTRL | Qt::Key_J), [this] {
        m_views->setCurrentWidget(m_workspace);
        m_workspace->showSteps();
        m_workspace->steps()->nextStep();
    });
    int n = 1;
    for (StepResult r :
         { StepResult::NoException, StepResult::Deviation, StepResult::NotPerformed, StepResult::NotApplicable }) {
        m_resultActions << make(nullptr, QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n++)), [this, r] {
            m_views->setCurrentWidget(m_workspace);
            m_workspace->showSteps();
            m_workspace->steps()->recordResult(r);
        });
    }
    m_shortcutsAction = make(nullptr, QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    m_manualAction = make(nullptr, {}, [this] {
        ManualDialog dialog(this);
        dialog.exec();
    });
    m_aboutAction = make(nullptr, {}, [this] {
        Messages::info(this, tr("About ISMAP Audit Workbench"),
                       tr("ISMAP Audit Workbench %1\nFieldwork, review and signed reports for ISMAP audits, offline.")
                           .arg(QApplication::applicationVersion()));
    });
    m_clearRecentAction = make(nullptr, {}, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
    for (QAction* a : { m_openAction, m_closeAction, m_memberAction, m_undoAction, m_redoAction, m_findAction,
                        m_dashboardAction, m_workspaceAction, m_nextItemAction, m_previousItemAction })
        addAction(a); // reachable by shortcut even while the menu bar is hidden
    addAction(m_newAction);
    addAction(m_reviewQueueAction);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(Icons::get(QStringLiteral("open")), QString());
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_statementInfoAction);
    m_fileMenu->addAction(m_requestsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_createReplicaAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addAction(m_verifyReportAction);
    m_exportMenu = m_fileMenu->addMenu(QString());
    for (const WorkPaperExport::Kind kind : WorkPaperExport::kinds()) {
        QAction* a = m_exportMenu->addAction(QString());
        a->setData(int(kind));
        connect(a, &QAction::triggered, this, [this, kind] {
            if (!m_workbook)
                return;
            const QString stem = QFileInfo(m_workbook->path()).completeBaseName() + u'-' + WorkPaperExport::name(kind);
            QString selected;
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export"), QFileInfo(m_workbook->path()).dir().filePath(stem + QStringLiteral(".xlsx")),
                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selected);
            if (!path.isEmpty())
                exportWorkPaper(int(kind), path);
        });
        m_exportActions.append(a);
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_memberAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_dashboardAction);
    m_viewMenu->addAction(m_workspaceAction);
    m_viewMenu->addAction(m_navigatorAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(Icons::get(QStringLiteral("language")), QString());
    auto* group = new QActionGroup(this);
    // Language names stay in their own language, so a user can always find theirs.
    m_japaneseAction = m_languageMenu->addAction(QStringLiteral("日本語"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction* a : { m_japaneseAction, m_englishAction }) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (Language::current() == u"ja" ? m_japaneseAction : m_englishAction)->setChecked(true);
    connect(m_japaneseAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("ja")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_walkMenu = menuBar()->addMenu(QString());
    m_walkMenu->addAction(m_nextItemAction);
    m_walkMenu->addAction(m_previousItemAction);
    m_walkMenu->addAction(m_nextStepAction);
    m_walkMenu->addSeparator();
    m_walkMenu->addActions(m_resultActions);

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->addAction(m_reviewQueueAction);
    m_reviewMenu->addAction(m_checklistAction);
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_reviewQueue->signOffEngagementAction());
    m_reviewMenu->addAction(m_reviewQueue->finaliseAction());
    m_reviewMenu->addAction(m_reviewQueue->unlockAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manualAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

QList<QAction*> MainWindow::shortcutActions() const
{
    QList<QAction*> out;
    for (QMenu* menu : { m_fileMenu, m_editMenu, m_viewMenu, m_walkMenu, m_reviewMenu, m_helpMenu })
        for (QAction* a : menu->actions())
            if (!a->shortcut().isEmpty())
                out << a;
    return out;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* list = new QTreeWidget(&dialog);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    for (QAction* a : shortcutActions())
        list->addTopLevelItem(
            new QTreeWidgetItem({ a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText) }));
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(520, 460);
    dialog.exec();
}

void MainWindow::setLanguage(const QString& code)
{
    Language::apply(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
    (code == u"ja" ? m_japaneseAction : m_englishAction)->setChecked(true);
    // Qt sends LanguageChange to every widget; each changeEvent() retranslates its own strings.
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        EngineCommand::retranslate(*m_undo); // undo texts follow the switch
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_closeAction->setText(tr("&Close workbook"));
    m_memberAction->setText(tr("&Who is working…"));
    m_reportAction->setText(tr("Re&port…"));
    m_exportMenu->setTitle(tr("E&xport"));
    m_statementInfoAction->setText(tr("&Statement and scope…"));
    m_requestsAction->setText(tr("Re&quests to the CSP…"));
    m_createReplicaAction->setText(tr("Create rep&lica…"));
    m_syncAction->setText(tr("S&ynchronise…"));
    m_exportActions[0]->setText(tr("&Findings list…"));
    m_exportActions[1]->setText(tr("&Sample selections…"));
    m_exportActions[2]->setText(tr("&Evidence index…"));
    m_exportActions[3]->setText(tr("Status &overview…"));
    m_exportActions[4]->setText(tr("&Request list…"));
    m_verifyReportAction->setText(tr("&Verify report…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    m_findAction->setText(tr("&Find in criteria…"));
    m_viewMenu->setTitle(tr("&View"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_workspaceAction->setText(tr("&Item workspace"));
    m_navigatorAction->setText(tr("&Navigator"));
    m_languageMenu->setTitle(tr("&Language"));
    m_walkMenu->setTitle(tr("&Walk"));
    m_nextItemAction->setText(tr("&Next pending item"));
    m_previousItemAction->setText(tr("&Previous pending item"));
    m_nextStepAction->setText(tr("Next &step"));
    const QStringList results { tr("Record: no exception"), tr("Record: deviation"), tr("Record: not performed"),
                                tr("Record: not applicable") };
    for (int i = 0; i < m_resultActions.size(); ++i)
        m_resultActions[i]->setText(results[i]);
    m_reviewMenu->setTitle(tr("&Review"));
    m_reviewQueueAction->setText(tr("Review &queue"));
    m_checklistAction->setText(tr("&Issuance checklist…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_manualAction->setText(tr("&Manual"));
    m_views->setTabText(m_views->indexOf(m_welcome), tr("Start"));
    m_aboutAction->setText(tr("&About"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_views->setTabText(m_views->indexOf(m_dashboard), tr("Dashboard"));
    m_views->setTabText(m_views->indexOf(m_workspace), tr("Item"));
    m_views->setTabText(m_views->indexOf(m_reviewQueue), m_reviewQueue->title());
    m_views->setAccessibleName(tr("Views"));
    m_memberLabel->setAccessibleName(tr("Who is working"));
    m_workbookLabel->setAccessibleName(tr("Open workbook"));
    updateStatus();
}

bool MainWindow::exportWorkPaper(int kind, const QString& path)
{
    if (!m_workbook)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const qsizetype rows
            = WorkPaperExport::write(*m_workbook, WorkPaperExport::Kind(kind), path, Language::current());
        QGuiApplication::restoreOverrideCursor();
        statusBar()->showMessage(
            tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)), 8000);
        return true;
    } catch (const AuditError& e) {
        QGuiApplication::restoreOverrideCursor();
        Messages::error(this, tr("Export"), e.message());
        return false;
    }
}

void MainWindow::updateStatus()
{
    m_reportAction->setEnabled(m_workbook != nullptr);
    m_exportMenu->setEnabled(m_workbook != nullptr);
    m_statementInfoAction->setEnabled(m_workbook != nullptr);
    m_requestsAction->setEnabled(m_workbook != nullptr);
    if (m_engagementMenu)
        m_engagementMenu->updateActions();
    m_checklistAction->setEnabled(m_workbook != nullptr);
    m_createReplicaAction->setEnabled(CreateReplicaDialog::canCreate(m_workbook.get()));
    m_syncAction->setEnabled(m_workbook && m_workbook->isReplicated());
    m_syncStatus->refresh(m_workbook.get());
    if (!m_workbook) {
        setWindowTitle(tr("ISMAP Audit Workbench"));
        m_workbookLabel->setText(tr("No workbook open"));
        m_memberLabel->clear();
        return;
    }
    const Engagement e = m_workbook->engagement();
    setWindowTitle(tr("%1 — %2 (%3)").arg(e.csp, e.service, QFileInfo(m_workbook->path()).fileName()));
    QString state = tr("Criteria revision %1").arg(Clock::shownDate(e.criteriaRevision));
    if (e.locked)
        state += tr(" · finalised");
    if (m_workbook->isReadOnly())
        state += tr(" · read-only");
    m_workbookLabel->setText(state);
    const std::optional<TeamMember> m
        = m_workbook->actor().isEmpty() ? std::nullopt : m_workbook->member(m_workbook->actor());
    m_memberLabel->setText(m ? tr("Working as %1 (%2)").arg(m->name, roleDisplayName(m->role))
                             : tr("No team member chosen"));
}

bool MainWindow::openWorkbook(const QString& path, const QString& member)
{
    if (!m_workspace->settlePending())
        return false; // the user stays with what they typed
    std::unique_ptr<Workbook> wb;
    bool copied = false; // a replica copied or moved: opened read-only, or claimed once the member is chosen
    bool claim = false;
    try {
        wb = Workbook::open(path);
    } catch (const AuditError& e) {
        if (e.code() == ErrorCode::CopiedReplica) {
            const SyncStatus::CopiedChoice choice = SyncStatus::askCopied(this, path, e.message());
            if (choice == SyncStatus::CopiedChoice::Cancel)
                return false;
            copied = true;
            claim = choice == SyncStatus::CopiedChoice::Claim;
        } else if (e.code() != ErrorCode::ReadOnly) {
            Messages::error(this, tr("Cannot open workbook"), e.message());
            return false;
        }
        try {
            // A read-only file can still be read: open it so, and say so in the status bar.
            wb = Workbook::open(path, claim ? Workbook::Mode::ReadWrite : Workbook::Mode::ReadOnly, copied);
        } catch (const AuditError& e2) {
            Messages::error(this, tr("Cannot open workbook"), e2.message());
            return false;
        }
    }
    try {
        const Engagement e = wb->engagement();
        const QList<TeamMember> team = wb->team();
        QString who = member;
        if (who.isEmpty())
            who = MemberDialog::choose(this, team, MemberDialog::remembered(e.uuid));
        if (!who.isEmpty()) {
            if (!wb->member(who))
                throw AuditError(ErrorCode::NotFound, tr("%1: %2 is not on the engagement team.").arg(path, who));
            wb->setActor(who);
            MemberDialog::remember(e.uuid, who);
        }
        if (claim)
            Replication::claim(*wb); // the engine records it (replica.claim); without a member it refuses
        // The working member's key is unlocked at the first signed action (once per session), not on opening.
        wb->setKeyUnlocker([this](Workbook& book, const QString& name) { MemberDialog::unlockKey(this, book, name); });
        if (!closeWorkbook())
            return false;
        m_workbook = std::move(wb);
        connect(m_workbook.get(), &Workbook::changed, this, &MainWindow::onWorkbookChanged);
        m_navigator->setWorkbook(m_workbook.get());
        m_dashboard->setWorkbook(m_workbook.get());
        m_workspace->setWorkbook(m_workbook.get(), m_undo);
        m_reviewQueue->setWorkbook(m_workbook.get());
        m_welcome->setWorkbook(m_workbook.get());
        m_views->setCurrentWidget(m_welcome->isStart() ? static_cast<QWidget*>(m_welcome) : m_dashboard);
        m_session->restore(*m_workbook); // where the user left this workbook, if it was open before
        addRecentFile(QFileInfo(path).absoluteFilePath());
        updateStatus();
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot open workbook"), e.message());
        return false;
    }
}

IssuanceChecklist* MainWindow::checklist() const
{
    return m_checklist.data();
}

void MainWindow::showChecklist()
{
    if (!m_workbook)
        return;
    if (!m_checklist) {
        m_checklist = new IssuanceChecklist(m_workbook.get(), this);
        m_checklist->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_checklist, &IssuanceChecklist::openItem, this, &MainWindow::openItem);
        connect(m_workbook.get(), &Workbook::changed, m_checklist, &IssuanceChecklist::refresh);
    }
    m_checklist->refresh();
    m_checklist->show();
    m_checklist->raise();
    m_checklist->activateWindow();
}

void MainWindow::openItem(const QString& itemId)
{
    if (itemId != m_workspace->itemId() && !m_workspace->settlePending())
        return;
    m_navigator->selectItem(itemId);
    if (m_workspace->itemId() != itemId)
        m_workspace->showItem(itemId);
    m_views->setCurrentWidget(m_workspace);
}

ConflictsDialog* MainWindow::showConflicts()
{
    if (!m_workbook)
        return nullptr;
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_workbook.get(), this);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsDialog::openItem, this, &MainWindow::openItem);
        connect(m_workbook.get(), &Workbook::changed, m_conflicts, &ConflictsDialog::reload);
    }
    m_conflicts->reload();
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
    return m_conflicts;
}

bool MainWindow::closeWorkbook()
{
    if (m_conflicts) {
        m_conflicts->close(); // it reads the workbook that is closing (deleted on close)
        m_conflicts.clear();
    }
    if (m_checklist) {
        m_checklist->close(); // it reads the workbook that is closing (deleted on close)
        m_checklist.clear();
    }
    if (!m_workbook)
        return true;
    if (!m_workspace->settlePending())
        return false;
    m_session->remember(*m_workbook);
    m_undo->clear();
    m_workspace->setWorkbook(nullptr, m_undo);
    m_dashboard->setWorkbook(nullptr);
    m_reviewQueue->setWorkbook(nullptr);
    m_navigator->setWorkbook(nullptr);
    m_welcome->setWorkbook(nullptr);
    m_views->setCurrentWidget(m_welcome);
    m_workbook.reset();
    m_session->reset(); // the next workbook starts from a clean slate
    statusBar()->clearMessage();
    updateStatus();
    return true;
}

void MainWindow::chooseMember()
{
    if (!m_workbook)
        return;
    const Engagement e = m_workbook->engagement();
    const QString who = MemberDialog::choose(this, m_workbook->team(), m_workbook->actor());
    if (who.isEmpty())
        return;
    m_workbook->setActor(who);
    MemberDialog::remember(e.uuid, who);
    m_reviewQueue->updateActions(); // what the new member may finalise or unlock
    m_workspace->review()->updateActions(); // and raise, resolve or sign off
    updateStatus();
}

void MainWindow::onWorkbookChanged(const ChangeNotice& notice)
{
    // One item's work changed: refresh that item; anything engagement-wide reloads the tree.
    const QString& id = notice.itemId;
    if (notice.concernsOneItem()) {
        m_navigator->model()->refreshItem(id);
        if (id == m_workspace->itemId())
            m_workspace->refresh();
    } else {
        const QString current = m_navigator->currentItem();
        m_navigator->setWorkbook(m_workbook.get());
        if (!current.isEmpty())
            m_navigator->selectItem(current);
        m_workspace->refresh();
    }
    m_dashboard->refresh();
    updateStatus();
}

void MainWindow::onItemSelected(const QString& itemId)
{
    if (itemId != m_workspace->itemId() && !m_workspace->settlePending()) {
        const QSignalBlocker stay(m_navigator); // the user stays on the item with the unsaved text
        m_navigator->selectItem(m_workspace->itemId());
        return;
    }
    m_workspace->showItem(itemId);
    if (!itemId.isEmpty() && m_navigator->model()->state(itemId))
        m_views->setCurrentWidget(m_workspace);
}

bool MainWindow::newWorkbook()
{
    if (!m_workspace->settlePending())
        return false;
    NewWorkbookWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted || wizard.createdPath().isEmpty())
        return false;
    return openWorkbook(wizard.createdPath(), wizard.openAs());
}

void MainWindow::openItemForReview(const QString& itemId)
{
    openItem(itemId);
    m_workspace->tabs()->setCurrentWidget(m_workspace->review());
    m_workspace->review()->notesList()->setFocus();
}

bool MainWindow::goToPendingItem(int direction)
{
    const QStringList items = m_navigator->visibleItems();
    if (items.isEmpty() || !m_workbook)
        return false;
    // Whose pending items: the engine's rule, as in `ismapctl next` (no member or one not on the team is refused).
    std::optional<Role> role;
    try {
        role = ItemStatusBook::walkerRole(*m_workbook, m_workbook->actor());
    } catch (const AuditError& e) {
        statusBar()->showMessage(e.message(), 6000);
        return false;
    }
    const int start = items.indexOf(m_navigator->currentItem());
    for (int step = 1; step <= items.size(); ++step) {
        int i = start < 0 ? (direction > 0 ? step - 1 : items.size() - step)
                          : (start + direction * step + items.size() * 2) % items.size();
        const ItemState* o = m_navigator->model()->state(items[i]);
        if (o && o->inScope && ItemStatusBook::isPending(o->status, *role)) {
            m_navigator->selectItem(items[i]);
            return true;
        }
    }
    statusBar()->showMessage(tr("No pending item among those shown."), 4000);
    return false;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    int n = 0;
    for (const QString& path : list) {
        ++n;
        // The name and its folder (two engagements' files are often both "demo.ismapwb"), the home folder as ~.
        const QFileInfo info(path);
        QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder.startsWith(home) && home.size() > 1)
            folder = u'~' + folder.mid(home.size());
        const QString shown = fontMetrics().elidedText(folder, Qt::ElideMiddle, 360);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2  —  %3").arg(n % 10).arg(info.fileName(), shown),
                                             this, [this, path] { openWorkbook(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (!list.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!list.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_workspace->settlePending()) {
        event->ignore(); // the user stays with what they typed
        return;
    }
    if (m_workbook)
        m_session->remember(*m_workbook);
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedWorkbook(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedWorkbook(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openWorkbook(path);
}

} // namespace ismap::ui
