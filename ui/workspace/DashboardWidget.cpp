#include "workspace/DashboardWidget.h"

#include "catalog/CatalogItem.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "engagement/EngagementProgress.h"
#include "fieldwork/Findings.h"
#include "workbook/Workbook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ismap::ui {

namespace {

QColor statusColor(const QString& key)
{
    if (key == u"not_started")
        return QColor(0xb8, 0xbe, 0xc6);
    if (key == u"in_progress")
        return QColor(0x6f, 0x9f, 0xe6);
    if (key == u"prepared")
        return QColor(0x2f, 0x6f, 0xd0);
    if (key == u"reviewed")
        return QColor(0x2e, 0x8b, 0x57);
    return QColor(0xe0, 0x8a, 0x00);
}

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setFocusPolicy(Qt::TabFocus);
    return view;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// Attaches category (vertical) and value (horizontal) axes to a horizontal bar series.
void horizontalAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, int maxValue)
{
    auto* cat = new QBarCategoryAxis;
    cat->append(categories);
    QFont small = cat->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    cat->setLabelsFont(small);
    // Whole labels ("3 Governance criteria"): the plot gives way, not the words (Qt 6.2+).
    cat->setTruncateLabels(false);
    auto* val = new QValueAxis;
    val->setRange(0, qMax(1, maxValue));
    val->setLabelFormat(QStringLiteral("%d"));
    val->setTickCount(qMin(6, qMax(2, maxValue + 1)));
    chart->addAxis(cat, Qt::AlignLeft);
    chart->addAxis(val, Qt::AlignBottom);
    series->attachAxis(cat);
    series->attachAxis(val);
}

} // namespace

