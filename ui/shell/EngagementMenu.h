#pragma once

#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace ismap::ui {

/**
 * The Engagement menu: everything that sets an engagement up after File → New, without ismapctl — importing or
 * replacing the statement (言明書) and the catalog (管理基準), an item's applicability and its reason, assigning
 * items, this year's cycle, the team. Each action calls the engine action `ismapctl` calls; those the engine can
 * take back (applicability, assignment, cycle) go on the undo stack. The item actions work on the navigator's
 * selection and are also offered in its context menu.
 */
class EngagementMenu : public QObject
{
    Q_OBJECT
public:
    /// @p workbook gives the open workbook (or null), @p selection the selected statement items.
    EngagementMenu(QWidget* window, QUndoStack* undo, std::function<Workbook*()> workbook,
                   std::function<QStringList()> selection);

    QMenu* menu() const { return m_menu; }
    /// The actions on the selected items (applicability, assign, cycle), for a context menu.
    QList<QAction*> itemActions() const;
    QAction* importStatementAction() const { return m_importStatement; }
    QAction* importCatalogAction() const { return m_importCatalog; }
    QAction* applicabilityAction() const { return m_applicability; }
    QAction* assignAction() const { return m_assign; }
    QAction* inCycleAction() const { return m_inCycle; }
    QAction* outOfCycleAction() const { return m_outOfCycle; }
    QAction* cycleListAction() const { return m_cycleList; }
    QAction* addMemberAction() const { return m_addMember; }
    QAction* changeRoleAction() const { return m_changeRole; }
    QAction* memberKeysAction() const { return m_memberKeys; }

    /// What the actions do once they know their input; each returns false after showing why it was refused.
    bool importStatement(const QString& path);
    bool importCatalog(const QString& path);
    bool importCycleList(const QString& path);
    bool setApplicability(const QStringList& itemIds, Applicability applicability, const QString& reason);
    bool assign(const QStringList& itemIds, const QString& member);
    bool setInCycle(const QStringList& itemIds, bool inCycle);
    bool addMember(const QString& name, Role role, const QString& email = {});
    bool changeRole(const QString& name, Role role);

    /// Test seam: the next file dialog returns @p path without showing anything.
    static void setNextPath(const QString& path);
    /// Enables what the open workbook and the selection allow.
    void updateActions();

signals:
    /// A one-line outcome for the status bar.
    void message(const QString& text);

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void retranslateUi();
    QString askPath(const QString& title, const QString& filter);
    /// Runs @p cmd through the engine and pushes it; shows the refusal under @p title otherwise.
    template<typename Command> bool push(std::unique_ptr<Command> cmd, const QString& title);

    QWidget* m_window;
    QUndoStack* m_undo;
    std::function<Workbook*()> m_workbook;
    std::function<QStringList()> m_selection;
    QMenu* m_menu;
    QAction* m_importStatement;
    QAction* m_importCatalog;
    QAction* m_applicability;
    QAction* m_assign;
    QAction* m_inCycle;
    QAction* m_outOfCycle;
    QAction* m_cycleList;
    QAction* m_addMember;
    QAction* m_changeRole;
    QAction* m_memberKeys;
};

} // namespace ismap::ui
