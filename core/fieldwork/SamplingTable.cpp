#include "fieldwork/Sampling.h"

#include "common/AuditError.h"
#include "fieldwork/FieldworkAction.h"
#include "workbook/Workbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ismap {

namespace {

[[noreturn]] void badTable(const QString& source, const QString& what)
{
    throw AuditError(ErrorCode::InvalidInput, SamplingTable::tr("%1: %2").arg(source, what));
}

} // namespace

const SamplingTable& SamplingTable::builtin()
{
    static const SamplingTable table = [] {
        const QString path = QStringLiteral(":/ismap/sampling/default-sampling-table.json");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw AuditError(ErrorCode::Internal, tr("%1: the built-in sampling table is missing.").arg(path));
        return parse(f.readAll(), path);
    }();
    return table;
}

SamplingTable SamplingTable::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        badTable(source, tr("not a JSON object (%1 at offset %2).").arg(pe.errorString()).arg(pe.offset));
    SamplingTable t;
    t.m_json = doc.object();
    t.m_version = t.m_json.value(QStringLiteral("version")).toString().trimmed();
    if (t.m_version.isEmpty())
        badTable(source, tr("the field \"version\" is missing or empty."));
    const QJsonObject freqs = t.m_json.value(QStringLiteral("frequencies")).toObject();
    if (freqs.isEmpty())
        badTable(source, tr("the object \"frequencies\" is missing or empty."));
    static const QStringList known { QStringLiteral("annual"),         QStringLiteral("semiannual"),
                                     QStringLiteral("quarterly"),      QStringLiteral("monthly"),
                                     QStringLiteral("weekly"),         QStringLiteral("daily"),
                                     QStringLiteral("multiple_daily"), QStringLiteral("event") };
    for (auto it = freqs.begin(); it != freqs.end(); ++it) {
        if (!known.contains(it.key()))
            badTable(source, tr("frequencies.%1: unknown frequency (use %2).").arg(it.key(), known.join(u", ")));
        const QJsonObject o = it.value().toObject();
        if (it.key() == u"event") {
            const QJsonArray bands = o.value(QStringLiteral("bands")).toArray();
            if (bands.isEmpty())
                badTable(source, tr("frequencies.event.bands: missing or empty."));
            qint64 lastMax = 0;
            for (int i = 0; i < bands.size(); ++i) {
                const QJsonObject b = bands.at(i).toObject();
                const qint64 size = b.value(QStringLiteral("size")).toInteger(-1);
                if (size < 1)
                    badTable(source,
                             tr("frequencies.event.bands[%1].size: must be a whole number of at least 1.").arg(i));
                const bool last = !b.contains(QStringLiteral("max_population"));
                const qint64 max = last ? -1 : b.value(QStringLiteral("max_population")).toInteger(-1);
                if (!last && max <= lastMax)
                    badTable(source,
                             tr("frequencies.event.bands[%1].max_population: must be a whole number larger than "
                                "the band before.")
                                 .arg(i));
                if (last && i != bands.size() - 1)
                    badTable(source,
                             tr("frequencies.event.bands[%1]: only the last band may omit max_population.").arg(i));
                lastMax = max;
                t.m_bands.append({ max, size });
            }
            if (t.m_bands.last().first != -1)
                badTable(source,
                         tr("frequencies.event.bands: the last band must omit max_population (it covers the rest)."));
            continue;
        }
        const qint64 size = o.value(QStringLiteral("size")).toInteger(-1);
        if (size < 1)
            badTable(source, tr("frequencies.%1.size: must be a whole number of at least 1.").arg(it.key()));
        t.m_sizes.insert(it.key(), size);
    }
    return t;
}

SamplingTable SamplingTable::ofEngagement(Workbook& wb)
{
    const QByteArray stored = wb.engagementField(Workbook::EngagementField::SamplingTable).toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(stored);
    if (!doc.isObject() || doc.object().isEmpty())
        return builtin();
    return parse(stored, tr("%1: engagement sampling table").arg(wb.path()));
}

void SamplingTable::setForEngagement(Workbook& wb, const QByteArray& json, const QString& source)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("change the sampling table"));
    const SamplingTable table = parse(json, source);
    const SamplingTable before = ofEngagement(wb);
    wb.writeEngagementField(Workbook::EngagementField::SamplingTable, QString::fromUtf8(table.bytes()));
    wb.record(QStringLiteral("sampling.table"), QStringLiteral("engagement/sampling_table"),
              QString::fromUtf8(before.bytes()), QString::fromUtf8(table.bytes()));
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

