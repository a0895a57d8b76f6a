#include "workspace/HistoryView.h"

#include <QEvent>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
enum Column { ColWhen, ColWho, ColWhat, ColChanges };
constexpr int SeqRole = Qt::UserRole + 1;
} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tree(new QTreeWidget(m_splitter))
    , m_details(new QPlainTextEdit(m_splitter))
{
    setObjectName(QStringLiteral("historyView"));
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryView::showDetails);
    retranslateUi();
}

void HistoryView::clear()
{
    m_lines.clear();
    m_tree->clear();
    m_details->clear();
}

void HistoryView::setLines(const QList<HistoryLine>& lines)
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    const qint64 keep = current ? current->data(ColWhen, SeqRole).toLongLong() : 0;
    m_lines = lines;
    m_tree->clear();
    QList<QTreeWidgetItem*> rows;
    QTreeWidgetItem* again = nullptr;
    for (const HistoryLine& l : lines) {
        auto* row = new QTreeWidgetItem;
        row->setData(ColWhen, SeqRole, l.entry.seq);
        row->setText(ColWhen, l.when);
        row->setText(ColWho, l.who);
        row->setText(ColWhat, l.what);
        row->setToolTip(ColWhat, l.what);
        QStringList changes;
        for (const HistoryChange& c : l.changes)
            changes << HistoryText::changeText(c);
        row->setText(ColChanges, changes.join(QStringLiteral(" · ")));
        row->setToolTip(ColChanges, changes.join(u'\n'));
        rows << row;
        if (keep && l.entry.seq == keep)
            again = row;
    }
    m_tree->addTopLevelItems(rows);
    for (int c = ColWhen; c < ColChanges; ++c)
        m_tree->resizeColumnToContents(c);
    // The sentence in full on its tooltip; the changes, usually the longest, get the rest of the width.
    m_tree->setColumnWidth(ColWhat, qMin(m_tree->columnWidth(ColWhat), 300));
    if (again)
        m_tree->setCurrentItem(again);
    else
        showDetails();
}

void HistoryView::showDetails()
{
    QTreeWidgetItem* row = m_tree->currentItem();
    const int i = row ? m_tree->indexOfTopLevelItem(row) : -1;
    if (i < 0 || i >= m_lines.size()) {
        m_details->setPlainText(tr("Select a row to see the whole change."));
        return;
    }
    m_details->setPlainText(HistoryText::details(m_lines[i]));
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryView::retranslateUi()
{
    m_tree->setAccessibleName(tr("Item history from the audit trail"));
    m_tree->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Changes") });
    m_details->setAccessibleName(tr("The whole change of the selected history row"));
    if (!m_tree->currentItem())
        m_details->setPlainText(tr("Select a row to see the whole change."));
}

} // namespace ismap::ui
