#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace ismap::ui {

/**
 * The wait cursor for as long as it lives: for work on the UI thread that may take longer than a user waits
 * without a sign (a print preview, an import, a report's layout). Nested instances stack, as Qt's override
 * cursor does.
 */
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;

    /// Whether a wait cursor is showing now (for tests).
    static bool isShowing()
    {
        const QCursor* c = QGuiApplication::overrideCursor();
        return c && c->shape() == Qt::WaitCursor;
    }
};

} // namespace ismap::ui
