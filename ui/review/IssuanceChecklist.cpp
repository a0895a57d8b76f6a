#include "review/IssuanceChecklist.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "engagement/IssuanceCheck.h"
#include "fieldwork/Review.h"
#include "signing/MemberKey.h"
#include "workbook/Workbook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ismap::ui {

namespace {
constexpr int kItemRole = Qt::UserRole + 1; ///< the gap's criteria item, on gap rows
} // namespace

IssuanceChecklist::IssuanceChecklist(Workbook* workbook, QWidget* parent)
    : QDialog(parent)
    , m_wb(workbook)
    , m_summary(new QLabel(this))
    , m_signOffs(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_refresh(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("issuanceChecklist"));
    m_tree->setObjectName(QStringLiteral("issuanceGaps"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_signOffs->setObjectName(QStringLiteral("engagementSignOffs"));
    m_signOffs->setTextFormat(Qt::PlainText);
    m_buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_signOffs);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &IssuanceChecklist::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    resize(760, 520);
    retranslateUi();
}

void IssuanceChecklist::activate(QTreeWidgetItem* item)
{
    const QString itemId = item ? item->data(0, kItemRole).toString() : QString();
    if (!itemId.isEmpty())
        emit openItem(itemId);
}

void IssuanceChecklist::refresh()
{
    m_tree->clear();
    if (!m_wb) {
        m_summary->setText(tr("No workbook is open."));
        m_signOffs->clear();
        return;
    }
    showSignOffs();
    QList<IssuanceGap> gaps;
    try {
        gaps = IssuanceCheck::gaps(*m_wb);
    } catch (const AuditError& e) {
        m_summary->setText(e.message());
        return;
    }
    m_summary->setText(gaps.isEmpty()
                           ? tr("Clean: nothing blocks the final report. The engagement lead can issue it, signed "
                                "with the firm's certificate.")
                           : tr("%n gap(s) block the final report. Until they are closed a report is a draft. "
                                "Double-click a gap to open its item.",
                                nullptr, int(gaps.size())));
    for (const IssuanceGapKind kind : IssuanceGap::kinds()) {
        QTreeWidgetItem* group = nullptr;
        int count = 0;
        for (const IssuanceGap& g : std::as_const(gaps)) {
            if (g.kind != kind)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree);
                group->setFirstColumnSpanned(true);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            auto* row = new QTreeWidgetItem(group, { g.itemId.isEmpty() ? QStringLiteral("—") : g.itemId, g.text() });
            row->setData(0, kItemRole, g.itemId);
            row->setToolTip(1, g.text());
            ++count;
        }
        if (group) {
            group->setText(0, QStringLiteral("%1 (%2)").arg(IssuanceGap::kindTitle(kind)).arg(count));
            group->setData(0, Qt::UserRole, IssuanceGap::kindCode(kind));
            group->setExpanded(true);
        }
    }
}

void IssuanceChecklist::showSignOffs()
{
    QList<SignOff> valid;
    try {
        valid = Review::engagementSignOffs(*m_wb, false);
    } catch (const AuditError& e) {
        m_signOffs->setText(e.message());
        return;
    }
    QStringList lines { tr("Engagement sign-offs:") };
    for (const SignOffRole role : IssuanceCheck::requiredEngagementSignOffRoles()) {
        const auto s = std::find_if(valid.cbegin(), valid.cend(), [role](const SignOff& o) { return o.role == role; });
        lines << (s == valid.cend() ? tr("  %1: not signed yet").arg(FieldworkText::displayName(role))
                                    : tr("  %1: %2, %3 (key %4)")
                                          .arg(FieldworkText::displayName(role), s->member, Clock::shown(s->at),
                                               MemberKey::grouped(s->keyFingerprint).left(19) + u'…'));
    }
    m_signOffs->setText(lines.join(u'\n'));
}

void IssuanceChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IssuanceChecklist::retranslateUi()
{
    setWindowTitle(tr("Issuance checklist"));
    m_tree->setHeaderLabels({ tr("Item"), tr("What is missing") });
    m_refresh->setText(tr("&Refresh"));
    refresh(); // the gaps' texts are rendered in the UI language
}

} // namespace ismap::ui
