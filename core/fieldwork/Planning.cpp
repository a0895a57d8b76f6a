#include "fieldwork/Planning.h"

#include "catalog/Catalog.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Procedures.h"

#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <algorithm>

namespace ismap {

namespace {

void requireStatementItem(Workbook& wb, const QString& itemId)
{
    const std::optional<CatalogItem> item = Catalog::item(wb, itemId);
    if (!item)
        throw AuditError(ErrorCode::NotFound, Planning::tr("item %1: not in the catalog.").arg(itemId));
    if (!item->isStatementItem())
        throw AuditError(
            ErrorCode::InvalidInput,
            Planning::tr("item %1: a domain or category heading, not a control; plan its controls instead.")
                .arg(itemId));
}

void upsert(Workbook& wb, const QString& itemId, const char* column, const QVariant& value)
{
    wb.db()
        .prepare(QStringLiteral("INSERT INTO item_plan(item_id, %1) VALUES (?, ?) "
                                "ON CONFLICT(item_id) DO UPDATE SET %1 = excluded.%1")
                     .arg(QLatin1String(column)))
        .bind(1, itemId)
        .bind(2, value)
        .run();
}

/// Team changes are the lead's: throws Forbidden naming @p me otherwise.
void requireLead(const TeamMember& me)
{
    if (me.role != Role::Lead)
        throw AuditError(ErrorCode::Forbidden,
                         Planning::tr("%1 (%2) may not change the team: only the engagement lead may.")
                             .arg(me.name, roleDisplayName(me.role)));
}

} // namespace

TeamMember Planning::addMember(Workbook& wb, const QString& name, Role role, const QString& email)
{
    wb.requireWritable();
    Transaction tx(wb.db());
    wb.requireWritable();
    const QList<TeamMember> team = wb.team();
    const bool hasLead
        = std::any_of(team.begin(), team.end(), [](const TeamMember& m) { return m.role == Role::Lead; });
    // Until there is a lead the team is being set up: nobody's role can be checked, and the trail records the
    // set-up (as for the wizard's team) rather than a name that may not be on the team yet.
    const QString actor = wb.actor();
    const auto restoreActor = qScopeGuard([&] { wb.setActor(actor); });
    if (hasLead) {
        requireLead(wb.actingMember());
    } else {
        wb.setActor({});
    }
    const TeamMember m = wb.addMember(name, role, email);
    tx.commit();
    wb.notifyChanged(QStringLiteral("team"));
    return m;
}

namespace {

/// Whether @p member has done fieldwork a quality reviewer must not have done: an item sign-off (voided or not),
/// an assigned item, an engagement sign-off as lead.
bool didFieldwork(Workbook& wb, const TeamMember& member)
{
    Query q = wb.db().prepare("SELECT EXISTS (SELECT 1 FROM signoff WHERE member_id = ?1) "
                              "OR EXISTS (SELECT 1 FROM item_plan WHERE assignee = ?1) "
                              "OR EXISTS (SELECT 1 FROM engagement_signoff WHERE member_id = ?1 AND role = 'lead')");
    q.bind(1, member.id);
    return q.step() && q.int64(0) != 0;
}

bool signedAsQualityReviewer(Workbook& wb, const TeamMember& member)
{
    Query q
        = wb.db().prepare("SELECT 1 FROM engagement_signoff WHERE member_id = ? AND role = 'quality_reviewer' LIMIT 1");
    q.bind(1, member.id);
    return q.step();
}

} // namespace

void Planning::changeRole(Workbook& wb, const QString& name, Role role)
{
    FieldworkAction action(wb);
    const TeamMember me = action.member();
    requireLead(me);
    const auto found = wb.member(name.trimmed());
    if (!found)
        throw AuditError(ErrorCode::NotFound, tr("%1 is not on the engagement team.").arg(name.trimmed()));
    const TeamMember m = *found;
    if (m.role == role)
        throw AuditError(ErrorCode::InvalidInput, tr("%1 is already %2.").arg(m.name, roleDisplayName(role)));
    if (m.role == Role::Lead)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1 is the engagement lead, and the engagement has exactly one: hand the lead over by "
                            "giving another member the role lead.")
                             .arg(m.name));
    if (role == Role::QualityReviewer) {
        if (didFieldwork(wb, m))
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1 cannot become the engagement quality reviewer: they have signed off or been "
                                "assigned fieldwork, and the quality reviewer stands outside the fieldwork team.")
                                 .arg(m.name));
    } else if (m.role == Role::QualityReviewer && signedAsQualityReviewer(wb, m)) {
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1 signed the engagement off as its quality reviewer and so cannot join the fieldwork "
                            "team as %2.")
                             .arg(m.name, roleDisplayName(role)));
    }
    if (role == Role::Lead) // the hand-over: the former lead stays on the team as a reviewer
        wb.writeMemberRole(me, Role::Reviewer);
    wb.writeMemberRole(m, role);
    action.commit();
    wb.notifyChanged(QStringLiteral("team"));
}

