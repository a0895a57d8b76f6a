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
    p.byPart = applicabilityByPart(wb);
    for (const QMap<QString, int>& counts : std::as_const(p.byPart)) {
        p.inScope += counts.value(QStringLiteral("in_scope"));
        p.outOfScope += counts.value(QStringLiteral("out_of_scope"));
        p.undecided += counts.value(QStringLiteral("undecided"));
    }
    p.itemsTotal = p.inScope + p.outOfScope + p.undecided;
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

QMap<QString, QMap<QString, int>> EngagementProgress::applicabilityByPart(Workbook& wb)
{
    QMap<QString, QMap<QString, int>> out;
    const QHash<QString, QString> applicability = StatementBook::applicabilities(wb);
    const QHash<QString, QString> parts = Catalog::auditedItemParts(wb);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        out[it.value()][applicability.value(it.key(), QStringLiteral("undecided"))] += 1;
    return out;
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
