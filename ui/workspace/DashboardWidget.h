#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace ismap {
struct EngagementProgress;
class Workbook;
} // namespace ismap

namespace ismap::ui {

/**
 * The engagement at a glance, as charts: progress by part and by domain, items by status, findings by
 * severity, evidence count and size by kind. Every figure comes from the engine's EngagementProgress (the
 * navigator's branches count by the same rule); refresh() re-reads it.
 */
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(QWidget* parent = nullptr);

    void setWorkbook(Workbook* wb);
    void refresh();

    QChart* partChart() const;
    QChart* domainChart() const;
    QChart* statusChart() const;
    QChart* findingsChart() const;
    QChart* evidenceChart() const;
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillPartChart(const EngagementProgress& p);
    void fillDomainChart(const EngagementProgress& p);
    void fillStatusChart(const EngagementProgress& p);
    void fillFindingsChart(const EngagementProgress& p);
    void fillEvidenceChart(const EngagementProgress& p);

    Workbook* m_wb = nullptr;
    QLabel* m_summary;
    QChartView* m_part;
    QChartView* m_domain;
    QChartView* m_status;
    QChartView* m_findings;
    QChartView* m_evidence;
};

} // namespace ismap::ui
