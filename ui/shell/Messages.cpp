#include "shell/Messages.h"

#include <QMessageBox>

namespace ismap::ui {

namespace {
bool g_capture = false;
bool g_answer = true;
QString g_last;
} // namespace

void Messages::error(QWidget* parent, const QString& title, const QString& text)
{
    g_last = text;
    if (!g_capture)
        QMessageBox::critical(parent, title, text);
}

void Messages::info(QWidget* parent, const QString& title, const QString& text)
{
    g_last = text;
    if (!g_capture)
        QMessageBox::information(parent, title, text);
}

bool Messages::confirm(QWidget* parent, const QString& title, const QString& text)
{
    g_last = text;
    if (g_capture)
        return g_answer;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void Messages::setCapture(bool on, bool confirmAnswer)
{
    g_capture = on;
    g_answer = confirmAnswer;
}

QString Messages::lastMessage()
{
    return g_last;
}

void Messages::clearLast()
{
    g_last.clear();
}

} // namespace ismap::ui
