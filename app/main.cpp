// ismap-workbench: the desktop application.
#include "MainWindow.h"
#include "common/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ISMAP Audit Workbench"));
    QApplication::setOrganizationName(QStringLiteral("ismap-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ISMAP Audit Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("ismap-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ismap/icons/ismap-workbench.svg")));

    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    const QString env = qEnvironmentVariable("ISMAP_LANG");
    ismap::Language::apply(!env.isEmpty() ? env : saved);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workbook"), QApplication::translate("main", "Workbook to open."));
    parser.process(app);

    ismap::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkbook(parser.positionalArguments().first());
    return app.exec();
}
