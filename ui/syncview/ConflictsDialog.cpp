#include "syncview/ConflictsDialog.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "engagement/ConflictText.h"
#include "fieldwork/FieldworkTypes.h"
#include "replication/Replication.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
enum ConflictColumn { CcLabel, CcItem, CcState, CcDetected, CcCount };

QString valueText(const QJsonValue& v)
{
    if (v.isString()) {
        const QString text = v.toString();
        if (text.contains(u'T') && QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return Clock::shown(text); // a time: local, as everywhere in the app
        return text;
    }
    if (v.isNull() || v.isUndefined())
        return ConflictsDialog::tr("(empty)");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QString ConflictsDialog::fieldName(const QString& column)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("result"), QT_TR_NOOP("Result") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("preparer"), QT_TR_NOOP("Prepared by") },
        { QStringLiteral("reviewer"), QT_TR_NOOP("Reviewed by") },
        { QStringLiteral("assignee"), QT_TR_NOOP("Assigned to") },
        { QStringLiteral("performed_at"), QT_TR_NOOP("Performed at") },
        { QStringLiteral("title"), QT_TR_NOOP("Title") },
        { QStringLiteral("condition"), QT_TR_NOOP("Condition") },
        { QStringLiteral("severity"), QT_TR_NOOP("Severity") },
        { QStringLiteral("text"), QT_TR_NOOP("Text") },
        { QStringLiteral("description"), QT_TR_NOOP("Description") },
    };
    const auto it = names.constFind(column);
    return it == names.cend() ? ConflictText::fieldName(column) : tr(*it);
}

QString ConflictsDialog::fieldValue(const QString& column, const QJsonValue& value) const
{
    if ((column == u"preparer" || column == u"reviewer" || column == u"assignee") && value.isDouble())
        for (const TeamMember& m : m_team)
            if (m.id == qint64(value.toDouble()))
                return m.name;
    if (column == u"result" && value.isString())
        if (const auto r = FieldworkText::resultFromKey(value.toString()))
            return FieldworkText::displayName(*r);
    return valueText(value);
}

ConflictsDialog::ConflictsDialog(Workbook* workbook, QWidget* parent)
    : QDialog(parent)
    , m_wb(workbook)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_columns(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_columns))
    , m_goToItem(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    m_intro->setWordWrap(true);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setObjectName(QStringLiteral("conflictTitle"));
    m_detailTitle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_detailTitle->setMinimumHeight(m_detailTitle->fontMetrics().lineSpacing() * 2 + 8);
    m_detailTitle->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->setColumnCount(CcCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_columns);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_scroll, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_goToItem);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsDialog::showSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* row) {
        const QString item = row->data(CcItem, Qt::UserRole).toString();
        if (!item.isEmpty())
            emit openItem(item);
    });
    connect(m_goToItem, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* row = m_list->currentItem(); row && !row->data(CcItem, Qt::UserRole).toString().isEmpty())
            emit openItem(row->data(CcItem, Qt::UserRole).toString());
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(960, 640);
    retranslateUi();
}

QString ConflictsDialog::selectedId() const
{
    const QTreeWidgetItem* row = m_list->currentItem();
    return row ? row->data(CcLabel, Qt::UserRole).toString() : QString();
}

