#pragma once

#include <QString>

class QTabWidget;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

class ItemWorkspace;
class NavigatorWidget;

/**
 * The main window's state that belongs to one workbook. Opening or creating another workbook starts from a clean
 * slate (no search text, no filter, no selection, empty forms); the last item, the navigator's filter and the tabs
 * shown are remembered per engagement (QSettings "workbooks/<engagement uuid>/…", so a moved or renamed file keeps
 * them) and come back when that workbook is opened again.
 */
class WorkbookSession
{
public:
    WorkbookSession(NavigatorWidget* navigator, QTabWidget* views, ItemWorkspace* workspace);

    /// Clears what a workbook left in the views: search text, filters, selection, the workspace's forms.
    void reset();
    /// Remembers the last item, filter and tabs of @p wb.
    void remember(Workbook& wb) const;
    /// Restores what remember() kept for @p wb; returns false (leaving the clean slate) if nothing was kept.
    bool restore(Workbook& wb);
    /// The settings group of @p wb's engagement.
    static QString settingsGroup(Workbook& wb);

private:
    NavigatorWidget* m_navigator;
    QTabWidget* m_views;
    ItemWorkspace* m_workspace;
};

} // namespace ismap::ui
