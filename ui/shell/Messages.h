#pragma once

#include <QString>

class QWidget;

namespace ismap::ui {

/**
 * Message boxes of the application, with a seam for offscreen tests: in capture mode nothing is shown
 * and the last message is kept for the test to read (as KeePassXC's MessageBox::setNextAnswer does).
 */
class Messages
{
public:
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void info(QWidget* parent, const QString& title, const QString& text);
    /// Asks a yes/no question; in capture mode returns the preset answer.
    static bool confirm(QWidget* parent, const QString& title, const QString& text);

    static void setCapture(bool on, bool confirmAnswer = true);
    static QString lastMessage();
    static void clearLast();
};

} // namespace ismap::ui
