#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>

namespace ismap {

class Workbook;

/**
 * A firm's sampling table: control frequency → sample size, event-driven controls by population band.
 * The default ships as resources/sampling/default-sampling-table.json; an engagement keeps its own copy
 * in engagement.sampling_table (editable, trailed). A population at or below the size is tested whole.
 */
class SamplingTable
{
    Q_DECLARE_TR_FUNCTIONS(SamplingTable)
public:
    static const SamplingTable& builtin();
    /// Parses and validates; throws InvalidInput naming @p source and the field.
    static SamplingTable parse(const QByteArray& json, const QString& source);
    /// The engagement's table (the built-in default until one is set).
    static SamplingTable ofEngagement(Workbook& wb);
    /// Replaces the engagement's table (reviewer or lead), trailed with before and after.
    static void setForEngagement(Workbook& wb, const QByteArray& json, const QString& source);

    QString version() const { return m_version; }
    QJsonObject json() const { return m_json; }
    /// Compact JSON of the table, as stored.
    QByteArray bytes() const;
    /// The sample size for @p population occurrences of a control run @p frequency (a frequency key);
    /// throws InvalidInput for an unknown frequency or a negative population.
    qint64 sizeFor(const QString& frequency, qint64 population) const;
    /// The table's frequencies in their natural order (annual … multiple_daily, any other key, then event).
    QStringList frequencies() const;

