#pragma once

#include "fieldwork/FieldworkTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;

/** One step of a procedure template: what to do, of which type, in which phase, for which audits. */
struct ProcedureTemplateStep
{
    QString id; ///< stable key, stored as procedure_step.template_id
    Phase phase = Phase::Design;
    ProcedureType type = ProcedureType::Inspection;
    QStringList audits; ///< "initial" and/or "renewal": the audit kinds that perform this step
    QString instructionJa;
    QString instructionEn;
};

/**
 * The firm's procedure templates (resources/procedures/procedure-templates.json, versioned data): steps
 * by part and kind of control for the design and operating phases, and the rule that gives each item
 * its kind of control.
 */
class ProcedureTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureTemplates)
public:
    /// The templates shipped with the application.
    static const ProcedureTemplates& builtin();
    /// Parses a template file; throws InvalidInput naming @p source and the field that is wrong.
    static ProcedureTemplates parse(const QByteArray& json, const QString& source);

    QString version() const { return m_version; }
    /// The steps an item of @p part and @p kind gets in an audit of @p auditKind ("initial"/"renewal"),
    /// design steps first. A part-specific set wins over the "*" set.
    QList<ProcedureTemplateStep> stepsFor(const QString& part, ControlKind kind, const QString& auditKind) const;
    /// The kind of control of an item by the template's rule: @p overrideKind (item_plan.control_kind)
    /// if set, else the longest matching ID prefix, else recurring for a recurring frequency, else default.
    ControlKind kindFor(const QString& itemNumber, const QString& frequency, const QString& overrideKind = {}) const;

private:
    struct Set
    {
        QString part;
        ControlKind kind;
        Phase phase;
        QList<ProcedureTemplateStep> steps;
    };
    QString m_version;
    QList<Set> m_sets;
    QMap<QString, ControlKind> m_byPrefix;
    QStringList m_recurringFrequencies;
    ControlKind m_default = ControlKind::Policy;
};

/** One procedure step of an item as recorded in the workbook. */
struct ProcedureStep
{
    qint64 id = 0;
    QString itemId;
    QString templateId;
    int seq = 0; ///< 1-based position within the item, as shown to users
    Phase phase = Phase::Design;
    ProcedureType type = ProcedureType::Inspection;
    QString instructionJa;
    QString instructionEn;
    bool done = false;
    std::optional<StepResult> result;
    QString notes;
    QString preparer; ///< member name
    QString performedAt;
    bool retired = false;
};

/** What a refresh of the steps changed. */
/** An item's active steps counted (ItemStatusBook's read of the steps). */
struct StepCounts
{
    int steps = 0;
    int done = 0;
    int deviations = 0; ///< steps whose result is a deviation
    int deviationsWithoutFinding = 0; ///< of them, those no finding names
    int withResult = 0; ///< steps with any result (the item's work has started)
};

struct StepRefreshResult
{
    int added = 0;
    int retired = 0;
    int revived = 0;
    int itemsTouched = 0;
};

/**
 * An item's procedure steps: generated from the templates for in-scope, in-cycle items, refreshed when
 * the statement, the cycle or the kind of control changes (steps are retired, never deleted, so recorded
 * work survives; re-adding revives them), and performed one result at a time.
 */
class Procedures
{
    Q_DECLARE_TR_FUNCTIONS(Procedures)
public:
    /// Brings every item's steps in line with statement, cycle and kind of control (one transaction).
    static StepRefreshResult refresh(Workbook& wb);
    /// The same inside the caller's transaction, for one item or all (empty @p itemId). No trail row for
    /// the whole run: one per item touched.
    static StepRefreshResult refreshInTransaction(Workbook& wb, const QString& itemId = {});

    /// The item's steps in order; retired ones only when asked.
    static QList<ProcedureStep> steps(Workbook& wb, const QString& itemId, bool includeRetired = false);
    static std::optional<ProcedureStep> step(Workbook& wb, qint64 stepId);
    /// Every item's active steps, by item id, then in order: the one read for whole-engagement views (the report).
    static QList<ProcedureStep> allSteps(Workbook& wb);
    /// The step shown as number @p seq of @p itemId; throws NotFound naming both.
    static ProcedureStep stepBySeq(Workbook& wb, const QString& itemId, int seq);

    /// Records a step's result with notes for the acting member. A deviation raises a draft finding.
    /// Any member of the fieldwork team may perform a step and so becomes one of the item's preparers (never the
    /// quality reviewer). Voids sign-offs whose content changed; refuses with Review::voidWarning() when that would
    /// void another member's sign-off and @p consent is not Confirmed.
    static ProcedureStep setResult(Workbook& wb, qint64 stepId, StepResult result, const QString& notes,
                                   VoidConsent consent = VoidConsent::Ask);
    /// Clears a step's result (back to pending), with the same consent as setResult().
    static ProcedureStep clearResult(Workbook& wb, qint64 stepId, VoidConsent consent = VoidConsent::Ask);

    /// The kind of control in effect for an item.
    static ControlKind controlKind(Workbook& wb, const QString& itemId);
    /// The active steps of every item (or of @p onlyItem) counted, by item id, in one grouped read.
    static QHash<QString, StepCounts> stepCountsByItem(Workbook& wb, const QString& onlyItem = {});
};

} // namespace ismap
