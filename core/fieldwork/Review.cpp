#include "fieldwork/Review.h"

#include "common/Clock.h"
#include "common/Sha256.h"
#include "fieldwork/FieldworkAction.h"
#include "workbook/Workbook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ismap {

namespace {

constexpr const char* kNoteColumns
    = "SELECT n.id, n.item_id, n.text, n.status, coalesce(r.name, ''), n.raised_at, coalesce(s.name, ''), "
      "coalesce(n.resolved_at, ''), n.resolution FROM review_note n LEFT JOIN team_member r ON r.id = n.raised_by "
      "LEFT JOIN team_member s ON s.id = n.resolved_by ";

ReviewNote readNote(const Query& q)
{
    return ReviewNote { q.int64(0), q.text(1), q.text(2), q.text(3) == u"open", q.text(4), q.text(5),
                        q.text(6),  q.text(7), q.text(8) };
}

std::optional<ReviewNote> noteById(Workbook& wb, qint64 id)
{
    Query q = wb.db().prepare(QString::fromLatin1(kNoteColumns) + QStringLiteral("WHERE n.id = ?"));
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readNote(q);
}

/// The item must be a statement item (objective or detailed control) of the catalog.
void requireItem(Workbook& wb, const QString& itemId)
{
    Query q = wb.db().prepare("SELECT level FROM catalog_item WHERE id = ?");
    q.bind(1, itemId);
    if (!q.step())
        throw AuditError(ErrorCode::NotFound, Review::tr("item %1: not in the catalog.").arg(itemId));
}

void appendLine(QByteArray& out, Query& q, const char* tag)
{
    QJsonArray a { QString::fromLatin1(tag) };
    for (int c = 0; c < q.columnCount(); ++c)
        a.append(q.isNull(c) ? QString() : q.text(c));
    out += QJsonDocument(a).toJson(QJsonDocument::Compact);
    out += '\n';
}

} // namespace

ReviewNote Review::addNote(Workbook& wb, const QString& itemId, const QString& text)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("raise review notes"));
    requireItem(wb, itemId);
    if (text.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("item %1: the review note is empty.").arg(itemId));
    wb.db()
        .prepare("INSERT INTO review_note(item_id, text, raised_by, raised_at) VALUES (?, ?, ?, ?)")
        .bind(1, itemId)
        .bind(2, text.trimmed())
        .bind(3, action.member().id)
        .bind(4, Clock::nowIso())
        .run();
    const qint64 id = wb.db().lastInsertRowId();
    const QString entity = QStringLiteral("item/%1/note/%2").arg(itemId).arg(id);
    wb.record(QStringLiteral("review_note.add"), entity, {}, text.trimmed());
    action.commit();
    wb.notifyItemChanged(itemId, entity);
    return *noteById(wb, id);
}

ReviewNote Review::resolveNote(Workbook& wb, qint64 noteId, const QString& resolution)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Reviewer, Role::Lead }, tr("clear review notes"));
    const auto note = noteById(wb, noteId);
    if (!note)
        throw AuditError(ErrorCode::NotFound, tr("review note %1: no such note.").arg(noteId));
    if (!note->open)
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("review note %1 (item %2): already resolved by %3.").arg(noteId).arg(note->itemId, note->resolvedBy));
    if (resolution.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("review note %1: give the resolution.").arg(noteId));
    wb.db()
        .prepare(
            "UPDATE review_note SET status = 'resolved', resolved_by = ?, resolved_at = ?, resolution = ? WHERE id = ?")
        .bind(1, action.member().id)
        .bind(2, Clock::nowIso())
        .bind(3, resolution.trimmed())
        .bind(4, noteId)
        .run();
    const QString entity = QStringLiteral("item/%1/note/%2").arg(note->itemId).arg(noteId);
    wb.record(QStringLiteral("review_note.resolve"), entity, QStringLiteral("open"), resolution.trimmed());
    action.commit();
    wb.notifyItemChanged(note->itemId, entity);
    return *noteById(wb, noteId);
}

QList<ReviewNote> Review::notes(Workbook& wb, const QString& itemId, bool openOnly)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    if (!itemId.isEmpty())
        where += QStringLiteral(" AND n.item_id = ?");
    if (openOnly)
        where += QStringLiteral(" AND n.status = 'open'");
    Query q = wb.db().prepare(QString::fromLatin1(kNoteColumns) + where + QStringLiteral(" ORDER BY n.id"));
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    QList<ReviewNote> out;
    while (q.step())
        out << readNote(q);
    return out;
}