QList<Role> Planning::roles()
{
    return { Role::Staff, Role::Reviewer, Role::Lead, Role::QualityReviewer };
}

QStringList Planning::roleKeys()
{
    QStringList keys;
    for (Role r : roles())
        keys << roleKey(r);
    return keys;
}

Role Planning::roleFromText(const QString& text)
{
    const auto role = roleFromKey(text);
    if (!role || !roles().contains(*role))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("role \"%1\": not one of %2.").arg(text, roleKeys().join(QStringLiteral(", "))));
    return *role;
}

namespace {

constexpr const char* kPlanColumns = "SELECT p.item_id, p.in_cycle, p.control_kind, p.assignee FROM item_plan p ";

/// @p names: the team's names by id (Workbook::memberNames), read once per list.
ItemPlan readPlan(const Query& q, const QHash<qint64, QString>& names)
{
    ItemPlan p;
    p.itemId = q.text(0);
    p.inCycle = q.int64(1) != 0;
    p.controlKind = q.text(2);
    p.assignee = names.value(q.int64(3));
    return p;
}

} // namespace

ItemPlan Planning::plan(Workbook& wb, const QString& itemId)
{
    Query q = wb.db().prepare(QString::fromLatin1(kPlanColumns) + QStringLiteral("WHERE p.item_id = ?"));
    q.bind(1, itemId);
    if (q.step())
        return readPlan(q, wb.memberNames());
    ItemPlan p;
    p.itemId = itemId;
    return p;
}

QHash<QString, ItemPlan> Planning::plans(Workbook& wb)
{
    QHash<QString, ItemPlan> out;
    Query q = wb.db().prepare(kPlanColumns);
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step()) {
        const ItemPlan p = readPlan(q, names);
        out.insert(p.itemId, p);
    }
    return out;
}

void Planning::setInCycle(Workbook& wb, const QStringList& itemIds, bool inCycle)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("plan this year's cycle"));
    for (const QString& id : itemIds) {
        requireStatementItem(wb, id);
        const bool before = plan(wb, id).inCycle;
        if (before == inCycle)
            continue;
        upsert(wb, id, "in_cycle", inCycle ? 1 : 0);
        wb.record(QStringLiteral("plan.cycle"), QStringLiteral("item/%1").arg(id),
                  before ? QStringLiteral("in_cycle") : QStringLiteral("out_of_cycle"),
                  inCycle ? QStringLiteral("in_cycle") : QStringLiteral("out_of_cycle"));
        Procedures::refreshInTransaction(wb, id);
    }
    action.commit();
    wb.notifyChanged(QStringLiteral("plan"));
}

