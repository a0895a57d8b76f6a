#include "engagement/EngagementProgress.h"

#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "workbook/Workbook.h"

namespace ismap {

EngagementProgress EngagementProgress::compute(Workbook& wb)
{
    Database& db = wb.db();
    EngagementProgress p;
    Query st = db.prepare("SELECT c.part, coalesce(s.applicability, 'undecided'), count(*) FROM catalog_item c "
                          "LEFT JOIN statement_item s ON s.item_id = c.id "
                          "WHERE c.retired_in IS NULL AND c.level IN ('objective', 'detailed') "
                          "GROUP BY c.part, coalesce(s.applicability, 'undecided')");
    while (st.step()) {
        const int n = st.integer(2);
        const QString a = st.text(1);
        p.byPart[st.text(0)][a] += n;
        p.itemsTotal += n;
        if (a == u"in_scope")
            p.inScope += n;
        else if (a == u"out_of_scope")
            p.outOfScope += n;
        else
            p.undecided += n;
    }
    const QHash<QString, int> statuses = ItemStatusBook::countByStatus(wb);
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        p.byStatus.insert(it.key(), it.value());
    p.findingsBySeverity = Findings::countBySeverity(wb);
    for (int n : std::as_const(p.findingsBySeverity))
        p.findings += n;
    p.evidenceByKind = EvidenceVault(wb).countByKind();
    for (const EvidenceVault::KindCount& k : std::as_const(p.evidenceByKind)) {
        p.evidence += k.count;
        p.evidenceBytes += k.bytes;
    }
    return p;
}

QJsonObject EngagementProgress::toJson() const
{
    QJsonObject status;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        status.insert(it.key(), it.value());
    QJsonObject parts;
    for (auto it = byPart.cbegin(); it != byPart.cend(); ++it) {
        QJsonObject o;
        for (auto jt = it->cbegin(); jt != it->cend(); ++jt)
            o.insert(jt.key(), jt.value());
        parts.insert(it.key(), o);
    }
    return QJsonObject { { QStringLiteral("items_total"), itemsTotal },
                         { QStringLiteral("in_scope"), inScope },
                         { QStringLiteral("out_of_scope"), outOfScope },
                         { QStringLiteral("undecided"), undecided },
                         { QStringLiteral("by_status"), status },
                         { QStringLiteral("by_part"), parts },
                         { QStringLiteral("findings"), findings },
                         { QStringLiteral("evidence"), evidence },
                         { QStringLiteral("evidence_bytes"), evidenceBytes } };
}

} // namespace ismap
