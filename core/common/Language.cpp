#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ismap {

namespace {
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;
QString g_current;
} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString Language::current()
{
    return g_current.isEmpty() ? systemDefault() : g_current;
}

QString Language::apply(const QString& code)
{
    const QString lang = (code == u"ja" || code == u"en") ? code : systemDefault();
    auto* app = QCoreApplication::instance();
    if (!app)
        return lang;
    if (g_app) {
        QCoreApplication::removeTranslator(g_app);
        delete g_app;
        g_app = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    g_app = new QTranslator(app);
    if (g_app->load(QStringLiteral(":/i18n/ismap_workbench_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(g_app);
    if (lang == u"ja") {
        g_qt = new QTranslator(app);
        if (g_qt->load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    // Numbers, sizes and dates follow the UI language too: an English window on a Japanese system said "0 バイト".
    QLocale::setDefault(lang == u"ja" ? QLocale(QLocale::Japanese, QLocale::Japan)
                                      : QLocale(QLocale::English, QLocale::UnitedStates));
    g_current = lang;
    return lang;
}

} // namespace ismap
