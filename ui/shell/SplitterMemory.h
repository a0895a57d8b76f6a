#pragma once

#include <QList>

class QSplitter;

namespace ismap::ui {

/**
 * Splitter positions remembered across sessions: restores a splitter's sizes from the settings (under its object
 * name) or gives it @p defaults, and saves them whenever the user moves it.
 */
class SplitterMemory
{
public:
    static void remember(QSplitter* splitter, const QList<int>& defaults);
    /// The settings key a splitter's sizes are kept under.
    static QString key(const QSplitter* splitter);
};

} // namespace ismap::ui
