#pragma once

#include "catalog/CatalogItem.h"
#include "engagement/ItemStatusBook.h"
#include "statement/StatementBook.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * The criteria catalog as a tree (part → domain → category → 統制目標 → 詳細管理策) with each item's
 * applicability from the statement, its status in the walk, its assignee, and per branch how many of
 * its items are in scope and done, counted by the engine's rule (ProgressCount, the same as EngagementProgress's
 * parts and domains). Read from the engine; never touches SQL.
 */
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ColId, ColTitle, ColApplicability, ColStatus, ColAssignee, ColProgress, ColumnCount };
    enum Roles {
        ItemIdRole = Qt::UserRole + 1,
        LevelRole,
        MandatoryRole,
        ApplicabilityRole,
        StatusRole,
        AssigneeRole,
        DeviationsRole,
        StatementItemRole,
        PartRole
    };

    explicit CatalogTreeModel(QObject* parent = nullptr);
    ~CatalogTreeModel() override;

    /// Reloads everything from @p wb (nullptr clears the model).
    void reload(Workbook* wb);
    /// Re-reads one item's state after an edit and updates it and its branch counts.
    void refreshItem(const QString& itemId);
    /// Re-reads titles and headers in the current language.
    void retranslate();
    QModelIndex indexForItem(const QString& itemId) const;
    /// IDs of the statement items (objectives and detailed controls) in tree order.
    QStringList statementItemIds() const;
    /// The engine's state of a statement item (ItemStatusBook::overview), or null for any other row.
    const ItemState* state(const QString& itemId) const;
    /// Assignee names that occur in the tree, sorted.
    QStringList assignees() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        CatalogItem item; ///< for a part node only `part` and `level` ("part") are set
        Applicability applicability = Applicability::Undecided;
        ItemState state; ///< statement items only (others: a default, empty state)
        QString statusKey; ///< the state's status key; empty when not in scope or not a statement item
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        ProgressCount count; ///< the statement items at and below this node (ItemStatusBook's rule)
    };
    Node* nodeFor(const QModelIndex& index) const;
    QModelIndex indexFor(Node* n, int column) const;
    static void countUp(Node* n, const ItemState& state, int times);
    static void setState(Node* n, const ItemState& state);
    Workbook* m_wb = nullptr;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byId;
    std::vector<Node*> m_statementItems;
};

} // namespace ismap::ui