QList<SignOff> Review::signOffs(Workbook& wb, const QString& itemId, bool includeVoided)
{
    QString sql
        = QStringLiteral("SELECT s.id, s.item_id, s.role, m.name, s.at, s.content_hash, coalesce(s.voided_at, ''), "
                         "s.void_reason FROM signoff s JOIN team_member m ON m.id = s.member_id WHERE 1 = 1");
    if (!itemId.isEmpty())
        sql += QStringLiteral(" AND s.item_id = ?");
    if (!includeVoided)
        sql += QStringLiteral(" AND s.voided_at IS NULL");
    Query q = wb.db().prepare(sql + QStringLiteral(" ORDER BY s.id"));
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    QList<SignOff> out;
    while (q.step())
        out << SignOff {
            q.int64(0), q.text(1), q.text(2) == u"reviewer" ? SignOffRole::Reviewer : SignOffRole::Preparer,
            q.text(3),  q.text(4), q.text(5),
            q.text(6),  q.text(7)
        };
    return out;
}

QByteArray Review::canonicalContent(Workbook& wb, const QString& itemId)
{
    Database& db = wb.db();
    QByteArray out("ismap-signoff-content/1\n");
    {
        QJsonArray a { QStringLiteral("item"), itemId };
        out += QJsonDocument(a).toJson(QJsonDocument::Compact) + '\n';
    }
    Query steps = db.prepare("SELECT s.id, s.template_id, s.phase, s.type, s.status, s.result, s.notes, m.name, "
                             "s.performed_at FROM procedure_step s LEFT JOIN team_member m ON m.id = s.preparer "
                             "WHERE s.item_id = ? AND s.retired = 0 ORDER BY s.id");
    steps.bind(1, itemId);
    while (steps.step())
        appendLine(out, steps, "step");
    Query sets = db.prepare("SELECT id, step_id, population, frequency, size, seed, algorithm FROM sample_set "
                            "WHERE item_id = ? ORDER BY id");
    sets.bind(1, itemId);
    while (sets.step())
        appendLine(out, sets, "sample_set");
    Query items = db.prepare("SELECT i.sample_set_id, i.seq, i.population_index, i.label, i.result, i.attributes, "
                             "i.notes FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id "
                             "WHERE s.item_id = ? ORDER BY i.sample_set_id, i.seq");
    items.bind(1, itemId);
    while (items.step())
        appendLine(out, items, "sample_item");
    Query links = db.prepare("SELECT e.ref, e.sha256, l.step_id, l.sample_item_id, l.finding_id FROM evidence_link l "
                             "JOIN evidence e ON e.id = l.evidence_id WHERE l.item_id = ? "
                             "ORDER BY e.ref, l.step_id, l.sample_item_id, l.finding_id");
    links.bind(1, itemId);
    while (links.step())
        appendLine(out, links, "evidence");
    Query findings = db.prepare("SELECT ref, step_id, sample_item_id, title, condition, criteria, cause, effect, "
                                "severity, response, status FROM finding WHERE item_id = ? ORDER BY id");
    findings.bind(1, itemId);
    while (findings.step())
        appendLine(out, findings, "finding");
    return out;
}

QString Review::contentHash(Workbook& wb, const QString& itemId)
{
    return Sha256::hex(canonicalContent(wb, itemId));
}

int Review::invalidateSignOffs(Workbook& wb, const QString& itemId, const QString& reason)
{
    // Kept per connection: a statement import or step refresh asks once per item.
    Query& q
        = wb.db().cached(QStringLiteral("SELECT s.id, s.role, s.content_hash, m.name FROM signoff s JOIN team_member m "
                                        "ON m.id = s.member_id WHERE s.item_id = ? AND s.voided_at IS NULL"));
    q.bind(1, itemId);
    struct Row
    {
        qint64 id;
        QString role, hash, member;
    };
    QList<Row> rows;
    while (q.step())
        rows << Row { q.int64(0), q.text(1), q.text(2), q.text(3) };
    q.reset();
    if (rows.isEmpty())
        return 0;
    const QString current = contentHash(wb, itemId);
    const QString now = Clock::nowIso();
    int voided = 0;
    for (const Row& r : rows) {
        if (r.hash == current)
            continue;
        wb.db()
            .prepare("UPDATE signoff SET voided_at = ?, void_reason = ? WHERE id = ?")
            .bind(1, now)
            .bind(2, reason)
            .bind(3, r.id)
            .run();
        wb.record(QStringLiteral("signoff.void"), QStringLiteral("item/%1/signoff/%2").arg(itemId).arg(r.id),
                  jsonText({ { QStringLiteral("role"), r.role },
                             { QStringLiteral("member"), r.member },
                             { QStringLiteral("content_hash"), r.hash } }),
                  jsonText({ { QStringLiteral("voided"), reason }, { QStringLiteral("content_hash"), current } }));
        ++voided;
    }
    return voided;
}

