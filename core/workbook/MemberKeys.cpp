#include "workbook/MemberKeys.h"

#include "common/Clock.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ismap {

namespace {

constexpr const char* kKeyColumns
    = "SELECT k.id, m.name, k.fingerprint, k.public_key, k.valid_from, coalesce(k.valid_until, ''), k.status, "
      "coalesce(r.name, ''), k.end_reason FROM member_key k JOIN team_member m ON m.id = k.member_id "
      "LEFT JOIN team_member r ON r.id = k.registered_by ";

RegisteredKey readKey(const Query& q)
{
    return RegisteredKey { q.int64(0), q.text(1), q.text(2), q.text(3).toUtf8(), q.text(4),
                           q.text(5),  q.text(6), q.text(7), q.text(8) };
}

QString keyEntity(const QString& member)
{
    return QStringLiteral("team/%1/key").arg(member);
}

QString keyJson(const RegisteredKey& k)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("fingerprint"), k.fingerprint },
                                                         { QStringLiteral("status"), k.status },
                                                         { QStringLiteral("valid_from"), k.validFrom },
                                                         { QStringLiteral("valid_until"), k.validUntil } })
                                 .toJson(QJsonDocument::Compact));
}

RegisteredKey insertKey(Workbook& wb, const TeamMember& member, const MemberKey& key, const TeamMember& by,
                        const QString& at, const QString& endorsement)
{
    wb.db()
        .prepare(
            "INSERT INTO member_key(id, member_id, fingerprint, public_key, valid_from, registered_by, endorsement) "
            "VALUES (" ISMAP_NEXT_ID("member_key") ", ?, ?, ?, ?, ?, ?)")
        .bind(1, member.id)
        .bind(2, key.fingerprint())
        .bind(3, QString::fromLatin1(key.publicPem()))
        .bind(4, at)
        .bind(5, by.id)
        .bind(6, endorsement)
        .run();
    Query q = wb.db().prepare(QString::fromLatin1(kKeyColumns) + QStringLiteral("WHERE k.id = ?"));
    q.bind(1, wb.db().lastInsertRowId());
    q.step();
    return readKey(q);
}

void endKey(Workbook& wb, const RegisteredKey& k, const QString& status, const QString& at, const QString& reason)
{
    wb.db()
        .prepare("UPDATE member_key SET status = ?, valid_until = ?, end_reason = ? WHERE id = ?")
        .bind(1, status)
        .bind(2, at)
        .bind(3, reason)
        .bind(4, k.id)
        .run();
}

} // namespace

QList<RegisteredKey> MemberKeys::keys(Workbook& wb, const QString& member)
{
    Query q = wb.db().prepare(
        QString::fromLatin1(kKeyColumns)
        + (member.isEmpty() ? QStringLiteral("ORDER BY k.id") : QStringLiteral("WHERE m.name = ? ORDER BY k.id")));
    if (!member.isEmpty())
        q.bind(1, member);
    QList<RegisteredKey> out;
    while (q.step())
        out << readKey(q);
    return out;
}

std::optional<RegisteredKey> MemberKeys::activeKey(Workbook& wb, const QString& member)
{
    for (const RegisteredKey& k : keys(wb, member))
        if (k.active())
            return k;
    return std::nullopt;
}

RegisteredKey MemberKeys::registerKey(Workbook& wb, const QString& memberName, const QByteArray& publicPem,
                                      const QString& source)
{
    wb.requireWritable();
    Transaction tx(wb.db());
    const TeamMember me = wb.actingMember();
    if (me.role != Role::Lead)
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1 (%2) may not register member keys: only the engagement lead may.")
                             .arg(me.name, roleDisplayName(me.role)));
    const auto member = wb.member(memberName.trimmed());
    if (!member)
        throw AuditError(ErrorCode::NotFound, tr("%1 is not on the engagement team.").arg(memberName));
    const MemberKey key = MemberKey::fromPublicPem(publicPem, source);
    if (const auto current = activeKey(wb, member->name))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1 already has a registered key (%2); the member rotates it (member key rotate), or it "
                            "is revoked first (member key revoke).")
                             .arg(member->name, MemberKey::grouped(current->fingerprint)));
    for (const RegisteredKey& k : keys(wb))
        if (k.fingerprint == key.fingerprint())
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: this key was registered before for %2 (%3); a key is registered once.")
                                 .arg(source, k.member, k.status));
    const RegisteredKey k = insertKey(wb, *member, key, me, Clock::nowIso(), {});
    wb.record(QStringLiteral("member_key.register"), keyEntity(member->name), {}, keyJson(k));
    tx.commit();
    wb.notifyChanged(QStringLiteral("team"));
    return k;
}

