#include "review/ReviewPanel.h"

#include "common/Clock.h"
#include "common/TextCode.h"
#include "fieldwork/Review.h"
#include "shell/Icons.h"
#include "shell/Messages.h"
#include "workbook/Workbook.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ismap::ui {

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_notes(new QTreeWidget(this))
    , m_noteText(new QLineEdit(this))
    , m_raise(new QPushButton(Icons::get(QStringLiteral("review-note")), QString(), this))
    , m_resolution(new QLineEdit(this))
    , m_resolve(new QPushButton(this))
    , m_signOffs(new QLabel(this))
    , m_signPreparer(new QPushButton(Icons::get(QStringLiteral("sign-off")), QString(), this))
    , m_signReviewer(new QPushButton(Icons::get(QStringLiteral("sign-off")), QString(), this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_notes->setColumnCount(5);
    m_notes->setRootIsDecorated(false);
    m_notes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_signOffs->setWordWrap(true);
    m_signOffs->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* grid = new QGridLayout;
    grid->addWidget(m_noteText, 0, 0);
    grid->addWidget(m_raise, 0, 1);
    grid->addWidget(m_resolution, 1, 0);
    grid->addWidget(m_resolve, 1, 1);
    auto* signBar = new QHBoxLayout;
    signBar->addWidget(m_signOffs, 1);
    signBar->addWidget(m_signPreparer);
    signBar->addWidget(m_signReviewer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notes, 1);
    layout->addLayout(grid);
    layout->addLayout(signBar);
    connect(m_raise, &QPushButton::clicked, this, [this] { raiseNote(m_noteText->text()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveSelectedNote(m_resolution->text()); });
    connect(m_signPreparer, &QPushButton::clicked, this, [this] { signOff(false); });
    connect(m_signReviewer, &QPushButton::clicked, this, [this] { signOff(true); });
    retranslateUi();
}

void ReviewPanel::setWorkbook(Workbook* wb)
{
    m_wb = wb;
    discardUnsaved(); // another workbook starts with empty fields
}

QStringList ReviewPanel::unsavedTexts() const
{
    QStringList out;
    if (!m_noteText->text().trimmed().isEmpty())
        out << describe(tr("Review note not raised"), m_noteText->text());
    if (!m_resolution->text().trimmed().isEmpty())
        out << describe(tr("Resolution not given"), m_resolution->text());
    return out;
}

void ReviewPanel::discardUnsaved()
{
    m_noteText->clear();
    m_resolution->clear();
}

void ReviewPanel::showItem(const QString& itemId)
{
    m_itemId = itemId;
    reload();
}

void ReviewPanel::reload()
{
    m_notes->clear();
    if (!m_wb || m_itemId.isEmpty()) {
        m_signOffs->clear();
        updateActions();
        return;
    }
    for (const ReviewNote& n : Review::notes(*m_wb, m_itemId)) {
        auto* row = new QTreeWidgetItem(m_notes);
        row->setData(0, Qt::UserRole, n.id);
        row->setText(0, n.open ? tr("Open") : tr("Resolved"));
        row->setText(1, n.text);
        row->setText(2, tr("%1, %2").arg(n.raisedBy, Clock::shown(n.raisedAt)));
        row->setText(3, n.resolution);
        row->setText(4, n.open ? QString() : tr("%1, %2").arg(n.resolvedBy, Clock::shown(n.resolvedAt)));
        if (n.open)
            row->setForeground(0, QColor(0xb0, 0x60, 0x00));
    }
    QStringList lines;
    for (const SignOff& s : Review::signOffs(*m_wb, m_itemId, true)) {
        const QString role = s.role == SignOffRole::Preparer
            ? tr("Prepared by %1 on %2").arg(s.member, Clock::shown(s.at))
            : tr("Reviewed by %1 on %2").arg(s.member, Clock::shown(s.at));
        lines << (s.valid() ? role
                            : tr("<s>%1</s> — voided %2: %3")
                                  .arg(role, Clock::shown(s.voidedAt), TextCode::render(s.voidReason).toHtmlEscaped()));
    }
    m_signOffs->setText(lines.isEmpty() ? tr("Not signed off yet.") : lines.join(QStringLiteral("<br>")));
    updateActions();
}

void ReviewPanel::updateActions()
{
    // The engine says what the acting member may do now; a control it would refuse is disabled with the reason.
    auto tell = [](QWidget* w, const QString& refusal, const QString& what) {
        w->setEnabled(refusal.isEmpty());
        w->setToolTip(refusal.isEmpty() ? what : refusal);
    };
    const bool has = m_wb && !m_itemId.isEmpty();
    const QString noItem = tr("Select an item in the navigator.");
    const QString notes = has ? Review::noteRefusal(*m_wb) : noItem;
    tell(m_raise, notes, tr("Raise a review note on this item"));
    tell(m_resolve, notes, tr("Resolve the selected review note"));
    tell(m_signPreparer, has ? Review::signOffRefusal(*m_wb, m_itemId, SignOffRole::Preparer) : noItem,
         tr("Sign the item off as its preparer"));
    tell(m_signReviewer, has ? Review::signOffRefusal(*m_wb, m_itemId, SignOffRole::Reviewer) : noItem,
         tr("Sign the item off as its reviewer"));
}

bool ReviewPanel::raiseNote(const QString& text)
{
    if (!m_wb || m_itemId.isEmpty() || text.trimmed().isEmpty())
        return false;
    try {
        Review::addNote(*m_wb, m_itemId, text.trimmed());
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot raise the review note"), e.message());
        return false;
    }
    m_noteText->clear();
    reload();
    return true;
}

bool ReviewPanel::resolveSelectedNote(const QString& resolution)
{
    QTreeWidgetItem* item = m_notes->currentItem();
    if (!m_wb || !item)
        return false;
    try {
        Review::resolveNote(*m_wb, item->data(0, Qt::UserRole).toLongLong(), resolution.trimmed());
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot resolve the review note"), e.message());
        return false;
    }
    m_resolution->clear();
    reload();
    return true;
}

bool ReviewPanel::signOff(bool reviewer)
{
    if (!m_wb || m_itemId.isEmpty())
        return false;
    try {
        Review::signOff(*m_wb, m_itemId, reviewer ? SignOffRole::Reviewer : SignOffRole::Preparer);
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot sign off"), e.message());
        return false;
    }
    reload();
    return true;
}

void ReviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void ReviewPanel::retranslateUi()
{
    m_notes->setHeaderLabels({ tr("State"), tr("Review note"), tr("Raised"), tr("Resolution"), tr("Resolved") });
    m_notes->setAccessibleName(tr("Review notes"));
    m_noteText->setPlaceholderText(tr("New review note…"));
    m_noteText->setAccessibleName(tr("New review note"));
    m_raise->setText(tr("Raise note"));
    m_resolution->setPlaceholderText(tr("Resolution of the selected note…"));
    m_resolution->setAccessibleName(tr("Resolution"));
    m_resolve->setText(tr("Resolve note"));
    m_signOffs->setAccessibleName(tr("Sign-offs"));
    m_signPreparer->setText(tr("Sign off as preparer"));
    m_signReviewer->setText(tr("Sign off as reviewer"));
}

} // namespace ismap::ui
