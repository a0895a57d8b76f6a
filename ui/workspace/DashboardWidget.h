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

class CatalogTreeModel;

/**
 * The engagement at a glance, as charts: progress by part and by domain, items by status, findings by
 * severity, evidence count and size by kind. Figures come from the engine (EngagementProgress,
 * ItemStatusBook) and the navigator's model; refresh() re-reads them.
 */
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(QWidget* parent = nullptr);

    void setWorkbook(Workbook* wb, CatalogTreeModel* model);
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
    void fillPartChart();
    void fillDomainChart();
    void fillStatusChart(const EngagementProgress& p);
    void fillFindingsChart(const EngagementProgress& p);
    void fillEvidenceChart(const EngagementProgress& p);

    Workbook* m_wb = nullptr;
    CatalogTreeModel* m_model = nullptr;
    QLabel* m_summary;
    QChartView* m_part;
    QChartView* m_domain;
    QChartView* m_status;
    QChartView* m_findings;
    QChartView* m_evidence;
};

} // namespace ismap::ui
