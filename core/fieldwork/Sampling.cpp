#include "fieldwork/Sampling.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/TextCode.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <random>

namespace ismap {

namespace {

/// Uniform in [0, n) from raw 64-bit outputs: values below 2^64 mod n are rejected, so every residue
/// class is equally likely (the accepted range is a whole multiple of n).
std::uint64_t below(std::mt19937_64& engine, std::uint64_t n)
{
    const std::uint64_t threshold = (std::uint64_t(0) - n) % n; // 2^64 mod n
    for (;;) {
        const std::uint64_t x = engine();
        if (x >= threshold)
            return x % n;
    }
}

/// @p names: the team's names by id (Workbook::memberNames), read once per list.
SampleSet readSet(Workbook& wb, Query& q, const QHash<qint64, QString>& names)
{
    SampleSet s;
    s.id = q.int64(0);
    s.itemId = q.text(1);
    if (!q.isNull(2))
        s.stepId = q.int64(2);
    s.population = q.int64(3);
    s.frequency = q.text(4);
    s.size = q.int64(5);
    s.seed = q.text(6);
    s.algorithm = q.text(7);
    s.samplingTableJson = q.text(8);
    s.samplingTable
        = QJsonDocument::fromJson(s.samplingTableJson.toUtf8()).object().value(QStringLiteral("version")).toString();
    s.drawnBy = names.value(q.int64(9));
    s.drawnAt = q.text(10);
    s.description = q.text(11);
    s.populationEvidence = q.text(12);
    s.populationSha256 = q.text(13);
    Query items = wb.db().prepare("SELECT id, seq, population_index, label, result, attributes, notes FROM sample_item "
                                  "WHERE sample_set_id = ? ORDER BY seq");
    items.bind(1, s.id);
    while (items.step()) {
        SampleItem i;
        i.id = items.int64(0);
        i.setId = s.id;
        i.seq = items.integer(1);
        i.populationIndex = items.int64(2);
        i.label = items.text(3);
        if (!items.isNull(4))
            i.result = FieldworkText::sampleResultFromKey(items.text(4));
        i.attributes = QJsonDocument::fromJson(items.text(5).toUtf8()).object();
        i.notes = items.text(6);
        s.items << i;
    }
    return s;
}

QString describeItem(const SampleItem& i)
{
    QJsonObject o { { QStringLiteral("index"), double(i.populationIndex) } };
    if (i.result)
        o.insert(QStringLiteral("result"), FieldworkText::key(*i.result));
    if (!i.notes.isEmpty())
        o.insert(QStringLiteral("notes"), i.notes);
    if (!i.attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), i.attributes);
    if (!i.label.isEmpty())
        o.insert(QStringLiteral("label"), i.label);
    return jsonText(o);
}

constexpr const char* kSetColumns = "SELECT s.id, s.item_id, s.step_id, s.population, s.frequency, s.size, s.seed, "
                                    "s.algorithm, s.sampling_table, s.drawn_by, s.drawn_at, s.description, "
                                    "%1 FROM sample_set s ";

/// The set columns; a workbook of format 3 or older opened read-only has no population list columns.
QString setColumns(Workbook& wb)
{
    return QString::fromLatin1(kSetColumns)
        .arg(wb.formatVersion() >= 4 ? QStringLiteral("s.population_evidence, s.population_sha256")
                                     : QStringLiteral("'', ''"));
}

} // namespace

QList<qint64> SampleSelector::select(std::uint64_t seed, qint64 population, qint64 size)
{
    QList<qint64> out;
    if (population <= 0 || size <= 0)
        return out;
    if (size >= population) {
        for (qint64 i = 1; i <= population; ++i)
            out << i;
        return out;
    }
    std::mt19937_64 engine(seed);
    // Partial Fisher–Yates over positions 0..N-1 holding the values 1..N; only swapped positions are stored,
    // so memory follows the sample size, not the population.
    QHash<qint64, qint64> swapped;
    auto valueAt = [&](qint64 pos) {
        return swapped.value(pos, pos + 1);
    };
    for (qint64 i = 0; i < size; ++i) {
        const qint64 j = i + qint64(below(engine, std::uint64_t(population - i)));
        const qint64 vi = valueAt(i);
        const qint64 vj = valueAt(j);
        swapped.insert(i, vj);
        swapped.insert(j, vi);
        out << vj;
    }
    return out;
}

