#pragma once

#include "commands/EngineCommand.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Sampling.h"

#include <QSet>
#include <optional>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * The draft findings an engine call raised by itself on an item (a deviation recorded on a step or a failing
 * sample item), so that undoing the call withdraws them again: snapshot() before the call, collect() after it,
 * withdraw() on undo (only those still drafts; the trail keeps both).
 */
class RaisedFindings
{
public:
    void snapshot(Workbook& wb, const QString& itemId);
    void collect(Workbook& wb);
    void withdraw(Workbook& wb) const;

private:
    QString m_itemId;
    QSet<QString> m_before;
    QStringList m_raised;
};

/**
 * Records a sample item's attribute test (result, notes, attributes, label) through the engine; undo puts
 * the item back exactly as it was (pending if it had no result) with Sampling::restoreResult. A failing
 * item raises its draft finding in the engine; undo leaves the finding (findings are never deleted).
 */
class SetSampleResultCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSampleResultCommand)
public:
    SetSampleResultCommand(Workbook& wb, qint64 setId, int seq, SampleResult result, const QString& notes,
                           const QJsonObject& attributes, const QString& label);

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    qint64 m_setId;
    SampleItem m_before;
    SampleResult m_result;
    QString m_notes;
    QJsonObject m_attributes;
    QString m_label;
    RaisedFindings m_raised;
};

/**
 * Raises a finding by hand through Findings::raise; undo withdraws it (Findings::withdraw: a draft only, both
 * trailed), redo raises it again with the same fields.
 */
class RaiseFindingCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(RaiseFindingCommand)
public:
    RaiseFindingCommand(Workbook& wb, const Finding& finding);
    QString ref() const { return m_ref; }

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    Finding m_finding;
    QString m_ref;
};

/**
 * Draws a sample through Sampling::draw; undo discards it (Sampling::discard: only while no item has a result),
 * redo draws again from the same seed, so the same items come back.
 */
class DrawSampleCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(DrawSampleCommand)
public:
    DrawSampleCommand(Workbook& wb, const QString& itemId, qint64 population, const QString& frequency,
                      std::optional<std::uint64_t> seed, const QString& description);
    qint64 setId() const { return m_setId; }

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QString m_itemId;
    qint64 m_population;
    QString m_frequency;
    std::optional<std::uint64_t> m_seed;
    QString m_description;
    qint64 m_setId = 0;
};

/**
 * Edits a finding's fields through Findings::edit; undo writes back the values the changed fields had.
 * Only the fields set in the edit are touched in either direction.
 */
class EditFindingCommand : public EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditFindingCommand)
public:
    EditFindingCommand(Workbook& wb, const QString& ref, const FindingEdit& edit);

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QString m_ref;
    FindingEdit m_after;
    FindingEdit m_before;
};

} // namespace ismap::ui