bool ConflictsDialog::selectConflict(const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(CcLabel, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void ConflictsDialog::reload()
{
    const QString keep = selectedId();
    m_list->clear();
    m_team = m_wb->team();
    for (const SyncConflict& c : Replication::conflicts(*m_wb, false)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(CcLabel, ConflictText::label(*m_wb, ConflictText::rowOf(c)));
        row->setData(CcLabel, Qt::UserRole, c.id);
        row->setText(CcItem, c.itemId);
        row->setData(CcItem, Qt::UserRole, c.itemId);
        row->setText(CcState,
                     c.open ? tr("Open") : tr("Resolved by %1 at %2").arg(c.resolvedBy, Clock::shown(c.resolvedAt)));
        row->setText(CcDetected, Clock::shown(c.detectedAt));
        if (c.open) {
            QFont bold = row->font(CcState);
            bold.setBold(true);
            row->setFont(CcState, bold);
        }
    }
    for (int c = 0; c < CcCount - 1; ++c)
        m_list->resizeColumnToContents(c);
    if (!selectConflict(keep) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void ConflictsDialog::showSelected()
{
    m_takeButtons.clear();
    while (QLayoutItem* item = m_columnsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Not deleted now: its own "Take this version" may be what is reloading the view.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    const QString id = selectedId();
    std::optional<SyncConflict> found;
    if (!id.isEmpty())
        for (const SyncConflict& c : Replication::conflicts(*m_wb, false))
            if (c.id == id)
                found = c;
    m_goToItem->setEnabled(found && !found->itemId.isEmpty());
    if (!found) {
        m_detailTitle->setText(m_list->topLevelItemCount() == 0 ? tr("No conflicts: the replicas agree.") : QString());
        return;
    }
    const SyncConflict& c = *found;
    m_detailTitle->setText(c.open ? tr("<b>%1</b>: changed on more than one replica since they last met. The row "
                                       "holds the later version until a reviewer or the lead takes one.")
                                        .arg(ConflictText::rowName(*m_wb, ConflictText::rowOf(c)).toHtmlEscaped())
                                  : tr("<b>%1</b>: resolved by %2 at %3.")
                                        .arg(ConflictText::rowName(*m_wb, ConflictText::rowOf(c)).toHtmlEscaped(),
                                             c.resolvedBy.toHtmlEscaped(), Clock::shown(c.resolvedAt)));
    for (const ConflictVersion& v : c.versions) {
        const bool held = QString::number(v.replica) == c.current;
        auto* box = new QGroupBox(m_columns);
        box->setObjectName(QStringLiteral("version%1").arg(v.replica));
        box->setTitle(v.replica == 0 ? tr("Origin · %1").arg(v.member)
                                     : tr("Replica %1 · %2").arg(v.replica).arg(v.member));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        auto* when = new QLabel(Clock::shown(v.stamp.section(u'|', 0, 0)), box);
        form->addRow(tr("Changed:"), when);
        if (held) {
            auto* heldLabel = new QLabel(tr("<b>Held now</b> (the later change)"), box);
            form->addRow(QString(), heldLabel);
            box->setStyleSheet(QStringLiteral("QGroupBox#%1 { font-weight: bold; }").arg(box->objectName()));
        }
        if (v.deleted) {
            form->addRow(new QLabel(tr("Deleted the row."), box));
        } else {
            for (auto it = v.values.constBegin(); it != v.values.constEnd(); ++it) {
                const QString text = fieldValue(it.key(), it.value());
                auto* value = new QLabel(text, box);
                // Only a long text wraps: a wrapped short one (a time) lost its last word to the row's height.
                value->setWordWrap(text.size() > 60);
                value->setTextInteractionFlags(Qt::TextSelectableByMouse);
                value->setStyleSheet(QStringLiteral("font-weight: normal;"));
                form->addRow(fieldName(it.key()) + u':', value);
            }
        }
        auto* take = new QPushButton(tr("Take this version"), box);
        take->setObjectName(QStringLiteral("take%1").arg(v.replica));
        take->setEnabled(c.open);
        form->addRow(take);
        const int replica = v.replica;
        connect(take, &QPushButton::clicked, this, [this, replica] { takeVersion(replica); });
        m_takeButtons << take;
        m_columnsLayout->addWidget(box, 1);
        box->show(); // made after the dialog was shown (another conflict selected, the language switched)
    }
}

bool ConflictsDialog::takeVersion(int replica)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    try {
        Replication::resolve(*m_wb, id, ConflictTake::Replica, replica);
    } catch (const AuditError& e) {
        Messages::error(this, tr("Resolve conflict"), e.message());
        return false;
    }
    reload();
    return true;
}

void ConflictsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConflictsDialog::retranslateUi()
{
    setWindowTitle(tr("Conflicts between replicas"));
    m_intro->setText(tr("When two replicas change the same row before they meet, every replica keeps the later "
                        "change and records both here. A reviewer or the lead decides which version stands; the "
                        "decision travels to the other replicas like any change."));
    m_list->setHeaderLabels({ tr("What"), tr("Item"), tr("State"), tr("Detected") });
    m_goToItem->setText(tr("&Go to item"));
    m_close->setText(tr("Close"));
    reload();
}

} // namespace ismap::ui
