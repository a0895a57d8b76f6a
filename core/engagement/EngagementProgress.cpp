#include "engagement/EngagementProgress.h"

#include "catalog/Catalog.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <algorithm>

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
    for (const QString& k : FieldworkText::statusKeys())
        p.byStatus.insert(k, 0);
    // Parts in the criteria's order, then domains as the items name them (in catalog order, as overview sorts).
    QHash<QString, qsizetype> partAt, domainAt;
    for (const char* key : { "governance", "management", "controls" }) {
        partAt.insert(QString::fromLatin1(key), p.parts.size());
        p.parts.append(Branch { QString::fromLatin1(key), {}, {}, {}, {} });
    }
    QList<ItemState> states = ItemStatusBook::overview(wb).values();
    std::sort(states.begin(), states.end(),
              [](const ItemState& a, const ItemState& b) { return a.sortKey < b.sortKey; });
    auto countIn = [](Branch& b, const ItemState& s) {
        b.count.add(s);
        if (s.inScope)
            ++b.byStatus[FieldworkText::key(s.status)];
    };
    Branch all;
    for (const ItemState& s : std::as_const(states)) {
        if (!partAt.contains(s.part)) {
            partAt.insert(s.part, p.parts.size());
            p.parts.append(Branch { s.part, {}, {}, {}, {} });
        }
        if (!domainAt.contains(s.domain)) {
            domainAt.insert(s.domain, p.domains.size());
            Branch d { s.domain, {}, {}, {}, {} };
            if (const std::optional<CatalogItem> item = Catalog::item(wb, s.domain)) {
                d.titleJa = item->titleJa;
                d.titleEn = item->titleEn;
            }
            p.domains.append(d);
        }
        countIn(p.parts[partAt.value(s.part)], s);
        countIn(p.domains[domainAt.value(s.domain)], s);
        countIn(all, s);
    }
    p.started = all.count.started;
    p.done = all.count.done;
    p.byStatus.insert(all.byStatus);
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

QString EngagementProgress::Branch::title(const QString& lang) const
{
    const QString& preferred = lang == u"en" ? titleEn : titleJa;
    return preferred.isEmpty() ? (lang == u"en" ? titleJa : titleEn) : preferred;
}

namespace {

QJsonObject branchJson(const EngagementProgress::Branch& b)
{
    QJsonObject status;
    for (auto it = b.byStatus.cbegin(); it != b.byStatus.cend(); ++it)
        status.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("items_total"), b.count.total },
                         { QStringLiteral("in_scope"), b.count.inScope },
                         { QStringLiteral("started"), b.count.started },
                         { QStringLiteral("done"), b.count.done },
                         { QStringLiteral("by_status"), status } };
}

} // namespace

QJsonObject EngagementProgress::toJson() const
{
    QJsonObject status;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        status.insert(it.key(), it.value());
    QJsonObject partsJson;
    for (auto it = byPart.cbegin(); it != byPart.cend(); ++it) {
        QJsonObject o;
        for (auto jt = it->cbegin(); jt != it->cend(); ++jt)
            o.insert(jt.key(), jt.value());
        partsJson.insert(it.key(), o);
    }
    QJsonObject partProgress;
    for (const Branch& b : parts)
        partProgress.insert(b.id, branchJson(b));
    QJsonArray domainProgress;
    for (const Branch& b : domains) {
        QJsonObject o = branchJson(b);
        o.insert(QStringLiteral("domain"), b.id);
        o.insert(QStringLiteral("title_ja"), b.titleJa);
        o.insert(QStringLiteral("title_en"), b.titleEn);
        domainProgress.append(o);
    }
    return QJsonObject { { QStringLiteral("items_total"), itemsTotal },
                         { QStringLiteral("in_scope"), inScope },
                         { QStringLiteral("out_of_scope"), outOfScope },
                         { QStringLiteral("undecided"), undecided },
                         { QStringLiteral("by_status"), status },
                         { QStringLiteral("started"), started },
                         { QStringLiteral("done"), done },
                         { QStringLiteral("by_part"), partsJson },
                         { QStringLiteral("progress_by_part"), partProgress },
                         { QStringLiteral("progress_by_domain"), domainProgress },
                         { QStringLiteral("findings"), findings },
                         { QStringLiteral("evidence"), evidence },
                         { QStringLiteral("evidence_bytes"), evidenceBytes } };
}

} // namespace ismap
