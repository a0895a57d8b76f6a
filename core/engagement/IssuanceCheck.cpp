#include "engagement/IssuanceCheck.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogItem.h"
#include "common/Clock.h"
#include "engagement/IssuedReports.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QMap>
#include <algorithm>

namespace ismap {

QList<IssuanceGapKind> IssuanceGap::kinds()
{
    return { IssuanceGapKind::Undecided,
             IssuanceGapKind::StepWithoutResult,
             IssuanceGapKind::PreparerSignOffMissing,
             IssuanceGapKind::ReviewerSignOffMissing,
             IssuanceGapKind::DraftFinding,
             IssuanceGapKind::OpenReviewNote,
             IssuanceGapKind::FindingWithoutResponse,
             IssuanceGapKind::EngagementSignOffMissing,
             IssuanceGapKind::NotFinalised,
             IssuanceGapKind::AlreadyIssued };
}

QString IssuanceGap::kindCode(IssuanceGapKind kind)
{
    switch (kind) {
    case IssuanceGapKind::Undecided:
        return QStringLiteral("undecided");
    case IssuanceGapKind::StepWithoutResult:
        return QStringLiteral("step_without_result");
    case IssuanceGapKind::PreparerSignOffMissing:
        return QStringLiteral("preparer_signoff_missing");
    case IssuanceGapKind::ReviewerSignOffMissing:
        return QStringLiteral("reviewer_signoff_missing");
    case IssuanceGapKind::DraftFinding:
        return QStringLiteral("draft_finding");
    case IssuanceGapKind::OpenReviewNote:
        return QStringLiteral("open_review_note");
    case IssuanceGapKind::FindingWithoutResponse:
        return QStringLiteral("finding_without_response");
    case IssuanceGapKind::EngagementSignOffMissing:
        return QStringLiteral("engagement_signoff_missing");
    case IssuanceGapKind::NotFinalised:
        return QStringLiteral("not_finalised");
    case IssuanceGapKind::AlreadyIssued:
        return QStringLiteral("already_issued");
    }
    return {};
}

QString IssuanceGap::kindTitle(IssuanceGapKind kind)
{
    switch (kind) {
    case IssuanceGapKind::Undecided:
        return tr("Items whose applicability is not decided");
    case IssuanceGapKind::StepWithoutResult:
        return tr("Procedure steps without a result");
    case IssuanceGapKind::PreparerSignOffMissing:
        return tr("Items without a valid preparer sign-off");
    case IssuanceGapKind::ReviewerSignOffMissing:
        return tr("Items without a valid reviewer sign-off");
    case IssuanceGapKind::DraftFinding:
        return tr("Findings still in draft");
    case IssuanceGapKind::OpenReviewNote:
        return tr("Open review notes");
    case IssuanceGapKind::FindingWithoutResponse:
        return tr("Findings without a management response");
    case IssuanceGapKind::EngagementSignOffMissing:
        return tr("Engagement sign-offs missing");
    case IssuanceGapKind::NotFinalised:
        return tr("Engagement not finalised");
    case IssuanceGapKind::AlreadyIssued:
        return tr("Final report already issued");
    }
    return {};
}

QString IssuanceGap::text() const
{
    const auto param = [this](int i) {
        return i < params.size() ? params.at(i) : QString();
    };
    switch (kind) {
    case IssuanceGapKind::Undecided:
        return tr("the statement does not say whether the item is in scope");
    case IssuanceGapKind::StepWithoutResult:
        return tr("step %1 has no result").arg(param(0));
    case IssuanceGapKind::PreparerSignOffMissing:
        return tr("no valid preparer sign-off");
    case IssuanceGapKind::ReviewerSignOffMissing:
        return tr("no valid reviewer sign-off");
    case IssuanceGapKind::DraftFinding:
        return tr("finding %1 is still a draft").arg(param(0));
    case IssuanceGapKind::OpenReviewNote:
        return tr("review note #%1 is open: %2").arg(param(0), param(1));
    case IssuanceGapKind::FindingWithoutResponse:
        return tr("finding %1 has no management response").arg(param(0));
    case IssuanceGapKind::EngagementSignOffMissing:
        return param(0) == u"quality_reviewer" ? tr("the quality reviewer's sign-off on the engagement is missing")
                                               : tr("the engagement lead's sign-off on the engagement is missing");
    case IssuanceGapKind::NotFinalised:
        return tr("the engagement lead has not finalised the engagement");
    case IssuanceGapKind::AlreadyIssued:
        return tr("the final report was issued at %1 (SHA-256 %2); reopen the engagement with a reason to reissue it")
            .arg(Clock::shown(param(0)), param(1));
    }
    return {};
}

namespace {

void undecidedItems(Workbook& wb, QList<IssuanceGap>& out)
{
    const QHash<QString, StatementEntry> entries = StatementBook::entries(wb);
    for (const CatalogItem& c : Catalog::items(wb)) {
        if (!c.isStatementItem())
            continue;
        const auto e = entries.constFind(c.id);
        if (e == entries.constEnd() || e->applicability == Applicability::Undecided)
            out.append({ IssuanceGapKind::Undecided, c.id, {} });
    }
}

void fieldworkGaps(Workbook& wb, QList<IssuanceGap>& out)
{
    QList<IssuanceGap> steps, preparer, reviewer;
    for (const ItemState& s : ItemStatusBook::all(wb)) {
        if (!s.inCycle)
            continue; // not audited this year: nothing to perform or sign
        if (s.stepsDone < s.steps)
            for (const ProcedureStep& step : Procedures::steps(wb, s.itemId))
                if (!step.result)
                    steps.append({ IssuanceGapKind::StepWithoutResult, s.itemId, { QString::number(step.seq) } });
        if (!s.preparerSigned)
            preparer.append({ IssuanceGapKind::PreparerSignOffMissing, s.itemId, {} });
        if (!s.reviewerSigned)
            reviewer.append({ IssuanceGapKind::ReviewerSignOffMissing, s.itemId, {} });
    }
    out << steps << preparer << reviewer;
}

void findingAndNoteGaps(Workbook& wb, QList<IssuanceGap>& out)
{
    QList<Finding> findings = Findings::all(wb);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& x, const Finding& y) {
        const QString kx = ItemId::sortKey(x.itemId), ky = ItemId::sortKey(y.itemId);
        return kx != ky ? kx < ky : x.ref < y.ref;
    });
    QList<IssuanceGap> drafts, noResponse, notes;
    for (const Finding& f : std::as_const(findings)) {
        if (f.status == u"draft")
            drafts.append({ IssuanceGapKind::DraftFinding, f.itemId, { f.ref } });
        if (f.response.trimmed().isEmpty())
            noResponse.append({ IssuanceGapKind::FindingWithoutResponse, f.itemId, { f.ref } });
    }
    QList<ReviewNote> open = Review::notes(wb, {}, true);
    std::stable_sort(open.begin(), open.end(), [](const ReviewNote& x, const ReviewNote& y) {
        const QString kx = ItemId::sortKey(x.itemId), ky = ItemId::sortKey(y.itemId);
        return kx != ky ? kx < ky : x.id < y.id;
    });
    for (const ReviewNote& n : std::as_const(open))
        notes.append({ IssuanceGapKind::OpenReviewNote, n.itemId, { QString::number(n.id), n.text } });
    out << drafts << notes << noResponse;
}

