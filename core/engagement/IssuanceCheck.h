#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "fieldwork/FieldworkTypes.h"

namespace ismap {

class Workbook;

/** What kind of gap blocks the final report, in the order the check lists them. */
enum class IssuanceGapKind {
    Undecided, ///< a criteria item whose applicability the statement has not decided
    StepWithoutResult, ///< an active step of an in-cycle item without a result
    PreparerSignOffMissing, ///< an in-cycle item without a valid preparer sign-off
    ReviewerSignOffMissing, ///< an in-cycle item without a valid reviewer sign-off
    DraftFinding, ///< a finding still in draft
    OpenReviewNote, ///< a review note not resolved
    FindingWithoutResponse, ///< a finding without the CSP's management response
    EngagementSignOffMissing, ///< the lead's or the quality reviewer's engagement sign-off (param: "lead" or
                              ///< "quality_reviewer")
    NotFinalised, ///< the engagement is not finalised (locked) by the lead
    AlreadyIssued, ///< the final report was issued since the engagement was last finalised
};

/**
 * One gap: its kind, the item it concerns (empty for the engagement) and its parameters — language-neutral
 * (a step's number, a finding's ref, a note's id and text, a report's hash), rendered by text() in the reader's
 * language.
 */
struct IssuanceGap
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceGap)
public:
    IssuanceGapKind kind = IssuanceGapKind::Undecided;
    QString itemId;
    QStringList params;

    /// Stable code of the kind, for --json and scripts: "undecided", "step_without_result", …
    QString code() const { return kindCode(kind); }
    /// What is missing, in the UI language (without the item, which is shown beside it).
    QString text() const;

    static QString kindCode(IssuanceGapKind kind);
    /// The heading of a group of gaps of @p kind, in the UI language.
    static QString kindTitle(IssuanceGapKind kind);
    /// Every kind, in the order the check lists them.
    static QList<IssuanceGapKind> kinds();
};

/**
 * The issuance gate (issue 14, point 4): every gap that blocks a final report of the engagement — undecided items,
 * in-cycle steps without a result, in-cycle items without valid preparer and reviewer sign-offs, draft findings,
 * open review notes, findings without a management response, the engagement not finalised, a final report already
 * issued since it was finalised. Read through the owning modules' public functions; changes nothing. A final
 * report is issued only when gaps() is empty (ReportIssue asks it); otherwise the report is a draft.
 */
class IssuanceCheck
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceCheck)
public:
    /// Every gap, grouped by kind in kinds() order, items in catalog order.
    static QList<IssuanceGap> gaps(Workbook& wb);
    /// The engagement sign-offs a final report needs, in the order they are given: the lead's, then the quality
    /// reviewer's. gaps() names each one missing; the issuance checklist lists them.
    static QList<SignOffRole> requiredEngagementSignOffRoles();
    /// A short summary for a refusal: "N gaps block the final report: K undecided items, …", in the UI language.
    static QString summary(const QList<IssuanceGap>& gaps);
};

} // namespace ismap
