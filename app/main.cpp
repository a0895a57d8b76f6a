// ismap-workbench: the desktop application.
#include "common/Language.h"
#include "navigator/NavigatorWidget.h"
#include "shell/MainWindow.h"
#include "shell/Screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ISMAP Audit Workbench"));
    QApplication::setOrganizationName(QStringLiteral("ismap-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ISMAP Audit Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ismap_workbench.workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ismap/icons/ismap-workbench.svg")));

    // Language: ISMAP_LANG, else the remembered choice, else the system locale.
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    const QString env = qEnvironmentVariable("ISMAP_LANG");
    ismap::Language::apply(!env.isEmpty() ? env : saved);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "ISMAP Audit Workbench: fieldwork, review and "
                                                             "signed reports for ISMAP audits."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption member(QStringLiteral("member"),
                                    QApplication::translate("main", "Team member working (skips the question)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QApplication::translate("main", "Quit after MS milliseconds (for tests)."),
                                       QStringLiteral("MS"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the main views into DIR and quit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption item(QStringLiteral("item"), QApplication::translate("main", "Item to show first."),
                                  QStringLiteral("ID"));
    const QCommandLineOption screenshotSize(
        QStringLiteral("screenshot-size"),
        QApplication::translate("main", "Window size for --screenshot, e.g. 1600x1000 (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({ member, quitAfter, screenshot, screenshotSize, item });
    parser.addPositionalArgument(QStringLiteral("workbook"), QApplication::translate("main", "Workbook to open."));
    parser.process(app);

    ismap::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkbook(parser.positionalArguments().first(), parser.value(member));
    if (parser.isSet(screenshot)) {
        const QSize size = ismap::ui::Screenshots::parseSize(parser.value(screenshotSize));
        if (!size.isValid()) {
            qCritical("%s",
                      qPrintable(QApplication::translate("main",
                                                         "--screenshot-size: give WIDTHxHEIGHT, "
                                                         "at least 640x480.")));
            return 2;
        }
        const int written = ismap::ui::Screenshots::render(
            window, parser.value(screenshot),
            parser.value(item).isEmpty() ? QStringLiteral("5.1.1") : parser.value(item), size);
        return written == ismap::ui::Screenshots::kViews ? 0 : 1;
    }
    if (parser.isSet(item))
        window.navigatorWidget()->selectItem(parser.value(item));
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