RegisteredKey MemberKeys::rotate(Workbook& wb, const MemberKey& newKey)
{
    wb.requireWritable();
    Transaction tx(wb.db());
    const TeamMember me = wb.actingMember();
    const auto old = activeKey(wb, me.name);
    if (!old)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1 has no registered key to rotate; the engagement lead registers the first one "
                            "(member key register).")
                             .arg(me.name));
    const QString at = Clock::nowIso();
    // The old key endorses the new one: only its holder can rotate.
    const ActionSignature endorsement
        = sign(wb, me,
               payload(QStringLiteral("member_key.rotate"), wb.engagement().uuid, newKey.fingerprint(), me.name,
                       roleKey(me.role), at, old->fingerprint));
    for (const RegisteredKey& k : keys(wb))
        if (k.fingerprint == newKey.fingerprint())
            throw AuditError(ErrorCode::InvalidInput, tr("the new key was registered before; make a new one."));
    endKey(wb, *old, QStringLiteral("rotated"), at, QStringLiteral("rotated"));
    const RegisteredKey k = insertKey(wb, me, newKey, me, at, endorsement.signature);
    wb.record(QStringLiteral("member_key.rotate"), keyEntity(me.name), keyJson(*old), keyJson(k));
    tx.commit();
    wb.addUnlockedKey(me.name, newKey);
    wb.notifyChanged(QStringLiteral("team"));
    return k;
}

RegisteredKey MemberKeys::rotateOwnKey(Workbook& wb, const QByteArray& passphrase)
{
    wb.requireWritable();
    const QString me = wb.actor();
    wb.addUnlockedKey(me, MemberKeyFiles::unlock(me, passphrase));
    const MemberKey next = MemberKey::generate();
    const RegisteredKey k = rotate(wb, next);
    MemberKeyFiles::write(me, next, passphrase, true); // the same passphrase protects the new key
    return k;
}

RegisteredKey MemberKeys::revoke(Workbook& wb, const QString& memberName, const QString& reason)
{
    wb.requireWritable();
    Transaction tx(wb.db());
    const TeamMember me = wb.actingMember();
    const QString name = memberName.trimmed().isEmpty() ? me.name : memberName.trimmed();
    if (name != me.name && me.role != Role::Lead)
        throw AuditError(
            ErrorCode::Forbidden,
            tr("%1 may not revoke %2's key: only the member or the engagement lead may.").arg(me.name, name));
    if (reason.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("give the reason for revoking the key (--reason)."));
    const auto k = activeKey(wb, name);
    if (!k)
        throw AuditError(ErrorCode::InvalidInput, tr("%1 has no active registered key.").arg(name));
    RegisteredKey after = *k;
    after.status = QStringLiteral("revoked");
    after.validUntil = Clock::nowIso();
    after.endReason = reason.trimmed();
    endKey(wb, after, after.status, after.validUntil, after.endReason);
    wb.record(QStringLiteral("member_key.revoke"), keyEntity(name), keyJson(*k), keyJson(after));
    tx.commit();
    wb.notifyChanged(QStringLiteral("team"));
    return after;
}

QByteArray MemberKeys::payload(const QString& kind, const QString& engagement, const QString& subject,
                               const QString& member, const QString& role, const QString& at,
                               const QString& contentHash)
{
    const QJsonArray a { kind, engagement, subject, member, role, at, contentHash };
    return QByteArrayLiteral("ismap-signed-action/1\n") + QJsonDocument(a).toJson(QJsonDocument::Compact);
}

