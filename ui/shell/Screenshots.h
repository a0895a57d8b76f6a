#pragma once

#include <QSize>
#include <QString>

namespace ismap::ui {

class MainWindow;

/**
 * Renders the main views of an open workbook into PNG files for the documentation (offscreen):
 * dashboard, navigator with a search, the review queue, an item's criteria, steps, sampling, findings, review
 * and evidence, with the window at @p size. File names carry the size and the current language:
 * dashboard-1280x800-ja.png, item-steps-1600x1000-en.png …
 */
class Screenshots
{
public:
    /// How many views render() writes.
    static constexpr int kViews = 10;
    /// Returns the number of files written.
    static int render(MainWindow& window, const QString& folder, const QString& itemId,
                      const QSize& size = QSize(1280, 800));
    /// "1600x1000" as a size; an invalid size for anything else.
    static QSize parseSize(const QString& text);
};

} // namespace ismap::ui