std::uint64_t SampleSelector::randomSeed()
{
    std::random_device rd;
    return (std::uint64_t(rd()) << 32) ^ std::uint64_t(rd());
}

qint64 Sampling::populationCount(Workbook& wb, const QString& itemId, std::optional<qint64> entered)
{
    if (entered)
        return *entered;
    const auto entry = StatementBook::entry(wb, itemId);
    if (entry && entry->population)
        return *entry->population;
    if (entry && !entry->populationText.isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: the population count is not known: the statement names the population as "
                            "\"%2\" without a count. Count the records in the CSP's ledger for the period and give "
                            "the count (the Population field; ismapctl sample draw --population N).")
                             .arg(itemId, entry->populationText));
    throw AuditError(ErrorCode::InvalidInput,
                     tr("item %1: the population count is not known: the statement states no population. Count "
                        "the records in the CSP's ledger for the period and give the count (the Population field; "
                        "ismapctl sample draw --population N).")
                         .arg(itemId));
}

QString Sampling::frequencyKey(const QString& itemId, const QString& frequency)
{
    if (frequency.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: the statement gives no frequency; choose the control's frequency.").arg(itemId));
    const QString key = SamplingTable::frequencyKey(frequency);
    return key.isEmpty() ? frequency : key;
}

void Sampling::checkDrawable(Workbook& wb, const QString& itemId, std::optional<qint64> stepId)
{
    wb.requireWritable();
    wb.actingMember();
    Database& db = wb.db();
    if (!Catalog::item(wb, itemId))
        throw AuditError(ErrorCode::NotFound, tr("item %1: not in the catalog.").arg(itemId));
    if (!StatementBook::isInScope(wb, itemId))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: not in scope of the statement; nothing to sample.").arg(itemId));
    if (!Planning::plan(wb, itemId).inCycle)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: not in this year's cycle; nothing to sample.").arg(itemId));
    if (stepId) {
        Query q = db.prepare("SELECT 1 FROM procedure_step WHERE id = ? AND item_id = ? AND retired = 0");
        q.bind(1, *stepId).bind(2, itemId);
        if (!q.step())
            throw AuditError(ErrorCode::NotFound,
                             tr("item %1: step %2 is not one of its active steps.").arg(itemId).arg(*stepId));
    }
}

SampleSet Sampling::draw(Workbook& wb, const QString& itemId, qint64 population, const QString& frequency,
                         std::optional<std::uint64_t> seed, std::optional<qint64> stepId, const QString& description,
                         const PopulationSource* source)
{
    FieldworkAction action(wb);
    Database& db = wb.db();
    checkDrawable(wb, itemId, stepId);
    if (population < 1)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: population %2: give the number of occurrences in the period (at least 1).")
                             .arg(itemId)
                             .arg(population));
    const QString freq = frequencyKey(itemId, frequency);
    const SamplingTable table = SamplingTable::ofEngagement(wb);
    const qint64 size = table.sizeFor(freq, population);
    const std::uint64_t s = seed.value_or(SampleSelector::randomSeed());
    const QList<qint64> picked = SampleSelector::select(s, population, size);

    db.prepare(
          "INSERT INTO sample_set(id, item_id, step_id, population, frequency, size, seed, algorithm, sampling_table, "
          "drawn_by, drawn_at, description, population_evidence, population_sha256) "
          "VALUES (" ISMAP_NEXT_ID("sample_set") ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, itemId)
        .bindOptional(2, stepId)
        .bind(3, population)
        .bind(4, freq)
        .bind(5, size)
        .bind(6, QString::number(s))
        .bind(7, QString::fromLatin1(SampleSelector::kAlgorithm))
        .bind(8, QString::fromUtf8(table.bytes()))
        .bind(9, action.member().id)
        .bind(10, Clock::nowIso())
        .bind(11, description)
        .bind(12, source ? source->evidenceRef : QString())
        .bind(13, source ? source->sha256 : QString())
        .run();
    const qint64 setId = db.lastInsertRowId();
    const QHash<qint64, QString> labels = source && source->labels ? source->labels(picked) : QHash<qint64, QString>();
    Query ins
        = db.prepare("INSERT INTO sample_item(id, sample_set_id, seq, population_index, label) VALUES (" ISMAP_NEXT_ID(
            "sample_item") ", ?, ?, ?, ?)");
    QJsonArray indices;
    for (int i = 0; i < picked.size(); ++i) {
        ins.bind(1, setId).bind(2, i + 1).bind(3, picked.at(i)).bind(4, labels.value(picked.at(i))).run();
        indices.append(double(picked.at(i)));
    }
    const QString entity = QStringLiteral("item/%1/sample/%2").arg(itemId).arg(setId);
    wb.record(QStringLiteral("sample.draw"), entity, {},
              jsonText({ { QStringLiteral("population"), double(population) },
                         { QStringLiteral("frequency"), freq },
                         { QStringLiteral("size"), double(size) },
                         { QStringLiteral("seed"), QString::number(s) },
                         { QStringLiteral("algorithm"), QString::fromLatin1(SampleSelector::kAlgorithm) },
                         { QStringLiteral("table"), table.version() },
                         { QStringLiteral("population_list"), source ? source->evidenceRef : QString() },
                         { QStringLiteral("items"), indices } }));
    Review::invalidateSignOffs(wb, itemId, TextCode::make("signoff.void.sample_drawn"));
    action.commit();
    wb.notifyItemChanged(itemId, entity);
    return *set(wb, setId);
}