QByteArray SamplingTable::bytes() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Compact);
}

qint64 SamplingTable::sizeFor(const QString& frequency, qint64 population) const
{
    if (population < 0)
        throw AuditError(ErrorCode::InvalidInput, tr("population %1: must not be negative.").arg(population));
    qint64 size = -1;
    if (frequency == u"event" && !m_bands.isEmpty()) {
        for (const auto& band : m_bands)
            if (band.first == -1 || population <= band.first) {
                size = band.second;
                break;
            }
    } else {
        size = m_sizes.value(frequency, -1);
    }
    if (size < 0)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("frequency \"%1\": not in the sampling table %2 (use %3).")
                             .arg(frequency, m_version, frequencies().join(u", ")));
    return std::min(size, population);
}

QString SamplingTable::frequencyKey(const QString& text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower().remove(u' ');
    if (t.isEmpty())
        return {};
    static const QList<QPair<QString, QStringList>> words {
        { QStringLiteral("multiple_daily"),
          { QStringLiteral("multiple_daily"), QStringLiteral("1日複数回"), QStringLiteral("一日複数回"),
            QStringLiteral("日次複数回"), QStringLiteral("随時多数"), QStringLiteral("常時"),
            QStringLiteral("multipletimesaday"), QStringLiteral("severaltimesaday"), QStringLiteral("continuous") } },
        { QStringLiteral("annual"),
          { QStringLiteral("annual"), QStringLiteral("annually"), QStringLiteral("yearly"), QStringLiteral("年次"),
            QStringLiteral("年1回"), QStringLiteral("年一回"), QStringLiteral("毎年"), QStringLiteral("1年毎") } },
        { QStringLiteral("semiannual"),
          { QStringLiteral("semiannual"), QStringLiteral("semi-annual"), QStringLiteral("semiannually"),
            QStringLiteral("half-yearly"), QStringLiteral("半期"), QStringLiteral("半年"), QStringLiteral("半期毎"),
            QStringLiteral("半年毎"), QStringLiteral("年2回"), QStringLiteral("年二回") } },
        { QStringLiteral("quarterly"),
          { QStringLiteral("quarterly"), QStringLiteral("四半期"), QStringLiteral("四半期毎"), QStringLiteral("年4回"),
            QStringLiteral("年四回") } },
        { QStringLiteral("monthly"),
          { QStringLiteral("monthly"), QStringLiteral("月次"), QStringLiteral("毎月"), QStringLiteral("月1回"),
            QStringLiteral("月一回") } },
        { QStringLiteral("weekly"),
          { QStringLiteral("weekly"), QStringLiteral("週次"), QStringLiteral("毎週"), QStringLiteral("週1回"),
            QStringLiteral("週一回") } },
        { QStringLiteral("daily"),
          { QStringLiteral("daily"), QStringLiteral("日次"), QStringLiteral("毎日"), QStringLiteral("日1回"),
            QStringLiteral("1日1回"), QStringLiteral("一日一回") } },
        { QStringLiteral("event"),
          { QStringLiteral("event"), QStringLiteral("event-driven"), QStringLiteral("asneeded"),
            QStringLiteral("onchange"), QStringLiteral("随時"), QStringLiteral("都度"), QStringLiteral("変更時"),
            QStringLiteral("発生時"), QStringLiteral("必要時"), QStringLiteral("その都度") } },
    };
    for (const auto& w : words)
        if (w.second.contains(t))
            return w.first;
    return {};
}

QStringList SamplingTable::frequencies() const
{
    static const QStringList natural { QStringLiteral("annual"),        QStringLiteral("semiannual"),
                                       QStringLiteral("quarterly"),     QStringLiteral("monthly"),
                                       QStringLiteral("weekly"),        QStringLiteral("daily"),
                                       QStringLiteral("multiple_daily") };
    QStringList out;
    for (const QString& key : natural)
        if (m_sizes.contains(key))
            out << key;
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        if (!natural.contains(it.key()))
            out << it.key();
    if (!m_bands.isEmpty())
        out << QStringLiteral("event");
    return out;
}

} // namespace ismap