    /// Reads a frequency as statements write it (年次, 月次, 随時, monthly …) into a key; empty if unknown.
    static QString frequencyKey(const QString& text);

private:
    QString m_version;
    QJsonObject m_json;
    QMap<QString, qint64> m_sizes;
    QList<QPair<qint64, qint64>> m_bands; ///< (max population or -1 for the rest, size)
};

/**
 * Reproducible selection of sample items. Definition (version 1), so anyone can re-perform it:
 *   engine  std::mt19937_64 seeded with the 64-bit seed; only its raw 64-bit outputs are used;
 *   below(n) draw x until x >= (2^64 mod n), return x mod n   (rejection sampling, no modulo bias);
 *   select  partial Fisher–Yates over the indices 1..N: for i = 0 .. k-1, j = i + below(N - i),
 *           swap positions i and j; the first k positions are the sample, in draw order.
 * std::uniform_int_distribution is never used: its output differs between standard libraries.
 */
class SampleSelector
{
public:
    static constexpr const char* kAlgorithm = "mt19937_64-rejection-partial-fisher-yates/1";
    /// k distinct 1-based positions out of @p population, in draw order (all of them in order if k >= N).
    static QList<qint64> select(std::uint64_t seed, qint64 population, qint64 size);
    /// A seed from std::random_device.
    static std::uint64_t randomSeed();
};

/** One drawn item of a sample set, with its attribute test result. */
struct SampleItem
{
    qint64 id = 0;
    qint64 setId = 0;
    int seq = 0; ///< 1-based order of drawing
    qint64 populationIndex = 0; ///< 1-based position in the population list
    QString label;
    std::optional<SampleResult> result;
    QJsonObject attributes;
    QString notes;
};

/** A sample drawn for an item: population, frequency, size, seed and algorithm, and its items. */
struct SampleSet
{
    qint64 id = 0;
    QString itemId;
    std::optional<qint64> stepId;
    qint64 population = 0;
    QString frequency;
    qint64 size = 0;
    QString seed; ///< decimal 64-bit
    QString algorithm;
    QString samplingTable; ///< the table version used
    QString samplingTableJson; ///< the whole table as stored with the draw (printed in the report's appendix)
    QString drawnBy;
    QString drawnAt;
    QString description;
    QString populationEvidence; ///< the population list's evidence ref, when drawn from one
    QString populationSha256;
    QList<SampleItem> items;
};

/** What re-performing a stored selection found. */
/** An item's samples counted (ItemStatusBook's read of the samples). */
struct SampleCounts
{
    int pending = 0; ///< sample items without a result
    int fails = 0; ///< sample items that failed
    int failsWithoutFinding = 0; ///< of them, those no finding names
};

struct ReperformResult
{
    bool matches = false;
    QList<qint64> recorded;
    QList<qint64> reperformed;
};

/** The CSP's ledger a sample is drawn from, kept in the evidence vault, and how to name the records drawn. */
struct PopulationSource
{
    QString evidenceRef; ///< the list as stored evidence (E-0001)
    QString sha256;
    /// The label of each drawn record, by its 1-based index in the list.
    std::function<QHash<qint64, QString>(const QList<qint64>& indices)> labels;
};

/** Drawing samples, recording their results, and re-performing a selection for a reviewer. */
class Sampling
{
    Q_DECLARE_TR_FUNCTIONS(Sampling)
public:
    /// The count of records to draw from: @p entered (counted in the CSP's ledger during fieldwork) when given,
    /// else the count the statement states. Throws InvalidInput saying the count is missing — naming the records
    /// as the statement names them — when neither gives one.
    static qint64 populationCount(Workbook& wb, const QString& itemId, std::optional<qint64> entered = std::nullopt);
    /// Draws a sample for @p itemId with the engagement's table; @p seed from std::random_device when not given.
    /// With @p source, each drawn item is labelled with the record it names and the set keeps the list's ref and hash.
    static SampleSet draw(Workbook& wb, const QString& itemId, qint64 population, const QString& frequency,
                          std::optional<std::uint64_t> seed = std::nullopt, std::optional<qint64> stepId = std::nullopt,
                          const QString& description = {}, const PopulationSource* source = nullptr);
    /// Throws (as draw() would) unless @p itemId can be sampled now: in the catalog, in scope, in this year's cycle,
    /// @p stepId one of its active steps, the workbook open for the acting member.
    static void checkDrawable(Workbook& wb, const QString& itemId, std::optional<qint64> stepId = std::nullopt);
    /// The sampling table's key for the frequency given for @p itemId (a key, or a label the table knows);
    /// throws InvalidInput when none is given (the statement states none and the user chose none).
    static QString frequencyKey(const QString& itemId, const QString& frequency);
    /// Discards a sample drawn in error (undo of a draw in the desktop app, `sample discard`) while none of its
    /// items has a result, a finding or evidence; the trail keeps the draw and the discard (sample.discard).
    /// Staff only their own draws.
    static void discard(Workbook& wb, qint64 setId);
    static QList<SampleSet> sets(Workbook& wb, const QString& itemId);
    /// Every sample set of the engagement, in catalog order of their items, then in order of drawing.
    static QList<SampleSet> allSets(Workbook& wb);
    /// The samples of every item that has a sample set (or of @p onlyItem) counted, by item id, in one grouped read.
    static QHash<QString, SampleCounts> countsByItem(Workbook& wb, const QString& onlyItem = {});
    static std::optional<SampleSet> set(Workbook& wb, qint64 setId);
    /// The item whose sample set holds sample item @p sampleItemId (nullopt: no such sample item).
    static std::optional<QString> itemOfSampleItem(Workbook& wb, qint64 sampleItemId);
    /// Records an item's result (fail raises a draft finding linked to the sample item).
    static SampleItem setResult(Workbook& wb, qint64 setId, int seq, SampleResult result, const QString& notes,
                                const QJsonObject& attributes = {}, const QString& label = {});
    /// Puts back a sample item's recorded state exactly — result (or none: pending), notes, attributes and
    /// label — as undo in the desktop app does. Trailed as sample.restore; raises no finding.
    static SampleItem restoreResult(Workbook& wb, qint64 setId, const SampleItem& state);
    /// Runs the stored algorithm from the stored seed again and compares with what was recorded.
    static ReperformResult reperform(Workbook& wb, qint64 setId);
};

} // namespace ismap