/// The lead's and the quality reviewer's sign-offs on the engagement (Review::signOffEngagement), valid ones only.
void engagementSignOffGaps(Workbook& wb, QList<IssuanceGap>& out)
{
    const QList<SignOff> valid = Review::engagementSignOffs(wb, false);
    for (const SignOffRole role : IssuanceCheck::requiredEngagementSignOffRoles())
        if (std::none_of(valid.cbegin(), valid.cend(), [role](const SignOff& s) { return s.role == role; }))
            out.append({ IssuanceGapKind::EngagementSignOffMissing, {}, { FieldworkText::key(role) } });
}

void engagementGaps(Workbook& wb, QList<IssuanceGap>& out)
{
    engagementSignOffGaps(wb, out);
    if (!wb.engagement().locked)
        out.append({ IssuanceGapKind::NotFinalised, {}, {} });
    else if (const std::optional<IssuedReport> issued = IssuedReports::issuedSinceFinalised(wb))
        out.append({ IssuanceGapKind::AlreadyIssued, {}, { issued->issuedAt, issued->sha256 } });
}

} // namespace

QList<SignOffRole> IssuanceCheck::requiredEngagementSignOffRoles()
{
    return { SignOffRole::Lead, SignOffRole::QualityReviewer };
}

QList<IssuanceGap> IssuanceCheck::gaps(Workbook& wb)
{
    QList<IssuanceGap> out;
    undecidedItems(wb, out);
    fieldworkGaps(wb, out);
    findingAndNoteGaps(wb, out);
    engagementGaps(wb, out);
    return out;
}

QString IssuanceCheck::summary(const QList<IssuanceGap>& gaps)
{
    QMap<int, int> counts;
    for (const IssuanceGap& g : gaps)
        ++counts[int(g.kind)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(IssuanceGap::kindTitle(IssuanceGapKind(it.key()))).arg(it.value());
    return tr("%n gap(s) block the final report: %1.", nullptr, int(gaps.size())).arg(parts.join(QStringLiteral("; ")));
}

} // namespace ismap
