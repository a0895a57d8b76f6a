#pragma once

#include "catalog/CatalogItem.h"
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
 * applicability from the statement. Read from the engine; never touches SQL.
 */
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ColId, ColTitle, ColApplicability, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1, LevelRole, MandatoryRole, ApplicabilityRole };

    explicit CatalogTreeModel(QObject* parent = nullptr);
    ~CatalogTreeModel() override;

    /// Reloads everything from @p wb (nullptr clears the model).
    void reload(Workbook* wb);
    /// Re-reads titles and headers in the current language.
    void retranslate();
    QModelIndex indexForItem(const QString& itemId) const;

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
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        int inScope = 0; ///< statement items in scope below this node
        int total = 0;
    };
    Node* nodeFor(const QModelIndex& index) const;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byId;
};

} // namespace ismap::ui