DashboardWidget::DashboardWidget(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_part(makeView(this, QStringLiteral("partChart")))
    , m_domain(makeView(this, QStringLiteral("domainChart")))
    , m_status(makeView(this, QStringLiteral("statusChart")))
    , m_findings(makeView(this, QStringLiteral("findingsChart")))
    , m_evidence(makeView(this, QStringLiteral("evidenceChart")))
{
    setObjectName(QStringLiteral("dashboard"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_domain->setMinimumHeight(680);
    auto* grid = new QGridLayout;
    grid->addWidget(m_part, 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(m_domain, 1, 0, 1, 2);
    grid->addWidget(m_findings, 2, 0);
    grid->addWidget(m_evidence, 2, 1);
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_summary);
    innerLayout->addLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QChart* DashboardWidget::partChart() const
{
    return m_part->chart();
}
QChart* DashboardWidget::domainChart() const
{
    return m_domain->chart();
}
QChart* DashboardWidget::statusChart() const
{
    return m_status->chart();
}
QChart* DashboardWidget::findingsChart() const
{
    return m_findings->chart();
}
QChart* DashboardWidget::evidenceChart() const
{
    return m_evidence->chart();
}

void DashboardWidget::setWorkbook(Workbook* wb)
{
    m_wb = wb;
    refresh();
}

void DashboardWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DashboardWidget::refresh()
{
    m_part->setAccessibleName(tr("Progress by part"));
    m_domain->setAccessibleName(tr("Progress by domain"));
    m_status->setAccessibleName(tr("Items by status"));
    m_findings->setAccessibleName(tr("Findings by severity"));
    m_evidence->setAccessibleName(tr("Evidence by kind"));
    if (!m_wb) {
        m_summary->setText(tr("Open a workbook to see the engagement's progress."));
        for (QChartView* v : { m_part, m_domain, m_status, m_findings, m_evidence })
            clearChart(v->chart());
        return;
    }
    const EngagementProgress p = EngagementProgress::compute(*m_wb);
    const Engagement e = m_wb->engagement();
    const QLocale locale;
    m_summary->setText(tr("<b>%1 — %2</b><br>Period %3 to %4 · criteria revision %5<br>%6 items: %7 in scope, %8 out "
                          "of scope, %9 undecided · %10 findings · %11 evidence files (%12)")
                           .arg(e.csp.toHtmlEscaped(), e.service.toHtmlEscaped(), Clock::shownDate(e.periodStart),
                                Clock::shownDate(e.periodEnd), Clock::shownDate(e.criteriaRevision))
                           .arg(p.itemsTotal)
                           .arg(p.inScope)
                           .arg(p.outOfScope)
                           .arg(p.undecided)
                           .arg(p.findings)
                           .arg(p.evidence)
                           .arg(locale.formattedDataSize(p.evidenceBytes)));
    fillPartChart(p);
    fillDomainChart(p);
    fillStatusChart(p);
    fillFindingsChart(p);
    fillEvidenceChart(p);
}

void DashboardWidget::fillPartChart(const EngagementProgress& p)
{
    QChart* chart = m_part->chart();
    clearChart(chart);
    chart->setTitle(tr("Progress by part"));
    auto* series = new QHorizontalStackedBarSeries;
    for (const QString& key : FieldworkText::statusKeys()) {
        auto* set = new QBarSet(FieldworkText::statusDisplayName(key));
        set->setColor(statusColor(key));
        for (const EngagementProgress::Branch& part : p.parts)
            *set << part.byStatus.value(key);
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    int maxTotal = 0;
    for (const EngagementProgress::Branch& part : p.parts) {
        labels << partDisplayName(part.id);
        maxTotal = qMax(maxTotal, part.count.inScope);
    }
    horizontalAxes(chart, series, labels, maxTotal);
    chart->legend()->setVisible(false); // the status chart beside it explains the colours
}

void DashboardWidget::fillDomainChart(const EngagementProgress& p)
{
    QChart* chart = m_domain->chart();
    clearChart(chart);
    chart->setTitle(tr("Progress by domain (in-scope items prepared or reviewed)"));
    auto* done = new QBarSet(tr("Done"));
    auto* remaining = new QBarSet(tr("Remaining"));
    done->setColor(statusColor(QStringLiteral("reviewed")));
    remaining->setColor(statusColor(QStringLiteral("not_started")));
    QStringList labels;
    int maxTotal = 0;
    for (auto d = p.domains.crbegin(); d != p.domains.crend(); ++d) { // horizontal bars grow upwards: reading order
        // Whole domain names ("14 Acquisition, development and maintenance of…" is the longest kind): the chart
        // spans the dashboard, and a name cut after 15 characters said nothing.
        const QString label = d->id + u' ' + d->title(Language::current());
        labels << (label.size() > 48 ? label.left(47) + u'…' : label);
        *done << d->count.done;
        *remaining << (d->count.inScope - d->count.done);
        maxTotal = qMax(maxTotal, d->count.inScope);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(done);
    series->append(remaining);
    chart->addSeries(series);
    horizontalAxes(chart, series, labels, maxTotal);
}

void DashboardWidget::fillStatusChart(const EngagementProgress& p)
{
    QChart* chart = m_status->chart();
    clearChart(chart);
    chart->setTitle(tr("Items by status"));
    const QMap<QString, int>& counts = p.byStatus;
    auto* series = new QPieSeries;
    series->setHoleSize(0.35);
    int widest = 0;
    const QFontMetrics metrics(chart->legend()->font());
    for (const QString& key : FieldworkText::statusKeys()) {
        if (counts.value(key) == 0)
            continue;
        const QString label = tr("%1: %2").arg(FieldworkText::statusDisplayName(key)).arg(counts.value(key));
        widest = std::max(widest, metrics.horizontalAdvance(label));
        QPieSlice* slice = series->append(label, counts.value(key));
        slice->setColor(statusColor(key));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    // The legend is as wide as its longest label and its marker ("Needs attention: 5" was cut at 1280x800).
    chart->legend()->setMinimumWidth(widest + 4 * metrics.height());
}

void DashboardWidget::fillFindingsChart(const EngagementProgress& p)
{
    QChart* chart = m_findings->chart();
    clearChart(chart);
    chart->setTitle(tr("Findings by severity"));
    const QMap<QString, int>& bySeverity = p.findingsBySeverity;
    QStringList order { QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
                        QStringLiteral("unrated") };
    for (auto it = bySeverity.cbegin(); it != bySeverity.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    auto* set = new QBarSet(tr("Findings"));
    set->setColor(QColor(0xd0, 0x40, 0x30));
    QStringList labels;
    int maxValue = 0;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        labels << Findings::severityDisplayName(*it);
        *set << bySeverity.value(*it);
        maxValue = qMax(maxValue, bySeverity.value(*it));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    horizontalAxes(chart, series, labels, maxValue);
    chart->legend()->setVisible(false);
}

void DashboardWidget::fillEvidenceChart(const EngagementProgress& p)
{
    QChart* chart = m_evidence->chart();
    clearChart(chart);
    const QList<EvidenceVault::KindCount>& kinds = p.evidenceByKind;
    const int files = p.evidence;
    const qint64 bytes = p.evidenceBytes;
    chart->setTitle(tr("Evidence: %n file(s), %1", nullptr, files).arg(QLocale().formattedDataSize(bytes)));
    auto* series = new QPieSeries;
    series->setHoleSize(0.35);
    for (const auto& k : kinds)
        series->append(tr("%1: %2 (%3)")
                           .arg(EvidenceVault::kindDisplayName(k.kind))
                           .arg(k.count)
                           .arg(QLocale().formattedDataSize(k.bytes)),
                       double(k.bytes));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace ismap::ui
