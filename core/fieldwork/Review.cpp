#include "fieldwork/Review.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "common/TextCode.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Planning.h"
#include "statement/StatementBook.h"
#include "workbook/MemberKeys.h"
#include "workbook/Workbook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <memory>

namespace ismap {

namespace {

/// The signature columns of @p table's alias, or empty texts in a workbook of a format before signatures (6) open
/// read-only.
QString signatureColumns(Workbook& wb, const char* signature, const char* key)
{
    if (wb.formatVersion() < 6)
        return QStringLiteral("'', ''");
    return QStringLiteral("%1, %2").arg(QLatin1String(signature), QLatin1String(key));
}

QString noteColumns(Workbook& wb)
{
    return QStringLiteral("SELECT n.id, n.item_id, n.text, n.status, n.raised_by, n.raised_at, n.resolved_by, "
                          "coalesce(n.resolved_at, ''), n.resolution, %1 FROM review_note n ")
        .arg(signatureColumns(wb, "n.resolution_signature", "n.resolution_key"));
}

/// @p names: the team's names by id (Workbook::memberNames), read once per list.
ReviewNote readNote(const Query& q, const QHash<qint64, QString>& names)
{
    return ReviewNote { q.int64(0),
                        q.text(1),
                        q.text(2),
                        q.text(3) == u"open",
                        names.value(q.int64(4)),
                        q.text(5),
                        names.value(q.int64(6)),
                        q.text(7),
                        q.text(8),
                        q.text(9),
                        q.text(10) };
}

/// What a note's resolution signature covers: the note's item, text and the resolution.
QString noteHash(const QString& itemId, const QString& text, const QString& resolution)
{
    return Sha256::hex(QJsonDocument(QJsonArray { itemId, text, resolution }).toJson(QJsonDocument::Compact));
}

std::optional<ReviewNote> noteById(Workbook& wb, qint64 id)
{
    Query q = wb.db().prepare(noteColumns(wb) + QStringLiteral("WHERE n.id = ?"));
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readNote(q, wb.memberNames());
}

/// The item must be a statement item (objective or detailed control) of the catalog.
void requireItem(Workbook& wb, const QString& itemId)
{
    if (!Catalog::item(wb, itemId))
        throw AuditError(ErrorCode::NotFound, Review::tr("item %1: not in the catalog.").arg(itemId));
}

/// A sign-off row read as (id, item, role, member id, at, hash, voided at, void reason, signature, key); @p names:
/// the team's names by id (Workbook::memberNames).
SignOff readSignOff(const Query& q, const QHash<qint64, QString>& names)
{
    return SignOff {
        q.int64(0),
        q.text(1),
        FieldworkText::signOffRoleFromKey(q.text(2)).value_or(SignOffRole::Preparer),
        names.value(q.int64(3)),
        q.text(4),
        q.text(5),
        q.text(6),
        q.text(7),
        q.text(8),
        q.text(9),
    };
}

/// @p codedColumn: a column that may hold a coded text (TextCode): the hash covers its signed form, so a text the
/// format 5 migration coded reads to the hash as it did when it was signed.
/// @p memberColumn: a column holding a member id, hashed as the member's name from @p names (as when it was a join).
void appendLine(QByteArray& out, Query& q, const char* tag, int codedColumn = -1, int memberColumn = -1,
                const QHash<qint64, QString>& names = {})
{
    QJsonArray a { QString::fromLatin1(tag) };
    for (int c = 0; c < q.columnCount(); ++c)
        a.append(q.isNull(c)             ? QString()
                     : c == codedColumn  ? TextCode::signedForm(q.text(c))
                     : c == memberColumn ? names.value(q.int64(c))
                                         : q.text(c));
    out += QJsonDocument(a).toJson(QJsonDocument::Compact);
    out += '\n';
}

/// Why and when sign-offs are voided, against which content.
struct Voiding
{
    QString currentHash;
    QString reason; ///< a TextCode
    QString at;
};

/// Voids one row of @p table (signoff or engagement_signoff) and trails it as signoff.void on @p entity.
void voidSignOffRow(Workbook& wb, const char* table, const QString& entity, qint64 id, const QString& role,
                    const QString& member, const QString& signedHash, const Voiding& v)
{
    wb.db()
        .prepare(QStringLiteral("UPDATE %1 SET voided_at = ?, void_reason = ? WHERE id = ?").arg(QLatin1String(table)))
        .bind(1, v.at)
        .bind(2, v.reason)
        .bind(3, id)
        .run();
    wb.record(QStringLiteral("signoff.void"), entity,
              jsonText({ { QStringLiteral("role"), role },
                         { QStringLiteral("member"), member },
                         { QStringLiteral("content_hash"), signedHash } }),
              jsonText({ { QStringLiteral("voided"), v.reason }, { QStringLiteral("content_hash"), v.currentHash } }));
}

/// Voids the valid engagement sign-offs whose hash no longer matches the engagement, with a trail row each.
void invalidateEngagementSignOffs(Workbook& wb, const QString& reason)
{
    if (wb.db().scalar("SELECT count(*) FROM engagement_signoff WHERE voided_at IS NULL").toLongLong() == 0)
        return;
    const QString current = Review::engagementContentHash(wb);
    const QString now = Clock::nowIso();
    for (const SignOff& s : Review::engagementSignOffs(wb, false)) {
        if (s.contentHash == current)
            continue;
        voidSignOffRow(wb, "engagement_signoff", QStringLiteral("engagement/signoff/%1").arg(s.id), s.id,
                       FieldworkText::key(s.role), s.member, s.contentHash, { current, reason, now });
    }
}

/// Signs a finalisation or an unlock by @p me and keeps the signature in lock_signature.
void recordLockSignature(Workbook& wb, const TeamMember& me, const QString& action, const QString& at,
                         const QString& hash)
{
    const ActionSignature sig
        = MemberKeys::sign(wb, me,
                           MemberKeys::payload(QStringLiteral("engagement.") + action, wb.engagement().uuid,
                                               QStringLiteral("engagement"), me.name, roleKey(me.role), at, hash));
    wb.db()
        .prepare("INSERT INTO lock_signature(id, action, member_id, at, content_hash, signature, key_fingerprint) "
                 "VALUES (" ISMAP_NEXT_ID("lock_signature") ", ?, ?, ?, ?, ?, ?)")
        .bind(1, action)
        .bind(2, me.id)
        .bind(3, at)
        .bind(4, hash)
        .bind(5, sig.signature)
        .bind(6, sig.fingerprint)
        .run();
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
        .prepare("INSERT INTO review_note(id, item_id, text, raised_by, raised_at) VALUES (" ISMAP_NEXT_ID(
            "review_note") ", ?, ?, ?, ?)")
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
    const QString at = Clock::nowIso();
    const TeamMember& me = action.member();
    const ActionSignature sig = MemberKeys::sign(
        wb, me,
        MemberKeys::payload(QStringLiteral("review_note.resolve"), wb.engagement().uuid,
                            QStringLiteral("item/%1/note/%2").arg(note->itemId).arg(noteId), me.name, roleKey(me.role),
                            at, noteHash(note->itemId, note->text, resolution.trimmed())));
    wb.db()
        .prepare("UPDATE review_note SET status = 'resolved', resolved_by = ?, resolved_at = ?, resolution = ?, "
                 "resolution_signature = ?, resolution_key = ? WHERE id = ?")
        .bind(1, me.id)
        .bind(2, at)
        .bind(3, resolution.trimmed())
        .bind(4, sig.signature)
        .bind(5, sig.fingerprint)
        .bind(6, noteId)
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
    Query q = wb.db().prepare(noteColumns(wb) + where + QStringLiteral(" ORDER BY n.id"));
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    QList<ReviewNote> out;
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readNote(q, names);
    return out;
}

QHash<QString, int> Review::openNoteCountByItem(Workbook& wb, const QString& onlyItem)
{
    Query q = wb.db().prepare(QStringLiteral("SELECT item_id, count(*) FROM review_note WHERE status = 'open'%1 "
                                             "GROUP BY item_id")
                                  .arg(onlyItem.isEmpty() ? QString() : QStringLiteral(" AND item_id = ?")));
    if (!onlyItem.isEmpty())
        q.bind(1, onlyItem);
    QHash<QString, int> out;
    while (q.step())
        out.insert(q.text(0), q.integer(1));
    return out;
}

QHash<QString, ItemSignOffs> Review::signOffStateByItem(Workbook& wb, const QString& onlyItem)
{
    Query q = wb.db().prepare(
        QStringLiteral("SELECT item_id, role, voided_at IS NULL FROM signoff WHERE 1 = 1%1 ORDER BY id")
            .arg(onlyItem.isEmpty() ? QString() : QStringLiteral(" AND item_id = ?")));
    if (!onlyItem.isEmpty())
        q.bind(1, onlyItem);
    // The latest sign-off of each role decides: valid = signed; voided = needs renewing.
    QHash<QString, bool> latest; // item/role -> valid
    while (q.step())
        latest.insert(q.text(0) + u'\t' + q.text(1), q.int64(2) != 0);
    QHash<QString, ItemSignOffs> out;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        ItemSignOffs& s = out[it.key().section(u'\t', 0, 0)];
        const bool reviewer = it.key().endsWith(u"\treviewer");
        if (it.value())
            (reviewer ? s.reviewerSigned : s.preparerSigned) = true;
        else
            s.voided = true;
    }
    return out;
}

QList<SignOff> Review::signOffs(Workbook& wb, const QString& itemId, bool includeVoided)
{
    QString sql = QStringLiteral("SELECT s.id, s.item_id, s.role, s.member_id, s.at, s.content_hash, "
                                 "coalesce(s.voided_at, ''), s.void_reason, %1 FROM signoff s WHERE 1 = 1")
                      .arg(signatureColumns(wb, "s.signature", "s.key_fingerprint"));
    if (!itemId.isEmpty())
        sql += QStringLiteral(" AND s.item_id = ?");
    if (!includeVoided)
        sql += QStringLiteral(" AND s.voided_at IS NULL");
    Query q = wb.db().prepare(sql + QStringLiteral(" ORDER BY s.id"));
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    QList<SignOff> out;
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out << readSignOff(q, names);
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
    Query steps
        = db.prepare("SELECT s.id, s.template_id, s.phase, s.type, s.status, s.result, s.notes, s.preparer, "
                     "s.performed_at FROM procedure_step s WHERE s.item_id = ? AND s.retired = 0 ORDER BY s.id");
    steps.bind(1, itemId);
    const QHash<qint64, QString> names = wb.memberNames();
    while (steps.step())
        appendLine(out, steps, "step", -1, 7, names);
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
        appendLine(out, findings, "finding", 3);
    return out;
}

QString Review::contentHash(Workbook& wb, const QString& itemId)
{
    return Sha256::hex(canonicalContent(wb, itemId));
}

int Review::invalidateSignOffs(Workbook& wb, const QString& itemId, const QString& reason)
{
    // Kept per connection: a statement import or step refresh asks once per item.
    Query& q = wb.db().cached(QStringLiteral("SELECT s.id, s.role, s.content_hash, s.member_id FROM signoff s "
                                             "WHERE s.item_id = ? AND s.voided_at IS NULL"));
    q.bind(1, itemId);
    struct Row
    {
        qint64 id;
        QString role, hash;
        qint64 memberId;
    };
    QList<Row> rows;
    while (q.step())
        rows << Row { q.int64(0), q.text(1), q.text(2), q.int64(3) };
    q.reset();
    if (rows.isEmpty())
        return 0;
    const QHash<qint64, QString> names = wb.memberNames();
    const QString current = contentHash(wb, itemId);
    const QString now = Clock::nowIso();
    int voided = 0;
    for (const Row& r : rows) {
        if (r.hash == current)
            continue;
        voidSignOffRow(wb, "signoff", QStringLiteral("item/%1/signoff/%2").arg(itemId).arg(r.id), r.id, r.role,
                       names.value(r.memberId), r.hash, { current, reason, now });
        ++voided;
    }
    if (voided > 0)
        invalidateEngagementSignOffs(wb, reason);
    return voided;
}

namespace {

/// Throws as signOff() refuses: the item, its scope and cycle, the member's role, an existing sign-off, the work
/// still open (preparer) or the preparer and the open notes (reviewer).
void checkSignOff(Workbook& wb, const FieldworkAction& action, const QString& itemId, SignOffRole r)
{
    const TeamMember& me = action.member();
    requireItem(wb, itemId);
    Database& db = wb.db();
    if (!StatementBook::isInScope(wb, itemId))
        throw AuditError(
            ErrorCode::InvalidInput,
            Review::tr("item %1: not in scope of the statement; there is nothing to sign off.").arg(itemId));
    if (!Planning::plan(wb, itemId).inCycle)
        throw AuditError(ErrorCode::InvalidInput,
                         Review::tr("item %1: not in this year's cycle; there is nothing to sign off.").arg(itemId));
    if (me.role == Role::QualityReviewer)
        throw AuditError(ErrorCode::Forbidden,
                         Review::tr("%1 is the engagement quality reviewer, outside the fieldwork team, and so neither "
                                    "prepares nor reviews items; they sign the engagement off (signoff --engagement).")
                             .arg(me.name));
    if (r == SignOffRole::Lead || r == SignOffRole::QualityReviewer)
        throw AuditError(ErrorCode::InvalidInput,
                         Review::tr("item %1: an item is signed off by its preparer and its reviewer; the lead and the "
                                    "quality reviewer sign the engagement off (signoff --engagement).")
                             .arg(itemId));
    if (r == SignOffRole::Reviewer)
        action.requireRole({ Role::Reviewer, Role::Lead }, Review::tr("sign off item %1 as reviewer").arg(itemId));

    const QList<SignOff> valid = Review::signOffs(wb, itemId, false);
    for (const SignOff& s : valid)
        if (s.role == r)
            throw AuditError(ErrorCode::InvalidInput,
                             Review::tr("item %1: already signed off as %2 by %3 at %4.")
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
                                 Review::tr("item %1: step %2 has no result yet; record every step before signing off.")
                                     .arg(itemId)
                                     .arg(steps.integer(0)));
        }
        if (count == 0)
            throw AuditError(
                ErrorCode::InvalidInput,
                Review::tr("item %1: it has no procedure steps; generate them (ismapctl steps generate) first.")
                    .arg(itemId));
        Query pending = db.prepare("SELECT s.id, i.seq FROM sample_item i JOIN sample_set s ON s.id = i.sample_set_id "
                                   "WHERE s.item_id = ? AND i.result IS NULL ORDER BY s.id, i.seq LIMIT 1");
        pending.bind(1, itemId);
        if (pending.step())
            throw AuditError(ErrorCode::InvalidInput,
                             Review::tr("item %1: sample %2 item %3 has no result yet.")
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
                             Review::tr("item %1: a deviation has no finding; raise one first.").arg(itemId));
    } else {
        const SignOff* preparer = nullptr;
        for (const SignOff& s : valid)
            if (s.role == SignOffRole::Preparer)
                preparer = &s;
        if (!preparer)
            throw AuditError(
                ErrorCode::InvalidInput,
                Review::tr("item %1: it has no valid preparer sign-off; it must be prepared before review.")
                    .arg(itemId));
        if (preparer->member == me.name)
            throw AuditError(ErrorCode::Forbidden,
                             Review::tr("%1 prepared item %2 and so may not review it: another reviewer must.")
                                 .arg(me.name, itemId));
        Query ownSteps = db.prepare("SELECT min(seq) FROM procedure_step WHERE item_id = ? AND retired = 0 AND "
                                    "preparer = ?");
        ownSteps.bind(1, itemId);
        ownSteps.bind(2, me.id);
        if (ownSteps.step() && !ownSteps.isNull(0))
            throw AuditError(ErrorCode::Forbidden,
                             Review::tr("%1 recorded the result of step %2 of item %3, so is one of its preparers and "
                                        "may not review it: another reviewer must.")
                                 .arg(me.name)
                                 .arg(ownSteps.integer(0))
                                 .arg(itemId));
        const QList<ReviewNote> open = Review::notes(wb, itemId, true);
        if (!open.isEmpty())
            throw AuditError(
                ErrorCode::InvalidInput,
                Review::tr("item %1: %n open review note(s) (first: #%2); resolve them before the reviewer signs off.",
                           nullptr, int(open.size()))
                    .arg(itemId)
                    .arg(open.first().id));
    }
}

} // namespace

