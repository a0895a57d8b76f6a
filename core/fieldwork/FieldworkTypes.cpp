#include "fieldwork/FieldworkTypes.h"

#include <iterator>

namespace ismap {

namespace {

template<typename E, size_t N> std::optional<E> fromKey(const QString& key, const char* const (&keys)[N])
{
    for (size_t i = 0; i < N; ++i)
        if (key == QLatin1String(keys[i]))
            return E(i);
    return std::nullopt;
}

template<size_t N> QStringList allKeys(const char* const (&keys)[N])
{
    QStringList out;
    for (const char* k : keys)
        out << QString::fromLatin1(k);
    return out;
}

const char* const kPhases[] = { "design", "operating" };
const char* const kTypes[] = { "inspection", "inquiry", "observation", "reperformance" };
const char* const kResults[] = { "no_exception", "deviation", "not_performed", "not_applicable" };
const char* const kStatuses[]
    = { "not_started", "in_progress", "prepared", "reviewed", "needs_attention", "out_of_cycle" };
const char* const kKinds[] = { "policy", "recurring", "technical", "facility" };
const char* const kSampleResults[] = { "pass", "fail", "not_applicable" };
const char* const kSignOffRoles[] = { "preparer", "reviewer", "lead", "quality_reviewer" };

} // namespace

QString FieldworkText::key(Phase v)
{
    return QString::fromLatin1(kPhases[int(v)]);
}
QString FieldworkText::key(ProcedureType v)
{
    return QString::fromLatin1(kTypes[int(v)]);
}
QString FieldworkText::key(StepResult v)
{
    return QString::fromLatin1(kResults[int(v)]);
}
QString FieldworkText::key(ItemStatus v)
{
    return QString::fromLatin1(kStatuses[int(v)]);
}
QString FieldworkText::key(ControlKind v)
{
    return QString::fromLatin1(kKinds[int(v)]);
}
QString FieldworkText::key(SampleResult v)
{
    return QString::fromLatin1(kSampleResults[int(v)]);
}
QString FieldworkText::key(SignOffRole v)
{
    return QString::fromLatin1(kSignOffRoles[int(v)]);
}
std::optional<SignOffRole> FieldworkText::signOffRoleFromKey(const QString& key)
{
    for (int i = 0; i < int(std::size(kSignOffRoles)); ++i)
        if (key == QLatin1String(kSignOffRoles[i]))
            return SignOffRole(i);
    return std::nullopt;
}
QString FieldworkText::displayName(SignOffRole v)
{
    switch (v) {
    case SignOffRole::Preparer:
        return tr("Preparer");
    case SignOffRole::Reviewer:
        return tr("Reviewer");
    case SignOffRole::Lead:
        return tr("Engagement lead");
    case SignOffRole::QualityReviewer:
        return tr("Engagement quality reviewer");
    }
    return {};
}

QString FieldworkText::displayName(Phase v)
{
    return v == Phase::Design ? tr("Design") : tr("Operating");
}

QString FieldworkText::displayName(ProcedureType v)
{
    switch (v) {
    case ProcedureType::Inspection:
        return tr("Inspection");
    case ProcedureType::Inquiry:
        return tr("Inquiry");
    case ProcedureType::Observation:
        return tr("Observation");
    case ProcedureType::Reperformance:
        return tr("Reperformance");
    }
    return {};
}

QString FieldworkText::displayName(StepResult v)
{
    switch (v) {
    case StepResult::NoException:
        return tr("No exception");
    case StepResult::Deviation:
        return tr("Deviation");
    case StepResult::NotPerformed:
        return tr("Could not be performed");
    case StepResult::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString FieldworkText::displayName(ItemStatus v)
{
    switch (v) {
    case ItemStatus::NotStarted:
        return tr("Not started");
    case ItemStatus::InProgress:
        return tr("In progress");
    case ItemStatus::Prepared:
        return tr("Prepared");
    case ItemStatus::Reviewed:
        return tr("Reviewed");
    case ItemStatus::NeedsAttention:
        return tr("Needs attention");
    case ItemStatus::OutOfCycle:
        return tr("Not in this year's cycle");
    }
    return {};
}

QString FieldworkText::displayName(ControlKind v)
{
    switch (v) {
    case ControlKind::Policy:
        return tr("Policy or document");
    case ControlKind::Recurring:
        return tr("Recurring activity with records");
    case ControlKind::Technical:
        return tr("Technical setting");
    case ControlKind::Facility:
        return tr("Physical facility");
    }
    return {};
}

QString FieldworkText::displayName(SampleResult v)
{
    switch (v) {
    case SampleResult::Pass:
        return tr("Pass");
    case SampleResult::Fail:
        return tr("Fail");
    case SampleResult::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

std::optional<Phase> FieldworkText::phaseFromKey(const QString& key)
{
    return fromKey<Phase>(key, kPhases);
}
std::optional<ProcedureType> FieldworkText::typeFromKey(const QString& key)
{
    return fromKey<ProcedureType>(key, kTypes);
}
std::optional<StepResult> FieldworkText::resultFromKey(const QString& key)
{
    return fromKey<StepResult>(key, kResults);
}
std::optional<ItemStatus> FieldworkText::statusFromKey(const QString& key)
{
    return fromKey<ItemStatus>(key, kStatuses);
}
std::optional<ControlKind> FieldworkText::kindFromKey(const QString& key)
{
    return fromKey<ControlKind>(key, kKinds);
}

std::optional<SampleResult> FieldworkText::sampleResultFromKey(const QString& key)
{
    if (key == u"na")
        return SampleResult::NotApplicable;
    return fromKey<SampleResult>(key, kSampleResults);
}

QStringList FieldworkText::resultKeys()
{
    return allKeys(kResults);
}
QStringList FieldworkText::statusKeys()
{
    return allKeys(kStatuses);
}
QStringList FieldworkText::kindKeys()
{
    return allKeys(kKinds);
}

QString FieldworkText::statusDisplayName(const QString& key)
{
    const std::optional<ItemStatus> s = statusFromKey(key);
    return s ? displayName(*s) : key;
}

} // namespace ismap
