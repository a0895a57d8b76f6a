#include "navigator/NavigatorWidget.h"

#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorFilter.h"
#include "shell/Icons.h"
#include "workbook/Search.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>
#include <vector>

namespace ismap::ui {

namespace {

/**
 * The catalogue's parts are the tree's top rows, their names in the first column spanned across the tree (so that a
 * part's name is never cut off by the narrow item column); this paints the part's progress where the progress
 * column is, as on every other row.
 */
class PartRowDelegate : public QStyledItemDelegate
{
public:
    explicit PartRowDelegate(QTreeView* tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    { }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.column() != CatalogTreeModel::ColId || index.parent().isValid()
            || index.data(CatalogTreeModel::LevelRole).toString() != u"part")
            return;
        const QHeaderView* h = m_tree->header();
        const int column = CatalogTreeModel::ColProgress;
        const int margin = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
        const QRect cell(h->sectionViewportPosition(column) + margin, option.rect.top(),
                         h->sectionSize(column) - 2 * margin, option.rect.height());
        painter->save();
        painter->setFont(index.data(Qt::FontRole).value<QFont>());
        painter->setPen(
            option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, index.siblingAtColumn(column).data().toString());
        painter->restore();
    }

private:
    QTreeView* m_tree;
};

} // namespace

NavigatorWidget::NavigatorWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new CatalogTreeModel(this))
    , m_filter(new NavigatorFilter(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_mandatory(new QCheckBox(this))
    , m_deviations(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("navigator"));
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Several items at once for the Engagement menu's item actions (applicability, assignment, cycle).
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setItemDelegateForColumn(CatalogTreeModel::ColId, new PartRowDelegate(m_tree));
    const auto spanParts = [this] {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            m_tree->setFirstColumnSpanned(r, QModelIndex(), true);
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, spanParts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, spanParts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, spanParts);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(48);
    m_tree->header()->resizeSection(CatalogTreeModel::ColId, 150);
    // The title gives way (elided, its tooltip the whole) so that status and progress are never cut off.
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::ColTitle, QHeaderView::Stretch);

    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setObjectName(QStringLiteral("navigatorSearch"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_assignee, 1);
    auto* bar2 = new QHBoxLayout;
    bar2->setContentsMargins(0, 0, 0, 0);
    bar2->addWidget(m_mandatory);
    bar2->addWidget(m_deviations);
    bar2->addStretch(1);
    bar2->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(bar2);
    layout->addWidget(m_tree, 1);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_assignee);
    setTabOrder(m_assignee, m_mandatory);
    setTabOrder(m_mandatory, m_deviations);
    setTabOrder(m_deviations, m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &NavigatorWidget::applySearch);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toString());
        afterFilterChange();
    });
    connect(m_assignee, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAssignee(m_assignee->currentData().toString());
        afterFilterChange();
    });
    connect(m_mandatory, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setMandatoryOnly(on);
        afterFilterChange();
    });
    connect(m_deviations, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setDeviationsOnly(on);
        afterFilterChange();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit itemSelected(current.data(CatalogTreeModel::ItemIdRole).toString());
            });
    retranslateUi();
}

void NavigatorWidget::setWorkbook(Workbook* wb)
{
    m_wb = wb;
    m_model->reload(wb);
    fillAssignees();
    fitColumns();
    applySearch();
}

void NavigatorWidget::applySearch()
{
    const QString text = m_search->text();
    if (!m_wb || Search::terms(text).isEmpty())
        m_filter->setTextMatches(std::nullopt);
    else
        m_filter->setTextMatches(Search::matchingItems(*m_wb, text));
    afterFilterChange();
}

void NavigatorWidget::afterFilterChange()
{
    if (m_filter->isActive())
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    countShown();
}

void NavigatorWidget::countShown()
{
    int shown = 0;
    for (const QString& id : m_model->statementItemIds())
        shown += m_filter->mapFromSource(m_model->indexForItem(id)).isValid() ? 1 : 0;
    m_count->setText(tr("%n item(s) shown", nullptr, shown));
}

QStringList NavigatorWidget::visibleItems() const
{
    QStringList out;
    for (const QString& id : m_model->statementItemIds())
        if (m_filter->mapFromSource(m_model->indexForItem(id)).isValid())
            out << id;
    return out;
}

void NavigatorWidget::fillAssignees()
{
    const QString current = m_assignee->currentData().toString();
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Unassigned"), NavigatorFilter::kUnassigned);
    for (const QString& name : m_model->assignees())
        m_assignee->addItem(name, name);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(current)));
}

QStringList NavigatorWidget::selectedItems() const
{
    QStringList out;
    for (const QModelIndex& i : m_tree->selectionModel()->selectedRows())
        if (i.data(CatalogTreeModel::StatementItemRole).toBool())
            out << i.data(CatalogTreeModel::ItemIdRole).toString();
    const QModelIndex current = m_tree->currentIndex();
    if (out.isEmpty() && current.data(CatalogTreeModel::StatementItemRole).toBool())
        out << current.data(CatalogTreeModel::ItemIdRole).toString();
    return out;
}

