#include "workspace/WelcomePage.h"

#include "engagement/EngagementProgress.h"
#include "fieldwork/FieldworkTypes.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ismap::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_rows(new QWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_rows->setLayout(m_grid);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(10);
    auto* inner = new QWidget(this);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_title);
    innerLayout->addWidget(m_rows);
    innerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    refresh();
}

void WelcomePage::setActions(const Actions& actions)
{
    m_actions = actions;
    refresh();
}

void WelcomePage::setWorkbook(Workbook* wb)
{
    if (m_wb)
        disconnect(m_wb, nullptr, this, nullptr);
    m_wb = wb;
    // Counting the engagement's progress is not free: a hidden page only notes that it is out of date.
    if (m_wb)
        connect(m_wb, &Workbook::changed, this, [this] {
            if (isVisible())
                refresh();
            else
                m_stale = true;
        });
    refresh();
}

bool WelcomePage::isStart() const
{
    return !m_wb || !m_started;
}

QList<WelcomePage::Step> WelcomePage::steps(const EngagementProgress* progress) const
{
    QList<Step> out;
    if (!m_wb || !progress) {
        out << Step { false, tr("Create a workbook for a new engagement (File → New), or open one."),
                      m_actions.newWorkbook };
        out << Step { false, tr("Open an existing workbook."), m_actions.open };
        out << Step { false, tr("Read the manual: the work from the statement to the signed report."),
                      m_actions.manual };
        return out;
    }
    const EngagementProgress& p = *progress;
    const QList<TeamMember> team = m_wb->team();
    const bool reviewer
        = std::any_of(team.begin(), team.end(), [](const TeamMember& m) { return m.role != Role::Staff; });
    const bool staff = std::any_of(team.begin(), team.end(), [](const TeamMember& m) { return m.role == Role::Staff; });
    out << Step { reviewer && staff,
                  tr("The team: %n member(s). Add the staff who prepare and the reviewers who review.", nullptr,
                     int(team.size())),
                  m_actions.addMember };
    out << Step { p.inScope + p.outOfScope > 0,
                  tr("Import the CSP's statement (言明書): it decides which items are in scope and brings their "
                     "procedure steps."),
                  m_actions.importStatement };
    out << Step { p.undecided == 0,
                  tr("%n item(s) still undecided: select them in the navigator and set their applicability.", nullptr,
                     p.undecided),
                  m_actions.applicability };
    out << Step { false,
                  tr("Assign the in-scope items to the team (select items in the navigator, Engagement → "
                     "Assign)."),
                  m_actions.assign };
    out << Step { p.inScope > 0 && p.done == p.inScope,
                  tr("Fieldwork: select an item, record its steps (Alt+1…4), link evidence, raise findings and sign "
                     "off as preparer. %1 of %2 in-scope items started.")
                      .arg(p.started)
                      .arg(p.inScope),
                  nullptr };
    out << Step { p.inScope > 0 && p.byStatus.value(QStringLiteral("reviewed")) == p.inScope,
                  tr("Review: the review queue (Ctrl+3) lists what waits for a reviewer; sign off as reviewer."),
                  nullptr };
    out << Step { false, tr("Write and sign the report (File → Report)."), m_actions.report };
    return out;
}

QStringList WelcomePage::stepTexts() const
{
    QStringList out;
    const std::optional<EngagementProgress> p
        = m_wb ? std::optional<EngagementProgress>(EngagementProgress::compute(*m_wb)) : std::nullopt;
    for (const Step& s : steps(p ? &*p : nullptr))
        out << (s.done ? QStringLiteral("✓ ") : QString()) + s.text;
    return out;
}

void WelcomePage::refresh()
{
    // Fieldwork under way: the dashboard is the better start page from now on.
    // One count for the page: whether to start here, and every step's figures.
    const std::optional<EngagementProgress> p
        = m_wb ? std::optional<EngagementProgress>(EngagementProgress::compute(*m_wb)) : std::nullopt;
    if (p)
        m_started = p->started > 0;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_title->setText(m_wb ? tr("<h2>Next steps for %1</h2>").arg(m_wb->engagement().csp.toHtmlEscaped())
                          : tr("<h2>Welcome to ISMAP Audit Workbench</h2>"));
    int row = 0;
    for (const Step& s : steps(p ? &*p : nullptr)) {
        auto* mark = new QLabel(s.done ? QStringLiteral("✓") : QString::number(row + 1), m_rows);
        mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        auto* text = new QLabel(s.text, m_rows);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        if (s.done)
            text->setEnabled(false);
        m_grid->addWidget(mark, row, 0);
        m_grid->addWidget(text, row, 1);
        if (s.action) {
            auto* button = new QToolButton(m_rows);
            button->setDefaultAction(s.action);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            m_grid->addWidget(button, row, 2, Qt::AlignTop);
        }
        ++row;
    }
}

void WelcomePage::showEvent(QShowEvent* event)
{
    if (std::exchange(m_stale, false))
        refresh();
    QWidget::showEvent(event);
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ismap::ui
