#include "navigator/CatalogTreeModel.h"

#include "catalog/Catalog.h"
#include "common/Language.h"
#include "shell/Icons.h"
#include "workbook/Workbook.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace ismap::ui {

CatalogTreeModel::CatalogTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::reload(Workbook* wb)
{
    beginResetModel();
    m_wb = wb;
    m_root = std::make_unique<Node>();
    m_byId.clear();
    m_statementItems.clear();
    if (wb) {
        const QList<CatalogItem> items = Catalog::items(*wb);
        const QHash<QString, StatementEntry> statement = StatementBook::entries(*wb);
        const QHash<QString, ItemState> states = ItemStatusBook::overview(*wb);
        QHash<QString, Node*> parts;
        for (const QString& p :
             { QStringLiteral("governance"), QStringLiteral("management"), QStringLiteral("controls") }) {
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
            setState(node.get(), states.value(it.id));
            node->parent = parent;
            node->row = int(parent->children.size());
            m_byId.insert(it.id, node.get());
            if (it.isStatementItem()) {
                m_statementItems.push_back(node.get());
                countUp(node.get(), node->state, 1);
            }
            parent->children.push_back(std::move(node));
        }
    }
    endResetModel();
}

void CatalogTreeModel::refreshItem(const QString& itemId)
{
    Node* n = m_byId.value(itemId);
    if (!n || !m_wb)
        return;
    const ItemState before = n->state;
    setState(n, ItemStatusBook::overviewOf(*m_wb, itemId).value_or(ItemState()));
    countUp(n, before, -1);
    countUp(n, n->state, 1);
    for (Node* up = n; up && up != m_root.get(); up = up->parent)
        emit dataChanged(indexFor(up, 0), indexFor(up, ColumnCount - 1));
}

void CatalogTreeModel::countUp(Node* n, const ItemState& state, int times)
{
    // A statement item counts in its own row and every branch above it, by the engine's rule (ProgressCount).
    if (state.itemId.isEmpty())
        return;
    for (Node* up = n; up; up = up->parent)
        up->count.add(state, times);
}

void CatalogTreeModel::retranslate()
{
    // Every title and status name depends on the language: tell the views everything changed.
    for (const auto& part : m_root->children) {
        emit dataChanged(indexFor(part.get(), 0), indexFor(part.get(), ColumnCount - 1));
        std::vector<Node*> stack { part.get() };
        while (!stack.empty()) {
            Node* n = stack.back();
            stack.pop_back();
            if (!n->children.empty())
                emit dataChanged(indexFor(n->children.front().get(), 0),
                                 indexFor(n->children.back().get(), ColumnCount - 1));
            for (const auto& c : n->children)
                if (!c->children.empty())
                    stack.push_back(c.get());
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QStringList CatalogTreeModel::statementItemIds() const
{
    QStringList out;
    out.reserve(int(m_statementItems.size()));
    for (const Node* n : m_statementItems)
        out << n->item.id;
    return out;
}

const ItemState* CatalogTreeModel::state(const QString& itemId) const
{
    const Node* n = m_byId.value(itemId);
    return n && !n->state.itemId.isEmpty() ? &n->state : nullptr;
}

void CatalogTreeModel::setState(Node* n, const ItemState& state)
{
    n->state = state;
    n->statusKey = state.inScope && !state.itemId.isEmpty() ? FieldworkText::key(state.status) : QString();
}

QStringList CatalogTreeModel::assignees() const
{
    QSet<QString> names;
    for (const Node* n : m_statementItems)
        if (!n->state.assignee.isEmpty())
            names.insert(n->state.assignee);
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

CatalogTreeModel::Node* CatalogTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::indexFor(Node* n, int column) const
{
    return n == m_root.get() ? QModelIndex() : createIndex(n->row, column, n);
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
    Node* p = nodeFor(child)->parent;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeFor(index);
    const bool isPart = n->item.level == u"part";
    const bool statementItem = n->item.isStatementItem();
    const bool inScope = statementItem && !n->state.itemId.isEmpty() && n->state.inScope;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColId:
            return isPart ? partDisplayName(n->item.part) : n->item.id;
        case ColTitle:
            return isPart ? QVariant() : n->item.title(Language::current());
        case ColApplicability:
            if (statementItem)
                return applicabilityDisplayName(n->applicability);
            return tr("%1 / %2 in scope").arg(n->count.inScope).arg(n->count.total);
        case ColStatus:
            if (statementItem && inScope)
                return n->state.inCycle ? FieldworkText::statusDisplayName(n->statusKey)
                                        : tr("Not in this year's cycle");
            return {};
        case ColAssignee:
            return statementItem ? n->state.assignee : QString();
        case ColProgress:
            if (statementItem && n->children.empty())
                return n->state.steps > 0 ? tr("%1 / %2 steps").arg(n->state.stepsDone).arg(n->state.steps) : QString();
            return tr("%1 / %2 done").arg(n->count.done).arg(n->count.inScope);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ColStatus && statementItem && inScope && !n->statusKey.isEmpty())
            return Icons::status(n->statusKey);
        break;
    case Qt::ToolTipRole: {
        QStringList tips;
        // A column too narrow for its text elides it; the tooltip always holds the whole.
        if (index.column() == ColId && isPart)
            tips << partDisplayName(n->item.part);
        if (index.column() == ColTitle && !isPart) {
            tips << n->item.title(Language::current());
            if (statementItem)
                tips << (n->state.assignee.isEmpty()
                             ? applicabilityDisplayName(n->applicability)
                             : tr("%1 · assigned to %2")
                                   .arg(applicabilityDisplayName(n->applicability), n->state.assignee));
        }
        if (index.column() == ColStatus && statementItem && inScope) {
            tips << data(index, Qt::DisplayRole).toString();
            if (n->state.status == ItemStatus::NeedsAttention)
                tips << ItemStatusBook::attentionReasons(n->state);
        }
        if (n->item.mandatory)
            tips << tr("Mandatory: cannot be left out without a stated reason.");
        if (n->state.deviations > 0)
            tips << tr("%n deviation(s) recorded.", nullptr, n->state.deviations);
        if (n->state.openNotes > 0)
            tips << tr("%n open review note(s).", nullptr, n->state.openNotes);
        if (!tips.isEmpty())
            return tips.join(u'\n');
        break;
    }
    case Qt::ForegroundRole:
        if (index.column() == ColApplicability && statementItem) {
            if (n->applicability == Applicability::OutOfScope)
                return QBrush(QColor(0x80, 0x80, 0x80));
            if (n->applicability == Applicability::Undecided)
                return QBrush(QColor(0xb0, 0x60, 0x00));
        }
        if (index.column() == ColId && n->state.deviations > 0)
            return QBrush(QColor(0xc0, 0x30, 0x20));
        break;
    case Qt::FontRole:
        if (!statementItem) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ColStatus && statementItem && inScope)
            return FieldworkText::statusDisplayName(n->statusKey);
        break;
    case ItemIdRole:
        return n->item.id;
    case LevelRole:
        return n->item.level;
    case MandatoryRole:
        return n->item.mandatory;
    case ApplicabilityRole:
        return applicabilityKey(n->applicability);
    case StatusRole:
        return n->statusKey;
    case AssigneeRole:
        return n->state.assignee;
    case DeviationsRole:
        return n->state.deviations;
    case StatementItemRole:
        return statementItem;
    case PartRole:
        return n->item.part;
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
    case ColStatus:
        return tr("Status");
    case ColAssignee:
        return tr("Assignee");
    case ColProgress:
        return tr("Progress");
    }
    return {};
}

} // namespace ismap::ui
