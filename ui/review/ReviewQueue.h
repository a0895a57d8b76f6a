#pragma once

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

class ReviewQueueModel;

/**
 * The review queue for reviewers and the engagement lead: items prepared and awaiting review, items with
 * open review notes, and reviewed items awaiting the lead, with counts that follow every edit. Enter or a
 * double-click opens an item in the workspace (where ReviewPanel raises notes and signs off). Also owns the
 * lead's "Finalise engagement…" and "Unlock…" actions; the engine refuses them to anyone but the lead.
 */
class ReviewQueue : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueue(QWidget* parent = nullptr);

    void setWorkbook(Workbook* wb);
    /// Re-reads the queue now (edits schedule this on their own).
    void refresh();

    ReviewQueueModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }
    QAction* finaliseAction() const { return m_finalise; }
    QAction* unlockAction() const { return m_unlock; }
    QAction* signOffEngagementAction() const { return m_signOffEngagement; }
    /// Items waiting for a reviewer or the lead (every stage together).
    int pendingCount() const;
    /// The tab title with the count, e.g. "Review queue (4)".
    QString title() const;

    /// Asks for confirmation, then finalises the engagement. Returns false (after showing the engine's
    /// translated refusal) if it was not finalised.
    bool finalise();
    /// The acting lead's or quality reviewer's sign-off of the whole engagement, after a confirmation. Returns false
    /// (after showing the engine's refusal) if it was not signed.
    bool signOffEngagement();
    /// Reopens the finalised engagement with @p reason (asks for one when empty). Returns false if refused.
    bool unlock(const QString& reason = {});

    /// Enables Finalise and Unlock for what the acting member may do now, with the engine's reason as tooltip.
    void updateActions();

signals:
    /// The user asked to open @p itemId (Enter, double-click or the Open button).
    void openItem(const QString& itemId);
    /// The counts changed (after a reload).
    void countsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();
    void openCurrent();
    QString currentItem() const;

    Workbook* m_wb = nullptr;
    ReviewQueueModel* m_model;
    QLabel* m_summary;
    QTreeView* m_view;
    QPushButton* m_open;
    QToolButton* m_finaliseButton;
    QToolButton* m_unlockButton;
    QAction* m_finalise;
    QAction* m_signOffEngagement;
    QAction* m_unlock;
    QTimer* m_refreshTimer;
    QSet<QString> m_collapsed; ///< stage keys the user folded away, kept across reloads
};

} // namespace ismap::ui