ActionSignature MemberKeys::sign(Workbook& wb, const TeamMember& me, const QByteArray& payload)
{
    const auto registered = activeKey(wb, me.name);
    const MemberKey key = registered ? wb.keyToSignWith(me.name) : wb.unlockedKey(me.name);
    if (key.isNull()) {
        if (!registered)
            throw AuditError(ErrorCode::Forbidden,
                             tr("%1 has no member key registered in this workbook, so cannot sign: make a key on your "
                                "own machine (ismapctl member key create --as %1, or \"Create my key…\" in the member "
                                "dialog) and have the engagement lead register its public key (ismapctl member key "
                                "register WB --member %1 --public-key FILE --as LEAD).")
                                 .arg(me.name));
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1's member key is not unlocked: give its passphrase (--passphrase-stdin, or the keychain "
                            "after ismapctl member key create) to sign.")
                             .arg(me.name));
    }
    if (!registered) {
        const auto all = keys(wb, me.name);
        for (const RegisteredKey& k : all)
            if (k.fingerprint == key.fingerprint() && k.status == u"revoked")
                throw AuditError(ErrorCode::Forbidden,
                                 tr("%1's key %2 was revoked at %3 (%4); it signs nothing after that. Make a new key "
                                    "and have the engagement lead register it.")
                                     .arg(me.name, MemberKey::grouped(k.fingerprint), k.validUntil, k.endReason));
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1's key %2 is not registered in this workbook: the engagement lead registers it "
                            "(ismapctl member key register WB --member %1 --public-key FILE --as LEAD).")
                             .arg(me.name, MemberKey::grouped(key.fingerprint())));
    }
    if (registered->fingerprint != key.fingerprint())
        throw AuditError(
            ErrorCode::Forbidden,
            tr("%1's key on this machine (%2) is not the key registered in this workbook (%3).")
                .arg(me.name, MemberKey::grouped(key.fingerprint()), MemberKey::grouped(registered->fingerprint)));
    return ActionSignature { registered->fingerprint, QString::fromLatin1(key.sign(payload).toBase64()) };
}

MemberKeys::Checker::Checker(Workbook& wb)
{
    for (const RegisteredKey& k : keys(wb)) {
        Entry e { k, {} };
        try {
            e.publicKey = MemberKey::fromPublicPem(k.publicPem, QStringLiteral("member_key %1").arg(k.id));
        } catch (const AuditError&) {
            // Left null: every signature by it is reported as not verifiable.
        }
        m_keys.insert(k.fingerprint, e);
    }
}

QString MemberKeys::Checker::problem(const QString& member, const QString& at, const QString& fingerprint,
                                     const QString& signature, const QByteArray& payload) const
{
    if (signature.isEmpty() || fingerprint.isEmpty())
        return tr("not signed");
    const auto it = m_keys.constFind(fingerprint);
    if (it == m_keys.cend())
        return tr("signed with key %1, which is not registered in the workbook").arg(MemberKey::grouped(fingerprint));
    if (it->key.member != member)
        return tr("signed with %1's key, not %2's").arg(it->key.member, member);
    if (!it->key.validAt(at))
        return it->key.status == u"revoked"
            ? tr("signed at %1 with a key revoked at %2").arg(at, it->key.validUntil)
            : tr("signed at %1, outside the key's validity (%2 – %3)").arg(at, it->key.validFrom, it->key.validUntil);
    if (it->publicKey.isNull())
        return tr("the registered key %1 cannot be read").arg(MemberKey::grouped(fingerprint));
    if (!it->publicKey.verify(payload, QByteArray::fromBase64(signature.toLatin1())))
        return tr("the signature does not match what is recorded (forged, altered or copied)");
    return {};
}

QString MemberKeys::statusText(const RegisteredKey& key)
{
    if (key.active())
        return tr("active");
    return key.status == u"revoked" ? tr("revoked") : tr("rotated");
}

QString MemberKeys::endReasonText(const RegisteredKey& key)
{
    // A rotation's reason is stored as the code "rotated"; a revocation's is the member's own words.
    return key.status == u"rotated" && key.endReason == u"rotated" ? tr("replaced by a new key") : key.endReason;
}

} // namespace ismap