void Sampling::discard(Workbook& wb, qint64 setId)
{
    FieldworkAction action(wb);
    const auto s = set(wb, setId);
    if (!s)
        throw AuditError(ErrorCode::NotFound, tr("sample set %1: no such sample.").arg(setId));
    if (action.member().role == Role::Staff && s->drawnBy != action.member().name)
        throw AuditError(ErrorCode::Forbidden,
                         tr("sample %1 (item %2): drawn by %3; staff may only discard samples they drew themselves "
                            "(a reviewer or the lead can).")
                             .arg(setId)
                             .arg(s->itemId, s->drawnBy));
    for (const SampleItem& i : s->items)
        if (i.result)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("sample %1 (item %2): item %3 has a result recorded; a sample with results is "
                                "kept.")
                                 .arg(setId)
                                 .arg(s->itemId)
                                 .arg(i.seq));
    Database& db = wb.db();
    for (const char* sql : { "SELECT 1 FROM finding f JOIN sample_item i ON i.id = f.sample_item_id "
                             "WHERE i.sample_set_id = ?",
                             "SELECT 1 FROM evidence_link l JOIN sample_item i ON i.id = l.sample_item_id "
                             "WHERE i.sample_set_id = ?" })
        if (db.prepare(sql).bind(1, setId).step())
            throw AuditError(ErrorCode::InvalidInput,
                             tr("sample %1 (item %2): a finding or evidence refers to its items; it is kept.")
                                 .arg(setId)
                                 .arg(s->itemId));
    db.prepare("DELETE FROM sample_item WHERE sample_set_id = ?").bind(1, setId).run();
    db.prepare("DELETE FROM sample_set WHERE id = ?").bind(1, setId).run();
    const QString entity = QStringLiteral("item/%1/sample/%2").arg(s->itemId).arg(setId);
    wb.record(QStringLiteral("sample.discard"), entity,
              jsonText({ { QStringLiteral("population"), double(s->population) },
                         { QStringLiteral("frequency"), s->frequency },
                         { QStringLiteral("size"), double(s->size) },
                         { QStringLiteral("seed"), s->seed },
                         { QStringLiteral("algorithm"), s->algorithm } }),
              {});
    Review::invalidateSignOffs(wb, s->itemId, TextCode::make("signoff.void.sample_discarded"));
    action.commit();
    wb.notifyItemChanged(s->itemId, entity);
}