void NavigatorWidget::fitColumns()
{
    // Wide enough for the longest text each column can show in this language, its icon and the margins.
    const QFontMetrics fm = m_tree->fontMetrics();
    const int margin = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    auto widest = [&](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = qMax(w, fm.horizontalAdvance(t));
        return w + margin;
    };
    QStringList statuses { tr("Not in this year's cycle") };
    for (const QString& key : FieldworkText::statusKeys())
        statuses << FieldworkText::statusDisplayName(key);
    const int icon = m_tree->iconSize().isValid() ? m_tree->iconSize().width() : 16;
    QStringList names = m_model->assignees();
    names << m_model->headerData(CatalogTreeModel::ColAssignee, Qt::Horizontal).toString();
    // Widths kept here, not read back: a hidden section reports size 0.
    const QHash<int, int> widths {
        { CatalogTreeModel::ColStatus, widest(statuses) + icon + 4 },
        { CatalogTreeModel::ColApplicability,
          widest({ applicabilityDisplayName(Applicability::InScope),
                   applicabilityDisplayName(Applicability::OutOfScope),
                   applicabilityDisplayName(Applicability::Undecided), tr("%1 / %2 in scope").arg(888).arg(888),
                   m_model->headerData(CatalogTreeModel::ColApplicability, Qt::Horizontal).toString() }) },
        { CatalogTreeModel::ColAssignee, qMin(widest(names), 160) },
        { CatalogTreeModel::ColProgress,
          widest({ tr("%1 / %2 steps").arg(88).arg(88), tr("%1 / %2 done").arg(888).arg(888),
                   m_model->headerData(CatalogTreeModel::ColProgress, Qt::Horizontal).toString() }) },
    };
    // A narrow navigator (the dock at 1280×800) keeps status and progress whole and the title readable: the
    // assignee, then the applicability column give way first (the title's tooltip names both).
    const int available = m_tree->viewport()->width();
    int needed = fm.averageCharWidth() * 24 + 150;
    for (int w : widths)
        needed += w;
    const bool hideAssignee = needed > available;
    if (hideAssignee)
        needed -= widths.value(CatalogTreeModel::ColAssignee);
    const bool hideApplicability = needed > available;
    QHeaderView* h = m_tree->header();
    h->setSectionHidden(CatalogTreeModel::ColAssignee, hideAssignee);
    h->setSectionHidden(CatalogTreeModel::ColApplicability, hideApplicability);
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (!h->isSectionHidden(it.key()))
            h->resizeSection(it.key(), it.value());
}

bool NavigatorWidget::eventFilter(QObject* watched, QEvent* event)
{
    // The tree's viewport, not this widget: its width is what the columns share, known once the dock is laid out.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

QString NavigatorWidget::currentItem() const
{
    return m_tree->currentIndex().data(CatalogTreeModel::ItemIdRole).toString();
}

void NavigatorWidget::selectItem(const QString& itemId)
{
    QModelIndex idx = m_filter->mapFromSource(m_model->indexForItem(itemId));
    if (!idx.isValid() && m_model->indexForItem(itemId).isValid()) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_assignee->setCurrentIndex(0);
        m_mandatory->setChecked(false);
        m_deviations->setChecked(false);
        idx = m_filter->mapFromSource(m_model->indexForItem(itemId));
    }
    if (!idx.isValid())
        return;
    m_tree->scrollTo(idx);
    m_tree->setCurrentIndex(idx);
}

void NavigatorWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NavigatorWidget::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search titles, statement, notes, findings…"));
    m_search->setAccessibleName(tr("Search the criteria"));
    m_search->setToolTip(tr("Full-text search; every word must match. Ctrl+F"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_assignee->setAccessibleName(tr("Filter by assignee"));
    m_mandatory->setText(tr("&Mandatory only"));
    m_mandatory->setAccessibleName(tr("Show mandatory items only"));
    m_deviations->setText(tr("With &deviations"));
    m_deviations->setAccessibleName(tr("Show items with deviations only"));
    m_tree->setAccessibleName(tr("Criteria navigator"));
    m_count->setAccessibleName(tr("Items shown"));
    {
        const QString current = m_status->currentData().toString();
        const QSignalBlocker block(m_status);
        m_status->clear();
        m_status->addItem(tr("All statuses"), QString());
        for (const QString& key : FieldworkText::statusKeys())
            m_status->addItem(Icons::status(key), FieldworkText::statusDisplayName(key), key);
        m_status->setCurrentIndex(qMax(0, m_status->findData(current)));
    }
    // A language switch changes words, not what is shown: the expanded rows, the current item and the scroll
    // position stay as they were.
    QList<QPersistentModelIndex> expanded; // of the source model, whose rows a switch leaves in place
    std::vector<QModelIndex> walk { QModelIndex() };
    while (!walk.empty()) {
        const QModelIndex parent = walk.back();
        walk.pop_back();
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex idx = m_filter->index(r, 0, parent);
            if (m_tree->isExpanded(idx)) {
                expanded << QPersistentModelIndex(m_filter->mapToSource(idx));
                walk.push_back(idx);
            }
        }
    }
    const QPersistentModelIndex current(m_filter->mapToSource(m_tree->currentIndex()));
    const int scroll = m_tree->verticalScrollBar()->value();
    fillAssignees();
    m_model->retranslate();
    fitColumns();
    for (const QPersistentModelIndex& idx : expanded)
        m_tree->expand(m_filter->mapFromSource(idx));
    if (current.isValid())
        m_tree->selectionModel()->setCurrentIndex(m_filter->mapFromSource(current),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->verticalScrollBar()->setValue(scroll);
    countShown();
}

} // namespace ismap::ui
