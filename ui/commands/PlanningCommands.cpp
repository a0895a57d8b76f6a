#include "commands/PlanningCommands.h"

#include "engagement/StatementIntake.h"
#include "fieldwork/Planning.h"
#include "workbook/Workbook.h"

#include <QMap>

namespace ismap::ui {

namespace {
/// "5.1.1" or "3 items": how an undo text names what it changed.
QString itemsLabel(const QStringList& ids)
{
    return ids.size() == 1 ? ids.first() : EngineCommand::tr("%n item(s)", nullptr, int(ids.size()));
}

/// The items of @p before grouped by their earlier value, so that undo makes one engine call per value.
template<typename T> QMap<T, QStringList> byValue(const QHash<QString, T>& before, const QStringList& order)
{
    QMap<T, QStringList> groups;
    for (const QString& id : order)
        groups[before.value(id)] << id;
    return groups;
}
} // namespace

SetApplicabilityCommand::SetApplicabilityCommand(Workbook& wb, const QStringList& itemIds, Applicability applicability,
                                                 const QString& reason)
    : m_wb(wb)
    , m_ids(itemIds)
    , m_applicability(applicability)
    , m_reason(reason)
{
    for (const QString& id : itemIds) {
        const std::optional<StatementEntry> e = StatementBook::entry(wb, id);
        m_before.insert(id,
                        e ? qMakePair(e->applicability, e->reason) : qMakePair(Applicability::Undecided, QString()));
    }
    setTextMaker([itemIds, applicability] {
        return tr("set %1 %2").arg(itemsLabel(itemIds), applicabilityDisplayName(applicability));
    });
}

void SetApplicabilityCommand::perform()
{
    StatementIntake::setApplicability(m_wb, m_ids, m_applicability, m_reason);
}

void SetApplicabilityCommand::revert()
{
    QMap<QPair<int, QString>, QStringList> groups;
    for (const QString& id : m_ids)
        groups[qMakePair(int(m_before.value(id).first), m_before.value(id).second)] << id;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        StatementIntake::setApplicability(m_wb, it.value(), Applicability(it.key().first), it.key().second);
}

AssignItemsCommand::AssignItemsCommand(Workbook& wb, const QStringList& itemIds, const QString& member)
    : m_wb(wb)
    , m_ids(itemIds)
    , m_member(member)
{
    for (const QString& id : itemIds)
        m_before.insert(id, Planning::plan(wb, id).assignee);
    setTextMaker([itemIds, member] {
        return member.isEmpty() ? tr("unassign %1").arg(itemsLabel(itemIds))
                                : tr("assign %1 to %2").arg(itemsLabel(itemIds), member);
    });
}

void AssignItemsCommand::perform()
{
    Planning::assign(m_wb, m_ids, m_member);
}

void AssignItemsCommand::revert()
{
    const QMap<QString, QStringList> groups = byValue(m_before, m_ids);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        Planning::assign(m_wb, it.value(), it.key());
}

SetCycleCommand::SetCycleCommand(Workbook& wb, const QStringList& itemIds, bool inCycle)
    : m_wb(wb)
    , m_ids(itemIds)
    , m_inCycle(inCycle)
{
    for (const QString& id : itemIds)
        m_before.insert(id, Planning::plan(wb, id).inCycle);
    setTextMaker([itemIds, inCycle] {
        return inCycle ? tr("put %1 in this year's cycle").arg(itemsLabel(itemIds))
                       : tr("take %1 out of this year's cycle").arg(itemsLabel(itemIds));
    });
}

void SetCycleCommand::perform()
{
    Planning::setInCycle(m_wb, m_ids, m_inCycle);
}

void SetCycleCommand::revert()
{
    const QMap<bool, QStringList> groups = byValue(m_before, m_ids);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        Planning::setInCycle(m_wb, it.value(), it.key());
}

} // namespace ismap::ui