QList<SampleSet> Sampling::sets(Workbook& wb, const QString& itemId)
{
    QList<SampleSet> out;
    Query q = wb.db().prepare(setColumns(wb) + QStringLiteral("WHERE s.item_id = ? ORDER BY s.id"));
    q.bind(1, itemId);
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readSet(wb, q, names);
    return out;
}

QList<SampleSet> Sampling::allSets(Workbook& wb)
{
    QList<SampleSet> out;
    Query q = wb.db().prepare(setColumns(wb) + QStringLiteral("ORDER BY s.id"));
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readSet(wb, q, names);
    // In catalog order (an item the catalog does not know by its id), then as drawn.
    const QHash<QString, QString> order = Catalog::sortKeys(wb);
    std::stable_sort(out.begin(), out.end(), [&](const SampleSet& a, const SampleSet& b) {
        return order.value(a.itemId, a.itemId) < order.value(b.itemId, b.itemId);
    });
    return out;
}

QHash<QString, SampleCounts> Sampling::countsByItem(Workbook& wb, const QString& onlyItem)
{
    Query q = wb.db().prepare(
        QStringLiteral("SELECT s.item_id, sum(i.result IS NULL), sum(i.result = 'fail'), "
                       "sum(i.result = 'fail' AND i.id NOT IN (SELECT sample_item_id FROM finding WHERE "
                       "sample_item_id IS NOT NULL)) "
                       "FROM sample_set s LEFT JOIN sample_item i ON i.sample_set_id = s.id WHERE 1 = 1%1 "
                       "GROUP BY s.item_id")
            .arg(onlyItem.isEmpty() ? QString() : QStringLiteral(" AND s.item_id = ?")));
    if (!onlyItem.isEmpty())
        q.bind(1, onlyItem);
    QHash<QString, SampleCounts> out;
    while (q.step())
        out.insert(q.text(0), SampleCounts { q.integer(1), q.integer(2), q.integer(3) });
    return out;
}

