#pragma once

#include <QString>

namespace ismap::ui {

class MainWindow;

/**
 * Renders the main views of an open workbook into PNG files for the documentation (offscreen):
 * dashboard, navigator with a search, the review queue, an item's criteria, steps, sampling, findings, review
 * and evidence. File names carry the current language: dashboard-ja.png, item-steps-en.png …
 */
class Screenshots
{
public:
    /// How many views render() writes.
    static constexpr int kViews = 9;
    /// Returns the number of files written.
    static int render(MainWindow& window, const QString& folder, const QString& itemId);
};

} // namespace ismap::ui
