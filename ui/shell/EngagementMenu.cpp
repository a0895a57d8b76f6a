#include "shell/EngagementMenu.h"

#include "commands/PlanningCommands.h"
#include "common/AuditError.h"
#include "engagement/CatalogIntake.h"
#include "engagement/StatementIntake.h"
#include "engagementview/MemberKeysDialog.h"
#include "engagementview/PlanningDialogs.h"
#include "fieldwork/Planning.h"
#include "shell/BusyCursor.h"
#include "shell/Messages.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>

namespace ismap::ui {

namespace {
QString g_nextPath;
} // namespace

EngagementMenu::EngagementMenu(QWidget* window, QUndoStack* undo, std::function<Workbook*()> workbook,
                               std::function<QStringList()> selection)
    : QObject(window)
    , m_window(window)
    , m_undo(undo)
    , m_workbook(std::move(workbook))
    , m_selection(std::move(selection))
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("engagementMenu"));
    auto add = [this](auto slot) {
        QAction* a = m_menu->addAction(QString());
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    const QString tables = QStringLiteral(" (*.csv *.xlsx)");
    m_importStatement = add([this, tables] {
        const QString path = askPath(tr("Import the statement"), tr("Statements") + tables);
        if (!path.isEmpty())
            importStatement(path);
    });
    m_importCatalog = add([this, tables] {
        const QString path = askPath(tr("Import the criteria catalog"), tr("Catalogs") + tables);
        if (!path.isEmpty())
            importCatalog(path);
    });
    m_menu->addSeparator();
    m_applicability = add([this] {
        Workbook* wb = m_workbook();
        const QStringList ids = m_selection();
        if (!wb || ids.isEmpty())
            return;
        const std::optional<StatementEntry> e = StatementBook::entry(*wb, ids.first());
        ApplicabilityDialog dialog(ids, e ? e->applicability : Applicability::InScope, e ? e->reason : QString(),
                                   m_window);
        if (dialog.exec() == QDialog::Accepted)
            setApplicability(ids, dialog.applicability(), dialog.reason());
    });
    m_assign = add([this] {
        Workbook* wb = m_workbook();
        const QStringList ids = m_selection();
        if (!wb || ids.isEmpty())
            return;
        AssignDialog dialog(ids, wb->team(), Planning::plan(*wb, ids.first()).assignee, m_window);
        if (dialog.exec() == QDialog::Accepted)
            assign(ids, dialog.member());
    });
    m_inCycle = add([this] { setInCycle(m_selection(), true); });
    m_outOfCycle = add([this] { setInCycle(m_selection(), false); });
    m_cycleList = add([this] {
        const QString path = askPath(tr("Import this year's cycle"), tr("Lists of item IDs (*.txt *.csv)"));
        if (!path.isEmpty())
            importCycleList(path);
    });
    m_menu->addSeparator();
    m_addMember = add([this] {
        Workbook* wb = m_workbook();
        if (!wb)
            return;
        AddMemberDialog dialog(wb->team(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            addMember(dialog.name(), dialog.role(), dialog.email());
    });
    m_changeRole = add([this] {
        Workbook* wb = m_workbook();
        if (!wb)
            return;
        ChangeRoleDialog dialog(wb->team(), QString(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            changeRole(dialog.member(), dialog.role());
    });
    m_changeRole->setObjectName(QStringLiteral("changeRoleAction"));
    m_memberKeys = add([this] {
        if (Workbook* wb = m_workbook()) {
            MemberKeysDialog dialog(*wb, m_window);
            dialog.exec();
        }
    });
    m_importStatement->setObjectName(QStringLiteral("importStatementAction"));
    m_applicability->setObjectName(QStringLiteral("applicabilityAction"));
    connect(m_menu, &QMenu::aboutToShow, this, &EngagementMenu::updateActions);
    m_menu->installEventFilter(this);
    retranslateUi();
    updateActions();
}

QList<QAction*> EngagementMenu::itemActions() const
{
    return { m_applicability, m_assign, m_inCycle, m_outOfCycle };
}

void EngagementMenu::setNextPath(const QString& path)
{
    g_nextPath = path;
}

QString EngagementMenu::askPath(const QString& title, const QString& filter)
{
    if (!g_nextPath.isEmpty())
        return std::exchange(g_nextPath, QString());
    return QFileDialog::getOpenFileName(m_window, title, QString(), filter);
}

void EngagementMenu::updateActions()
{
    Workbook* wb = m_workbook();
    const bool writable = wb && !wb->isReadOnly() && !wb->engagement().locked;
    const bool selected = writable && !m_selection().isEmpty();
    for (QAction* a : { m_importStatement, m_importCatalog, m_cycleList, m_addMember, m_changeRole })
        a->setEnabled(writable);
    for (QAction* a : itemActions())
        a->setEnabled(selected);
    m_memberKeys->setEnabled(wb != nullptr); // the list is shown read-only too; the engine decides each change
    const QString why = !wb ? tr("Open a workbook first.")
        : !writable         ? tr("The workbook is finalised or read-only.")
                            : tr("Select one or more items in the navigator first.");
    for (QAction* a : itemActions())
        a->setToolTip(a->isEnabled() ? a->text().remove(u'&') : why);
}

bool EngagementMenu::importStatement(const QString& path)
{
    Workbook* wb = m_workbook();
    if (!wb)
        return false;
    try {
        BusyCursor busy;
        const StatementImportResult r = StatementIntake::importFile(*wb, path);
        emit message(tr("Statement %1 imported: %2 in scope, %3 out of scope, %4 undecided.")
                         .arg(QFileInfo(path).fileName())
                         .arg(r.inScope)
                         .arg(r.outOfScope)
                         .arg(r.undecided));
        return true;
    } catch (const AuditError& e) {
        Messages::error(m_window, tr("Cannot import the statement"), e.message());
        return false;
    }
}

bool EngagementMenu::importCatalog(const QString& path)
{
    Workbook* wb = m_workbook();
    if (!wb)
        return false;
    try {
        BusyCursor busy;
        const CatalogImportResult r = CatalogIntake::importInto(*wb, path);
        QString text = tr("Catalog %1 (revision %2) installed: %3 added, %4 updated.")
                           .arg(QFileInfo(path).fileName(), r.install.revision)
                           .arg(r.install.added)
                           .arg(r.install.updated);
        if (!r.install.disappearedWithWork.isEmpty())
            Messages::info(m_window, tr("Catalog imported"),
                           tr("%1\nThese items are not in the new revision but carry work, which is kept: %2")
                               .arg(text, r.install.disappearedWithWork.join(QStringLiteral(", "))));
        emit message(text);
        return true;
    } catch (const AuditError& e) {
        Messages::error(m_window, tr("Cannot import the catalog"), e.message());
        return false;
    }
}

bool EngagementMenu::importCycleList(const QString& path)
{
    Workbook* wb = m_workbook();
    if (!wb)
        return false;
    try {
        const CycleImportResult r = Planning::importCycleList(*wb, path);
        emit message(tr("This year's cycle: %1 items in, %2 out.").arg(r.inCycle).arg(r.outOfCycle));
        return true;
    } catch (const AuditError& e) {
        Messages::error(m_window, tr("Cannot import the cycle"), e.message());
        return false;
    }
}

template<typename Command> bool EngagementMenu::push(std::unique_ptr<Command> cmd, const QString& title)
{
    const EngineCommand* pushed = EngineCommand::push(*m_undo, std::move(cmd), m_window, title);
    if (pushed)
        emit message(pushed->text());
    return pushed;
}

bool EngagementMenu::setApplicability(const QStringList& itemIds, Applicability applicability, const QString& reason)
{
    Workbook* wb = m_workbook();
    if (!wb || itemIds.isEmpty())
        return false;
    return push(std::make_unique<SetApplicabilityCommand>(*wb, itemIds, applicability, reason),
                tr("Cannot set the applicability"));
}

bool EngagementMenu::assign(const QStringList& itemIds, const QString& member)
{
    Workbook* wb = m_workbook();
    if (!wb || itemIds.isEmpty())
        return false;
    return push(std::make_unique<AssignItemsCommand>(*wb, itemIds, member), tr("Cannot assign the items"));
}

bool EngagementMenu::setInCycle(const QStringList& itemIds, bool inCycle)
{
    Workbook* wb = m_workbook();
    if (!wb || itemIds.isEmpty())
        return false;
    return push(std::make_unique<SetCycleCommand>(*wb, itemIds, inCycle), tr("Cannot change the cycle"));
}

bool EngagementMenu::addMember(const QString& name, Role role, const QString& email)
{
    Workbook* wb = m_workbook();
    if (!wb)
        return false;
    try {
        const TeamMember m = Planning::addMember(*wb, name, role, email);
        emit message(tr("%1 joined the team as %2.").arg(m.name, roleDisplayName(m.role)));
        return true;
    } catch (const AuditError& e) {
        Messages::error(m_window, tr("Cannot add the member"), e.message());
        return false;
    }
}

bool EngagementMenu::changeRole(const QString& name, Role role)
{
    Workbook* wb = m_workbook();
    if (!wb)
        return false;
    try {
        Planning::changeRole(*wb, name, role);
        emit message(tr("%1 is now %2.").arg(name, roleDisplayName(role)));
        return true;
    } catch (const AuditError& e) {
        Messages::error(m_window, tr("Cannot change the role"), e.message());
        return false;
    }
}

bool EngagementMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void EngagementMenu::retranslateUi()
{
    m_menu->setTitle(tr("E&ngagement"));
    m_importStatement->setText(tr("Import or replace the &statement (言明書)…"));
    m_importCatalog->setText(tr("Import the criteria &catalog (管理基準)…"));
    m_applicability->setText(tr("Set &applicability…"));
    m_assign->setText(tr("&Assign to a member…"));
    m_inCycle->setText(tr("Put &in this year's cycle"));
    m_outOfCycle->setText(tr("Take &out of this year's cycle"));
    m_cycleList->setText(tr("Import this year's c&ycle list…"));
    m_addMember->setText(tr("Add a &team member…"));
    m_changeRole->setText(tr("Change a member's &role…"));
    m_memberKeys->setText(tr("Member &keys…"));
    updateActions();
}

} // namespace ismap::ui