CycleImportResult Planning::importCycleList(Workbook& wb, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    if (f.size() > 4 * 1024 * 1024)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: too large for a list of item IDs.").arg(path));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("plan this year's cycle"));
    const QHash<QString, QString> resolver = Catalog::resolver(wb);
    QSet<QString> listed;
    CycleImportResult result;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).section(u'#', 0, 0).trimmed();
        if (line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        line = line.section(u',', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QString id = resolver.value(ItemId::normalize(line));
        if (id.isEmpty())
            result.unknownIds << tr("line %1: %2").arg(i + 1).arg(line);
        else
            listed.insert(id);
    }
    if (!result.unknownIds.isEmpty())
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: %n unknown item ID(s), nothing was changed: %2", nullptr, int(result.unknownIds.size()))
                .arg(path, result.unknownIds.mid(0, 10).join(u"; ")));
    if (listed.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the list names no item; nothing was changed.").arg(path));
    const QHash<QString, ItemPlan> plans = Planning::plans(wb);
    for (const CatalogItem& item : Catalog::items(wb)) {
        if (!item.isStatementItem())
            continue;
        const QString& id = item.id;
        const bool in = listed.contains(id);
        in ? ++result.inCycle : ++result.outOfCycle;
        if (plans.value(id).inCycle == in)
            continue;
        upsert(wb, id, "in_cycle", in ? 1 : 0);
        wb.record(QStringLiteral("plan.cycle"), QStringLiteral("item/%1").arg(id),
                  in ? QStringLiteral("out_of_cycle") : QStringLiteral("in_cycle"),
                  in ? QStringLiteral("in_cycle") : QStringLiteral("out_of_cycle"));
    }
    Procedures::refreshInTransaction(wb);
    wb.record(QStringLiteral("plan.cycle_import"), QStringLiteral("engagement"), {},
              jsonText({ { QStringLiteral("file"), path },
                         { QStringLiteral("in_cycle"), result.inCycle },
                         { QStringLiteral("out_of_cycle"), result.outOfCycle } }));
    action.commit();
    wb.notifyChanged(QStringLiteral("plan"));
    return result;
}

void Planning::setControlKind(Workbook& wb, const QString& itemId, const QString& kindKey)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("change an item's kind of control"));
    requireStatementItem(wb, itemId);
    if (!kindKey.isEmpty() && !FieldworkText::kindFromKey(kindKey))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("item %1: \"%2\" is not a kind of control (%3).")
                             .arg(itemId, kindKey, FieldworkText::kindKeys().join(u", ")));
    const QString before = plan(wb, itemId).controlKind;
    upsert(wb, itemId, "control_kind", kindKey);
    wb.record(QStringLiteral("plan.kind"), QStringLiteral("item/%1").arg(itemId), before, kindKey);
    Procedures::refreshInTransaction(wb, itemId);
    action.commit();
    wb.notifyItemChanged(itemId, QStringLiteral("item/%1").arg(itemId));
}

void Planning::assign(Workbook& wb, const QStringList& itemIds, const QString& memberName)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("assign items"));
    std::optional<TeamMember> m;
    if (!memberName.isEmpty()) {
        m = wb.member(memberName);
        if (!m)
            throw AuditError(ErrorCode::NotFound, tr("%1 is not on the engagement team.").arg(memberName));
    }
    for (const QString& id : itemIds) {
        requireStatementItem(wb, id);
        const QString before = plan(wb, id).assignee;
        upsert(wb, id, "assignee", m ? QVariant(m->id) : QVariant());
        wb.record(QStringLiteral("plan.assign"), QStringLiteral("item/%1").arg(id), before, memberName);
    }
    action.commit();
    wb.notifyChanged(QStringLiteral("plan"));
}

void Planning::setAuditKind(Workbook& wb, const QString& auditKind)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Lead }, tr("change the kind of audit"));
    if (auditKind != u"initial" && auditKind != u"renewal")
        throw AuditError(ErrorCode::InvalidInput, tr("audit kind \"%1\": neither initial nor renewal.").arg(auditKind));
    const QString before = wb.engagement().auditKind;
    wb.writeEngagementField(Workbook::EngagementField::AuditKind, auditKind);
    wb.record(QStringLiteral("engagement.audit_kind"), QStringLiteral("engagement"), before, auditKind);
    Procedures::refreshInTransaction(wb);
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

void Planning::setScheme(Workbook& wb, const QString& scheme)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Lead }, tr("change the scheme"));
    if (scheme != u"ismap" && scheme != u"ismap-liu")
        throw AuditError(ErrorCode::InvalidInput, tr("scheme \"%1\": neither ismap nor ismap-liu.").arg(scheme));
    const QString before = wb.engagement().scheme;
    wb.writeEngagementField(Workbook::EngagementField::Scheme, scheme);
    wb.record(QStringLiteral("engagement.scheme"), QStringLiteral("engagement"), before, scheme);
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

QString Planning::resolveItem(Workbook& wb, const QString& raw)
{
    const auto id = Catalog::resolve(wb, raw);
    if (!id)
        throw AuditError(ErrorCode::NotFound, tr("item %1: not in the catalog.").arg(raw));
    return *id;
}

} // namespace ismap
