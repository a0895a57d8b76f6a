#pragma once

#include "trail/Trail.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ismap {

class Database;
class Workbook;

/**
 * An item's history from the trail (entity "item/<id>" and everything below it), newest first — what
 * Trail::history(db, "item/<id>") returns — without scanning the whole trail for every item shown. The
 * first call reads (seq, entity) of every trail row once and remembers which rows belong to which item;
 * later calls read only the rows appended since (the trail is append-only and its seq only grows), then
 * fetch the item's rows by seq. If the remembered last row no longer matches the trail (a rolled-back
 * append, another workbook), it starts over.
 */
class ItemHistory
{
public:
    explicit ItemHistory(Workbook& wb);
    /// The trail entries of @p itemId and below, newest first, at most @p limit.
    QList<TrailEntry> of(const QString& itemId, int limit = 500);

private:
    void catchUp();
    Database& m_db;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    QHash<QString, QList<qint64>> m_rows; ///< item ID -> its trail seqs, ascending
};

} // namespace ismap
