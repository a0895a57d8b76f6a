#include "workbook/ItemHistory.h"

#include "database/Database.h"
#include "workbook/Workbook.h"

namespace ismap {

ItemHistory::ItemHistory(Workbook& wb)
    : m_db(wb.db())
{ }

void ItemHistory::catchUp()
{
    if (m_lastSeq > 0 && Trail::hashOf(m_db, m_lastSeq) != m_lastHash) {
        m_lastSeq = 0;
        m_lastHash.clear();
        m_rows.clear();
    }
    Trail::eachAfter(m_db, m_lastSeq, [this](qint64 seq, const QString& entity, const QString& hash) {
        m_lastSeq = seq;
        m_lastHash = hash;
        if (const QString item = Trail::itemOfEntity(entity); !item.isEmpty())
            m_rows[item].append(seq);
    });
}

QList<TrailEntry> ItemHistory::of(const QString& itemId, int limit)
{
    catchUp();
    const QList<qint64> rows = m_rows.value(itemId);
    QList<qint64> wanted;
    for (qsizetype i = rows.size() - 1; i >= 0 && wanted.size() < limit; --i)
        wanted.append(rows[i]);
    return Trail::entries(m_db, wanted);
}

} // namespace ismap
