#include "workbook/ItemHistory.h"

#include "database/Database.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ismap {

ItemHistory::ItemHistory(Workbook& wb)
    : m_db(wb.db())
{ }

void ItemHistory::catchUp()
{
    if (m_lastSeq > 0) {
        Query last = m_db.prepare("SELECT hash FROM trail WHERE seq = ?");
        last.bind(1, m_lastSeq);
        if (!last.step() || last.text(0) != m_lastHash) {
            m_lastSeq = 0;
            m_lastHash.clear();
            m_rows.clear();
        }
    }
    // seq is the rowid: "seq > ?" reads only the rows appended since the last call.
    Query q = m_db.prepare("SELECT seq, entity, hash FROM trail WHERE seq > ? ORDER BY seq");
    q.bind(1, m_lastSeq);
    while (q.step()) {
        m_lastSeq = q.int64(0);
        m_lastHash = q.text(2);
        const QString entity = q.text(1);
        if (!entity.startsWith(QLatin1String("item/")))
            continue;
        const qsizetype end = entity.indexOf(u'/', 5);
        m_rows[entity.mid(5, end < 0 ? -1 : end - 5)].append(m_lastSeq);
    }
}

QList<TrailEntry> ItemHistory::of(const QString& itemId, int limit)
{
    catchUp();
    const QList<qint64> rows = m_rows.value(itemId);
    QJsonArray wanted;
    for (qsizetype i = rows.size() - 1; i >= 0 && wanted.size() < limit; --i)
        wanted.append(rows[i]);
    QList<TrailEntry> out;
    if (wanted.isEmpty())
        return out;
    Query st = m_db.prepare("SELECT seq, at, member, action, entity, before, after, prev_hash, hash FROM trail "
                            "WHERE seq IN (SELECT value FROM json_each(?1)) ORDER BY seq DESC");
    st.bind(1, QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)));
    while (st.step())
        out.append({ st.int64(0),
                     st.text(1),
                     st.text(2),
                     st.text(3),
                     st.text(4),
                     st.text(5),
                     st.text(6),
                     st.text(7),
                     st.text(8),
                     {} });
    return out;
}

} // namespace ismap
