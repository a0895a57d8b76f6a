#include "engagementview/RequestsDialog.h"
#include "common/Clock.h"

#include "common/AuditError.h"
#include "fieldwork/Requests.h"
#include "shell/Messages.h"
#include "tabular/Table.h"
#include "workbook/Workbook.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
enum Column {
    ColRef,
    ColItem,
    ColDescription,
    ColRequested,
    ColDue,
    ColStatus,
    ColReceived,
    ColEvidence,
    ColNote,
    ColCount
};
}

RequestsDialog::RequestsDialog(Workbook* workbook, const QString& itemId, QWidget* parent)
    : QDialog(parent)
    , m_wb(workbook)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_itemLabel(new QLabel(this))
    , m_item(new QLineEdit(itemId, this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_dueLabel(new QLabel(this))
    , m_due(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_received(new QPushButton(this))
    , m_withdrawn(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("requestsDialog"));
    m_intro->setWordWrap(true);
    m_list->setColumnCount(ColCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_item->setMaximumWidth(140);
    m_due->setMaximumWidth(140);

    auto* firstRow = new QHBoxLayout;
    firstRow->addWidget(m_itemLabel);
    firstRow->addWidget(m_item);
    firstRow->addSpacing(16);
    firstRow->addWidget(m_dueLabel);
    firstRow->addWidget(m_due);
    firstRow->addStretch();
    auto* secondRow = new QHBoxLayout;
    secondRow->addWidget(m_descriptionLabel);
    secondRow->addWidget(m_description, 1);
    secondRow->addWidget(m_add);
    m_itemLabel->setBuddy(m_item);
    m_descriptionLabel->setBuddy(m_description);
    m_dueLabel->setBuddy(m_due);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_received);
    actions->addWidget(m_withdrawn);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    layout->addLayout(actions);

    connect(m_add, &QPushButton::clicked, this, [this] { addRequest(); });
    connect(m_description, &QLineEdit::returnPressed, this, [this] { addRequest(); });
    connect(m_received, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("received")); });
    connect(m_withdrawn, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("withdrawn")); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Returned request list"), QString(),
                                                          tr("Request lists (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importReturnedCopy(path);
    });
    connect(m_close, &QPushButton::clicked, this, &RequestsDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RequestsDialog::updateButtons);
    m_add->setAutoDefault(false);
    m_close->setAutoDefault(false);
    resize(1000, 560);
    retranslateUi();
    reload();
}

QString RequestsDialog::selectedRef() const
{
    const QList<QTreeWidgetItem*> sel = m_list->selectedItems();
    return sel.isEmpty() ? QString() : sel.first()->text(ColRef);
}

void RequestsDialog::selectRequest(const QString& ref)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(ColRef) == ref)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void RequestsDialog::reload()
{
    const QString keep = selectedRef();
    m_list->clear();
    const QDate today = Clock::todayInJapan();
    for (const Request& r : Requests::all(*m_wb)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(ColRef, r.ref);
        row->setText(ColItem, r.itemId);
        row->setText(ColDescription, r.description);
        row->setToolTip(ColDescription, r.description);
        row->setText(ColRequested, Clock::shownDate(r.requestedOn));
        row->setText(ColDue, Clock::shownDate(r.dueOn));
        const QString status = r.statusOn(today);
        row->setText(ColStatus, Requests::statusDisplayName(status));
        if (status == u"overdue")
            row->setForeground(ColStatus, QBrush(QColor(0xB0, 0x20, 0x20)));
        row->setText(ColReceived, Clock::shownDate(r.receivedOn));
        row->setText(ColEvidence, r.evidenceRefs.join(QStringLiteral(", ")));
        row->setText(ColNote, r.note);
        row->setToolTip(ColNote, r.note);
    }
    for (int c = 0; c < ColNote; ++c)
        if (c != ColDescription)
            m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(ColDescription, 280);
    if (!keep.isEmpty())
        selectRequest(keep);
    updateButtons();
}

void RequestsDialog::updateButtons()
{
    const bool writable = !m_wb->isReadOnly() && !m_wb->engagement().locked && !m_wb->actor().isEmpty();
    const QString why = writable ? QString() : tr("The workbook is read-only or finalised, or nobody is working.");
    const bool selected = !selectedRef().isEmpty();
    for (QPushButton* b : { m_add, m_import })
        b->setEnabled(writable);
    for (QPushButton* b : { m_received, m_withdrawn })
        b->setEnabled(writable && selected);
    for (QPushButton* b : { m_add, m_import, m_received, m_withdrawn })
        b->setToolTip(why.isEmpty() ? (b == m_received || b == m_withdrawn) && !selected
                              ? tr("Select a request in the list first.")
                              : QString()
                                    : why);
}

bool RequestsDialog::addRequest()
{
    try {
        Request r;
        r.itemId = m_item->text().trimmed();
        r.description = m_description->text();
        r.dueOn = m_due->text();
        const Request out = Requests::add(*m_wb, r);
        m_description->clear();
        reload();
        selectRequest(out.ref);
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Add request"), e.message());
        return false;
    }
}

bool RequestsDialog::setSelectedStatus(const QString& status)
{
    const QString ref = selectedRef();
    if (ref.isEmpty())
        return false;
    try {
        RequestEdit e;
        e.status = status;
        Requests::update(*m_wb, ref, e);
        reload();
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Request %1").arg(ref), e.message());
        return false;
    }
}

bool RequestsDialog::importReturnedCopy(const QString& path)
{
    try {
        const Table table = TableReader::read(path);
        const int changed = Requests::importReturnedCopy(*m_wb, table);
        reload();
        Messages::info(this, tr("Returned request list"),
                       tr("%1: %n request(s) changed.", nullptr, changed).arg(table.source));
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Returned request list"), e.message());
        return false;
    }
}

void RequestsDialog::reject()
{
    if (!m_description->text().trimmed().isEmpty()
        && !Messages::confirm(
            this, tr("Requests to the CSP"),
            tr("The request \"%1\" was not added. Close anyway?").arg(m_description->text().trimmed())))
        return;
    QDialog::reject();
}

void RequestsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void RequestsDialog::retranslateUi()
{
    setWindowTitle(tr("Requests to the CSP"));
    m_intro->setText(
        tr("What the team asked the CSP for (依頼資料). Export the list with File → Export → Request list, "
           "send it to the CSP, and read their returned copy here to update the statuses."));
    m_list->setHeaderLabels({ tr("Ref"), tr("Item"), tr("Description"), tr("Requested"), tr("Due"), tr("Status"),
                              tr("Received"), tr("Evidence"), tr("Note") });
    m_itemLabel->setText(tr("&Item:"));
    m_descriptionLabel->setText(tr("&What is asked for:"));
    m_dueLabel->setText(tr("D&ue:"));
    m_due->setPlaceholderText(tr("YYYY-MM-DD"));
    m_description->setPlaceholderText(tr("e.g. the access review records of the period"));
    m_add->setText(tr("&Add request"));
    m_received->setText(tr("Mark &received"));
    m_withdrawn->setText(tr("&Withdraw"));
    m_import->setText(tr("Read returned &copy…"));
    m_close->setText(tr("Close"));
    m_list->setAccessibleName(tr("Requests"));
    m_item->setAccessibleName(tr("Item"));
    m_description->setAccessibleName(tr("What is asked for"));
    m_due->setAccessibleName(tr("Due"));
    updateButtons();
}

} // namespace ismap::ui