SignOff Review::signOff(Workbook& wb, const QString& itemId, std::optional<SignOffRole> role)
{
    FieldworkAction action(wb);
    const TeamMember& me = action.member();
    requireItem(wb, itemId);
    Database& db = wb.db();
    {
        Query q = db.prepare("SELECT coalesce(s.applicability, ''), coalesce(p.in_cycle, 1) FROM catalog_item c "
                             "LEFT JOIN statement_item s ON s.item_id = c.id LEFT JOIN item_plan p ON p.item_id = c.id "
                             "WHERE c.id = ?");
        q.bind(1, itemId);
        q.step();
        if (q.text(0) != u"in_scope")
            throw AuditError(ErrorCode::InvalidInput,
                             tr("item %1: not in scope of the statement; there is nothing to sign off.").arg(itemId));
        if (q.int64(1) == 0)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("item %1: not in this year's cycle; there is nothing to sign off.").arg(itemId));
    }
    const SignOffRole r = role.value_or(me.role == Role::Staff ? SignOffRole::Preparer : SignOffRole::Reviewer);
    if (r == SignOffRole::Reviewer)
        action.requireRole({ Role::Reviewer, Role::Lead }, tr("sign off item %1 as reviewer").arg(itemId));

    const QList<SignOff> valid = signOffs(wb, itemId, false);
    for (const SignOff& s : valid)
        if (s.role == r)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("item %1: already signed off as %2 by %3 at %4.")
                                 .arg(itemId, FieldworkText::key(r), s.member, s.at));

    if (r == SignOffRole::Preparer) {
        Query steps = db.prepare(
            "SELECT seq, status, result FROM procedure_step WHERE item_id = ? AND retired = 0 ORDER BY seq");
        steps.bind(1, itemId);
        int count = 0;
        while (steps.step()) {
            ++count;
            if (steps.text(1) != u"done")
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("item %1: step %2 has no result yet; record every step before signing off.")
                                     .arg(itemId)
                                     .arg(steps.integer(0)));
        }
        if (count == 0)
            throw AuditError(
                ErrorCode::InvalidInput,
                tr("item %1: it has no procedure steps; generate them (ismapctl steps generate) first.").arg(itemId));
        Query pending = db.prepare("SELECT s.id, i.seq FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id "
                                   "WHERE s.item_id = ? AND i.result IS NULL ORDER BY s.id, i.seq LIMIT 1");
        pending.bind(1, itemId);
        if (pending.step())
            throw AuditError(ErrorCode::InvalidInput,
                             tr("item %1: sample %2 item %3 has no result yet.")
                                 .arg(itemId)
                                 .arg(pending.int64(0))
                                 .arg(pending.integer(1)));
        Query orphan = db.prepare(
            "SELECT count(*) FROM procedure_step s WHERE s.item_id = ?1 AND s.retired = 0 AND s.result = 'deviation' "
            "AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.step_id = s.id)");
        orphan.bind(1, itemId);
        orphan.step();
        if (orphan.int64(0) > 0)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("item %1: a deviation has no finding; raise one first.").arg(itemId));
    } else {
        const SignOff* preparer = nullptr;
        for (const SignOff& s : valid)
            if (s.role == SignOffRole::Preparer)
                preparer = &s;
        if (!preparer)
            throw AuditError(
                ErrorCode::InvalidInput,
                tr("item %1: it has no valid preparer sign-off; it must be prepared before review.").arg(itemId));
        if (preparer->member == me.name)
            throw AuditError(
                ErrorCode::Forbidden,
                tr("%1 prepared item %2 and so may not review it: another reviewer must.").arg(me.name, itemId));
        const QList<ReviewNote> open = notes(wb, itemId, true);
        if (!open.isEmpty())
            throw AuditError(
                ErrorCode::InvalidInput,
                tr("item %1: %n open review note(s) (first: #%2); resolve them before the reviewer signs off.", nullptr,
                   int(open.size()))
                    .arg(itemId)
                    .arg(open.first().id));
    }
    const QString hash = contentHash(wb, itemId);
    db.prepare("INSERT INTO signoff(item_id, role, member_id, at, content_hash) VALUES (?, ?, ?, ?, ?)")
        .bind(1, itemId)
        .bind(2, FieldworkText::key(r))
        .bind(3, me.id)
        .bind(4, Clock::nowIso())
        .bind(5, hash)
        .run();
    const qint64 id = db.lastInsertRowId();
    const QString entity = QStringLiteral("item/%1/signoff/%2").arg(itemId).arg(id);
    wb.record(
        QStringLiteral("signoff"), entity, {},
        jsonText({ { QStringLiteral("role"), FieldworkText::key(r) }, { QStringLiteral("content_hash"), hash } }));
    action.commit();
    wb.notifyItemChanged(itemId, entity);
    for (const SignOff& s : signOffs(wb, itemId, false))
        if (s.id == id)
            return s;
    return {};
}

