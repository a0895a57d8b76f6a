#include "review/ReviewQueue.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "fieldwork/Review.h"
#include "review/ReviewQueueModel.h"
#include "shell/Icons.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ismap::ui {

ReviewQueue::ReviewQueue(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReviewQueueModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_open(new QPushButton(Icons::get(QStringLiteral("item")), QString(), this))
    , m_finaliseButton(new QToolButton(this))
    , m_unlockButton(new QToolButton(this))
    , m_finalise(new QAction(Icons::get(QStringLiteral("sign-off")), QString(), this))
    , m_unlock(new QAction(this))
    , m_signOffEngagement(new QAction(Icons::get(QStringLiteral("sign-off")), QString(), this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewQueue"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setObjectName(QStringLiteral("reviewQueueView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(60);
    m_view->header()->setSectionResizeMode(ReviewQueueModel::ColTitle, QHeaderView::Stretch);
    m_view->setIndentation(14);
    m_view->setColumnWidth(ReviewQueueModel::ColId, 110);
    m_view->setColumnWidth(ReviewQueueModel::ColPrepared, 100);
    m_view->setColumnWidth(ReviewQueueModel::ColReviewed, 100);
    m_view->setColumnWidth(ReviewQueueModel::ColNotes, 220);
    m_view->setColumnWidth(ReviewQueueModel::ColAssignee, 90);
    m_finaliseButton->setDefaultAction(m_finalise);
    m_finaliseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_unlockButton->setDefaultAction(m_unlock);
    m_unlockButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_finaliseButton);
    buttons->addWidget(m_unlockButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(ReviewQueueModel::IsStageRole).toBool())
            openCurrent();
    });
    connect(m_open, &QPushButton::clicked, this, &ReviewQueue::openCurrent);
    connect(m_finalise, &QAction::triggered, this, [this] { finalise(); });
    connect(m_unlock, &QAction::triggered, this, [this] { unlock(); });
    connect(m_signOffEngagement, &QAction::triggered, this, [this] { signOffEngagement(); });
    connect(m_refreshTimer, &QTimer::timeout, this, &ReviewQueue::refresh);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        m_collapsed.insert(index.data(ReviewQueueModel::StageRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        m_collapsed.remove(index.data(ReviewQueueModel::StageRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_open->setEnabled(!currentItem().isEmpty()); });
    retranslateUi();
    refresh();
}

void ReviewQueue::setWorkbook(Workbook* wb)
{
    if (m_wb)
        disconnect(m_wb, nullptr, this, nullptr);
    m_wb = wb;
    // Every committed edit may move items between stages; reload once the edit's signals have settled.
    if (m_wb)
        connect(m_wb, &Workbook::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

void ReviewQueue::refresh()
{
    m_refreshTimer->stop();
    const QString current = currentItem();
    try {
        m_model->reload(m_wb);
    } catch (const AuditError& e) {
        m_model->reload(nullptr);
        m_summary->setText(e.message());
    }
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex stage = m_model->index(s, 0);
        m_view->setExpanded(stage, !m_collapsed.contains(stage.data(ReviewQueueModel::StageRole).toString()));
        m_view->setFirstColumnSpanned(s, QModelIndex(), true);
    }
    const QModelIndex again = m_model->indexForItem(current);
    if (again.isValid())
        m_view->setCurrentIndex(again);
    m_open->setEnabled(!currentItem().isEmpty());
    updateSummary();
    updateActions();
    emit countsChanged();
}

int ReviewQueue::pendingCount() const
{
    int n = 0;
    for (ReviewStage s : ReviewWork::stages())
        n += m_model->count(s);
    return n;
}

QString ReviewQueue::title() const
{
    return m_wb ? tr("Review queue (%1)").arg(pendingCount()) : tr("Review queue");
}

QString ReviewQueue::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ReviewQueueModel::ItemIdRole).toString() : QString();
}

void ReviewQueue::openCurrent()
{
    const QString id = currentItem();
    if (!id.isEmpty())
        emit openItem(id);
}

