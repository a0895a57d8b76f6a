#pragma once

#include "engagement/ReviewWork.h"

#include <QAbstractItemModel>
#include <QList>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * The review queue as a two-level tree: one row per stage (prepared and awaiting review, with open review
 * notes, reviewed and awaiting the lead) showing its count, and under it the items at that stage with who
 * prepared and reviewed them and their oldest open note. Read from the engine (ReviewWork); never SQL.
 */
class ReviewQueueModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ColId, ColTitle, ColPrepared, ColReviewed, ColNotes, ColAssignee, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1, StageRole, IsStageRole };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    /// Reloads the queue from @p wb (nullptr empties it).
    void reload(Workbook* wb);
    /// Re-reads headers, stage names and titles in the current language.
    void retranslate();

    int count(ReviewStage stage) const;
    /// The index of @p itemId's row, or invalid if it is not in the queue.
    QModelIndex indexForItem(const QString& itemId) const;
    /// The item IDs at @p stage, in catalog order.
    QStringList items(ReviewStage stage) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant stageData(int stageRow, int column, int role) const;
    QVariant entryData(const ReviewQueueEntry& e, int column, int role) const;

    QList<ReviewStage> m_stages;
    QList<QList<ReviewQueueEntry>> m_entries; ///< per stage, in catalog order
};

} // namespace ismap::ui
