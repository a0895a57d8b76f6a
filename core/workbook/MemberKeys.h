#pragma once

#include "signing/MemberKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

class Workbook;
struct TeamMember;

/** A member's public key as registered in the workbook, and the interval it signs in. */
struct RegisteredKey
{
    qint64 id = 0;
    QString member;
    QString fingerprint;
    QByteArray publicPem;
    QString validFrom;
    QString validUntil; ///< empty while active
    QString status; ///< "active", "rotated" or "revoked"
    QString registeredBy;
    QString endReason;
    bool active() const { return status == u"active"; }
    /// Whether the key could sign at @p at (ISO UTC): from its registration until its rotation or revocation.
    bool validAt(const QString& at) const { return validFrom <= at && (validUntil.isEmpty() || at < validUntil); }
};

/** What a signed action's signature is: the key's fingerprint and the signature (base64). */
struct ActionSignature
{
    QString fingerprint;
    QString signature;
};

/**
 * The member keys registered in the workbook (`member_key`): who holds which Ed25519 public key from when to when.
 * Only the engagement lead registers a key (after comparing its fingerprint with the member out of band); a member
 * rotates their own key with the old one's endorsement, or revokes it (as may the lead); every change is trailed.
 *
 * Signed actions: sign() signs a canonical payload (payload()) with the acting member's unlocked key after checking
 * that it is their registered, active key; a Checker verifies a stored signature against the key registered for
 * that member and valid at the action's time.
 */
class MemberKeys
{
    Q_DECLARE_TR_FUNCTIONS(MemberKeys)
public:
    /// A key's state for people, in the reader's language: active, rotated or revoked.
    static QString statusText(const RegisteredKey& key);
    /// Why a key ended, for people: "replaced by a new key" for a rotation, else the member's own words.
    static QString endReasonText(const RegisteredKey& key);
    /// Registers @p member's public key (PEM read from @p source, for messages): the lead only; refused while the
    /// member has an active key (rotate or revoke it first) and for a key registered before to anyone.
    static RegisteredKey registerKey(Workbook& wb, const QString& member, const QByteArray& publicPem,
                                     const QString& source);
    /// Replaces the acting member's active key by @p newKey: the old key (unlocked in this session) endorses the
    /// new one's fingerprint; the old key signs nothing after now.
    static RegisteredKey rotate(Workbook& wb, const MemberKey& newKey);
    /// rotate() for the acting member's key on this machine, as `member key rotate` and the app do it: unlocks the
    /// key file with @p passphrase, makes a new key, rotates to it and replaces the key file by the new key,
    /// encrypted with the same passphrase. Throws as MemberKeyFiles::unlock() and rotate() do.
    static RegisteredKey rotateOwnKey(Workbook& wb, const QByteArray& passphrase);
    /// Revokes @p member's active key from now: the member themself or the lead, with a reason.
    static RegisteredKey revoke(Workbook& wb, const QString& member, const QString& reason);
    static QList<RegisteredKey> keys(Workbook& wb, const QString& member = {});
    static std::optional<RegisteredKey> activeKey(Workbook& wb, const QString& member);

    /// The canonical bytes a signed action signs: "ismap-signed-action/1\n" and one compact JSON array of
    /// [kind, engagement uuid, subject, member, role, at, content hash].
    static QByteArray payload(const QString& kind, const QString& engagement, const QString& subject,
                              const QString& member, const QString& role, const QString& at,
                              const QString& contentHash);
    /// Signs @p payload for @p me with their key unlocked in this session; throws Forbidden, saying how to make,
    /// register or unlock a key, when there is none, it is not the registered one, or it was revoked.
    static ActionSignature sign(Workbook& wb, const TeamMember& me, const QByteArray& payload);

    /** Verifies stored signatures against the registered keys (read once). */
    class Checker
    {
    public:
        explicit Checker(Workbook& wb);
        /// Why the signature does not hold (in the UI language), or empty when it does.
        QString problem(const QString& member, const QString& at, const QString& fingerprint, const QString& signature,
                        const QByteArray& payload) const;

    private:
        struct Entry
        {
            RegisteredKey key;
            MemberKey publicKey;
        };
        QHash<QString, Entry> m_keys;
    };
};

} // namespace ismap
