#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;
enum class Role; // workbook/Workbook.h

/** Everything the walk knows about one in-scope item: its derived status and the facts behind it. */
struct ItemState
{
    QString itemId;
    bool inScope = true; ///< false only in overview(): a statement item out of scope or undecided (no status)
    QString part;
    QString domain; ///< first number of the ID ("5" for 5.1.1.1)
    QString sortKey;
    bool mandatory = false;
    bool inCycle = true;
    QString assignee;
    ItemStatus status = ItemStatus::NotStarted;
    int steps = 0; ///< active steps
    int stepsDone = 0;
    int deviations = 0; ///< deviating steps + failing sample items
    int deviationsWithoutFinding = 0;
    int openNotes = 0;
    int findings = 0;
    int sampleItemsPending = 0;
    bool preparerSigned = false; ///< a valid (not voided) preparer sign-off
    bool reviewerSigned = false;
    bool signOffVoided = false; ///< the latest sign-off of a role was voided and not renewed
};

/**
 * How far a group of statement items has got (the engagement, a part, a domain, a branch of the navigator's tree),
 * counted by one rule for the navigator, the dashboard, the start page and `ismapctl status`.
 */
struct ProgressCount
{
    int total = 0; ///< statement items (objectives and detailed controls)
    int inScope = 0;
    int started = 0; ///< in scope and started (ItemStatusBook::isStarted)
    int done = 0; ///< in scope and done (ItemStatusBook::isDone)
    /// Counts @p s in (@p times 1) or takes it out again (-1), as overview() gives it.
    void add(const ItemState& s, int times = 1);
};

/** Which items the walk visits. Empty fields do not filter. */
struct WalkFilter
{
    QString part;
    QString domain;
    QSet<ItemStatus> statuses; ///< empty: what is pending for the member's role
    bool mandatoryOnly = false;
    bool withDeviations = false;
    QString assignee; ///< member name
};

/**
 * The one read model of item status — used by the navigator, the dashboard, the review queue, `status`, the
 * exports and the report; the one place an item's status is derived:
 *   out_of_cycle    in scope, but not audited in this year's cycle;
 *   needs_attention an open review note, a voided sign-off not yet renewed, or a deviation without a finding;
 *   reviewed        valid preparer and reviewer sign-offs;
 *   prepared        a valid preparer sign-off;
 *   in_progress     a step result, a sample drawn, or evidence linked;
 *   not_started     otherwise.
 * Only in-scope statement items (objectives and detailed controls) have a status.
 */
class ItemStatusBook
{
    Q_DECLARE_TR_FUNCTIONS(ItemStatusBook)
public:
    /// Every in-scope item, in catalog order.
    static QList<ItemState> all(Workbook& wb);
    /// One item; nullopt if it is not in scope.
    static std::optional<ItemState> state(Workbook& wb, const QString& itemId);
    /// Every statement item (objectives and detailed controls), in scope or not, for the navigator: the ones out
    /// of scope or undecided carry `inScope == false`, their plan and their counts, and no status.
    static QHash<QString, ItemState> overview(Workbook& wb);
    /// One statement item as overview() has it; nullopt when it is no statement item of the current revision.
    static std::optional<ItemState> overviewOf(Workbook& wb, const QString& itemId);
    static QHash<QString, int> countByStatus(Workbook& wb);
    /// Whether an item of @p status counts as done in progress figures: prepared or reviewed.
    static bool isDone(ItemStatus status);
    /// Whether work on an item of @p status has started: anything but not started and out of this year's cycle.
    static bool isStarted(ItemStatus status);
    /// Why an item needs attention, one translated sentence per cause (open notes, a voided sign-off, deviations
    /// without a finding); empty when nothing calls for it.
    static QStringList attentionReasons(const ItemState& state);

    /// What is pending for a role when the filter names no status: staff prepare (not started, in progress,
    /// needs attention); reviewers, the lead and the quality reviewer review (prepared, needs attention).
    static QSet<ItemStatus> pendingFor(Role role);
    /// Whether an item of status @p status is pending for a member of role @p role:
    /// where "next/previous pending item" stops, in `ismapctl next` and in the desktop app alike.
    static bool isPending(ItemStatus status, Role role);
    /// The role whose pending items the walk shows @p memberName; refuses (Forbidden) no member or one who is
    /// not on the team. `ismapctl next/previous` and the desktop app's next/previous pending item both ask it.
    static Role walkerRole(Workbook& wb, const QString& memberName);
    /// The next pending item after @p afterItemId (from the start when empty) for @p memberName, or nullopt.
    static std::optional<QString> next(Workbook& wb, const QString& memberName, const WalkFilter& filter,
                                       const QString& afterItemId = {});
    /// The previous pending item before @p beforeItemId (from the end when empty).
    static std::optional<QString> previous(Workbook& wb, const QString& memberName, const WalkFilter& filter,
                                           const QString& beforeItemId = {});
    /// Whether @p s passes @p filter for a member of role @p role.
    static bool matches(const ItemState& s, const WalkFilter& filter, Role role);

private:
    static QList<ItemState> compute(Workbook& wb, const QString& onlyItem, bool everyStatementItem);
};

} // namespace ismap
