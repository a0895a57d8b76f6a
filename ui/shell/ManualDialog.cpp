#include "shell/ManualDialog.h"

#include "common/Language.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ismap::ui {

ManualDialog::ManualDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    m_browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    retranslateUi();
}

QString ManualDialog::resource(const QString& language)
{
    return QStringLiteral("qrc:/ismap/manual/manual-%1.html").arg(language == u"ja" ? u"ja" : u"en");
}

void ManualDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ManualDialog::retranslateUi()
{
    setWindowTitle(tr("Manual"));
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setSource(QUrl(resource(Language::current())));
}

} // namespace ismap::ui
