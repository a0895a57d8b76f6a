#pragma once

#include "commands/EngineCommand.h"
#include "evidence/EvidenceVault.h"

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/** Changes a piece of evidence's description; undo puts the earlier one back (both trailed by the vault). */
class EditEvidenceCommand : public EngineCommand
{
public:
    /// Throws AuditError when @p ref names no evidence.
    EditEvidenceCommand(Workbook& wb, const QString& ref, const QString& description);

private:
    void set(const QString& description);
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QString m_ref;
    QString m_before;
    QString m_after;
};

/** Unlinks evidence from an item (each of its links there); undo links it again the same way. */
class UnlinkEvidenceCommand : public EngineCommand
{
public:
    UnlinkEvidenceCommand(Workbook& wb, const QString& ref, const QString& itemId);

private:
    void perform() override;
    void revert() override;
    Workbook& m_wb;
    QString m_ref;
    QList<EvidenceTarget> m_links;
};

} // namespace ismap::ui