SignOff Review::signOff(Workbook& wb, const QString& itemId, std::optional<SignOffRole> role)
{
    FieldworkAction action(wb);
    const TeamMember& me = action.member();
    const SignOffRole r = role.value_or(me.role == Role::Staff ? SignOffRole::Preparer : SignOffRole::Reviewer);
    checkSignOff(wb, action, itemId, r);
    Database& db = wb.db();
    const QString hash = contentHash(wb, itemId);
    const QString at = Clock::nowIso();
    const ActionSignature sig = MemberKeys::sign(wb, me,
                                                 MemberKeys::payload(QStringLiteral("signoff"), wb.engagement().uuid,
                                                                     itemId, me.name, FieldworkText::key(r), at, hash));
    db.prepare("INSERT INTO signoff(id, item_id, role, member_id, at, content_hash, signature, key_fingerprint) "
               "VALUES (" ISMAP_NEXT_ID("signoff") ", ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, itemId)
        .bind(2, FieldworkText::key(r))
        .bind(3, me.id)
        .bind(4, at)
        .bind(5, hash)
        .bind(6, sig.signature)
        .bind(7, sig.fingerprint)
        .run();
    const qint64 id = db.lastInsertRowId();
    const QString entity = QStringLiteral("item/%1/signoff/%2").arg(itemId).arg(id);
    wb.record(QStringLiteral("signoff"), entity, {},
              jsonText({ { QStringLiteral("role"), FieldworkText::key(r) },
                         { QStringLiteral("content_hash"), hash },
                         { QStringLiteral("key"), sig.fingerprint } }));
    invalidateEngagementSignOffs(
        wb,
        TextCode::make("signoff.void.item_signed_off",
                       { { QStringLiteral("item"), itemId }, { QStringLiteral("role"), FieldworkText::key(r) } }));
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

QString Review::signOffRefusal(Workbook& wb, const QString& itemId, SignOffRole role)
{
    try {
        FieldworkAction action(wb); // read-only, finalised, nobody working: its refusal, read back
        checkSignOff(wb, action, itemId, role);
    } catch (const AuditError& e) {
        return e.message();
    }
    return {};
}

QString Review::noteRefusal(Workbook& wb)
{
    try {
        FieldworkAction action(wb);
        action.requireRole({ Role::Reviewer, Role::Lead }, tr("raise review notes"));
    } catch (const AuditError& e) {
        return e.message();
    }
    return {};
}

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
    recordLockSignature(wb, action.member(), QStringLiteral("finalise"), now, engagementContentHash(wb));
    wb.writeLock(now, action.member().name);
    wb.record(QStringLiteral("engagement.finalise"), QStringLiteral("engagement"), QStringLiteral("open"),
              jsonText({ { QStringLiteral("locked_at"), now } }));
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

namespace {

/// Why the acting member cannot reopen the engagement now, as unlock() refuses; none when it may.
std::optional<AuditError> unlockProblem(Workbook& wb)
{
    if (wb.isReadOnly())
        return AuditError(ErrorCode::ReadOnly, Review::tr("%1: the workbook is open read-only.").arg(wb.path()));
    TeamMember me;
    try {
        me = wb.actingMember();
    } catch (const AuditError& e) {
        return e;
    }
    if (me.role != Role::Lead)
        return AuditError(ErrorCode::Forbidden,
                          Review::tr("%1 (%2) may not reopen the engagement: only the engagement lead may.")
                              .arg(me.name, roleDisplayName(me.role)));
    if (!wb.engagement().locked)
        return AuditError(ErrorCode::InvalidInput, Review::tr("%1: the engagement is not finalised.").arg(wb.path()));
    return std::nullopt;
}

} // namespace

QString Review::unlockRefusal(Workbook& wb)
{
    const std::optional<AuditError> problem = unlockProblem(wb);
    return problem ? problem->message() : QString();
}

void Review::unlock(Workbook& wb, const QString& reason)
{
    if (wb.isReadOnly())
        throw AuditError(ErrorCode::ReadOnly, tr("%1: the workbook is open read-only.").arg(wb.path()));
    Transaction tx(wb.db());
    if (const std::optional<AuditError> problem = unlockProblem(wb))
        throw *problem;
    const TeamMember me = wb.actingMember();
    const Engagement e = wb.engagement();
    if (reason.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: give the reason for reopening the engagement.").arg(wb.path()));
    recordLockSignature(wb, me, QStringLiteral("unlock"), Clock::nowIso(), Sha256::hex(reason.trimmed().toUtf8()));
    wb.writeLock({}, {});
    if (wb.formatVersion() >= 7)
        wb.db()
            .prepare("INSERT INTO engagement_unlock(id, unlocked_at, unlocked_by, reason, locked_at, locked_by) "
                     "VALUES (" ISMAP_NEXT_ID("engagement_unlock") ", ?, ?, ?, ?, ?)")
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

QList<SignOff> Review::engagementSignOffs(Workbook& wb, bool includeVoided)
{
    if (wb.formatVersion() < 6)
        return {};
    Query q = wb.db().prepare(QStringLiteral("SELECT s.id, '', s.role, s.member_id, s.at, s.content_hash, "
                                             "coalesce(s.voided_at, ''), s.void_reason, s.signature, s.key_fingerprint "
                                             "FROM engagement_signoff s %1 ORDER BY s.id")
                                  .arg(includeVoided ? QString() : QStringLiteral("WHERE s.voided_at IS NULL")));
    QList<SignOff> out;
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        if (names.contains(q.int64(3))) // a sign-off names a member of the team
            out << readSignOff(q, names);
    return out;
}

QString Review::engagementContentHash(Workbook& wb)
{
    const Engagement e = wb.engagement();
    QByteArray out("ismap-engagement-content/1\n");
    out += QJsonDocument(QJsonArray { QStringLiteral("engagement"), e.uuid, e.csp, e.service,
                                      e.periodStart.toString(Qt::ISODate), e.periodEnd.toString(Qt::ISODate), e.scope })
               .toJson(QJsonDocument::Compact)
        + '\n';
    Query q = wb.db().prepare(QStringLiteral("SELECT s.item_id, s.role, s.member_id, s.content_hash, %1 FROM signoff s "
                                             "WHERE s.voided_at IS NULL ORDER BY s.id")
                                  .arg(signatureColumns(wb, "s.signature", "s.key_fingerprint")));
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        if (names.contains(q.int64(2))) // a sign-off names a member of the team
            appendLine(out, q, "signoff", -1, 2, names);
    return Sha256::hex(out);
}

namespace {

/// The engagement sign-off @p action's member may give (lead or quality reviewer); throws why not.
SignOffRole checkEngagementSignOff(Workbook& wb, FieldworkAction& action)
{
    const TeamMember& me = action.member();
    action.requireRole({ Role::Lead, Role::QualityReviewer }, Review::tr("sign the engagement off"));
    const SignOffRole r = me.role == Role::Lead ? SignOffRole::Lead : SignOffRole::QualityReviewer;
    const QList<SignOff> valid = Review::engagementSignOffs(wb, false);
    for (const SignOff& s : valid) {
        if (s.role == r)
            throw AuditError(ErrorCode::InvalidInput,
                             Review::tr("%1: the engagement is already signed off as %2 by %3 at %4.")
                                 .arg(wb.path(), FieldworkText::displayName(r), s.member, s.at));
        if (s.member == me.name)
            throw AuditError(ErrorCode::Forbidden,
                             Review::tr("%1 signed the engagement off as %2 and so may not also sign it off as %3.")
                                 .arg(me.name, FieldworkText::displayName(s.role), FieldworkText::displayName(r)));
    }
    if (r == SignOffRole::QualityReviewer) {
        const bool leadSigned
            = std::any_of(valid.cbegin(), valid.cend(), [](const SignOff& s) { return s.role == SignOffRole::Lead; });
        if (!leadSigned)
            throw AuditError(ErrorCode::InvalidInput,
                             Review::tr("%1: the engagement lead has not signed the engagement off yet; the quality "
                                        "review comes after the lead's sign-off.")
                                 .arg(wb.path()));
    }
    return r;
}

} // namespace

QString Review::signOffEngagementRefusal(Workbook& wb)
{
    try {
        FieldworkAction action(wb); // read-only, finalised, nobody working: its refusal, read back
        checkEngagementSignOff(wb, action);
    } catch (const AuditError& e) {
        return e.message();
    }
    return {};
}

SignOff Review::signOffEngagement(Workbook& wb)
{
    FieldworkAction action(wb);
    const TeamMember& me = action.member();
    const SignOffRole r = checkEngagementSignOff(wb, action);
    const QString hash = engagementContentHash(wb);
    const QString at = Clock::nowIso();
    const ActionSignature sig
        = MemberKeys::sign(wb, me,
                           MemberKeys::payload(QStringLiteral("engagement.signoff"), wb.engagement().uuid,
                                               QStringLiteral("engagement"), me.name, FieldworkText::key(r), at, hash));
    wb.db()
        .prepare("INSERT INTO engagement_signoff(id, role, member_id, at, content_hash, signature, key_fingerprint) "
                 "VALUES (" ISMAP_NEXT_ID("engagement_signoff") ", ?, ?, ?, ?, ?, ?)")
        .bind(1, FieldworkText::key(r))
        .bind(2, me.id)
        .bind(3, at)
        .bind(4, hash)
        .bind(5, sig.signature)
        .bind(6, sig.fingerprint)
        .run();
    const qint64 id = wb.db().lastInsertRowId();
    wb.record(QStringLiteral("signoff"), QStringLiteral("engagement/signoff/%1").arg(id), {},
              jsonText({ { QStringLiteral("role"), FieldworkText::key(r) },
                         { QStringLiteral("content_hash"), hash },
                         { QStringLiteral("key"), sig.fingerprint } }));
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
    for (const SignOff& s : engagementSignOffs(wb, false))
        if (s.id == id)
            return s;
    return {};
}

QList<SignOff> Review::wouldVoid(Workbook& wb, const QString& itemId)
{
    QList<SignOff> out;
    for (const SignOff& s : signOffs(wb, itemId, false))
        if (s.member != wb.actor())
            out << s;
    return out;
}

QString Review::voidWarning(Workbook& wb, const QString& itemId)
{
    const QList<SignOff> voided = wouldVoid(wb, itemId);
    if (voided.isEmpty())
        return {};
    QStringList who;
    for (const SignOff& s : voided)
        who << tr("%1's %2 sign-off of %3").arg(s.member, FieldworkText::displayName(s.role), s.at);
    const auto me = wb.member(wb.actor());
    if (me && (me->role == Role::Reviewer || me->role == Role::Lead))
        return tr("item %1: recording this makes %2 one of the item's preparers (not its reviewer) and voids %3; the "
                  "item must be signed off again.")
            .arg(itemId, wb.actor(), who.join(tr(", ")));
    return tr("item %1: this change voids %2; the item must be signed off again.").arg(itemId, who.join(tr(", ")));
}

void Review::requireVoidConsent(Workbook& wb, const QString& itemId, bool confirmed)
{
    if (confirmed)
        return;
    const QString warning = voidWarning(wb, itemId);
    if (!warning.isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         warning + u' ' + tr("Nothing was changed; confirm to go ahead (--confirm-void)."));
}

Review::SignatureCheck Review::checkSignatures(Workbook& wb)
{
    return signatureCheck(wb)();
}

namespace {

/// One stored signed action as read for the check: what its payload holds and, for messages, what it is.
struct SignedAction
{
    enum Kind { ItemSignOff, EngagementSignOff, NoteResolution, Lock } type;
    qint64 id;
    QString kind, subject, member, role, at, hash, fingerprint, signature;
    QString itemId, lockAction; // for messages only

    /// What it is, named for a problem (built only when there is one).
    QString describe() const
    {
        switch (type) {
        case ItemSignOff:
            return Review::tr("sign-off %1 (item %2, %3 by %4 at %5)").arg(id).arg(itemId, role, member, at);
        case EngagementSignOff:
            return Review::tr("engagement sign-off %1 (%2 by %3 at %4)").arg(id).arg(role, member, at);
        case NoteResolution:
            return Review::tr("review note %1 (item %2, resolved by %3 at %4)").arg(id).arg(itemId, member, at);
        case Lock:
            break;
        }
        return Review::tr("%1 %2 (by %3 at %4)").arg(lockAction).arg(id).arg(member, at);
    }
};

} // namespace

std::function<Review::SignatureCheck()> Review::signatureCheck(Workbook& wb)
{
    if (wb.formatVersion() < 6)
        return [] {
            return SignatureCheck {};
        };
    QList<SignedAction> actions;
    for (const SignOff& s : signOffs(wb, {}, true))
        actions.append({ SignedAction::ItemSignOff,
                         s.id,
                         QStringLiteral("signoff"),
                         s.itemId,
                         s.member,
                         FieldworkText::key(s.role),
                         s.at,
                         s.contentHash,
                         s.keyFingerprint,
                         s.signature,
                         s.itemId,
                         {} });
    for (const SignOff& s : engagementSignOffs(wb, true))
        actions.append({ SignedAction::EngagementSignOff,
                         s.id,
                         QStringLiteral("engagement.signoff"),
                         QStringLiteral("engagement"),
                         s.member,
                         FieldworkText::key(s.role),
                         s.at,
                         s.contentHash,
                         s.keyFingerprint,
                         s.signature,
                         {},
                         {} });
    for (const ReviewNote& n : notes(wb)) {
        if (n.open)
            continue;
        const auto resolver = wb.member(n.resolvedBy);
        actions.append({ SignedAction::NoteResolution,
                         n.id,
                         QStringLiteral("review_note.resolve"),
                         QStringLiteral("item/%1/note/%2").arg(n.itemId).arg(n.id),
                         n.resolvedBy,
                         resolver ? roleKey(resolver->role) : QString(),
                         n.resolvedAt,
                         noteHash(n.itemId, n.text, n.resolution),
                         n.resolutionKey,
                         n.resolutionSignature,
                         n.itemId,
                         {} });
    }
    Query locks = wb.db().prepare("SELECT l.id, l.action, l.member_id, l.at, l.content_hash, l.key_fingerprint, "
                                  "l.signature FROM lock_signature l ORDER BY l.id");
    QHash<qint64, TeamMember> team;
    for (const TeamMember& m : wb.team())
        team.insert(m.id, m);
    while (locks.step()) {
        const auto member = team.constFind(locks.int64(2));
        if (member == team.cend()) // a lock names a member of the team
            continue;
        actions.append({ SignedAction::Lock,
                         locks.int64(0),
                         QStringLiteral("engagement.") + locks.text(1),
                         QStringLiteral("engagement"),
                         member->name,
                         roleKey(member->role),
                         locks.text(3),
                         locks.text(4),
                         locks.text(5),
                         locks.text(6),
                         {},
                         locks.text(1) });
    }
    // The keys are read and parsed once here; the check below only verifies, in memory.
    return [checker = std::make_shared<const MemberKeys::Checker>(wb), engagement = wb.engagement().uuid,
            actions = std::move(actions)] {
        SignatureCheck out;
        for (const SignedAction& a : actions) {
            ++out.checked;
            const QString problem
                = checker->problem(a.member, a.at, a.fingerprint, a.signature,
                                   MemberKeys::payload(a.kind, engagement, a.subject, a.member, a.role, a.at, a.hash));
            if (!problem.isEmpty())
                out.problems << tr("%1: %2").arg(a.describe(), problem);
        }
        return out;
    };
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
