#include "workspace/StepsPanel.h"

#include "catalog/Catalog.h"
#include "fieldwork/Review.h"

#include "commands/StepCommands.h"
#include "common/Language.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Procedures.h"
#include "shell/Messages.h"
#include "shell/SplitterMemory.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
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
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("stepsPanel"));
    m_list->setColumnCount(6);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int c : { 0, 1, 2, 4 })
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_detail->setObjectName(QStringLiteral("stepDetail"));
    m_detail->setOpenLinks(false);
    auto* buttons = new QHBoxLayout;
    for (StepResult r : kStepResults) {
        auto* b = new QPushButton(this);
        connect(b, &QPushButton::clicked, this, [this, r] { recordResult(r); });
        buttons->addWidget(b);
        m_buttons << b;
        auto* a = new QAction(this);
        connect(a, &QAction::triggered, this, [this, r] { recordResult(r); });
        m_list->addAction(a);
        m_contextActions << a;
    }
    auto* next = new QAction(this);
    connect(next, &QAction::triggered, this, &StepsPanel::nextStep);
    m_list->addAction(next);
    m_contextActions << next;
    // The instruction in full below the table, whatever the table's width (at 1280×800 the column shows little).
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("stepsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    SplitterMemory::remember(splitter, { 300, 120 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        keepTyped();
        if (!m_reloading)
            commitPending(); // the step being left keeps its notes
        QTreeWidgetItem* shown = m_list->currentItem() ? m_list->currentItem() : item;
        showNotes(shown);
        showDetail(shown);
    });
    retranslateUi();
}

void StepsPanel::setContext(Workbook* wb, QUndoStack* undo)
{
    m_wb = wb;
    m_undo = undo;
    m_typed.clear(); // another workbook: nothing typed belongs to it
    m_notesRow = nullptr;
}

void StepsPanel::showItem(const QString& itemId)
{
    if (itemId != m_itemId) {
        keepTyped();
        commitPending();
        m_typed.clear(); // what could not be saved was asked about before the item was left
    }
    m_itemId = itemId;
    reload();
}

void StepsPanel::keepTyped()
{
    if (!m_notesRow)
        return;
    const qint64 id = m_notesRow->data(0, Qt::UserRole).toLongLong();
    if (m_notes->text() != m_notesRow->text(5))
        m_typed.insert(id, m_notes->text());
    else
        m_typed.remove(id);
}

void StepsPanel::showNotes(QTreeWidgetItem* item)
{
    m_notesRow = item;
    m_notes->setText(item ? m_typed.value(item->data(0, Qt::UserRole).toLongLong(), item->text(5)) : QString());
}

void StepsPanel::commitPending()
{
    keepTyped();
    if (!m_wb || !m_undo)
        return;
    const QHash<qint64, QString> typed = m_typed;
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const std::optional<ProcedureStep> step = Procedures::step(*m_wb, it.key());
        if (!step || !step->result)
            continue; // no result yet: kept, and asked about when the item is left
        // The step's result as it is, with the new notes: one undoable edit.
        if (EngineCommand::push(*m_undo,
                                std::make_unique<SetStepResultCommand>(*m_wb, it.key(), step->result, it.value()), this,
                                tr("Cannot save the step's notes")))
            m_typed.remove(it.key());
    }
}

QStringList StepsPanel::unsavedTexts() const
{
    QStringList out;
    QHash<qint64, QString> typed = m_typed;
    if (m_notesRow && m_notes->text() != m_notesRow->text(5))
        typed.insert(m_notesRow->data(0, Qt::UserRole).toLongLong(), m_notes->text());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_list->topLevelItem(i);
        const qint64 id = row->data(0, Qt::UserRole).toLongLong();
        if (typed.contains(id))
            out << describe(tr("Step %1 notes (no result recorded yet)").arg(row->text(0)), typed.value(id));
    }
    return out;
}

void StepsPanel::discardUnsaved()
{
    m_typed.clear();
    showNotes(m_list->currentItem());
}

void StepsPanel::reload()
{
    const qint64 current = currentStepId();
    keepTyped();
    m_reloading = true;
    m_notesRow = nullptr;
    m_list->clear();
    if (!m_wb || m_itemId.isEmpty()) {
        m_reloading = false;
        showNotes(nullptr);
        return;
    }
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
    m_reloading = false;
    showNotes(m_list->currentItem());
    for (QPushButton* b : m_buttons)
        b->setEnabled(m_list->topLevelItemCount() > 0);
    if (m_list->topLevelItemCount() == 0)
        m_detail->setPlainText(whyNoSteps());
}

QString StepsPanel::whyNoSteps() const
{
    const std::optional<CatalogItem> item = Catalog::item(*m_wb, m_itemId);
    if (item && !item->isStatementItem())
        return tr("No procedure steps: %1 groups other items; its objectives and detailed controls carry the steps.")
            .arg(m_itemId);
    const std::optional<StatementEntry> e = StatementBook::entry(*m_wb, m_itemId);
    if (!e)
        return tr("No procedure steps: the statement does not decide %1 yet. Import the statement or set its "
                  "applicability (Engagement → Set applicability).")
            .arg(m_itemId);
    if (e->applicability == Applicability::OutOfScope)
        return tr("No procedure steps: %1 is out of scope (%2).").arg(m_itemId, e->reason);
    if (!Planning::plan(*m_wb, m_itemId).inCycle)
        return tr("No procedure steps: %1 is not in this year's cycle (Engagement → Put in this year's cycle).")
            .arg(m_itemId);
    return tr("No procedure steps for %1.").arg(m_itemId);
}

void StepsPanel::showDetail(const QTreeWidgetItem* item)
{
    if (!item) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(
        tr("<p><b>Step %1</b> · %2 · %3 · %4</p><p>%5</p>")
            .arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped(), item->text(2).toHtmlEscaped(),
                 item->text(4).toHtmlEscaped(), item->text(3).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")))
        + (item->text(5).isEmpty() ? QString() : tr("<p><i>Notes:</i> %1</p>").arg(item->text(5).toHtmlEscaped())));
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
    if (!EngineCommand::push(*m_undo, std::move(cmd), this, tr("Cannot record the result")))
        return false;
    m_typed.remove(stepId); // recorded with the result
    m_notesRow = nullptr;
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
    const QStringList actions { tr("Record: no exception"), tr("Record: deviation"), tr("Record: not performed"),
                                tr("Record: not applicable"), tr("Next step") };
    for (int i = 0; i < m_contextActions.size(); ++i)
        m_contextActions[i]->setText(actions[i]);
    m_detail->setAccessibleName(tr("Step instruction"));
}

} // namespace ismap::ui
