#include "review/ReviewQueueModel.h"

#include "common/Clock.h"
#include "common/Language.h"
#include "workbook/Workbook.h"

#include <QFont>

namespace ismap::ui {

namespace {
// internalId 0 marks a stage row; a child's internalId is its stage row + 1.
constexpr quintptr kStageRow = 0;

/// "2026-04-01T09:30:00Z" → "2026-04-01 09:30" for a compact column.
QString shortTime(const QString& iso)
{
    return Clock::shown(iso);
}
} // namespace

ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_stages(ReviewWork::stages())
{
    m_entries.resize(m_stages.size());
}

void ReviewQueueModel::reload(Workbook* wb)
{
    const QList<ReviewQueueEntry> queue = wb ? ReviewWork::queue(*wb) : QList<ReviewQueueEntry>();
    beginResetModel();
    for (auto& list : m_entries)
        list.clear();
    for (const ReviewQueueEntry& e : queue)
        m_entries[m_stages.indexOf(e.stage)] << e;
    endResetModel();
}

void ReviewQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int s = 0; s < m_stages.size(); ++s) {
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
        if (!m_entries[s].isEmpty()) {
            const QModelIndex p = index(s, 0);
            emit dataChanged(index(0, 0, p), index(int(m_entries[s].size()) - 1, ColumnCount - 1, p));
        }
    }
}

int ReviewQueueModel::count(ReviewStage stage) const
{
    return int(m_entries.value(m_stages.indexOf(stage)).size());
}

QModelIndex ReviewQueueModel::indexForItem(const QString& itemId) const
{
    for (int s = 0; s < m_entries.size(); ++s)
        for (int r = 0; r < m_entries[s].size(); ++r)
            if (m_entries[s][r].itemId == itemId)
                return createIndex(r, 0, quintptr(s + 1));
    return {};
}

QStringList ReviewQueueModel::items(ReviewStage stage) const
{
    QStringList out;
    for (const ReviewQueueEntry& e : m_entries.value(m_stages.indexOf(stage)))
        out << e.itemId;
    return out;
}

QModelIndex ReviewQueueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_stages.size() ? createIndex(row, column, kStageRow) : QModelIndex();
    if (parent.internalId() != kStageRow || parent.column() != 0)
        return {};
    const int s = parent.row();
    if (s < 0 || s >= m_entries.size() || row >= m_entries[s].size())
        return {};
    return createIndex(row, column, quintptr(s + 1));
}

QModelIndex ReviewQueueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kStageRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStageRow);
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_stages.size());
    if (parent.internalId() != kStageRow || parent.column() != 0)
        return 0;
    return int(m_entries.value(parent.row()).size());
}

int ReviewQueueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ReviewQueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kStageRow)
        return stageData(index.row(), index.column(), role);
    const int s = int(index.internalId() - 1);
    if (s >= m_entries.size() || index.row() >= m_entries[s].size())
        return {};
    return entryData(m_entries[s][index.row()], index.column(), role);
}

QVariant ReviewQueueModel::stageData(int stageRow, int column, int role) const
{
    if (stageRow < 0 || stageRow >= m_stages.size())
        return {};
    const ReviewStage stage = m_stages[stageRow];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == ColId)
            return tr("%1 (%2)").arg(ReviewWork::stageDisplayName(stage)).arg(m_entries[stageRow].size());
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case StageRole:
        return ReviewWork::stageKey(stage);
    case IsStageRole:
        return true;
    default:
        return {};
    }
}

QVariant ReviewQueueModel::entryData(const ReviewQueueEntry& e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColId:
            return e.itemId;
        case ColTitle:
            return e.title(Language::current());
        case ColPrepared:
            return e.preparedBy;
        case ColReviewed:
            return e.reviewedBy;
        case ColNotes:
            return e.openNotes == 0 ? QString()
                                    : tr("%n open: %1", nullptr, e.openNotes).arg(e.firstOpenNote.simplified());
        case ColAssignee:
            return e.assignee;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ColNotes && e.openNotes > 0)
            return tr("Oldest open note, raised by %1: %2").arg(e.firstOpenNoteBy, e.firstOpenNote);
        if (column == ColTitle)
            return e.title(Language::current());
        if (column == ColPrepared && !e.preparedBy.isEmpty())
            return tr("Prepared by %1 on %2").arg(e.preparedBy, shortTime(e.preparedAt));
        if (column == ColReviewed && !e.reviewedBy.isEmpty())
            return tr("Reviewed by %1 on %2").arg(e.reviewedBy, shortTime(e.reviewedAt));
        return {};
    case ItemIdRole:
        return e.itemId;
    case StageRole:
        return ReviewWork::stageKey(e.stage);
    case IsStageRole:
        return false;
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColId:
        return tr("Item");
    case ColTitle:
        return tr("Title");
    case ColPrepared:
        return tr("Prepared by");
    case ColReviewed:
        return tr("Reviewed by");
    case ColNotes:
        return tr("Open review notes");
    case ColAssignee:
        return tr("Assignee");
    default:
        return {};
    }
}

} // namespace ismap::ui
