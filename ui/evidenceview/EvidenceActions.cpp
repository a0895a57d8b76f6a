#include "evidenceview/EvidenceActions.h"

#include "commands/EvidenceCommands.h"
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

bool EvidenceActions::editDescription(const QString& ref, const QString& description)
{
    Workbook* wb = m_panel->workbook();
    if (!wb || !m_undo || ref.isEmpty())
        return false;
    const QString title = tr("Cannot change the description");
    std::unique_ptr<EditEvidenceCommand> cmd;
    try {
        cmd = std::make_unique<EditEvidenceCommand>(*wb, ref, description);
    } catch (const AuditError& e) { // no such evidence
        Messages::error(m_panel, title, e.message());
        return false;
    }
    return EngineCommand::push(*m_undo, std::move(cmd), m_panel, title);
}

bool EvidenceActions::unlink(const QString& ref)
{
    Workbook* wb = m_panel->workbook();
    if (!wb || !m_undo || ref.isEmpty())
        return false;
    return EngineCommand::push(*m_undo, std::make_unique<UnlinkEvidenceCommand>(*wb, ref, m_panel->itemId()), m_panel,
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
