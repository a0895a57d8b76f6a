#pragma once

#include "fieldwork/Findings.h"
#include "fieldwork/Sampling.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * Records a sample item's attribute test (result, notes, attributes, label) through the engine; undo puts
 * the item back exactly as it was (pending if it had no result) with Sampling::restoreResult. A failing
 * item raises its draft finding in the engine; undo leaves the finding (findings are never deleted).
 * Use like SetStepResultCommand: construct, apply() (may throw AuditError), then push.
 */
class SetSampleResultCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSampleResultCommand)
public:
    SetSampleResultCommand(Workbook& wb, qint64 setId, int seq, SampleResult result, const QString& notes,
                           const QJsonObject& attributes, const QString& label);
    void apply();
    void redo() override;
    void undo() override;

private:
    void set();
    Workbook& m_wb;
    qint64 m_setId;
    SampleItem m_before;
    SampleResult m_result;
    QString m_notes;
    QJsonObject m_attributes;
    QString m_label;
    bool m_applied = false;
};

/**
 * Edits a finding's fields through Findings::edit; undo writes back the values the changed fields had.
 * Only the fields set in the edit are touched in either direction.
 */
class EditFindingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditFindingCommand)
public:
    EditFindingCommand(Workbook& wb, const QString& ref, const FindingEdit& edit);
    void apply();
    void redo() override;
    void undo() override;

private:
    Workbook& m_wb;
    QString m_ref;
    FindingEdit m_after;
    FindingEdit m_before;
    bool m_applied = false;
};

} // namespace ismap::ui