std::optional<QString> Sampling::itemOfSampleItem(Workbook& wb, qint64 sampleItemId)
{
    Query q = wb.db().prepare(
        "SELECT s.item_id FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id WHERE i.id = ?");
    q.bind(1, sampleItemId);
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

std::optional<SampleSet> Sampling::set(Workbook& wb, qint64 setId)
{
    Query q = wb.db().prepare(setColumns(wb) + QStringLiteral("WHERE s.id = ?"));
    q.bind(1, setId);
    if (!q.step())
        return std::nullopt;
    return readSet(wb, q, wb.memberNames());
}

SampleItem Sampling::setResult(Workbook& wb, qint64 setId, int seq, SampleResult result, const QString& notes,
                               const QJsonObject& attributes, const QString& label)
{
    FieldworkAction action(wb);
    const auto s = set(wb, setId);
    if (!s)
        throw AuditError(ErrorCode::NotFound, tr("sample set %1: no such sample.").arg(setId));
    if (seq < 1 || seq > s->items.size())
        throw AuditError(ErrorCode::NotFound,
                         tr("sample set %1 (item %2): there is no sample item %3 (1 to %4).")
                             .arg(setId)
                             .arg(s->itemId)
                             .arg(seq)
                             .arg(s->items.size()));
    const SampleItem before = s->items.at(seq - 1);
    SampleItem after = before;
    after.result = result;
    after.notes = notes;
    if (!attributes.isEmpty())
        after.attributes = attributes;
    if (!label.isNull())
        after.label = label;
    wb.db()
        .prepare("UPDATE sample_item SET result = ?, notes = ?, attributes = ?, label = ? WHERE id = ?")
        .bind(1, FieldworkText::key(result))
        .bind(2, after.notes)
        .bind(3, QString::fromUtf8(QJsonDocument(after.attributes).toJson(QJsonDocument::Compact)))
        .bind(4, after.label)
        .bind(5, before.id)
        .run();
    const QString entity = QStringLiteral("item/%1/sample/%2/%3").arg(s->itemId).arg(setId).arg(seq);
    wb.record(QStringLiteral("sample.result"), entity, describeItem(before), describeItem(after));
    if (result == SampleResult::Fail
        && !wb.db().prepare("SELECT 1 FROM finding WHERE sample_item_id = ?").bind(1, before.id).step()) {
        Deviation d;
        d.itemId = s->itemId;
        d.stepId = s->stepId;
        d.sampleItemId = before.id;
        d.setId = setId;
        d.sampleSeq = seq;
        d.populationIndex = before.populationIndex;
        d.notes = notes;
        Findings::raiseInTransaction(wb, d.draft());
    }
    Review::invalidateSignOffs(wb, s->itemId, TextCode::make("signoff.void.sample_result_recorded"));
    action.commit();
    wb.notifyItemChanged(s->itemId, entity);
    return after;
}

SampleItem Sampling::restoreResult(Workbook& wb, qint64 setId, const SampleItem& state)
{
    FieldworkAction action(wb);
    const auto s = set(wb, setId);
    if (!s)
        throw AuditError(ErrorCode::NotFound, tr("sample set %1: no such sample.").arg(setId));
    if (state.seq < 1 || state.seq > s->items.size())
        throw AuditError(ErrorCode::NotFound,
                         tr("sample set %1 (item %2): there is no sample item %3 (1 to %4).")
                             .arg(setId)
                             .arg(s->itemId)
                             .arg(state.seq)
                             .arg(s->items.size()));
    const SampleItem before = s->items.at(state.seq - 1);
    SampleItem after = before;
    after.result = state.result;
    after.notes = state.notes;
    after.attributes = state.attributes;
    after.label = state.label;
    wb.db()
        .prepare("UPDATE sample_item SET result = ?, notes = ?, attributes = ?, label = ? WHERE id = ?")
        .bindNullable(1, after.result ? FieldworkText::key(*after.result) : QString())
        .bind(2, after.notes)
        .bind(3, QString::fromUtf8(QJsonDocument(after.attributes).toJson(QJsonDocument::Compact)))
        .bind(4, after.label)
        .bind(5, before.id)
        .run();
    const QString entity = QStringLiteral("item/%1/sample/%2/%3").arg(s->itemId).arg(setId).arg(state.seq);
    wb.record(QStringLiteral("sample.restore"), entity, describeItem(before), describeItem(after));
    Review::invalidateSignOffs(wb, s->itemId, TextCode::make("signoff.void.sample_result_changed"));
    action.commit();
    wb.notifyItemChanged(s->itemId, entity);
    return after;
}

ReperformResult Sampling::reperform(Workbook& wb, qint64 setId)
{
    const auto s = set(wb, setId);
    if (!s)
        throw AuditError(ErrorCode::NotFound, tr("sample set %1: no such sample.").arg(setId));
    ReperformResult r;
    for (const SampleItem& i : s->items)
        r.recorded << i.populationIndex;
    bool ok = false;
    const std::uint64_t seed = s->seed.toULongLong(&ok);
    if (!ok || s->algorithm != QLatin1String(SampleSelector::kAlgorithm))
        return r;
    r.reperformed = SampleSelector::select(seed, s->population, s->size);
    r.matches = r.reperformed == r.recorded;
    return r;
}

} // namespace ismap
