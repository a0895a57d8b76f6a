#include "workspace/ItemWorkspace.h"

#include "catalog/Catalog.h"
#include "commands/PendingEdits.h"
#include "common/Language.h"
#include "engagement/HistoryText.h"
#include "engagement/ItemStatusBook.h"
#include "evidenceview/EvidenceActions.h"
#include "evidenceview/EvidencePanel.h"
#include "findings/FindingsPanel.h"
#include "review/ReviewPanel.h"
#include "sampling/SamplingPanel.h"
#include "statement/StatementBook.h"
#include "workbook/ItemHistory.h"
#include "workbook/Workbook.h"
#include "workspace/HistoryView.h"
#include "workspace/StepsPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
enum Tab { TabCriteria, TabSteps, TabSampling, TabFindings, TabReview, TabHistory, TabEvidence };

} // namespace

QString frequencyDisplayName(const QString& key)
{
    static const char* const names[][2] = {
        { "annual", QT_TRANSLATE_NOOP("ItemWorkspace", "Annual") },
        { "semiannual", QT_TRANSLATE_NOOP("ItemWorkspace", "Semi-annual") },
        { "quarterly", QT_TRANSLATE_NOOP("ItemWorkspace", "Quarterly") },
        { "monthly", QT_TRANSLATE_NOOP("ItemWorkspace", "Monthly") },
        { "weekly", QT_TRANSLATE_NOOP("ItemWorkspace", "Weekly") },
        { "daily", QT_TRANSLATE_NOOP("ItemWorkspace", "Daily") },
        { "multiple_daily", QT_TRANSLATE_NOOP("ItemWorkspace", "Several times a day") },
        { "event", QT_TRANSLATE_NOOP("ItemWorkspace", "Event-driven") },
    };
    for (const auto& n : names)
        if (key == QLatin1String(n[0]))
            return QCoreApplication::translate("ItemWorkspace", n[1]);
    return key.isEmpty() ? QCoreApplication::translate("ItemWorkspace", "Not stated") : key;
}

ItemWorkspace::ItemWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_criteria(new QTextBrowser(this))
    , m_history(new HistoryView(this))
    , m_steps(new StepsPanel(this))
    , m_review(new ReviewPanel(this))
    , m_sampling(new SamplingPanel(this))
    , m_findings(new FindingsPanel(this))
    , m_evidence(new EvidencePanel(this))
{
    setObjectName(QStringLiteral("itemWorkspace"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_criteria->setOpenLinks(false);
    m_tabs->addTab(m_criteria, QString());
    m_tabs->addTab(m_steps, QString());
    m_tabs->addTab(m_sampling, QString());
    m_tabs->addTab(m_findings, QString());
    m_tabs->addTab(m_review, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_evidence, QString());
    // Narrower than every label (a small screen, a wide navigator): each tab stays in sight, its label elided,
    // rather than some tabs hiding behind scroll arrows.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The tab being left saves what was typed in it (as leaving a finding or an item does).
        if (auto* left = dynamic_cast<PendingEdits*>(m_tabs->widget(m_shownTab)); left && m_wb)
            left->commitPending();
        m_shownTab = index;
        fillCurrentTab();
    });
    retranslateUi();
}

ItemWorkspace::~ItemWorkspace() = default;

void ItemWorkspace::setWorkbook(Workbook* wb, QUndoStack* undo)
{
    m_wb = wb;
    m_itemHistory = wb ? std::make_unique<ItemHistory>(*wb) : nullptr;
    m_undo = undo;
    m_itemId.clear();
    m_steps->setContext(wb, undo);
    m_review->setWorkbook(wb);
    m_sampling->setContext(wb, undo);
    m_findings->setContext(wb, undo);
    m_evidence->actions()->setUndoStack(undo);
    m_evidence->setWorkbook(wb);
    refresh();
}

void ItemWorkspace::showItem(const QString& itemId)
{
    m_itemId = itemId;
    refresh();
}

void ItemWorkspace::refresh()
{
    m_filled = QList<bool>(m_tabs->count(), false);
    std::optional<CatalogItem> item;
    if (m_wb && !m_itemId.isEmpty())
        item = Catalog::item(*m_wb, m_itemId);
    setEnabled(item.has_value());
    if (!item) {
        m_header->setText(tr("Select an item in the navigator."));
        m_criteria->clear();
        m_history->clear();
        m_steps->showItem(m_stepsItem = QString());
        m_review->showItem({});
        m_sampling->showItem({});
        m_findings->showItem({});
        m_evidence->showItem({});
        return;
    }
    const ItemState o = ItemStatusBook::overviewOf(*m_wb, m_itemId).value_or(ItemState());
    QString status = o.inScope && !o.itemId.isEmpty() ? FieldworkText::displayName(o.status) : tr("not in scope");
    if (o.inScope && o.status == ItemStatus::NeedsAttention)
        status += u" — " + ItemStatusBook::attentionReasons(o).join(u' ').toHtmlEscaped();
    m_header->setText(tr("<h2>%1 %2</h2>%3 · %4 · assigned to %5")
                          .arg(item->id.toHtmlEscaped(), item->title(Language::current()).toHtmlEscaped(),
                               partDisplayName(item->part), status,
                               o.assignee.isEmpty() ? tr("nobody") : o.assignee.toHtmlEscaped()));
    m_header->setAccessibleName(tr("Item %1").arg(item->id));
    fillCurrentTab();
}

