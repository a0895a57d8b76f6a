#include "report/ReportData.h"

#include "catalog/CatalogItem.h"
#include "common/Clock.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Review.h"
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
    QHash<qint64, QString> memberName;
    for (const TeamMember& m : d.team)
        memberName.insert(m.id, m.name);
    const auto nameOf = [&](Query& q, int col) {
        return q.isNull(col) ? QString() : memberName.value(q.int64(col));
    };

    // Statement summary per part, in the criteria's order of parts.
    Query parts = db.prepare("SELECT c.part, coalesce(s.applicability, 'undecided'), count(*) FROM catalog_item c "
                             "LEFT JOIN statement_item s ON s.item_id = c.id "
                             "WHERE c.retired_in IS NULL AND c.level IN ('objective', 'detailed') "
                             "GROUP BY c.part, coalesce(s.applicability, 'undecided')");
    for (const char* key : { "governance", "management", "controls" })
        d.parts.append(ReportPartSummary { QString::fromLatin1(key) });
    while (parts.step()) {
        const QString part = parts.text(0);
        auto it
            = std::find_if(d.parts.begin(), d.parts.end(), [&](const ReportPartSummary& p) { return p.part == part; });
        if (it == d.parts.end())
            it = d.parts.insert(d.parts.end(), ReportPartSummary { part });
        const QString a = parts.text(1);
        (a == u"in_scope" ? it->inScope : a == u"out_of_scope" ? it->outOfScope : it->undecided) += parts.integer(2);
    }

    Query excluded = db.prepare("SELECT c.id, c.title_ja, c.title_en, s.reason FROM catalog_item c "
                                "JOIN statement_item s ON s.item_id = c.id "
                                "WHERE c.retired_in IS NULL AND s.applicability = 'out_of_scope' ORDER BY c.sort_key");
    while (excluded.step())
        d.exclusions.append({ excluded.text(0), excluded.text(1), excluded.text(2), excluded.text(3) });

    QHash<QString, int> itemIndex;
    Query items = db.prepare(
        QStringLiteral("SELECT c.id, c.part, c.level, c.title_ja, c.title_en, s.frequency, s.population, "
                       "s.population_note, %1, s.description, s.description_en, coalesce(p.in_cycle, 1) "
                       "FROM catalog_item c JOIN statement_item s ON s.item_id = c.id "
                       "LEFT JOIN item_plan p ON p.item_id = c.id "
                       "WHERE c.retired_in IS NULL AND s.applicability = 'in_scope' ORDER BY c.sort_key")
            .arg(wb.formatVersion() >= 3 ? QStringLiteral("s.population_rationale") : QStringLiteral("''")));
    while (items.step()) {
        ReportItem it;
        it.id = items.text(0);
        it.part = items.text(1);
        it.level = items.text(2);
        it.titleJa = items.text(3);
        it.titleEn = items.text(4);
        it.frequency = items.text(5);
        if (!items.isNull(6))
            it.populationCount = items.int64(6);
        it.populationText = items.text(7);
        it.populationRationale = items.text(8);
        it.statementText = items.text(9);
        it.statementTextEn = items.text(10);
        it.inCycle = items.int64(11) != 0;
        itemIndex.insert(it.id, int(d.items.size()));
        d.items.append(it);
    }
    if (d.items.isEmpty())
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: no item is in scope (import the statement first); there is nothing to report.").arg(wb.path()));

    Query steps = db.prepare("SELECT id, item_id, seq, phase, type, instruction_ja, instruction_en, status, result, "
                             "notes, preparer, performed_at FROM procedure_step WHERE retired = 0 "
                             "ORDER BY item_id, seq, id");
    while (steps.step()) {
        const auto idx = itemIndex.constFind(steps.text(1));
        if (idx == itemIndex.constEnd())
            continue;
        ReportStep s;
        s.id = steps.int64(0);
        s.seq = steps.integer(2);
        s.phase = steps.text(3);
        s.type = steps.text(4);
        s.instructionJa = steps.text(5);
        s.instructionEn = steps.text(6);
        s.status = steps.text(7);
        s.result = steps.text(8);
        s.notes = steps.text(9);
        s.preparer = nameOf(steps, 10);
        s.performedAt = steps.text(11);
        d.items[*idx].steps.append(s);
    }

    QHash<qint64, QPair<int, int>> setIndex; // sample set id -> (item index, set index)
    Query sets
        = db.prepare(QStringLiteral("SELECT id, item_id, step_id, population, frequency, size, seed, algorithm, "
                                    "sampling_table, drawn_by, drawn_at, description, %1 FROM sample_set "
                                    "ORDER BY item_id, id")
                         .arg(wb.formatVersion() >= 4 ? QStringLiteral("population_evidence") : QStringLiteral("''")));
    while (sets.step()) {
        const auto idx = itemIndex.constFind(sets.text(1));
        if (idx == itemIndex.constEnd())
            continue;
        ReportSampleSet s;
        s.id = sets.int64(0);
        s.stepId = sets.isNull(2) ? 0 : sets.int64(2);
        s.population = sets.int64(3);
        s.frequency = sets.text(4);
        s.size = sets.integer(5);
        s.seed = sets.text(6);
        s.algorithm = sets.text(7);
        s.samplingTable = sets.text(8);
        s.populationList = sets.text(12);
        if (d.samplingTableIndex(s.samplingTable) < 0)
            d.samplingTables.append(ReportSamplingTable::fromStored(s.samplingTable));
        s.drawnBy = nameOf(sets, 9);
        s.drawnAt = sets.text(10);
        s.description = sets.text(11);
        QList<ReportSampleSet>& list = d.items[*idx].samples;
        setIndex.insert(s.id, qMakePair(*idx, int(list.size())));
        list.append(s);
    }
    Query sampled = db.prepare("SELECT sample_set_id, seq, population_index, label, result, notes FROM sample_item "
                               "ORDER BY sample_set_id, seq");
    while (sampled.step()) {
        const auto where = setIndex.constFind(sampled.int64(0));
        if (where == setIndex.constEnd())
            continue;
        d.items[where->first].samples[where->second].items.append(
            { sampled.integer(1), sampled.int64(2), sampled.text(3), sampled.text(4), sampled.text(5) });
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
            d.items[*idx].signOffs.append({ FieldworkText::key(so.role), so.member, so.at, !so.valid() });
    }

    d.trailHead = Trail::head(db);
    d.trailCount = Trail::count(db);
    for (const IssuedReport& r : IssuedReports::list(wb))
        if (r.isFinal())
            d.earlierFinals.append(r);
    d.unlocks = Review::unlocks(wb);
    return d;
}

} // namespace ismap
