#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace ismap {

class Workbook;

/// Where an item stands in the review: what the reviewers and the lead still have to do with it.
enum class ReviewStage {
    AwaitingReview, ///< prepared (valid preparer sign-off), no reviewer sign-off yet, no open note
    OpenNotes, ///< one or more review notes still open
    AwaitingLead ///< reviewed (valid preparer and reviewer sign-offs), waiting for the lead to finalise
};

/** One item waiting for a reviewer or the lead, with who prepared and reviewed it and its open notes. */
struct ReviewQueueEntry
{
    QString itemId;
    QString titleJa;
    QString titleEn;
    ReviewStage stage = ReviewStage::AwaitingReview;
    ItemStatus status = ItemStatus::NotStarted;
    QString assignee;
    QString preparedBy; ///< the valid preparer sign-off, if any
    QString preparedAt;
    QString reviewedBy; ///< the valid reviewer sign-off, if any
    QString reviewedAt;
    int openNotes = 0;
    QString firstOpenNote; ///< text of the oldest open note
    QString firstOpenNoteBy;

    QString title(const QString& lang) const;
};

/**
 * The review queue: the in-scope items a reviewer or the lead has to act on, in catalog order — prepared
 * items waiting for review, items with open review notes, and reviewed items waiting for the lead to
 * finalise the engagement. Read-only; derived from ItemStatusBook, the sign-offs and the review notes.
 */
class ReviewWork
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWork)
public:
    static QList<ReviewQueueEntry> queue(Workbook& wb);

    static QList<ReviewStage> stages();
    /// "awaiting_review", "open_notes", "awaiting_lead".
    static QString stageKey(ReviewStage stage);
    static QString stageDisplayName(ReviewStage stage);
};

} // namespace ismap
