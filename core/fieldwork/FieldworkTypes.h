#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

/// The phase a procedure step belongs to: design (整備状況評価) or operating (運用状況評価).
enum class Phase { Design, Operating };
/// The kind of audit procedure: 閲覧 inspection, 質問 inquiry, 観察 observation, 再実施 reperformance.
enum class ProcedureType { Inspection, Inquiry, Observation, Reperformance };
/// The result of a step: 例外なし, 逸脱, 実施不能, 対象外.
enum class StepResult { NoException, Deviation, NotPerformed, NotApplicable };
/// An item's progress, derived from its steps, samples, review notes and sign-offs (see ItemStatusBook).
enum class ItemStatus { NotStarted, InProgress, Prepared, Reviewed, NeedsAttention, OutOfCycle };
/// The kind of control, which selects its procedure templates.
enum class ControlKind { Policy, Recurring, Technical, Facility };
/// A sample item's attribute test result.
enum class SampleResult { Pass, Fail, NotApplicable };
/// Whether the caller has shown the member what a change would void (Review::voidWarning) and they agreed.
enum class VoidConsent { Ask, Confirmed };
/// The sign-offs of the review chain: an item's preparer and reviewer; the engagement's lead and quality reviewer.
enum class SignOffRole { Preparer, Reviewer, Lead, QualityReviewer };

/**
 * Stable keys (stored in the workbook and used on the command line) and display names for the fieldwork
 * enumerations. Keys are English snake_case; display names are translated (Japanese terms of the trade).
 */
class FieldworkText
{
    Q_DECLARE_TR_FUNCTIONS(FieldworkText)
public:
    static QString key(Phase v);
    static QString key(ProcedureType v);
    static QString key(StepResult v);
    static QString key(ItemStatus v);
    static QString key(ControlKind v);
    static QString key(SampleResult v);
    static QString key(SignOffRole v);

    static QString displayName(Phase v);
    static QString displayName(ProcedureType v);
    static QString displayName(StepResult v);
    static QString displayName(ItemStatus v);
    static QString displayName(ControlKind v);
    static QString displayName(SampleResult v);
    static QString displayName(SignOffRole v);
    static std::optional<SignOffRole> signOffRoleFromKey(const QString& key);

    static std::optional<Phase> phaseFromKey(const QString& key);
    static std::optional<ProcedureType> typeFromKey(const QString& key);
    static std::optional<StepResult> resultFromKey(const QString& key);
    static std::optional<ItemStatus> statusFromKey(const QString& key);
    static std::optional<ControlKind> kindFromKey(const QString& key);
    /// Accepts pass / fail / na / not_applicable.
    static std::optional<SampleResult> sampleResultFromKey(const QString& key);

    static QStringList resultKeys();
    static QStringList statusKeys();
    /// The display name of an item status key (the key itself if it is none).
    static QString statusDisplayName(const QString& key);
    static QStringList kindKeys();
};

} // namespace ismap
