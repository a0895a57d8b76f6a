#include "engagement/HistoryText.h"

#include "common/Clock.h"
#include "common/TextCode.h"
#include "fieldwork/FieldworkTypes.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "trail/Trail.h"
#include "workbook/ItemHistory.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ismap {

namespace {

QJsonObject objectOf(const QString& text)
{
    if (!text.startsWith(u'{'))
        return {};
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    return d.isObject() ? d.object() : QJsonObject();
}

QString textOf(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? HistoryText::tr("yes") : HistoryText::tr("no");
    if (v.isArray()) { // a list of plain values reads as a list ("5.1.1, 5.1.2"), not as JSON
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) {
            if (e.isObject() || e.isArray())
                return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            parts << textOf(e);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toString();
}

QString stepName(const QString& entity, const QHash<qint64, int>& stepNumbers)
{
    const qint64 id = Trail::entityPart(entity, u"step").toLongLong();
    const auto it = stepNumbers.constFind(id);
    return it != stepNumbers.constEnd() ? QString::number(*it) : QStringLiteral("#%1").arg(id);
}

QString cut(const QString& text, int maxLength)
{
    QString t = text;
    t.replace(u'\n', u' ');
    if (maxLength > 0 && t.size() > maxLength)
        return t.left(maxLength - 1) + u'…';
    return t;
}

} // namespace

QString HistoryText::fieldName(const QString& key)
{
    struct Name
    {
        const char* key;
        const char* text;
    };
    static const Name names[] = {
        { "status", QT_TR_NOOP("status") },
        { "result", QT_TR_NOOP("result") },
        { "notes", QT_TR_NOOP("notes") },
        { "preparer", QT_TR_NOOP("preparer") },
        { "title", QT_TR_NOOP("title") },
        { "condition", QT_TR_NOOP("condition") },
        { "criteria", QT_TR_NOOP("criteria") },
        { "cause", QT_TR_NOOP("cause") },
        { "effect", QT_TR_NOOP("effect") },
        { "severity", QT_TR_NOOP("severity") },
        { "response", QT_TR_NOOP("management response") },
        { "item", QT_TR_NOOP("item") },
        { "step", QT_TR_NOOP("step") },
        { "sample_item", QT_TR_NOOP("sample item") },
        { "index", QT_TR_NOOP("population number") },
        { "attributes", QT_TR_NOOP("attributes") },
        { "label", QT_TR_NOOP("label") },
        { "population", QT_TR_NOOP("population") },
        { "frequency", QT_TR_NOOP("frequency") },
        { "size", QT_TR_NOOP("sample size") },
        { "seed", QT_TR_NOOP("seed") },
        { "voided", QT_TR_NOOP("reason voided") },
        { "content_hash", QT_TR_NOOP("content hash") },
        { "role", QT_TR_NOOP("role") },
        { "member", QT_TR_NOOP("member") },
        { "name", QT_TR_NOOP("name") },
        { "description", QT_TR_NOOP("description") },
        { "obtained_from", QT_TR_NOOP("obtained from") },
        { "obtained_at", QT_TR_NOOP("obtained on") },
        { "added", QT_TR_NOOP("added") },
        { "retired", QT_TR_NOOP("retired") },
        { "revived", QT_TR_NOOP("revived") },
        { "locked_at", QT_TR_NOOP("finalised at") },
        { "reason", QT_TR_NOOP("reason") },
        { "due", QT_TR_NOOP("due") },
        { "algorithm", QT_TR_NOOP("algorithm") },
        { "items", QT_TR_NOOP("drawn population numbers") },
        { "applicability", QT_TR_NOOP("applicability") },
        { "description_en", QT_TR_NOOP("description (English)") },
        { "population_note", QT_TR_NOOP("population as stated") },
        { "population_rationale", QT_TR_NOOP("population rationale") },
    };
    for (const Name& n : names)
        if (key == QLatin1String(n.key))
            return tr(n.text);
    return key;
}

QString HistoryText::value(const QString& key, const QString& stored)
{
    if (key == u"result") {
        if (const auto r = FieldworkText::resultFromKey(stored))
            return FieldworkText::displayName(*r);
        if (const auto r = FieldworkText::sampleResultFromKey(stored))
            return FieldworkText::displayName(*r);
    }
    if (key == u"status") {
        static const std::pair<const char*, const char*> statuses[] = {
            { "done", QT_TR_NOOP("done") },         { "pending", QT_TR_NOOP("pending") },
            { "draft", QT_TR_NOOP("draft") },       { "open", QT_TR_NOOP("open") },
            { "agreed", QT_TR_NOOP("agreed") },     { "closed", QT_TR_NOOP("closed") },
            { "resolved", QT_TR_NOOP("resolved") },
        };
        for (const auto& [k, text] : statuses)
            if (stored == QLatin1String(k))
                return tr(text);
    }
    if (key == u"applicability") {
        if (stored == u"in_scope")
            return tr("in scope");
        if (stored == u"out_of_scope")
            return tr("out of scope");
    }
    if (key == u"frequency") {
        static const std::pair<const char*, const char*> frequencies[] = {
            { "annual", QT_TR_NOOP("annual") },
            { "semiannual", QT_TR_NOOP("semi-annual") },
            { "quarterly", QT_TR_NOOP("quarterly") },
            { "monthly", QT_TR_NOOP("monthly") },
            { "weekly", QT_TR_NOOP("weekly") },
            { "daily", QT_TR_NOOP("daily") },
            { "multiple_daily", QT_TR_NOOP("several times a day") },
            { "event", QT_TR_NOOP("event-driven") },
        };
        for (const auto& [k, text] : frequencies)
            if (stored == QLatin1String(k))
                return tr(text);
    }
    if (key == u"severity" && !stored.isEmpty())
        return Findings::severityDisplayName(stored);
    if (key == u"role") {
        if (stored == u"preparer")
            return tr("preparer");
        if (stored == u"reviewer")
            return tr("reviewer");
    }
    if (key.endsWith(QLatin1String("_at")) && stored.contains(u'T'))
        return Clock::shown(stored);
    return TextCode::render(stored);
}

QList<HistoryChange> HistoryText::changes(const TrailEntry& e, int maxLength, const QHash<qint64, int>& stepNumbers)
{
    QList<HistoryChange> out;
    if (e.action == u"evidence.link" || e.action == u"evidence.unlink" || e.action.startsWith(u"signoff"))
        return out; // what there is to say is in the sentence (the details keep the stored record)
    const QJsonObject before = objectOf(e.before);
    const QJsonObject after = objectOf(e.after);
    const bool objects = (!before.isEmpty() || e.before.isEmpty()) && (!after.isEmpty() || e.after.isEmpty())
        && !(before.isEmpty() && after.isEmpty());
    if (!objects) {
        if (!e.before.isEmpty() || !e.after.isEmpty())
            out.append(
                { QString(), cut(value(QString(), e.before), maxLength), cut(value(QString(), e.after), maxLength) });
        return out;
    }
    QStringList keys = before.keys();
    for (const QString& k : after.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString& k : keys) {
        if (k == u"content_hash" || k == u"item" || k == u"sample_item")
            continue; // what a sign-off covered, the item itself, a row id: in the details, not in the line
        QString b = before.contains(k) ? textOf(before.value(k)) : QString();
        QString a = after.contains(k) ? textOf(after.value(k)) : QString();
        if (e.action == u"steps.refresh" && (k == u"added" || k == u"retired" || k == u"revived")) {
            // Template ids mean nothing to people: how many steps.
            auto count = [](const QJsonValue& v) {
                return v.isArray() ? tr("%n step(s)", nullptr, int(v.toArray().size()))
                    : v.isDouble() ? tr("%n step(s)", nullptr, v.toInt())
                                   : textOf(v);
            };
            b = before.contains(k) ? count(before.value(k)) : QString();
            a = after.contains(k) ? count(after.value(k)) : QString();
        }
        if (k == u"step") { // stored by id; people know a step by its number
            auto number = [&](const QString& id) {
                const auto it = stepNumbers.constFind(id.toLongLong());
                return id.isEmpty() || it == stepNumbers.constEnd() ? id : QString::number(*it);
            };
            b = number(b);
            a = number(a);
        }
        if (b == a)
            continue;
        out.append({ fieldName(k), cut(value(k, b), maxLength), cut(value(k, a), maxLength) });
    }
    return out;
}

/// The sentences of the actions on the engagement as a whole: its set-up, team, keys, reports and team sync.
QString HistoryText::engagementSentence(const TrailEntry& e, const QJsonObject& before, const QJsonObject& after)
{
    const QString& a = e.action;
    if (a == u"engagement.create")
        return tr("created the engagement");
    if (a == u"engagement.scope")
        return tr("changed the scope of the engagement");
    if (a == u"workbook.seal")
        return tr("recorded the last changes of an action");
    if (a == u"statement.set")
        return tr("set the applicability of the item");
    if (a == u"statement.info")
        return tr("edited the statement's details");
    if (a == u"catalog.install")
        return tr("installed the control criteria catalog");
    if (a == u"plan.cycle_import")
        return tr("imported the cycle list (%1 in this year's cycle, %2 out of it)")
            .arg(textOf(after.value(QStringLiteral("in_cycle"))), textOf(after.value(QStringLiteral("out_of_cycle"))));
    if (a == u"engagement.audit_kind")
        return tr("set the kind of audit");
    if (a == u"engagement.scheme")
        return tr("set the audit scheme");
    if (a == u"engagement.retention")
        return tr("set the retention period to %n year(s)", nullptr,
                  after.value(QStringLiteral("retention_years")).toInt());
    if (a == u"sampling.table")
        return tr("changed the sampling table");
    if (a == u"engagement.finalise")
        return tr("finalised the engagement");
    if (a == u"engagement.unlock")
        return tr("reopened the engagement: %1").arg(after.value(QStringLiteral("reason")).toString());
    if (a == u"report.issue")
        return after.value(QStringLiteral("kind")).toString() == u"final" ? tr("issued the final report")
                                                                          : tr("issued a report");
    if (a == u"evidence.add")
        return tr("added evidence %1").arg(Trail::entityPart(e.entity, u"evidence"));
    if (a == u"evidence.edit")
        return tr("edited the details of evidence %1").arg(Trail::entityPart(e.entity, u"evidence"));
    if (a == u"evidence.remove")
        return tr("removed evidence %1").arg(Trail::entityPart(e.entity, u"evidence"));
    // team.add and team.role store "name (role)".
    static const QRegularExpression memberRole(QStringLiteral("^(.*) \\(([a-z_]+)\\)$"));
    auto role = [](const QString& key) {
        const auto r = roleFromKey(key);
        return r ? roleDisplayName(*r) : key;
    };
    if (a == u"team.add") {
        const auto m = memberRole.match(e.after);
        return m.hasMatch() ? tr("added %1 to the team as %2").arg(m.captured(1), role(m.captured(2)))
                            : tr("added %1 to the team").arg(e.after);
    }
    if (a == u"team.role") {
        const auto b = memberRole.match(e.before);
        const auto m = memberRole.match(e.after);
        if (b.hasMatch() && m.hasMatch())
            return tr("changed the role of %1 from %2 to %3")
                .arg(m.captured(1), role(b.captured(2)), role(m.captured(2)));
        return tr("changed a team member's role");
    }
    const QString keyOf = Trail::entityPart(e.entity, u"team");
    if (a == u"member_key.register")
        return tr("registered the member key of %1").arg(keyOf);
    if (a == u"member_key.rotate")
        return tr("rotated the member key of %1").arg(keyOf);
    if (a == u"member_key.revoke")
        return tr("revoked the member key of %1").arg(keyOf);
    const QString replica = Trail::entityPart(e.entity, u"replica");
    if (a == u"replica.origin")
        return tr("made this file the origin of team sync");
    if (a == u"replica.create")
        return tr("made replica %1 for %2").arg(replica, after.value(QStringLiteral("member")).toString());
    if (a == u"replica.claim")
        return tr("moved replica %1 to a new place").arg(replica);
    if (a == u"sync.import")
        return tr("imported the changes of replica %1").arg(replica);
    if (a == u"sync.resolve")
        return tr("resolved a team-sync conflict");
    Q_UNUSED(before)
    return a;
}

QString HistoryText::sentence(const TrailEntry& e, const QHash<qint64, int>& stepNumbers)
{
    const QString& a = e.action;
    const QJsonObject before = objectOf(e.before);
    const QJsonObject after = objectOf(e.after);
    const QString finding = Trail::entityPart(e.entity, u"finding");
    const QString step = stepName(e.entity, stepNumbers);
    if (a == u"step.result") {
        const QString result = after.value(QStringLiteral("result")).toString();
        if (result.isEmpty() || result == before.value(QStringLiteral("result")).toString())
            return tr("updated the notes of step %1").arg(step);
        return tr("recorded step %1 as %2").arg(step, value(QStringLiteral("result"), result).toLower());
    }
    if (a == u"step.clear")
        return tr("cleared the result of step %1").arg(step);
    if (a == u"steps.refresh")
        return tr("refreshed the procedure steps");
    if (a == u"sample.draw")
        return tr("drew sample %1 (%2 of a population of %3)")
            .arg(Trail::entityPart(e.entity, u"sample"), textOf(after.value(QStringLiteral("size"))),
                 textOf(after.value(QStringLiteral("population"))));
    if (a == u"sample.discard")
        return tr("discarded sample %1").arg(Trail::entityPart(e.entity, u"sample"));
    if (a == u"sample.result" || a == u"sample.restore") {
        const QString set = Trail::entityPart(e.entity, u"sample");
        const QString seq = Trail::entityPart(e.entity, u"sample", 2);
        const QString result = after.value(QStringLiteral("result")).toString();
        if (a == u"sample.restore" || result.isEmpty())
            return tr("changed sample %1 item %2").arg(set, seq);
        return tr("recorded sample %1 item %2 as %3").arg(set, seq, value(QStringLiteral("result"), result).toLower());
    }
    if (a == u"finding.raise")
        return tr("raised finding %1").arg(finding);
    if (a == u"finding.edit")
        return tr("edited finding %1").arg(finding);
    if (a == u"finding.withdraw")
        return tr("withdrew finding %1").arg(finding);
    if (a == u"review_note.add")
        return tr("raised review note %1").arg(Trail::entityPart(e.entity, u"note"));
    if (a == u"review_note.resolve")
        return tr("resolved review note %1").arg(Trail::entityPart(e.entity, u"note"));
    if (a == u"signoff") {
        const QString role = after.value(QStringLiteral("role")).toString();
        if (role == u"lead")
            return tr("signed off the engagement as engagement lead");
        if (role == u"quality_reviewer")
            return tr("signed off the engagement as quality reviewer");
        return role == u"reviewer" ? tr("signed off as reviewer") : tr("signed off as preparer");
    }
    if (a == u"signoff.void")
        return tr("voided the %1 sign-off of %2: %3")
            .arg(value(QStringLiteral("role"), before.value(QStringLiteral("role")).toString()),
                 before.value(QStringLiteral("member")).toString(),
                 TextCode::render(after.value(QStringLiteral("voided")).toString()));
    if (a == u"evidence.link" || a == u"evidence.unlink") {
        const QString ref = a == u"evidence.link" ? e.after : e.before;
        QString to;
        if (!Trail::entityPart(e.entity, u"step").isEmpty())
            to = tr("step %1").arg(step);
        else if (!finding.isEmpty())
            to = tr("finding %1").arg(finding);
        else if (!Trail::entityPart(e.entity, u"sample").isEmpty())
            to = tr("a sample item");
        if (a == u"evidence.link")
            return to.isEmpty() ? tr("linked evidence %1 to the item").arg(ref)
                                : tr("linked evidence %1 to %2").arg(ref, to);
        return to.isEmpty() ? tr("unlinked evidence %1 from the item").arg(ref)
                            : tr("unlinked evidence %1 from %2").arg(ref, to);
    }
    if (a == u"plan.cycle")
        return e.after == u"in_cycle" ? tr("put the item in this year's cycle")
                                      : tr("took the item out of this year's cycle");
    if (a == u"plan.kind")
        return tr("set the kind of control");
    if (a == u"plan.assign")
        return e.after.isEmpty() ? tr("unassigned the item") : tr("assigned the item to %1").arg(e.after);
    if (a == u"request.add")
        return tr("requested %1").arg(Trail::entityPart(e.entity, u"request"));
    if (a == u"request.update")
        return tr("updated request %1").arg(Trail::entityPart(e.entity, u"request"));
    if (a == u"statement.import")
        return tr("imported the statement");
    if (a == u"workbook.upgrade")
        return tr("upgraded the workbook (%1 → %2)").arg(e.before, e.after);
    return engagementSentence(e, before, after);
}

HistoryLine HistoryText::line(const TrailEntry& e, const QHash<qint64, int>& stepNumbers)
{
    HistoryLine l;
    l.entry = e;
    l.when = Clock::shown(e.at);
    l.who = e.member == u"system" ? tr("the application") : e.member;
    l.what = sentence(e, stepNumbers);
    l.fullChanges = changes(e, 0, stepNumbers);
    l.changes = l.fullChanges; // the same, each value cut to a line (parsed once)
    for (HistoryChange& c : l.changes) {
        c.before = cut(c.before, 120);
        c.after = cut(c.after, 120);
    }
    return l;
}

QList<HistoryLine> HistoryText::ofItem(Workbook& wb, ItemHistory& history, const QString& itemId, int limit)
{
    QHash<qint64, int> numbers;
    for (const ProcedureStep& s : Procedures::steps(wb, itemId, true))
        numbers.insert(s.id, s.seq);
    QList<HistoryLine> out;
    for (const TrailEntry& e : history.of(itemId, limit))
        out << line(e, numbers);
    return out;
}

QString HistoryText::changeText(const HistoryChange& c)
{
    const QString change = c.before.isEmpty() ? c.after
        : c.after.isEmpty()                   ? tr("%1 (removed)").arg(c.before)
                                              : tr("%1 → %2").arg(c.before, c.after);
    return c.field.isEmpty() ? change : tr("%1: %2").arg(c.field, change);
}

QString HistoryText::details(const HistoryLine& line)
{
    QStringList out;
    out << tr("When: %1").arg(Clock::shown(line.entry.at, true)) << tr("Who: %1").arg(line.who)
        << tr("What: %1").arg(line.what);
    for (const HistoryChange& c : line.fullChanges) {
        const QString name = c.field.isEmpty() ? tr("value") : c.field;
        out << QString();
        if (!c.before.isEmpty())
            out << tr("%1 before: %2").arg(name, c.before);
        out << tr("%1 after: %2").arg(name, c.after.isEmpty() ? tr("(empty)") : c.after);
    }
    // An action whose sentence says it all (a sign-off, a link): the stored values, field by field, all the same.
    auto listed = [&](const QString& stored, const char* which) {
        if (stored.isEmpty() || !line.fullChanges.isEmpty())
            return;
        out << QString();
        const QJsonObject o = objectOf(stored);
        if (o.isEmpty()) {
            out << tr(which).arg(tr("value"), value(QString(), stored));
            return;
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out << tr(which).arg(fieldName(it.key()), value(it.key(), textOf(it.value())));
    };
    listed(line.entry.before, QT_TR_NOOP("%1 before: %2"));
    listed(line.entry.after, QT_TR_NOOP("%1 after: %2"));
    out << QString()
        << tr("Recorded as: %1 on %2 (trail row %3)").arg(line.entry.action, line.entry.entity).arg(line.entry.seq);
    return out.join(u'\n');
}

} // namespace ismap
