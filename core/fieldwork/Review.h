#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ismap {

class Workbook;

/** A review note on an item: raised by a reviewer or the lead, resolved with a resolution. */
struct ReviewNote
{
    qint64 id = 0;
    QString itemId;
    QString text;
    bool open = true;
    QString raisedBy;
    QString raisedAt;
    QString resolvedBy;
    QString resolvedAt;
    QString resolution;
    QString resolutionSignature; ///< the resolver's signature (base64); empty before format 6
    QString resolutionKey; ///< the fingerprint of the key that signed the resolution
};

/**
 * A sign-off: who signed an item (or, with an empty itemId, the engagement as lead or quality reviewer) in which role,
 * when, over which content (hash), with which key (signature), and whether voided.
 */
struct SignOff
{
    qint64 id = 0;
    QString itemId; ///< empty for an engagement-level sign-off
    SignOffRole role = SignOffRole::Preparer;
    QString member;
    QString at;
    QString contentHash;
    QString voidedAt;
    QString voidReason;
    QString signature; ///< the member's Ed25519 signature (base64) over signedPayload(); empty before format 6
    QString keyFingerprint; ///< SHA-256 of the public key that signed it
    bool valid() const { return voidedAt.isEmpty(); }
};

/** A reopening of a finalised (perhaps issued) engagement: who, when, why, and the finalisation it undid. */
struct EngagementUnlock
{
    qint64 id = 0;
    QString at; ///< ISO 8601 UTC
    QString member; ///< the engagement lead who reopened it
    QString reason; ///< as the lead gave it
    QString lockedAt; ///< the finalisation it undid
    QString lockedBy;
};

/**
 * Review of the fieldwork: review notes, preparer and reviewer sign-offs over a hash of the signed
 * content, and finalising (locking) the engagement.
 *
 * Roles: staff prepare; reviewers and the lead review; only the lead finalises and unlocks. A reviewer
 * never reviews work they prepared (a sign-off or a step result of theirs). An open review note blocks the reviewer's
 * sign-off. The engagement quality reviewer (審査担当者) prepares and reviews no item: they sign the engagement off
 * after the lead; the lead cannot be the quality reviewer.
 *
 * Signatures: every sign-off, review-note resolution, finalisation and unlock is signed with the acting member's
 * unlocked key (MemberKeys::sign) over MemberKeys::payload(kind, engagement, subject, member, role, time, hash);
 * checkSignatures() checks them all for `verify`.
 *
 * Content hash: SHA-256 over a canonical serialisation (see contentHash()) of the item, its active steps
 * with results and notes, its sample sets and items, its evidence links with the evidence SHA-256, and
 * its findings. Any change to that content voids the sign-offs signed over the old content:
 * invalidateSignOffs() runs inside every mutating action's transaction and trails each void.
 */
/** Where an item's sign-offs stand: the latest sign-off of each role decides. */
struct ItemSignOffs
{
    bool preparerSigned = false; ///< the latest preparer sign-off is valid
    bool reviewerSigned = false; ///< the latest reviewer sign-off is valid
    bool voided = false; ///< the latest sign-off of a role was voided and not renewed
};

class Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)
public:
    static ReviewNote addNote(Workbook& wb, const QString& itemId, const QString& text);
    static ReviewNote resolveNote(Workbook& wb, qint64 noteId, const QString& resolution);
    static QList<ReviewNote> notes(Workbook& wb, const QString& itemId = {}, bool openOnly = false);
    /// The open notes of every item (or of @p onlyItem) counted, by item id, in one grouped read.
    static QHash<QString, int> openNoteCountByItem(Workbook& wb, const QString& onlyItem = {});
    /// Where the sign-offs of every item that has one (or of @p onlyItem) stand, by item id, in one read.
    static QHash<QString, ItemSignOffs> signOffStateByItem(Workbook& wb, const QString& onlyItem = {});

    /// Signs the item off for the acting member; the role follows the member's role when not given
    /// (staff: preparer; reviewer and lead: reviewer).
    static SignOff signOff(Workbook& wb, const QString& itemId, std::optional<SignOffRole> role = std::nullopt);
    static QList<SignOff> signOffs(Workbook& wb, const QString& itemId = {}, bool includeVoided = true);

    /// Signs the engagement off: the lead as lead, then the quality reviewer as quality reviewer (not the lead).
    /// Covers engagementContentHash(); voided when an item's sign-offs change afterwards.
    static SignOff signOffEngagement(Workbook& wb);
    static QList<SignOff> engagementSignOffs(Workbook& wb, bool includeVoided = true);
    /// SHA-256 over the engagement (uuid, CSP, service, period, scope) and every valid item sign-off (item, role,
    /// member, content hash, signature), in id order: what the lead and the quality reviewer sign.
    static QString engagementContentHash(Workbook& wb);

    /// The valid sign-offs of @p itemId that a change to its content by the acting member would void and that
    /// another member signed: what a reviewer recording a step result must be told first.
    static QList<SignOff> wouldVoid(Workbook& wb, const QString& itemId);
    /// The explanation of wouldVoid() in the UI language (empty when nothing would be voided).
    static QString voidWarning(Workbook& wb, const QString& itemId);
    /// Throws InvalidInput with voidWarning() unless @p confirmed or nothing would be voided.
    static void requireVoidConsent(Workbook& wb, const QString& itemId, bool confirmed);

    /// Every signed action whose signature does not hold against the key registered for its member at its time
    /// (sign-offs, engagement sign-offs, note resolutions, finalisations, unlocks), each naming what it is.
    struct SignatureCheck
    {
        QStringList problems;
        qint64 checked = 0;
    };
    static SignatureCheck checkSignatures(Workbook& wb);
    /// checkSignatures() in two halves, so that `verify` can check the signatures on another thread while it reads
    /// the rest of the workbook: reads every signed action and the registered keys now, on the workbook's thread,
    /// and returns the check itself, which no longer touches the workbook (safe to run on any one thread).
    static std::function<SignatureCheck()> signatureCheck(Workbook& wb);

    /// The canonical text a sign-off's hash covers (format "ismap-signoff-content/1": one JSON array of
    /// strings per line: the item, each active step, each sample set and its items, each evidence link,
    /// each finding, in id order).
    static QByteArray canonicalContent(Workbook& wb, const QString& itemId);
    /// SHA-256 (hex) of canonicalContent(); `verify` checks each non-voided sign-off against it.
    static QString contentHash(Workbook& wb, const QString& itemId);
    /// Voids the item's valid sign-offs whose hash no longer matches its content, with a trail row each.
    /// Call inside the mutating action's transaction after the change. Returns how many were voided.
    static int invalidateSignOffs(Workbook& wb, const QString& itemId, const QString& reason);

    /// Finalises (locks) the engagement: lead only; refuses while review notes are open.
    static void finalise(Workbook& wb);
    /// Why the acting member cannot finalise the engagement now (read-only, already finalised, nobody working, not
    /// the lead, review notes open), in the UI language; empty when finalise() would go ahead. finalise() refuses
    /// with the same words.
    static QString finaliseRefusal(Workbook& wb);
    /// Reopens a finalised engagement: lead only, with a reason, recorded in the trail and as an EngagementUnlock.
    static void unlock(Workbook& wb, const QString& reason);
    /// Why the acting member cannot reopen the engagement now (read-only, nobody working, not the lead, not
    /// finalised), in the UI language; empty when unlock() with a reason would go ahead.
    static QString unlockRefusal(Workbook& wb);
    /// Why the acting member cannot sign @p itemId off as @p role now (read-only, finalised, role, scope, steps or
    /// samples without a result, a deviation without a finding, already signed, own work, open notes); empty when
    /// signOff() would go ahead. signOff() refuses with the same words.
    static QString signOffRefusal(Workbook& wb, const QString& itemId, SignOffRole role);
    /// Why the acting member may not sign the engagement off now (signOffEngagement()'s refusal), or empty.
    static QString signOffEngagementRefusal(Workbook& wb);
    /// Why the acting member cannot raise or resolve review notes (read-only, finalised, role); empty if they can.
    static QString noteRefusal(Workbook& wb);
    /// Every reopening of the engagement, oldest first (none before workbook format 7).
    static QList<EngagementUnlock> unlocks(Workbook& wb);
};

/// Free-function forms of the two calls the evidence vault and `verify` use.
QString contentHash(Workbook& wb, const QString& itemId);
int invalidateSignOffs(Workbook& wb, const QString& itemId, const QString& reason);

} // namespace ismap
