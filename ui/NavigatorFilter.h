#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace ismap::ui {

/**
 * Filters the catalog tree: the items a full-text search found (or any of their ancestors), a status,
 * an assignee, mandatory items only, items with deviations. Recursive: a branch stays visible while any
 * item below it passes.
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

    static const QString kUnassigned;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void changed();
    std::optional<QSet<QString>> m_text;
    QString m_status;
    QString m_assignee;
    bool m_mandatoryOnly = false;
    bool m_deviationsOnly = false;
};

} // namespace ismap::ui
