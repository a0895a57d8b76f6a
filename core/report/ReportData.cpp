#include "report/ReportData.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogItem.h"
#include "common/Clock.h"
#include "engagement/EngagementProgress.h"
#include "engagement/ItemStatusBook.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"
#include "trail/Trail.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ismap {

QString ReportData::leadName() const
{
    for (const TeamMember& m : team)
        if (m.role == Role::Lead)
            return m.name;
    return {};
}

bool ReportData::anyUndecided() const
{
    for (const ReportPartSummary& p : parts)
        if (p.undecided > 0)
            return true;
    return false;
}

int ReportData::samplingTableIndex(const QString& stored) const
{
    const QByteArray key = stored.toUtf8();
    for (int i = 0; i < samplingTables.size(); ++i)
        if (samplingTables[i].stored == key)
            return i;
    return -1;
}

ReportSamplingTable ReportSamplingTable::fromStored(const QString& json)
{
    ReportSamplingTable t;
    t.stored = json.toUtf8();
    const QJsonObject o = QJsonDocument::fromJson(t.stored).object();
    t.nameJa = o.value(QStringLiteral("name_ja")).toString();
    t.nameEn = o.value(QStringLiteral("name_en")).toString();
    t.version = o.value(QStringLiteral("version")).toString();
    t.note = o.value(QStringLiteral("note")).toString();
    const QJsonObject freqs = o.value(QStringLiteral("frequencies")).toObject();
    for (const char* key : { "annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "multiple_daily" }) {
        const QJsonValue v = freqs.value(QLatin1String(key));
        if (v.isObject())
            t.sizes.append({ QString::fromLatin1(key), qint64(v.toObject().value(QStringLiteral("size")).toDouble()) });
    }
    for (const QJsonValue b :
         freqs.value(QStringLiteral("event")).toObject().value(QStringLiteral("bands")).toArray()) {
        const QJsonObject band = b.toObject();
        t.eventBands.append({ band.contains(QStringLiteral("max_population"))
                                  ? qint64(band.value(QStringLiteral("max_population")).toDouble())
                                  : qint64(-1),
                              qint64(band.value(QStringLiteral("size")).toDouble()) });
    }
    return t;
}

ReportData ReportData::gather(Workbook& wb)
{
    Database& db = wb.db();
    ReportData d;
    d.generatedAt = Clock::now();
    d.reportDate = Clock::todayInJapan();
    d.engagement = wb.engagement();
    d.statementInfo = StatementBook::info(wb);
    d.team = wb.team();

    // Statement summary per part, in the criteria's order of parts.
    for (const char* key : { "governance", "management", "controls" })
        d.parts.append(ReportPartSummary { QString::fromLatin1(key) });
    const QMap<QString, QMap<QString, int>> byPart = EngagementProgress::applicabilityByPart(wb);
    for (auto p = byPart.cbegin(); p != byPart.cend(); ++p) {
        auto it = std::find_if(d.parts.begin(), d.parts.end(),
                               [&](const ReportPartSummary& s) { return s.part == p.key(); });
        if (it == d.parts.end())
            it = d.parts.insert(d.parts.end(), ReportPartSummary { p.key() });
        it->inScope += p->value(QStringLiteral("in_scope"));
        it->outOfScope += p->value(QStringLiteral("out_of_scope"));
        it->undecided += p->value(QStringLiteral("undecided"));
    }

    // Exclusions, in the criteria's order: the statement's out-of-scope items with their reasons.
    const QHash<QString, StatementEntry> statement = StatementBook::entries(wb);
    QHash<QString, CatalogItem> catalog;
    for (const CatalogItem& c : Catalog::items(wb)) {
        const auto entry = statement.constFind(c.id);
        if (entry == statement.constEnd())
            continue;
        if (entry->applicability == Applicability::OutOfScope)
            d.exclusions.append({ c.id, c.titleJa, c.titleEn, entry->reason });
        else
            catalog.insert(c.id, c);
    }
    // The items in scope are the read model's (ItemStatusBook::all: in scope, in catalog order, with this year's
    // cycle), the same list the navigator, the dashboard, `status` and the exports show; the statement adds what the
    // CSP wrote about each.
    QHash<QString, int> itemIndex;
    for (const ItemState& state : ItemStatusBook::all(wb)) {
        const CatalogItem c = catalog.value(state.itemId);
        const StatementEntry entry = statement.value(state.itemId);
        ReportItem it;
        it.id = state.itemId;
        it.part = state.part;
        it.level = c.level;
        it.titleJa = c.titleJa;
        it.titleEn = c.titleEn;
        it.frequency = entry.frequency;
        it.populationCount = entry.population;
        it.populationText = entry.populationText;
        it.populationRationale = entry.populationRationale;
        it.statementText = entry.description;
        it.statementTextEn = entry.descriptionEn;
        it.inCycle = state.inCycle;
        itemIndex.insert(it.id, int(d.items.size()));
        d.items.append(it);
    }
    if (d.items.isEmpty())
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: no item is in scope (import the statement first); there is nothing to report.").arg(wb.path()));

    for (const ProcedureStep& step : Procedures::allSteps(wb)) {
        const auto idx = itemIndex.constFind(step.itemId);
        if (idx == itemIndex.constEnd())
            continue;
        ReportStep s;
        s.id = step.id;
        s.seq = step.seq;
        s.phase = FieldworkText::key(step.phase);
        s.type = FieldworkText::key(step.type);
        s.instructionJa = step.instructionJa;
        s.instructionEn = step.instructionEn;
        s.status = step.done ? QStringLiteral("done") : QStringLiteral("pending");
        s.result = step.result ? FieldworkText::key(*step.result) : QString();
        s.notes = step.notes;
        s.preparer = step.preparer;
        s.performedAt = step.performedAt;
        d.items[*idx].steps.append(s);
    }

    for (const SampleSet& set : Sampling::allSets(wb)) {
        const auto idx = itemIndex.constFind(set.itemId);
        if (idx == itemIndex.constEnd())
            continue;
        ReportSampleSet s;
        s.id = set.id;
        s.stepId = set.stepId.value_or(0);
        s.population = set.population;
        s.frequency = set.frequency;
        s.size = int(set.size);
        s.seed = set.seed;
        s.algorithm = set.algorithm;
        s.samplingTable = set.samplingTableJson;
        s.populationList = set.populationEvidence;
        if (d.samplingTableIndex(s.samplingTable) < 0)
            d.samplingTables.append(ReportSamplingTable::fromStored(s.samplingTable));
        s.drawnBy = set.drawnBy;
        s.drawnAt = set.drawnAt;
        s.description = set.description;
        for (const SampleItem& i : set.items)
            s.items.append(
                { i.seq, i.populationIndex, i.label, i.result ? FieldworkText::key(*i.result) : QString(), i.notes });
        d.items[*idx].samples.append(s);
    }

    // Findings, evidence and sign-offs come from the modules that own them, in the report's order.
    QList<Finding> findings = Findings::all(wb);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& x, const Finding& y) {
        const QString kx = ItemId::sortKey(x.itemId), ky = ItemId::sortKey(y.itemId);
        return kx != ky ? kx < ky : x.ref < y.ref;
    });
    for (const Finding& f : std::as_const(findings)) {
        const auto idx = itemIndex.constFind(f.itemId);
        if (idx != itemIndex.constEnd())
            d.items[*idx].findingRefs.append(f.ref);
        d.findings.append({ f.ref, f.itemId, f.title, f.condition, f.criteria, f.cause, f.effect, f.severity,
                            f.response, f.status, f.raisedBy, f.raisedAt });
    }

    EvidenceVault vault(wb);
    const QHash<QString, QStringList> linked = vault.linkedItems();
    for (const EvidenceRecord& e : vault.list()) {
        ReportEvidence ev { e.ref, e.name, e.size, e.sha256, e.mime, e.obtainedFrom, e.obtainedAt, e.description, {} };
        ev.items = linked.value(e.ref);
        for (const QString& item : std::as_const(ev.items)) {
            const auto idx = itemIndex.constFind(item);
            if (idx != itemIndex.constEnd() && !d.items[*idx].evidenceRefs.contains(ev.ref))
                d.items[*idx].evidenceRefs.append(ev.ref);
        }
        d.evidence.append(ev);
    }

    for (const SignOff& so : Review::signOffs(wb)) {
        const auto idx = itemIndex.constFind(so.itemId);
        if (idx != itemIndex.constEnd())
            d.items[*idx].signOffs.append(
                { FieldworkText::key(so.role), so.member, so.at, !so.valid(), so.keyFingerprint });
    }

    for (const SignOff& so : Review::engagementSignOffs(wb, true))
        d.engagementSignOffs.append({ FieldworkText::key(so.role), so.member, so.at, !so.valid(), so.keyFingerprint });

    d.trailHead = Trail::head(db);
    d.trailCount = Trail::count(db);
    for (const IssuedReport& r : IssuedReports::list(wb))
        if (r.isFinal())
            d.earlierFinals.append(r);
    d.unlocks = Review::unlocks(wb);
    return d;
}

} // namespace ismap
