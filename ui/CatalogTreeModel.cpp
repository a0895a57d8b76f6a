#include "CatalogTreeModel.h"

#include "catalog/Catalog.h"
#include "common/Language.h"
#include "workbook/Workbook.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ismap::ui {

CatalogTreeModel::CatalogTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::reload(Workbook* wb)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    if (wb) {
        const QList<CatalogItem> items = Catalog::items(*wb);
        const QHash<QString, StatementEntry> statement = StatementBook::entries(*wb);
        QHash<QString, Node*> parts;
        for (const QString& p : {QStringLiteral("governance"), QStringLiteral("management"), QStringLiteral("controls")}) {
            auto node = std::make_unique<Node>();
            node->item.part = p;
            node->item.level = QStringLiteral("part");
            node->parent = m_root.get();
            node->row = int(m_root->children.size());
            parts.insert(p, node.get());
            m_root->children.push_back(std::move(node));
        }
        for (const CatalogItem& it : items) {
            Node* parent = it.parent.isEmpty() ? parts.value(it.part) : m_byId.value(it.parent);
            if (!parent)
                parent = parts.value(it.part, m_root.get());
            auto node = std::make_unique<Node>();
            node->item = it;
            const auto st = statement.constFind(it.id);
            node->applicability = st == statement.constEnd() ? Applicability::Undecided : st->applicability;
            node->parent = parent;
            node->row = int(parent->children.size());
            m_byId.insert(it.id, node.get());
            if (it.isStatementItem()) {
                for (Node* up = node.get(); up; up = up->parent) {
                    up->total += 1;
                    up->inScope += node->applicability == Applicability::InScope ? 1 : 0;
                }
                // node->parent chain is set, but node is not yet owned; the loop above walks it safely.
            }
            parent->children.push_back(std::move(node));
        }
    }
    endResetModel();
}

void CatalogTreeModel::retranslate()
{
    if (!m_root->children.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

CatalogTreeModel::Node* CatalogTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* n = nodeFor(child);
    Node* p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int CatalogTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex CatalogTreeModel::indexForItem(const QString& itemId) const
{
    Node* n = m_byId.value(itemId);
    return n ? createIndex(n->row, 0, n) : QModelIndex();
}

QVariant CatalogTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeFor(index);
    const bool isPart = n->item.level == u"part";
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColId:
            return isPart ? partDisplayName(n->item.part) : n->item.id;
        case ColTitle:
            return isPart ? QVariant() : n->item.title(Language::current());
        case ColApplicability:
            if (n->item.isStatementItem())
                return applicabilityDisplayName(n->applicability);
            return tr("%1 / %2 in scope").arg(n->inScope).arg(n->total);
        }
        break;
    case Qt::ToolTipRole:
        if (n->item.mandatory)
            return tr("Mandatory: cannot be left out without a stated reason.");
        break;
    case Qt::ForegroundRole:
        if (index.column() == ColApplicability && n->item.isStatementItem()) {
            if (n->applicability == Applicability::OutOfScope)
                return QBrush(QColor(0x80, 0x80, 0x80));
            if (n->applicability == Applicability::Undecided)
                return QBrush(QColor(0xb0, 0x60, 0x00));
        }
        break;
    case Qt::FontRole:
        if (!n->item.isStatementItem()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case ItemIdRole:
        return n->item.id;
    case LevelRole:
        return n->item.level;
    case MandatoryRole:
        return n->item.mandatory;
    case ApplicabilityRole:
        return applicabilityKey(n->applicability);
    }
    return {};
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColId:
        return tr("Item");
    case ColTitle:
        return tr("Title");
    case ColApplicability:
        return tr("Applicability");
    }
    return {};
}

} // namespace ismap::ui
