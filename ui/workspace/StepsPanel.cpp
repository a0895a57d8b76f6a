#include "workspace/StepsPanel.h"

#include "fieldwork/Review.h"

#include "commands/StepCommands.h"
#include "common/Language.h"
#include "fieldwork/Procedures.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
const StepResult kStepResults[]
    = { StepResult::NoException, StepResult::Deviation, StepResult::NotPerformed, StepResult::NotApplicable };
}

StepsPanel::StepsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_notes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("stepsPanel"));
    m_list->setColumnCount(6);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto* buttons = new QHBoxLayout;
    for (StepResult r : kStepResults) {
        auto* b = new QPushButton(this);
        connect(b, &QPushButton::clicked, this, [this, r] { recordResult(r); });
        buttons->addWidget(b);
        m_buttons << b;
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_notes->setText(item ? item->text(5) : QString()); });
    retranslateUi();
}

void StepsPanel::setContext(Workbook* wb, QUndoStack* undo)
{
    m_wb = wb;
    m_undo = undo;
}

void StepsPanel::showItem(const QString& itemId)
{
    m_itemId = itemId;
    reload();
}

void StepsPanel::reload()
{
    const qint64 current = currentStepId();
    m_list->clear();
    if (!m_wb || m_itemId.isEmpty())
        return;
    const bool ja = Language::current() == u"ja";
    QTreeWidgetItem* select = nullptr;
    for (const ProcedureStep& s : Procedures::steps(*m_wb, m_itemId)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setData(0, Qt::UserRole, s.id);
        row->setText(0, QString::number(s.seq));
        row->setText(1, FieldworkText::displayName(s.phase));
        row->setText(2, FieldworkText::displayName(s.type));
        row->setText(3, ja ? s.instructionJa : s.instructionEn);
        row->setText(4, s.result ? FieldworkText::displayName(*s.result) : tr("Pending"));
        row->setText(5, s.notes);
        row->setCheckState(0, s.done ? Qt::Checked : Qt::Unchecked);
        row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
        if (s.result == StepResult::Deviation)
            row->setForeground(4, QColor(0xc0, 0x30, 0x20));
        if (s.id == current || (!select && !s.done && current == 0))
            select = row;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    if (select)
        m_list->setCurrentItem(select);
    for (QPushButton* b : m_buttons)
        b->setEnabled(m_list->topLevelItemCount() > 0);
}

qint64 StepsPanel::currentStepId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool StepsPanel::recordResult(StepResult result)
{
    const qint64 stepId = currentStepId();
    if (!m_wb || !m_undo || stepId == 0)
        return false;
    // A reviewer recording a result becomes a preparer: say what that voids before it happens.
    const std::optional<ProcedureStep> step = Procedures::step(*m_wb, stepId);
    const QString voiding = step ? Review::voidWarning(*m_wb, step->itemId) : QString();
    if (!voiding.isEmpty() && !Messages::confirm(this, tr("Void sign-offs?"), voiding))
        return false;
    auto cmd = std::make_unique<SetStepResultCommand>(*m_wb, stepId, result, m_notes->text(),
                                                      voiding.isEmpty() ? VoidConsent::Ask : VoidConsent::Confirmed);
    try {
        cmd->apply();
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot record the result"), e.message());
        return false;
    }
    m_undo->push(cmd.release());
    reload();
    return true;
}

void StepsPanel::nextStep()
{
    const int n = m_list->topLevelItemCount();
    if (n == 0)
        return;
    const int start = m_list->indexOfTopLevelItem(m_list->currentItem());
    for (int k = 1; k <= n; ++k) {
        QTreeWidgetItem* item = m_list->topLevelItem((start + k) % n);
        if (item->checkState(0) == Qt::Unchecked) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    m_list->setCurrentItem(m_list->topLevelItem((start + 1) % n));
}

void StepsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void StepsPanel::retranslateUi()
{
    m_list->setHeaderLabels({ tr("#"), tr("Phase"), tr("Type"), tr("Instruction"), tr("Result"), tr("Notes") });
    m_list->setAccessibleName(tr("Procedure steps"));
    m_notes->setPlaceholderText(tr("Notes for the selected step: what was done, to which evidence…"));
    m_notes->setAccessibleName(tr("Step notes"));
    const QStringList texts { tr("No exception (Alt+1)"), tr("Deviation (Alt+2)"), tr("Not performed (Alt+3)"),
                              tr("Not applicable (Alt+4)") };
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons[i]->setText(texts[i]);
        m_buttons[i]->setAccessibleName(texts[i]);
    }
}

} // namespace ismap::ui
