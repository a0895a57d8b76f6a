#include "commands/EvidenceCommands.h"

#include "workbook/Workbook.h"

namespace ismap::ui {

EditEvidenceCommand::EditEvidenceCommand(Workbook& wb, const QString& ref, const QString& description)
    : m_wb(wb)
    , m_ref(ref)
    , m_before(EvidenceVault(wb).get(ref).description)
    , m_after(description)
{
    setTextMaker([ref] { return EngineCommand::tr("describe evidence %1").arg(ref); });
}

void EditEvidenceCommand::set(const QString& description)
{
    EvidenceVault vault(m_wb);
    const EvidenceRecord r = vault.get(m_ref);
    vault.editMetadata(m_ref, { r.name, r.obtainedFrom, r.obtainedAt, description });
}

void EditEvidenceCommand::perform()
{
    set(m_after);
}

void EditEvidenceCommand::revert()
{
    set(m_before);
}

UnlinkEvidenceCommand::UnlinkEvidenceCommand(Workbook& wb, const QString& ref, const QString& itemId)
    : m_wb(wb)
    , m_ref(ref)
{
    for (const EvidenceTarget& t : EvidenceVault(wb).links(ref))
        if (t.itemId == itemId)
            m_links << t;
    setTextMaker([ref, itemId] { return EngineCommand::tr("unlink evidence %1 from %2").arg(ref, itemId); });
}

void UnlinkEvidenceCommand::perform()
{
    EvidenceVault vault(m_wb);
    for (const EvidenceTarget& t : m_links)
        vault.unlink(m_ref, t);
}

void UnlinkEvidenceCommand::revert()
{
    EvidenceVault vault(m_wb);
    for (const EvidenceTarget& t : m_links)
        vault.link(m_ref, t);
}

} // namespace ismap::ui
