#include "navigator/NavigatorFilter.h"

#include "navigator/CatalogTreeModel.h"

#include <functional>

namespace ismap::ui {

const QString NavigatorFilter::kUnassigned = QStringLiteral("\x01unassigned");

NavigatorFilter::NavigatorFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Recursion (a branch shows while anything below it passes) is worked out in rebuild().
    setRecursiveFilteringEnabled(false);
    setDynamicSortFilter(false);
}

void NavigatorFilter::setSourceModel(QAbstractItemModel* source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    m_dirty = true;
    if (!source)
        return;
    // Any change of the source may change what passes: the next filter question walks the tree again.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &NavigatorFilter::sourceChanged);
    connect(source, &QAbstractItemModel::modelReset, this, &NavigatorFilter::sourceChanged);
    connect(source, &QAbstractItemModel::dataChanged, this, &NavigatorFilter::sourceChanged);
    connect(source, &QAbstractItemModel::layoutChanged, this, &NavigatorFilter::sourceChanged);
    connect(source, &QAbstractItemModel::rowsInserted, this, &NavigatorFilter::sourceChanged);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &NavigatorFilter::sourceChanged);
    connect(source, &QAbstractItemModel::rowsMoved, this, &NavigatorFilter::sourceChanged);
}

void NavigatorFilter::changed()
{
    m_dirty = true;
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
    if (!isActive())
        return true;
    if (m_dirty)
        rebuild();
    return m_visible.contains(sourceModel()->index(sourceRow, 0, sourceParent).internalId());
}

void NavigatorFilter::rebuild() const
{
    m_dirty = false;
    m_visible.clear();
    const QAbstractItemModel* src = sourceModel();
    if (!src)
        return;
    // Depth first; a row is shown when it passes or any row below it is shown.
    std::function<bool(const QModelIndex&, bool)> visit = [&](const QModelIndex& parent, bool parentHit) {
        bool any = false;
        const int rows = src->rowCount(parent);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex idx = src->index(r, 0, parent);
            const bool hit
                = parentHit || !m_text || m_text->contains(idx.data(CatalogTreeModel::ItemIdRole).toString());
            const bool below = visit(idx, hit);
            if (below || passes(idx, hit)) {
                m_visible.insert(idx.internalId());
                any = true;
            }
        }
        return any;
    };
    visit(QModelIndex(), false);
}

bool NavigatorFilter::passes(const QModelIndex& idx, bool textHit) const
{
    if (!textHit)
        return false;
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
