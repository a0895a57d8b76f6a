#include "fieldwork/Procedures.h"

#include "common/AuditError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ismap {

namespace {

[[noreturn]] void bad(const QString& source, const QString& what)
{
    throw AuditError(ErrorCode::InvalidInput, ProcedureTemplates::tr("%1: %2").arg(source, what));
}

QString requiredText(const QJsonObject& o, const char* field, const QString& source, const QString& where)
{
    const QString v = o.value(QLatin1String(field)).toString().trimmed();
    if (v.isEmpty())
        bad(source,
            ProcedureTemplates::tr("%1: the field \"%2\" is missing or empty.").arg(where, QLatin1String(field)));
    return v;
}

} // namespace

const ProcedureTemplates& ProcedureTemplates::builtin()
{
    static const ProcedureTemplates templates = [] {
        const QString path = QStringLiteral(":/ismap/procedures/procedure-templates.json");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw AuditError(ErrorCode::Internal, tr("%1: the built-in procedure templates are missing.").arg(path));
        return parse(f.readAll(), path);
    }();
    return templates;
}

ProcedureTemplates ProcedureTemplates::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        bad(source, tr("not a JSON object (%1 at offset %2).").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject root = doc.object();
    ProcedureTemplates t;
    t.m_version = requiredText(root, "version", source, tr("top level"));

    const QJsonObject rule = root.value(QStringLiteral("kind_rule")).toObject();
    const QJsonObject byPrefix = rule.value(QStringLiteral("by_prefix")).toObject();
    for (auto it = byPrefix.begin(); it != byPrefix.end(); ++it) {
        const auto kind = FieldworkText::kindFromKey(it.value().toString());
        if (!kind)
            bad(source,
                tr("kind_rule.by_prefix.%1: \"%2\" is not a kind of control (%3).")
                    .arg(it.key(), it.value().toString(), FieldworkText::kindKeys().join(u", ")));
        t.m_byPrefix.insert(it.key(), *kind);
    }
    for (const QJsonValue& v : rule.value(QStringLiteral("recurring_frequencies")).toArray())
        t.m_recurringFrequencies << v.toString();
    if (const auto d
        = FieldworkText::kindFromKey(rule.value(QStringLiteral("default")).toString(QStringLiteral("policy"))))
        t.m_default = *d;
    else
        bad(source, tr("kind_rule.default: not a kind of control."));

    QSet<QString> ids;
    const QJsonArray sets = root.value(QStringLiteral("sets")).toArray();
    if (sets.isEmpty())
        bad(source, tr("\"sets\" is missing or empty."));
    for (int i = 0; i < sets.size(); ++i) {
        const QJsonObject so = sets.at(i).toObject();
        const QString where = tr("sets[%1]").arg(i);
        Set s;
        s.part = requiredText(so, "part", source, where);
        const auto kind = FieldworkText::kindFromKey(requiredText(so, "kind", source, where));
        const auto phase = FieldworkText::phaseFromKey(requiredText(so, "phase", source, where));
        if (!kind)
            bad(source, tr("%1.kind: not one of %2.").arg(where, FieldworkText::kindKeys().join(u", ")));
        if (!phase)
            bad(source, tr("%1.phase: neither design nor operating.").arg(where));
        s.kind = *kind;
        s.phase = *phase;
        const QJsonArray steps = so.value(QStringLiteral("steps")).toArray();
        for (int j = 0; j < steps.size(); ++j) {
            const QJsonObject st = steps.at(j).toObject();
            const QString w = tr("%1.steps[%2]").arg(where).arg(j);
            ProcedureTemplateStep step;
            step.id = requiredText(st, "id", source, w);
            if (ids.contains(step.id))
                bad(source, tr("%1.id: \"%2\" is used twice; step ids must be unique.").arg(w, step.id));
            ids.insert(step.id);
            step.phase = s.phase;
            const auto type = FieldworkText::typeFromKey(requiredText(st, "type", source, w));
            if (!type)
                bad(source, tr("%1.type: not inspection, inquiry, observation or reperformance.").arg(w));
            step.type = *type;
            for (const QJsonValue& a : st.value(QStringLiteral("audits")).toArray())
                step.audits << a.toString();
            if (step.audits.isEmpty())
                step.audits = QStringList { QStringLiteral("initial"), QStringLiteral("renewal") };
            step.instructionJa = requiredText(st, "instruction_ja", source, w);
            step.instructionEn = requiredText(st, "instruction_en", source, w);
            s.steps << step;
        }
        t.m_sets << s;
    }
    return t;
}

QList<ProcedureTemplateStep> ProcedureTemplates::stepsFor(const QString& part, ControlKind kind,
                                                          const QString& auditKind) const
{
    QList<ProcedureTemplateStep> out;
    for (Phase phase : { Phase::Design, Phase::Operating }) {
        const Set* chosen = nullptr;
        for (const Set& s : m_sets) {
            if (s.kind != kind || s.phase != phase)
                continue;
            if (s.part == part) {
                chosen = &s;
                break;
            }
            if (s.part == u"*" && !chosen)
                chosen = &s;
        }
        if (!chosen)
            continue;
        for (const ProcedureTemplateStep& st : chosen->steps)
            if (st.audits.contains(auditKind))
                out << st;
    }
    return out;
}

ControlKind ProcedureTemplates::kindFor(const QString& itemNumber, const QString& frequency,
                                        const QString& overrideKind) const
{
    if (const auto k = FieldworkText::kindFromKey(overrideKind))
        return *k;
    int best = -1;
    ControlKind kind = m_default;
    for (auto it = m_byPrefix.cbegin(); it != m_byPrefix.cend(); ++it) {
        const QString& prefix = it.key();
        const bool match = itemNumber == prefix || itemNumber.startsWith(prefix + u'.');
        if (match && prefix.size() > best) {
            best = int(prefix.size());
            kind = it.value();
        }
    }
    if (best >= 0)
        return kind;
    if (!frequency.isEmpty() && m_recurringFrequencies.contains(frequency))
        return ControlKind::Recurring;
    return m_default;
}

} // namespace ismap
