#include "statement/StatementBook.h"

#include "common/AuditError.h"
#include "workbook/Search.h"
#include "workbook/Workbook.h"

#include <QDate>
#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ismap {

QString applicabilityKey(Applicability a)
{
    switch (a) {
    case Applicability::InScope:
        return QStringLiteral("in_scope");
    case Applicability::OutOfScope:
        return QStringLiteral("out_of_scope");
    case Applicability::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

QString applicabilityDisplayName(Applicability a)
{
    switch (a) {
    case Applicability::InScope:
        return QCoreApplication::translate("Applicability", "In scope");
    case Applicability::OutOfScope:
        return QCoreApplication::translate("Applicability", "Out of scope");
    case Applicability::Undecided:
        break;
    }
    return QCoreApplication::translate("Applicability", "Undecided");
}

namespace {

StatementEntry readEntry(const Query& st)
{
    StatementEntry e;
    e.itemId = st.text(0);
    e.applicability = st.text(1) == u"in_scope" ? Applicability::InScope : Applicability::OutOfScope;
    e.reason = st.text(2);
    e.description = st.text(3);
    e.descriptionEn = st.text(4);
    e.frequency = st.text(5);
    if (!st.isNull(6))
        e.population = st.int64(6);
    e.populationText = st.text(7);
    e.source = st.text(8);
    e.sourceRow = st.integer(9);
    e.populationRationale = st.text(10);
    return e;
}

/// The statement's columns; a workbook of format 2 opened read-only has no rationale yet.
QString columns(Workbook& wb)
{
    return QStringLiteral("SELECT item_id, applicability, reason, description, description_en, frequency, population, "
                          "population_note, source, source_row, %1 FROM statement_item ")
        .arg(wb.formatVersion() >= 3 ? QStringLiteral("population_rationale") : QStringLiteral("''"));
}

QString toJson(const StatementEntry& e)
{
    QJsonObject o { { QStringLiteral("applicability"), applicabilityKey(e.applicability) } };
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (!e.frequency.isEmpty())
        o.insert(QStringLiteral("frequency"), e.frequency);
    if (e.population)
        o.insert(QStringLiteral("population"), double(*e.population));
    if (!e.populationText.isEmpty())
        o.insert(QStringLiteral("population_text"), e.populationText);
    if (!e.populationRationale.isEmpty())
        o.insert(QStringLiteral("population_rationale"), e.populationRationale);
    if (!e.description.isEmpty())
        o.insert(QStringLiteral("description"), e.description);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QHash<QString, StatementEntry> StatementBook::entries(Workbook& wb)
{
    QHash<QString, StatementEntry> out;
    Query st = wb.db().prepare(columns(wb));
    while (st.step()) {
        StatementEntry e = readEntry(st);
        out.insert(e.itemId, e);
    }
    return out;
}

std::optional<StatementEntry> StatementBook::entry(Workbook& wb, const QString& itemId)
{
    Query st = wb.db().prepare(columns(wb) + QStringLiteral("WHERE item_id = ?"));
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

bool StatementBook::isInScope(Workbook& wb, const QString& itemId)
{
    Query q = wb.db().prepare("SELECT 1 FROM statement_item WHERE item_id = ? AND applicability = 'in_scope'");
    q.bind(1, itemId);
    return q.step();
}

QHash<QString, QString> StatementBook::applicabilities(Workbook& wb)
{
    QHash<QString, QString> out;
    Query q = wb.db().prepare("SELECT item_id, applicability FROM statement_item");
    while (q.step())
        out.insert(q.text(0), q.text(1));
    return out;
}

void StatementBook::write(Workbook& wb, const QList<StatementEntry>& entries, const QString& action)
{
    Database& db = wb.db();
    const QHash<QString, StatementEntry> before = StatementBook::entries(wb);
    Query up = db.prepare(
        "INSERT INTO statement_item(item_id, applicability, reason, description, description_en, frequency, "
        "population, "
        "population_note, source, source_row, population_rationale) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(item_id) DO UPDATE SET "
        "applicability=excluded.applicability, reason=excluded.reason, description=excluded.description, "
        "description_en=excluded.description_en, frequency=excluded.frequency, population=excluded.population, "
        "population_note=excluded.population_note, source=excluded.source, source_row=excluded.source_row, "
        "population_rationale=excluded.population_rationale");
    QList<Search::Entry> texts;
    for (const StatementEntry& e : entries) {
        if (e.applicability == Applicability::Undecided) {
            db.prepare("DELETE FROM statement_item WHERE item_id = ?").bind(1, e.itemId).run();
        } else {
            up.bind(1, e.itemId)
                .bind(2, applicabilityKey(e.applicability))
                .bind(3, e.reason)
                .bind(4, e.description)
                .bind(5, e.descriptionEn)
                .bind(6, e.frequency)
                .bindOptional(7, e.population)
                .bind(8, e.populationText)
                .bind(9, e.source)
                .bind(10, e.sourceRow)
                .bind(11, e.populationRationale);
            up.run();
            up.reset();
        }
        texts.append({ e.itemId, e.description + u' ' + e.descriptionEn + u' ' + e.reason });
        const auto old = before.constFind(e.itemId);
        const QString beforeJson = old == before.constEnd() ? QString() : toJson(*old);
        const QString afterJson = e.applicability == Applicability::Undecided ? QString() : toJson(e);
        if (beforeJson != afterJson)
            wb.record(action, QStringLiteral("item/%1/statement").arg(e.itemId), beforeJson, afterJson);
    }
    Search::reindex(wb, QStringLiteral("statement"), texts);
}

bool StatementInfo::isEmpty() const
{
    return statementDate.isEmpty() && version.isEmpty() && regions.isEmpty() && underlyingServices.isEmpty()
        && systemOverview.isEmpty() && changesInPeriod.isEmpty() && subsequentEvents.isEmpty();
}

bool StatementInfo::operator==(const StatementInfo& o) const
{
    return statementDate == o.statementDate && version == o.version && regions == o.regions
        && underlyingServices == o.underlyingServices && systemOverview == o.systemOverview
        && changesInPeriod == o.changesInPeriod && subsequentEvents == o.subsequentEvents && source == o.source;
}

namespace {

QJsonArray servicesJson(const QList<UnderlyingService>& services)
{
    QJsonArray a;
    for (const UnderlyingService& s : services) {
        QJsonObject o { { QStringLiteral("name"), s.name } };
        if (s.ismapRegistered)
            o.insert(QStringLiteral("ismap_registered"), *s.ismapRegistered);
        a.append(o);
    }
    return a;
}

QList<UnderlyingService> servicesFrom(const QJsonArray& a)
{
    QList<UnderlyingService> out;
    for (const QJsonValue v : a) {
        const QJsonObject o = v.toObject();
        UnderlyingService s;
        s.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("ismap_registered")))
            s.ismapRegistered = o.value(QStringLiteral("ismap_registered")).toBool();
        if (!s.name.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace

QString StatementInfo::toJson() const
{
    QJsonObject o;
    auto put = [&](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("statement_date", statementDate);
    put("version", version);
    put("regions", regions);
    if (!underlyingServices.isEmpty())
        o.insert(QStringLiteral("underlying_services"), servicesJson(underlyingServices));
    put("system_overview", systemOverview);
    put("changes_in_period", changesInPeriod);
    put("subsequent_events", subsequentEvents);
    put("source", source);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StatementInfo StatementInfo::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    StatementInfo i;
    i.statementDate = o.value(QStringLiteral("statement_date")).toString();
    i.version = o.value(QStringLiteral("version")).toString();
    i.regions = o.value(QStringLiteral("regions")).toString();
    i.underlyingServices = servicesFrom(o.value(QStringLiteral("underlying_services")).toArray());
    i.systemOverview = o.value(QStringLiteral("system_overview")).toString();
    i.changesInPeriod = o.value(QStringLiteral("changes_in_period")).toString();
    i.subsequentEvents = o.value(QStringLiteral("subsequent_events")).toString();
    i.source = o.value(QStringLiteral("source")).toString();
    return i;
}

QString StatementInfo::servicesDisplay(const QList<UnderlyingService>& services)
{
    QStringList parts;
    for (const UnderlyingService& s : services) {
        if (!s.ismapRegistered)
            parts << s.name;
        else
            parts << (*s.ismapRegistered ? StatementBook::tr("%1 (ISMAP-registered)")
                                         : StatementBook::tr("%1 (not ISMAP-registered)"))
                         .arg(s.name);
    }
    return parts.join(QStringLiteral("; "));
}

QList<UnderlyingService> StatementInfo::parseServices(const QString& text)
{
    QList<UnderlyingService> out;
    // Entries are separated by line breaks, semicolons or the Japanese comma; a comma inside brackets stays.
    QStringList entries;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(' || c == u'（' || c == u'[' || c == u'【')
            ++depth;
        else if ((c == u')' || c == u'）' || c == u']' || c == u'】') && depth > 0)
            --depth;
        if (depth == 0 && (c == u'\n' || c == u';' || c == u'；' || c == u'、' || c == u',')) {
            entries << current;
            current.clear();
            continue;
        }
        current += c;
    }
    entries << current;
    static const QRegularExpression notRegistered(
        QStringLiteral("未登録|登録なし|登録されていない|非登録|not\\s+(ismap[- ])?registered|unregistered|:\\s*no$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression registered(
        QStringLiteral("登録済|登録あり|ISMAP登録|(ismap[- ])?registered|:\\s*yes$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression note(QStringLiteral("[（(][^（()）]*[)）]\\s*$|:\\s*(yes|no)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (QString e : std::as_const(entries)) {
        e = e.trimmed();
        if (e.isEmpty())
            continue;
        UnderlyingService s;
        if (notRegistered.match(e).hasMatch())
            s.ismapRegistered = false;
        else if (registered.match(e).hasMatch())
            s.ismapRegistered = true;
        // The name without a trailing note that only said whether it is registered.
        const QRegularExpressionMatch m = note.match(e);
        s.name = (m.hasMatch() && s.ismapRegistered) ? e.left(m.capturedStart()).trimmed() : e;
        if (s.name.isEmpty())
            s.name = e;
        out.append(s);
    }
    return out;
}

std::optional<QString> StatementInfo::parseDate(const QString& text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty())
        return QString();
    static const QRegularExpression western(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression era(
        QStringLiteral("^(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    QDate d;
    if (const auto m = western.match(t); m.hasMatch()) {
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto m = era.match(t); m.hasMatch()) {
        const int year = m.captured(2) == u"元" ? 1 : m.captured(2).toInt();
        d = QDate((m.captured(1) == u"令和" ? 2018 : 1988) + year, m.captured(3).toInt(), m.captured(4).toInt());
    } else if (bool ok = false; t.toInt(&ok) > 20000 && ok && t.toInt() < 80000) {
        d = QDate(1899, 12, 30).addDays(t.toInt()); // an Excel serial date
    }
    if (!d.isValid())
        return std::nullopt;
    return d.toString(Qt::ISODate);
}

StatementInfo StatementBook::info(Workbook& wb)
{
    if (wb.formatVersion() < 3)
        return {};
    Query q = wb.db().prepare("SELECT statement_date, version, regions, underlying_services, system_overview, "
                              "changes_in_period, subsequent_events, source FROM statement_info WHERE id = 1");
    StatementInfo i;
    if (!q.step())
        return i;
    i.statementDate = q.text(0);
    i.version = q.text(1);
    i.regions = q.text(2);
    i.underlyingServices = servicesFrom(QJsonDocument::fromJson(q.text(3).toUtf8()).array());
    i.systemOverview = q.text(4);
    i.changesInPeriod = q.text(5);
    i.subsequentEvents = q.text(6);
    i.source = q.text(7);
    return i;
}

void StatementBook::writeInfo(Workbook& wb, const StatementInfo& info, const QString& action)
{
    const StatementInfo before = StatementBook::info(wb);
    if (before == info)
        return;
    wb.db()
        .prepare("INSERT INTO statement_info(id, statement_date, version, regions, underlying_services, "
                 "system_overview, changes_in_period, subsequent_events, source) VALUES (1,?,?,?,?,?,?,?,?) "
                 "ON CONFLICT(id) DO UPDATE SET statement_date=excluded.statement_date, version=excluded.version, "
                 "regions=excluded.regions, underlying_services=excluded.underlying_services, "
                 "system_overview=excluded.system_overview, changes_in_period=excluded.changes_in_period, "
                 "subsequent_events=excluded.subsequent_events, source=excluded.source")
        .bind(1, info.statementDate)
        .bind(2, info.version)
        .bind(3, info.regions)
        .bind(4, QString::fromUtf8(QJsonDocument(servicesJson(info.underlyingServices)).toJson(QJsonDocument::Compact)))
        .bind(5, info.systemOverview)
        .bind(6, info.changesInPeriod)
        .bind(7, info.subsequentEvents)
        .bind(8, info.source)
        .run();
    wb.record(action, QStringLiteral("statement/info"), before.isEmpty() ? QString() : before.toJson(), info.toJson());
}

namespace {

/// Throws why the acting member may not edit the statement's content: any team member while the engagement is open.
void requireInfoEditor(Workbook& wb)
{
    wb.requireWritable();
    wb.actingMember(); // any team member, but one must be named
}

} // namespace

QString StatementBook::infoRefusal(Workbook& wb)
{
    try {
        requireInfoEditor(wb);
    } catch (const AuditError& e) {
        return e.message();
    }
    return {};
}

StatementInfo StatementBook::setInfo(Workbook& wb, const StatementInfo& info)
{
    requireInfoEditor(wb);
    if (!info.statementDate.isEmpty() && !QDate::fromString(info.statementDate, Qt::ISODate).isValid())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("statement date: \"%1\" is not a date (YYYY-MM-DD).").arg(info.statementDate));
    Transaction tx(wb.db());
    writeInfo(wb, info, QStringLiteral("statement.info"));
    tx.commit();
    wb.notifyChanged(QStringLiteral("statement"));
    return StatementBook::info(wb);
}

} // namespace ismap
