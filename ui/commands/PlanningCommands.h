#pragma once

#include "commands/EngineCommand.h"
#include "statement/StatementBook.h"

#include <QHash>
#include <QStringList>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * Sets the applicability (and its reason) of one or more items through StatementIntake::setApplicability, which
 * refreshes their procedure steps; undo puts back each item's applicability and reason as they were.
 */
class SetApplicabilityCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetApplicabilityCommand)
public:
    SetApplicabilityCommand(Workbook& wb, const QStringList& itemIds, Applicability applicability,
                            const QString& reason);

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QStringList m_ids;
    Applicability m_applicability;
    QString m_reason;
    QHash<QString, QPair<Applicability, QString>> m_before;
};

/** Assigns items to a member (Planning::assign); undo gives each item back to whoever had it. */
class AssignItemsCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignItemsCommand)
public:
    AssignItemsCommand(Workbook& wb, const QStringList& itemIds, const QString& member);

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QStringList m_ids;
    QString m_member;
    QHash<QString, QString> m_before;
};

/** Puts items in or out of this year's cycle (Planning::setInCycle); undo restores each item's cycle. */
class SetCycleCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCycleCommand)
public:
    SetCycleCommand(Workbook& wb, const QStringList& itemIds, bool inCycle);

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QStringList m_ids;
    bool m_inCycle;
    QHash<QString, bool> m_before;
};

} // namespace ismap::ui
