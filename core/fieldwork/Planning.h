#pragma once

#include "fieldwork/FieldworkTypes.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

/** Per-item planning: this year's cycle, kind of control and assignee (table item_plan). */
struct ItemPlan
{
    QString itemId;
    bool inCycle = true;
    QString controlKind; ///< empty = by the template's rule
    QString assignee; ///< member name, or empty
};

/** What importing a cycle list changed. */
struct CycleImportResult
{
    int inCycle = 0;
    int outOfCycle = 0;
    QStringList unknownIds; ///< never partially applied: the import refuses when this is not empty
};

/**
 * Engagement planning: the team, the audit kind and scheme, the multi-year cycle (which items are audited
 * this year), each item's kind of control and assignee. Changes that alter steps refresh them in the same
 * transaction. Team changes need the lead once the team has one; the rest needs a reviewer or the lead.
 */
class Planning
{
    Q_DECLARE_TR_FUNCTIONS(Planning)
public:
    /// Adds a team member: the one way a member joins an existing workbook (`ismapctl team add`). Until the team
    /// has a lead anyone may add members (the trail records the set-up, "system"); then only the lead may.
    /// The name must pass Workbook::checkNewMember().
    static TeamMember addMember(Workbook& wb, const QString& name, Role role, const QString& email = {});
    /// Changes @p name's role (`ismapctl team role`, the app's Engagement ▸ Team). Only the engagement lead may,
    /// while the engagement is open; one transaction, a team.role trail row per member changed. The rules:
    /// - exactly one lead at a time: the lead's own role is not changed on its own; giving another member the
    ///   role lead hands the lead over, and the former lead becomes a reviewer (two trail rows, one action);
    /// - the engagement quality reviewer stands outside the fieldwork team: neither the lead nor a member who has
    ///   worked on the fieldwork (an item sign-off, an assigned item) becomes the quality reviewer, and a quality
    ///   reviewer who has signed the engagement off does not join the fieldwork team;
    /// - past sign-offs stay as they are: each records the role it was given in and the content it covered, so a
    ///   role change voids none of them; the member's next sign-offs need the new role.
    /// Refusals name the member and the rule, and change nothing.
    static void changeRole(Workbook& wb, const QString& name, Role role);
    /// Every role a member can be added with (addMember) or given (changeRole), in the order people read them:
    /// staff, reviewer, lead, quality reviewer. The app's team dialogs, the wizard and the CLI's texts list these.
    static QList<Role> roles();
    /// The keys of roles() as typed on the command line: staff, reviewer, lead, quality_reviewer.
    static QStringList roleKeys();
    /// The role a user typed (one of roles(), by its key); throws InvalidInput naming it and the keys otherwise.
    static Role roleFromText(const QString& text);

    static ItemPlan plan(Workbook& wb, const QString& itemId);
    /// Every item's plan that differs from the default (in cycle, kind by rule, unassigned), by item id.
    static QHash<QString, ItemPlan> plans(Workbook& wb);
    /// Puts items in or out of this year's cycle; out-of-cycle items carry no (active) steps.
    static void setInCycle(Workbook& wb, const QStringList& itemIds, bool inCycle);
    /// Reads a list file (one ID per line, # comments, blank lines ignored): listed statement items are in
    /// this year's cycle, every other statement item is out. All or nothing; unknown IDs are listed.
    static CycleImportResult importCycleList(Workbook& wb, const QString& path);
    /// Sets (or with an empty key clears) the kind of control of an item and refreshes its steps.
    static void setControlKind(Workbook& wb, const QString& itemId, const QString& kindKey);
    /// Assigns an item to a member (empty name: unassigned).
    static void assign(Workbook& wb, const QStringList& itemIds, const QString& memberName);
    /// Initial audit (design) or renewal (operating); refreshes every item's steps.
    static void setAuditKind(Workbook& wb, const QString& auditKind);
    /// ISMAP or ISMAP-LIU.
    static void setScheme(Workbook& wb, const QString& scheme);

    /// Resolves what a user typed to a catalog item ID; throws NotFound naming it.
    static QString resolveItem(Workbook& wb, const QString& raw);
};

} // namespace ismap
