#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace ismap {
class Workbook;
struct ChangeNotice;
} // namespace ismap

namespace ismap::ui {

class CatalogTreeModel;
class ConflictsDialog;
class SyncStatus;
class DashboardWidget;
class EngagementMenu;
class WelcomePage;
class IssuanceChecklist;
class ItemWorkspace;
class NavigatorWidget;
class ReviewQueue;
class WorkbookSession;

/**
 * The main window: the navigator (dock), the dashboard and the item workspace (tabs), menus, the undo
 * stack shared by every edit, and the status bar showing who is working. Remembers its layout, the
 * recent workbooks and the language; accepts a workbook dropped onto it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path as @p member (empty: ask who is working). Shows a translated error and returns false
    /// if it cannot be opened.
    bool openWorkbook(const QString& path, const QString& member = {});
    /// Closes the open workbook after saving what the editors hold (asking about what cannot be saved); remembers
    /// its last item, filter and tabs. False if the user chose to stay.
    bool closeWorkbook();
    Workbook* workbook() const { return m_workbook.get(); }

    NavigatorWidget* navigatorWidget() const { return m_navigator; }
    QTreeView* navigator() const;
    DashboardWidget* dashboard() const { return m_dashboard; }
    ItemWorkspace* workspace() const { return m_workspace; }
    ReviewQueue* reviewQueue() const { return m_reviewQueue; }
    QTabWidget* views() const { return m_views; }
    QUndoStack* undoStack() const { return m_undo; }
    QLabel* memberLabel() const { return m_memberLabel; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* languageMenu() const { return m_languageMenu; }
    QMenu* reviewMenu() const { return m_reviewMenu; }
    QAction* newAction() const { return m_newAction; }
    QAction* reportAction() const { return m_reportAction; }
    QMenu* exportMenu() const { return m_exportMenu; }
    QAction* statementInfoAction() const { return m_statementInfoAction; }
    QAction* requestsAction() const { return m_requestsAction; }
    QAction* checklistAction() const { return m_checklistAction; }
    /// The issuance checklist, once Review → Issuance checklist… opened it (for tests).
    IssuanceChecklist* checklist() const;
    /// File → Export: writes work paper @p kind (WorkPaperExport::Kind) of the open workbook to @p path (.xlsx or
    /// .csv, UTF-8 with a BOM) in the UI's language; a translated error on failure. Returns true if written.
    bool exportWorkPaper(int kind, const QString& path);
    QAction* verifyReportAction() const { return m_verifyReportAction; }
    /// File → Create replica… and File → Synchronise… (team sync, syncview/).
    QAction* createReplicaAction() const { return m_createReplicaAction; }
    QAction* syncAction() const { return m_syncAction; }
    /// The status bar's team sync label (hidden without replicas).
    SyncStatus* syncStatus() const { return m_syncStatus; }
    /// Opens (or raises) the non-modal conflicts view of the open workbook.
    ConflictsDialog* showConflicts();
    /// Engagement menu: statement, catalog, applicability, assignment, cycle, team.
    EngagementMenu* engagementMenu() const { return m_engagementMenu; }
    /// The start page with the engagement's next steps.
    WelcomePage* welcomePage() const { return m_welcome; }
    QAction* manualAction() const { return m_manualAction; }
    QStringList recentFiles() const;
    /// Every action with a shortcut, for Help → Keyboard shortcuts and the tests.
    QList<QAction*> shortcutActions() const;

    /// Switches the UI language ("ja" or "en") at run time and remembers it.
    void setLanguage(const QString& code);
    /// Selects the next (+1) or previous (-1) item still to be prepared among those the navigator shows.
    bool goToPendingItem(int direction);
    /// File → New…: runs the new-workbook wizard and opens what it created. Returns true if it opened one.
    bool newWorkbook();
    /// Shows @p itemId in the workspace's review tab (from the review queue).
    void openItemForReview(const QString& itemId);
    /// Shows the item in the workspace and selects it in the navigator.
    void openItem(const QString& itemId);
    /// Review → Issuance checklist…: opens (or raises) the non-modal checklist of the gaps blocking the final report.
    void showChecklist();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void retranslateUi();
    void updateStatus();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void chooseMember();
    void showShortcuts();
    void onWorkbookChanged(const ChangeNotice& notice);
    void onItemSelected(const QString& itemId);

    std::unique_ptr<Workbook> m_workbook;
    std::unique_ptr<WorkbookSession> m_session; ///< the per-workbook state: clean slate, last item, filter, tab
    QUndoStack* m_undo;
    NavigatorWidget* m_navigator;
    QDockWidget* m_navigatorDock;
    QTabWidget* m_views;
    DashboardWidget* m_dashboard;
    ItemWorkspace* m_workspace;
    ReviewQueue* m_reviewQueue = nullptr;
    QLabel* m_memberLabel;
    QLabel* m_workbookLabel;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_walkMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_reviewMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_reviewQueueAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_memberAction = nullptr;
    QAction* m_reportAction = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_statementInfoAction = nullptr;
    QAction* m_requestsAction = nullptr;
    QAction* m_checklistAction = nullptr;
    QPointer<IssuanceChecklist> m_checklist;
    QList<QAction*> m_exportActions; ///< findings, samples, evidence, status, requests
    QAction* m_verifyReportAction = nullptr;
    QAction* m_createReplicaAction = nullptr;
    QAction* m_syncAction = nullptr;
    SyncStatus* m_syncStatus = nullptr;
    QPointer<ConflictsDialog> m_conflicts;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_workspaceAction = nullptr;
    QAction* m_navigatorAction = nullptr;
    QAction* m_nextItemAction = nullptr;
    QAction* m_previousItemAction = nullptr;
    QAction* m_nextStepAction = nullptr;
    QList<QAction*> m_resultActions;
    QAction* m_japaneseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    EngagementMenu* m_engagementMenu = nullptr;
    WelcomePage* m_welcome = nullptr;
    QAction* m_manualAction = nullptr;
};

} // namespace ismap::ui