void ItemWorkspace::fillCurrentTab()
{
    const int i = m_tabs->currentIndex();
    if (i == TabEvidence) {
        // New evidence can also go to the step chosen in the steps tab, when that tab shows this item.
        const QTreeWidgetItem* step = m_stepsItem == m_itemId ? m_steps->list()->currentItem() : nullptr;
        m_evidence->setCurrentStep(step ? m_steps->currentStepId() : 0, step ? step->text(0) : QString());
    }
    if (i < 0 || i >= m_filled.size() || m_filled[i] || !m_wb || m_itemId.isEmpty())
        return;
    m_filled[i] = true;
    if (i == TabCriteria)
        fillCriteria();
    else if (i == TabHistory)
        fillHistory();
    else if (i == TabSteps)
        m_steps->showItem(m_stepsItem = m_itemId);
    else if (i == TabReview)
        m_review->showItem(m_itemId);
    else if (i == TabSampling)
        m_sampling->showItem(m_itemId);
    else if (i == TabFindings)
        m_findings->showItem(m_itemId);
    else if (i == TabEvidence)
        m_evidence->showItem(m_itemId);
}

bool ItemWorkspace::settlePending()
{
    if (!m_wb)
        return true;
    return PendingEdits::settle(window(), { m_findings, m_steps, m_sampling, m_review });
}

void ItemWorkspace::showSteps()
{
    m_tabs->setCurrentIndex(TabSteps);
}

void ItemWorkspace::fillCriteria()
{
    const std::optional<CatalogItem> item = Catalog::item(*m_wb, m_itemId);
    if (!item)
        return;
    const std::optional<StatementEntry> st = StatementBook::entry(*m_wb, m_itemId);
    QString html;
    auto para = [](const QString& s) {
        return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    };
    html += u"<h3>" + tr("Criteria") + u"</h3>";
    html += u"<p><b>" + tr("Japanese") + u":</b> " + para(item->textJa.isEmpty() ? item->titleJa : item->textJa)
        + u"</p>";
    html += u"<p><b>" + tr("English") + u":</b> " + para(item->textEn.isEmpty() ? item->titleEn : item->textEn)
        + u"</p>";
    if (item->mandatory)
        html += u"<p><i>" + tr("Mandatory: cannot be left out without a stated reason.") + u"</i></p>";
    if (!item->basis.isEmpty())
        html += u"<p>" + tr("Basis: %1").arg(para(item->basis)) + u"</p>";
    html += u"<h3>" + tr("Statement (言明書)") + u"</h3>";
    if (!st) {
        html += u"<p>" + tr("The statement does not mention this item: applicability is undecided.") + u"</p>";
    } else {
        html += u"<p><b>" + tr("Applicability") + u":</b> " + applicabilityDisplayName(st->applicability) + u"</p>";
        if (!st->reason.isEmpty())
            html += u"<p><b>" + tr("Reason") + u":</b> " + para(st->reason) + u"</p>";
        if (!st->description.isEmpty())
            html += u"<p><b>" + tr("Control description") + u":</b> " + para(st->description) + u"</p>";
        if (!st->descriptionEn.isEmpty())
            html += u"<p><b>" + tr("Control description (English)") + u":</b> " + para(st->descriptionEn) + u"</p>";
        html += u"<p><b>" + tr("Frequency") + u":</b> " + frequencyDisplayName(st->frequency) + u"</p>";
        // The records as the statement names them; a statement that gave a bare count has no other words for them.
        if (!st->populationText.isEmpty() || !st->population)
            html += u"<p><b>" + tr("Population") + u":</b> "
                + (st->populationText.isEmpty() ? tr("Not stated") : para(st->populationText)) + u"</p>";
        html += u"<p><b>" + tr("Population count") + u":</b> "
            + (st->population ? QLocale().toString(*st->population)
                              : tr("not stated — count the records in the CSP's ledger before sampling"))
            + u"</p>";
        if (!st->populationRationale.isEmpty())
            html += u"<p><b>" + tr("Population rationale") + u":</b> " + para(st->populationRationale) + u"</p>";
    }
    m_criteria->setHtml(html);
}

void ItemWorkspace::fillHistory()
{
    // Not a scan of the whole trail per item: ItemHistory reads it once and then only what was appended; the rows
    // read as sentences in the reader's language (HistoryText, as `ismapctl history`).
    m_history->setLines(HistoryText::ofItem(*m_wb, *m_itemHistory, m_itemId, 500));
}

void ItemWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ItemWorkspace::retranslateUi()
{
    // Short labels, so that all seven tabs show side by side in a workspace half a 1280-pixel screen wide; the
    // tooltip and the accessible name say in full what each holds.
    const struct
    {
        int tab;
        QString label;
        QString full;
    } tabs[] = {
        { TabCriteria, tr("Criteria"), tr("Criteria and statement") },
        { TabSteps, tr("Steps"), tr("Procedure steps") },
        { TabSampling, tr("Sampling"), tr("Sampling") },
        { TabFindings, tr("Findings"), tr("Findings") },
        { TabReview, tr("Review"), tr("Review and sign-off") },
        { TabHistory, tr("History"), tr("History") },
        { TabEvidence, tr("Evidence"), tr("Evidence") },
    };
    for (const auto& t : tabs) {
        m_tabs->setTabText(t.tab, t.label);
        m_tabs->setTabToolTip(t.tab, t.full);
    }
    m_tabs->setAccessibleName(tr("Item workspace sections"));
    m_criteria->setAccessibleName(tr("Criteria text and statement"));
}

} // namespace ismap::ui
