#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
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
};

/** A sign-off: who signed an item in which role, when, over which content (hash), and whether voided. */
struct SignOff
{
    qint64 id = 0;
    QString itemId;
    SignOffRole role = SignOffRole::Preparer;
    QString member;
    QString at;
    QString contentHash;
    QString voidedAt;
    QString voidReason;
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
 * never reviews work they prepared. An open review note blocks the reviewer's sign-off.
 *
 * Content hash: SHA-256 over a canonical serialisation (see contentHash()) of the item, its active steps
 * with results and notes, its sample sets and items, its evidence links with the evidence SHA-256, and
 * its findings. Any change to that content voids the sign-offs signed over the old content:
 * invalidateSignOffs() runs inside every mutating action's transaction and trails each void.
 */
class Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)
public:
    static ReviewNote addNote(Workbook& wb, const QString& itemId, const QString& text);
    static ReviewNote resolveNote(Workbook& wb, qint64 noteId, const QString& resolution);
    static QList<ReviewNote> notes(Workbook& wb, const QString& itemId = {}, bool openOnly = false);

    /// Signs the item off for the acting member; the role follows the member's role when not given
    /// (staff: preparer; reviewer and lead: reviewer).
    static SignOff signOff(Workbook& wb, const QString& itemId, std::optional<SignOffRole> role = std::nullopt);
    static QList<SignOff> signOffs(Workbook& wb, const QString& itemId = {}, bool includeVoided = true);

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
    /// Every reopening of the engagement, oldest first (none before workbook format 7).
    static QList<EngagementUnlock> unlocks(Workbook& wb);
};

/// Free-function forms of the two calls the evidence vault and `verify` use.
QString contentHash(Workbook& wb, const QString& itemId);
int invalidateSignOffs(Workbook& wb, const QString& itemId, const QString& reason);

} // namespace ismap
