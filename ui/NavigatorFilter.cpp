#include "NavigatorFilter.h"

#include "CatalogTreeModel.h"

namespace ismap::ui {

const QString NavigatorFilter::kUnassigned = QStringLiteral("\x01unassigned");

NavigatorFilter::NavigatorFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false);
}

void NavigatorFilter::changed()
{
    invalidateFilter();
}

void NavigatorFilter::setTextMatches(std::optional<QSet<QString>> ids)
{
    m_text = std::move(ids);
    changed();
}

void NavigatorFilter::setStatus(const QString& statusKey)
{
    m_status = statusKey;
    changed();
}

void NavigatorFilter::setAssignee(const QString& name)
{
    m_assignee = name;
    changed();
}

void NavigatorFilter::setMandatoryOnly(bool on)
{
    m_mandatoryOnly = on;
    changed();
}

void NavigatorFilter::setDeviationsOnly(bool on)
{
    m_deviationsOnly = on;
    changed();
}

bool NavigatorFilter::isActive() const
{
    return m_text || !m_status.isEmpty() || !m_assignee.isEmpty() || m_mandatoryOnly || m_deviationsOnly;
}

bool NavigatorFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_text) {
        bool hit = false;
        for (QModelIndex up = idx; up.isValid() && !hit; up = up.parent())
            hit = m_text->contains(up.data(CatalogTreeModel::ItemIdRole).toString());
        if (!hit)
            return false;
    }
    const bool itemCriteria = !m_status.isEmpty() || !m_assignee.isEmpty() || m_mandatoryOnly || m_deviationsOnly;
    if (!itemCriteria)
        return true;
    // Criteria about the work apply to statement items; branches show through their children.
    if (!idx.data(CatalogTreeModel::StatementItemRole).toBool())
        return false;
    if (!m_status.isEmpty() && idx.data(CatalogTreeModel::StatusRole).toString() != m_status)
        return false;
    if (!m_assignee.isEmpty()) {
        const QString a = idx.data(CatalogTreeModel::AssigneeRole).toString();
        if (m_assignee == kUnassigned ? !a.isEmpty() : a != m_assignee)
            return false;
    }
    if (m_mandatoryOnly && !idx.data(CatalogTreeModel::MandatoryRole).toBool())
        return false;
    if (m_deviationsOnly && idx.data(CatalogTreeModel::DeviationsRole).toInt() == 0)
        return false;
    return true;
}

} // namespace ismap::ui
