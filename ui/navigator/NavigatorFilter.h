#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace ismap::ui {

/**
 * Filters the catalog tree: the items a full-text search found (or any of their ancestors), a status,
 * an assignee, mandatory items only, items with deviations. Recursive: a branch stays visible while any
 * item below it passes. The rows that pass are worked out in one walk over the tree when a criterion or the
 * source changes, so refiltering a keystroke costs one pass instead of a check of every row's ancestors and
 * descendants.
 */
class NavigatorFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NavigatorFilter(QObject* parent = nullptr);

    /// Items the text search matched; std::nullopt means no text filter.
    void setTextMatches(std::optional<QSet<QString>> ids);
    void setStatus(const QString& statusKey); ///< empty: any
    /// Assignee name; empty: anyone; kUnassigned: items nobody is assigned to.
    void setAssignee(const QString& name);
    void setMandatoryOnly(bool on);
    void setDeviationsOnly(bool on);
    /// True while any criterion is set.
    bool isActive() const;
    void setSourceModel(QAbstractItemModel* source) override;

    static const QString kUnassigned;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void changed();
    void sourceChanged() { m_dirty = true; }
    /// Walks the source tree and records the rows that pass or have a passing row below them.
    void rebuild() const;
    /// Whether the row at @p idx itself passes, given whether it or an ancestor matched the text.
    bool passes(const QModelIndex& idx, bool textHit) const;
    mutable QSet<quintptr> m_visible; ///< internal IDs of the source rows shown
    mutable bool m_dirty = true;
    std::optional<QSet<QString>> m_text;
    QString m_status;
    QString m_assignee;
    bool m_mandatoryOnly = false;
    bool m_deviationsOnly = false;
};

} // namespace ismap::ui
