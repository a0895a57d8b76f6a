#pragma once

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;

namespace ismap {
class Workbook;
struct ChangeNotice;
struct EngagementProgress;
} // namespace ismap

namespace ismap::ui {

/**
 * The start page: what to do next with the open engagement (or with none), step by step from the team and the
 * statement to the signed report, each step saying whether it is done and offering the menu action that does it.
 * Shown when no workbook is open and for a new engagement; it follows the workbook's changes.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    /// The actions a step offers; any may be null.
    struct Actions
    {
        QAction* newWorkbook = nullptr;
        QAction* open = nullptr;
        QAction* addMember = nullptr;
        QAction* importStatement = nullptr;
        QAction* applicability = nullptr;
        QAction* assign = nullptr;
        QAction* report = nullptr;
        QAction* manual = nullptr;
    };

    explicit WelcomePage(QWidget* parent = nullptr);
    void setActions(const Actions& actions);
    void setWorkbook(Workbook* wb);
    /// Whether the open engagement has not started fieldwork yet (or none is open): the page is worth showing.
    bool isStart() const;
    /// The steps' texts in order, "✓" in front of those done (for tests and accessibility).
    QStringList stepTexts() const;
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Step
    {
        bool done;
        QString text;
        QAction* action;
    };
    /// The steps, from @p progress (the engagement's; null when no workbook is open).
    QList<Step> steps(const EngagementProgress* progress) const;

    Workbook* m_wb = nullptr;
    Actions m_actions;
    QLabel* m_title;
    QGridLayout* m_grid;
    QWidget* m_rows;
    bool m_started = false;
    bool m_stale = false;
};

} // namespace ismap::ui
