#include "engagement/ConflictText.h"

#include "engagement/HistoryText.h"
#include "fieldwork/Procedures.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ismap {

namespace {

/// The first part of the row's key ("[12]" → "12").
QString firstKey(const QString& rowKey)
{
    const QJsonDocument d = QJsonDocument::fromJson(rowKey.toUtf8());
    if (!d.isArray() || d.array().isEmpty())
        return rowKey;
    const QJsonValue v = d.array().first();
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

/// What the stored label says after the table's name ("finding F-AL-001" → "F-AL-001").
QString afterTable(const ConflictRow& row)
{
    const QString prefix = row.table + u' ';
    return row.storedLabel.startsWith(prefix) ? row.storedLabel.mid(prefix.size()).section(u' ', 0, 0) : QString();
}

} // namespace

QString ConflictText::fieldName(const QString& column)
{
    static const std::pair<const char*, const char*> names[] = {
        { "assignee", QT_TR_NOOP("assignee") },
        { "reviewer", QT_TR_NOOP("reviewer") },
        { "performed_at", QT_TR_NOOP("performed at") },
        { "in_cycle", QT_TR_NOOP("this year's cycle") },
        { "control_kind", QT_TR_NOOP("kind of control") },
        { "text", QT_TR_NOOP("text") },
        { "resolution", QT_TR_NOOP("resolution") },
        { "due_on", QT_TR_NOOP("due") },
        { "step_id", QT_TR_NOOP("step") },
        { "email", QT_TR_NOOP("email") },
    };
    for (const auto& [key, text] : names)
        if (column == QLatin1String(key))
            return tr(text);
    return HistoryText::fieldName(column);
}

QString ConflictText::rowName(Workbook& wb, const ConflictRow& row)
{
    const QString key = firstKey(row.rowKey);
    const QString& t = row.table;
    if (t == u"procedure_step" && !row.itemId.isEmpty()) {
        for (const ProcedureStep& s : Procedures::steps(wb, row.itemId, true))
            if (QString::number(s.id) == key)
                return tr("Step %1 of %2").arg(s.seq).arg(row.itemId);
        return tr("A step of %1").arg(row.itemId);
    }
    if (t == u"finding")
        return tr("Finding %1").arg(afterTable(row));
    if (t == u"request")
        return tr("Request %1").arg(afterTable(row));
    if (t == u"sample_item") {
        // Stored as "sample_item SET/SEQ (item ID)".
        static const QRegularExpression setSeq(QStringLiteral("^sample_item (\\d+)/(\\d+)"));
        const auto m = setSeq.match(row.storedLabel);
        if (m.hasMatch())
            return tr("Sample item %1 of sample %2 (%3)").arg(m.captured(2), m.captured(1), row.itemId);
        return tr("A sample item of %1").arg(row.itemId);
    }
    if (t == u"sample_set" && !row.itemId.isEmpty())
        return tr("Sample %1 of %2").arg(key, row.itemId);
    if (t == u"statement_item")
        return tr("Applicability of %1").arg(key);
    if (t == u"item_plan")
        return tr("Plan of %1").arg(key);
    if (t == u"review_note" && !row.itemId.isEmpty())
        return tr("Review note %1 on %2").arg(key, row.itemId);
    if (t == u"signoff" && !row.itemId.isEmpty())
        return tr("A sign-off of %1").arg(row.itemId);
    if (t == u"evidence")
        return tr("Evidence record %1").arg(key);
    if (t == u"evidence_link" && !row.itemId.isEmpty())
        return tr("An evidence link of %1").arg(row.itemId);
    if (t == u"team_member")
        return tr("Team member %1").arg(key);
    if (t == u"engagement")
        return tr("The engagement's details");
    if (t == u"statement_info")
        return tr("The statement's details");
    return row.storedLabel.isEmpty() ? QStringLiteral("%1 %2").arg(t, key) : row.storedLabel;
}

QString ConflictText::values(Workbook& wb, const QJsonObject& values)
{
    QStringList out;
    QList<TeamMember> team;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString& k = it.key();
        QString text = it.value().isDouble() ? QString::number(qint64(it.value().toDouble()))
            : it.value().isNull()            ? QString()
                                             : it.value().toVariant().toString();
        if ((k == u"preparer" || k == u"reviewer" || k == u"assignee") && it.value().isDouble()) {
            if (team.isEmpty())
                team = wb.team();
            for (const TeamMember& m : team)
                if (m.id == qint64(it.value().toDouble()))
                    text = m.name;
        } else {
            text = HistoryText::value(k, text);
        }
        text.replace(u'\n', u' ');
        out << tr("%1: %2").arg(fieldName(k), text.isEmpty() ? tr("(empty)") : text);
    }
    return out.join(tr("; "));
}

QString ConflictText::label(Workbook& wb, const ConflictRow& row)
{
    QStringList fields;
    for (const QString& f : row.fields)
        fields << fieldName(f);
    const QString name = rowName(wb, row);
    return fields.isEmpty() ? name : tr("%1 — %2").arg(name, fields.join(tr(", ")));
}

} // namespace ismap
