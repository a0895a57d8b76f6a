#include "evidenceview/EvidenceActions.h"

#include "commands/EngineCommand.h"
#include "common/AuditError.h"
#include "evidence/EvidenceVault.h"
#include "evidenceview/EvidenceModel.h"
#include "evidenceview/EvidencePanel.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>

namespace ismap::ui {

namespace {
std::optional<QString> g_nextDescription;

/** Changes a piece of evidence's description; undo puts the earlier one back (both trailed by the vault). */
class EditEvidenceCommand : public EngineCommand
{
public:
    EditEvidenceCommand(Workbook& wb, const QString& ref, const QString& description)
        : m_wb(wb)
        , m_ref(ref)
        , m_after(description)
    {
        m_before = EvidenceVault(wb).get(ref).description;
        setText(EngineCommand::tr("describe evidence %1").arg(ref));
    }

private:
    void set(const QString& description)
    {
        EvidenceVault vault(m_wb);
        const EvidenceRecord r = vault.get(m_ref);
        vault.editMetadata(m_ref, { r.name, r.obtainedFrom, r.obtainedAt, description });
    }
    void perform() override { set(m_after); }
    void revert() override { set(m_before); }
    Workbook& m_wb;
    QString m_ref;
    QString m_before;
    QString m_after;
};

/** Unlinks evidence from an item (each of its links there); undo links it again the same way. */
class UnlinkEvidenceCommand : public EngineCommand
{
public:
    UnlinkEvidenceCommand(Workbook& wb, const QString& ref, const QString& itemId)
        : m_wb(wb)
        , m_ref(ref)
    {
        for (const EvidenceTarget& t : EvidenceVault(wb).links(ref))
            if (t.itemId == itemId)
                m_links << t;
        setText(EngineCommand::tr("unlink evidence %1 from %2").arg(ref, itemId));
    }

private:
    void perform() override
    {
        EvidenceVault vault(m_wb);
        for (const EvidenceTarget& t : m_links)
            vault.unlink(m_ref, t);
    }
    void revert() override
    {
        EvidenceVault vault(m_wb);
        for (const EvidenceTarget& t : m_links)
            vault.link(m_ref, t);
    }
    Workbook& m_wb;
    QString m_ref;
    QList<EvidenceTarget> m_links;
};
} // namespace

EvidenceActions::EvidenceActions(EvidencePanel* panel)
    : QObject(panel)
    , m_panel(panel)
    , m_edit(new QAction(this))
    , m_unlink(new QAction(this))
    , m_remove(new QAction(this))
{
    connect(m_edit, &QAction::triggered, this, [this] {
        const QString ref = currentRef();
        if (ref.isEmpty() || !m_panel->workbook())
            return;
        QString text;
        if (g_nextDescription) {
            text = *std::exchange(g_nextDescription, std::nullopt);
        } else {
            bool ok = false;
            text = QInputDialog::getMultiLineText(m_panel, tr("Describe evidence"), tr("What %1 shows:").arg(ref),
                                                  EvidenceVault(*m_panel->workbook()).get(ref).description, &ok);
            if (!ok)
                return;
        }
        editDescription(ref, text);
    });
    connect(m_unlink, &QAction::triggered, this, [this] { unlink(currentRef()); });
    connect(m_remove, &QAction::triggered, this, [this] { remove(currentRef()); });
    QTableView* table = panel->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions(actions());
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidenceActions::updateActions);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &EvidenceActions::updateActions);
    panel->installEventFilter(this);
    retranslateUi();
    updateActions();
}

QList<QAction*> EvidenceActions::actions() const
{
    return { m_edit, m_unlink, m_remove };
}

void EvidenceActions::setNextDescription(const QString& text)
{
    g_nextDescription = text;
}

QString EvidenceActions::currentRef() const
{
    const QModelIndex i = m_panel->table()->currentIndex();
    return i.isValid() ? i.data(EvidenceModel::RefRole).toString() : QString();
}

void EvidenceActions::updateActions()
{
    Workbook* wb = m_panel->workbook();
    const bool writable = wb && !wb->isReadOnly() && !wb->engagement().locked && m_undo;
    const bool selected = writable && !currentRef().isEmpty();
    for (QAction* a : actions())
        a->setEnabled(selected);
}

template<typename Command>
static bool pushCommand(QWidget* parent, QUndoStack* undo, std::unique_ptr<Command> cmd, const QString& title)
{
    try {
        cmd->apply();
    } catch (const AuditError& e) {
        Messages::error(parent, title, e.message());
        return false;
    }
    undo->push(cmd.release());
    return true;
}

bool EvidenceActions::editDescription(const QString& ref, const QString& description)
{
    Workbook* wb = m_panel->workbook();
    if (!wb || !m_undo || ref.isEmpty())
        return false;
    try {
        return pushCommand(m_panel, m_undo, std::make_unique<EditEvidenceCommand>(*wb, ref, description),
                           tr("Cannot change the description"));
    } catch (const AuditError& e) {
        Messages::error(m_panel, tr("Cannot change the description"), e.message());
        return false;
    }
}

bool EvidenceActions::unlink(const QString& ref)
{
    Workbook* wb = m_panel->workbook();
    if (!wb || !m_undo || ref.isEmpty())
        return false;
    return pushCommand(m_panel, m_undo, std::make_unique<UnlinkEvidenceCommand>(*wb, ref, m_panel->itemId()),
                       tr("Cannot unlink the evidence"));
}

bool EvidenceActions::remove(const QString& ref)
{
    Workbook* wb = m_panel->workbook();
    if (!wb || ref.isEmpty())
        return false;
    try {
        EvidenceVault vault(*wb);
        const QString itemId = m_panel->itemId();
        for (const EvidenceTarget& t : vault.links(ref))
            if (t.itemId != itemId)
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("evidence %1: also linked to %2; unlink it there first.").arg(ref, t.entity()));
        if (!Messages::confirm(m_panel, tr("Remove evidence"),
                               tr("Remove %1 from the vault? Its content is deleted from the workbook; the trail keeps "
                                  "its record. This cannot be undone.")
                                   .arg(ref)))
            return false;
        // Unlinking is the engine's own undoable step; the removal then needs evidence linked to nothing.
        for (const EvidenceTarget& t : vault.links(ref))
            vault.unlink(ref, t);
        vault.remove(ref);
    } catch (const AuditError& e) {
        Messages::error(m_panel, tr("Cannot remove the evidence"), e.message());
        return false;
    }
    // Commands on the stack may name the removed evidence; they can no longer be taken back or redone.
    if (m_undo)
        m_undo->clear();
    return true;
}

bool EvidenceActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_panel && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void EvidenceActions::retranslateUi()
{
    m_edit->setText(tr("Edit &description…"));
    m_unlink->setText(tr("&Unlink from this item"));
    m_remove->setText(tr("&Remove from the vault…"));
}

} // namespace ismap::ui