void ReviewQueue::updateSummary()
{
    if (!m_wb) {
        m_summary->setText(tr("Open a workbook to see the items waiting for review."));
        return;
    }
    QString text = tr("%1 prepared and awaiting review · %2 with open review notes · %3 reviewed and awaiting the lead")
                       .arg(m_model->count(ReviewStage::AwaitingReview))
                       .arg(m_model->count(ReviewStage::OpenNotes))
                       .arg(m_model->count(ReviewStage::AwaitingLead));
    try {
        const Engagement e = m_wb->engagement();
        if (e.locked)
            text += u'\n'
                + tr("The engagement was finalised by %1 on %2; nothing can be changed until the lead reopens it.")
                      .arg(e.lockedBy, Clock::shown(e.lockedAt));
    } catch (const AuditError& e) {
        text += u'\n' + e.message();
    }
    m_summary->setText(text);
}

void ReviewQueue::updateActions()
{
    bool locked = false;
    if (m_wb) {
        try {
            locked = m_wb->engagement().locked;
        } catch (const AuditError&) { }
    }
    // The engine says who may finalise now; anyone else sees the action disabled with its reason.
    const QString refusal = m_wb ? Review::finaliseRefusal(*m_wb) : QString();
    m_finalise->setEnabled(m_wb && refusal.isEmpty());
    m_finalise->setToolTip(refusal.isEmpty() ? tr("Lock the engagement against every change (engagement lead only)")
                                             : refusal);
    const QString signOffRefusal = m_wb ? Review::signOffEngagementRefusal(*m_wb) : QString();
    m_signOffEngagement->setEnabled(m_wb && signOffRefusal.isEmpty());
    m_signOffEngagement->setToolTip(
        signOffRefusal.isEmpty()
            ? tr("Sign the whole engagement off with your key (engagement lead, then the quality reviewer)")
            : signOffRefusal);
    const QString unlockRefusal = m_wb ? Review::unlockRefusal(*m_wb) : QString();
    m_unlock->setEnabled(m_wb && locked && unlockRefusal.isEmpty());
    m_unlock->setToolTip(unlockRefusal.isEmpty()
                             ? tr("Reopen the finalised engagement, with a reason (engagement lead only)")
                             : unlockRefusal);
}

bool ReviewQueue::finalise()
{
    if (!m_wb)
        return false;
    if (const QString refusal = Review::finaliseRefusal(*m_wb); !refusal.isEmpty()) {
        Messages::error(this, tr("Cannot finalise the engagement"), refusal); // before "are you sure?", not after
        return false;
    }
    if (!Messages::confirm(this, tr("Finalise the engagement"),
                           tr("Finalise the engagement? Afterwards every change is refused until the engagement "
                              "lead reopens it with a reason.")))
        return false;
    try {
        Review::finalise(*m_wb);
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot finalise the engagement"), e.message());
        return false;
    }
    refresh();
    return true;
}

bool ReviewQueue::signOffEngagement()
{
    if (!m_wb)
        return false;
    const QString title = tr("Sign the engagement off");
    if (const QString refusal = Review::signOffEngagementRefusal(*m_wb); !refusal.isEmpty()) {
        Messages::error(this, title, refusal);
        return false;
    }
    if (!Messages::confirm(this, title,
                           tr("Sign the engagement off as %1, with your key? The sign-off covers the engagement and "
                              "every item's sign-offs as they are now.")
                               .arg(m_wb->actor())))
        return false;
    try {
        Review::signOffEngagement(*m_wb);
    } catch (const AuditError& e) {
        Messages::error(this, title, e.message());
        return false;
    }
    refresh();
    return true;
}

bool ReviewQueue::unlock(const QString& givenReason)
{
    if (!m_wb)
        return false;
    QString reason = givenReason;
    if (reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Unlock the engagement"),
            tr("Why is the finalised engagement being reopened? The reason is recorded in the audit trail."), {}, &ok);
        if (!ok)
            return false;
    }
    try {
        Review::unlock(*m_wb, reason);
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot unlock the engagement"), e.message());
        return false;
    }
    refresh();
    return true;
}

void ReviewQueue::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        updateSummary();
        emit countsChanged();
    }
    QWidget::changeEvent(event);
}

void ReviewQueue::retranslateUi()
{
    m_view->setAccessibleName(tr("Review queue"));
    m_summary->setAccessibleName(tr("Review summary"));
    m_open->setText(tr("&Open item"));
    m_open->setAccessibleName(tr("Open the selected item"));
    m_finalise->setText(tr("&Finalise engagement…"));
    m_unlock->setText(tr("&Unlock engagement…"));
    m_signOffEngagement->setText(tr("&Sign the engagement off…"));
    updateActions(); // the tooltips say why Finalise or Unlock is unavailable, in the new language
}

} // namespace ismap::ui
