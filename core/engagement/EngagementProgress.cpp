#include "engagement/EngagementProgress.h"

#include "catalog/Catalog.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

namespace ismap {

EngagementProgress EngagementProgress::compute(Workbook& wb)
{
    EngagementProgress p;
    const QHash<QString, QString> applicability = StatementBook::applicabilities(wb);
    const QHash<QString, QString> parts = Catalog::auditedItemParts(wb);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString a = applicability.value(it.key(), QStringLiteral("undecided"));
        p.byPart[it.value()][a] += 1;
        p.itemsTotal += 1;
        if (a == u"in_scope")
            p.inScope += 1;
        else if (a == u"out_of_scope")
            p.outOfScope += 1;
        else
            p.undecided += 1;
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
