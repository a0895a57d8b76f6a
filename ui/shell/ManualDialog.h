#pragma once

#include <QDialog>

class QTextBrowser;

namespace ismap::ui {

/**
 * Help → Manual: the short user guide shipped in the application's resources (manual-ja.html, manual-en.html),
 * in the UI's language, following a language switch.
 */
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    /// The resource of the manual in @p language ("ja" or "en").
    static QString resource(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QTextBrowser* m_browser;
};

} // namespace ismap::ui