namespace {

/// The open review notes that block finalising, as the refusal says it; empty when none is open.
QString openNotesRefusal(Workbook& wb)
{
    const qint64 open = wb.db().scalar("SELECT count(*) FROM review_note WHERE status = 'open'").toLongLong();
    if (open == 0)
        return {};
    return Review::tr("%1: %n review note(s) are still open; resolve them before finalising.", nullptr, int(open))
        .arg(wb.path());
}

} // namespace

QString Review::finaliseRefusal(Workbook& wb)
{
    try {
        FieldworkAction action(wb); // read-only, finalised, nobody working: its refusal, read back
        action.requireRole({ Role::Lead }, tr("finalise the engagement"));
    } catch (const AuditError& e) {
        return e.message();
    }
    return openNotesRefusal(wb);
}

void Review::finalise(Workbook& wb)
{
    FieldworkAction action(wb);
    action.requireRole({ Role::Lead }, tr("finalise the engagement"));
    if (const QString notes = openNotesRefusal(wb); !notes.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, notes);
    const QString now = Clock::nowIso();
    wb.writeLock(now, action.member().name);
    wb.record(QStringLiteral("engagement.finalise"), QStringLiteral("engagement"), QStringLiteral("open"),
              jsonText({ { QStringLiteral("locked_at"), now } }));
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

void Review::unlock(Workbook& wb, const QString& reason)
{
    if (wb.isReadOnly())
        throw AuditError(ErrorCode::ReadOnly, tr("%1: the workbook is open read-only.").arg(wb.path()));
    Transaction tx(wb.db());
    const TeamMember me = wb.actingMember();
    if (me.role != Role::Lead)
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1 (%2) may not reopen the engagement: only the engagement lead may.")
                             .arg(me.name, roleDisplayName(me.role)));
    const Engagement e = wb.engagement();
    if (!e.locked)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: the engagement is not finalised.").arg(wb.path()));
    if (reason.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: give the reason for reopening the engagement.").arg(wb.path()));
    wb.writeLock({}, {});
    if (wb.formatVersion() >= 7)
        wb.db()
            .prepare("INSERT INTO engagement_unlock(unlocked_at, unlocked_by, reason, locked_at, locked_by) "
                     "VALUES (?, ?, ?, ?, ?)")
            .bind(1, Clock::nowIso())
            .bind(2, me.id)
            .bind(3, reason.trimmed())
            .bind(4, e.lockedAt)
            .bind(5, e.lockedBy)
            .run();
    wb.record(QStringLiteral("engagement.unlock"), QStringLiteral("engagement"),
              jsonText({ { QStringLiteral("locked_at"), e.lockedAt }, { QStringLiteral("locked_by"), e.lockedBy } }),
              jsonText({ { QStringLiteral("reason"), reason.trimmed() } }));
    tx.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

QList<EngagementUnlock> Review::unlocks(Workbook& wb)
{
    QList<EngagementUnlock> out;
    if (wb.formatVersion() < 7)
        return out;
    QHash<qint64, QString> names;
    for (const TeamMember& m : wb.team())
        names.insert(m.id, m.name);
    Query q = wb.db().prepare(
        "SELECT id, unlocked_at, unlocked_by, reason, locked_at, locked_by FROM engagement_unlock ORDER BY id");
    while (q.step())
        out.append({ q.int64(0), q.text(1), names.value(q.int64(2)), q.text(3), q.text(4), q.text(5) });
    return out;
}

QString contentHash(Workbook& wb, const QString& itemId)
{
    return Review::contentHash(wb, itemId);
}

int invalidateSignOffs(Workbook& wb, const QString& itemId, const QString& reason)
{
    return Review::invalidateSignOffs(wb, itemId, reason);
}

} // namespace ismap
