#include "engagement/ReviewWork.h"

#include "catalog/Catalog.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Review.h"
#include "workbook/Workbook.h"

#include <QHash>

namespace ismap {

QString ReviewQueueEntry::title(const QString& lang) const
{
    const QString& first = lang == u"ja" ? titleJa : titleEn;
    return first.isEmpty() ? (lang == u"ja" ? titleEn : titleJa) : first;
}

QList<ReviewQueueEntry> ReviewWork::queue(Workbook& wb)
{
    QHash<QString, SignOff> preparer;
    QHash<QString, SignOff> reviewer;
    for (const SignOff& s : Review::signOffs(wb, {}, false))
        (s.role == SignOffRole::Preparer ? preparer : reviewer).insert(s.itemId, s);
    QHash<QString, ReviewNote> firstNote;
    for (const ReviewNote& n : Review::notes(wb, {}, true))
        if (!firstNote.contains(n.itemId))
            firstNote.insert(n.itemId, n);

    QList<ReviewQueueEntry> out;
    for (const ItemState& s : ItemStatusBook::all(wb)) {
        ReviewQueueEntry e;
        if (s.openNotes > 0)
            e.stage = ReviewStage::OpenNotes;
        else if (!s.inCycle)
            continue;
        else if (s.preparerSigned && s.reviewerSigned)
            e.stage = ReviewStage::AwaitingLead;
        else if (s.preparerSigned && !s.signOffVoided && s.deviationsWithoutFinding == 0)
            e.stage = ReviewStage::AwaitingReview;
        else
            continue;
        e.itemId = s.itemId;
        e.status = s.status;
        e.assignee = s.assignee;
        e.openNotes = s.openNotes;
        if (const auto p = preparer.constFind(s.itemId); p != preparer.cend()) {
            e.preparedBy = p->member;
            e.preparedAt = p->at;
        }
        if (const auto r = reviewer.constFind(s.itemId); r != reviewer.cend()) {
            e.reviewedBy = r->member;
            e.reviewedAt = r->at;
        }
        if (const auto n = firstNote.constFind(s.itemId); n != firstNote.cend()) {
            e.firstOpenNote = n->text;
            e.firstOpenNoteBy = n->raisedBy;
        }
        out << e;
    }
    if (!out.isEmpty()) {
        // One read of the catalog rather than one query per entry: the queue can hold most of the items.
        QHash<QString, int> index;
        for (int i = 0; i < out.size(); ++i)
            index.insert(out[i].itemId, i);
        for (const CatalogItem& c : Catalog::items(wb))
            if (const int i = index.value(c.id, -1); i >= 0) {
                out[i].titleJa = c.titleJa;
                out[i].titleEn = c.titleEn;
            }
    }
    return out;
}

QList<ReviewStage> ReviewWork::stages()
{
    return { ReviewStage::AwaitingReview, ReviewStage::OpenNotes, ReviewStage::AwaitingLead };
}

QString ReviewWork::stageKey(ReviewStage stage)
{
    switch (stage) {
    case ReviewStage::AwaitingReview:
        return QStringLiteral("awaiting_review");
    case ReviewStage::OpenNotes:
        return QStringLiteral("open_notes");
    case ReviewStage::AwaitingLead:
        return QStringLiteral("awaiting_lead");
    }
    return {};
}

QString ReviewWork::stageDisplayName(ReviewStage stage)
{
    switch (stage) {
    case ReviewStage::AwaitingReview:
        return tr("Prepared, awaiting review");
    case ReviewStage::OpenNotes:
        return tr("Open review notes");
    case ReviewStage::AwaitingLead:
        return tr("Reviewed, awaiting the lead");
    }
    return {};
}

} // namespace ismap
