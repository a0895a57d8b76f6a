#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QUndoStack;

namespace ismap::ui {
class FindingsPanel;
class HistoryView;
class EvidencePanel;
class ReviewPanel;
class SamplingPanel;
class StepsPanel;
} // namespace ismap::ui

namespace ismap {
class ItemHistory;
class Workbook;
} // namespace ismap

namespace ismap::ui {

/// The display name of a control frequency key of the sampling table ("monthly" → "Monthly", translated).
QString frequencyDisplayName(const QString& key);

/**
 * The workspace of one criteria item: its criteria text (ja/en), the CSP's statement, and tabs for the
 * item's work and its history from the audit trail. Tabs are filled when first shown, so selecting an
 * item stays fast.
 */
class ItemWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ItemWorkspace(QWidget* parent = nullptr);
    ~ItemWorkspace() override;

    void setWorkbook(Workbook* wb, QUndoStack* undo);
    void showItem(const QString& itemId);
    /// Re-reads the current item (after an edit or a language change).
    void refresh();
    const QString& itemId() const { return m_itemId; }

    QLabel* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    QTextBrowser* criteriaView() const { return m_criteria; }
    HistoryView* historyView() const { return m_history; }
    StepsPanel* steps() const { return m_steps; }
    ReviewPanel* review() const { return m_review; }
    SamplingPanel* sampling() const { return m_sampling; }
    FindingsPanel* findings() const { return m_findings; }
    EvidencePanel* evidence() const { return m_evidence; }
    /// Shows the steps tab (the walk's "record result" works there).
    void showSteps();
    /// Before the item, the workbook or the window is left: saves what every tab's editors can save (each save one
    /// undoable action) and asks whether to discard the rest. False if the user chose to stay.
    bool settlePending();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCurrentTab();
    void fillCriteria();
    void fillHistory();

    Workbook* m_wb = nullptr;
    std::unique_ptr<ItemHistory> m_itemHistory; ///< the history tab's rows per item, read from the trail once
    QUndoStack* m_undo = nullptr;
    QString m_itemId;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QTextBrowser* m_criteria;
    HistoryView* m_history;
    StepsPanel* m_steps;
    ReviewPanel* m_review;
    SamplingPanel* m_sampling;
    FindingsPanel* m_findings;
    EvidencePanel* m_evidence;
    QString m_stepsItem; ///< the item the steps panel shows (its selected step may take new evidence)
    QList<bool> m_filled;
    int m_shownTab = 0; ///< the tab shown before the current one, whose editors are saved when it is left
};

} // namespace ismap::ui
