// ismapctl: the audit engine without a window, for scripting, CI and the tests.
#include "cli/Cli.h"
#include "common/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace ismap;
using ismap::cli::CliText;

namespace {

void printUsage(QTextStream& s)
{
    s << CliText::tr("Usage: ismapctl COMMAND [ARGS...]   (ismapctl COMMAND --help for details)") << "\n\n"
      << CliText::tr("Commands:") << "\n";
    QList<cli::Command> cmds = cli::Registry::commands();
    std::sort(cmds.begin(), cmds.end(), [](const cli::Command& a, const cli::Command& b) { return a.name < b.name; });
    for (const cli::Command& c : cmds)
        s << "  " << c.name.leftJustified(20) << "  " << QCoreApplication::translate("CliText", c.summary) << "\n";
    s.flush();
}

/// Commands that lay out text (fonts need a QGuiApplication); they run on the offscreen platform.
bool needsFonts(int argc, char** argv)
{
    return argc > 1 && qstrcmp(argv[1], "report") == 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A command-line tool has no session runtime folder; Qt's note about it is noise on stderr.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")) && previous)
                previous(type, context, message);
        });
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("ismapctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("ISMAP Audit Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    Language::apply(qEnvironmentVariable("ISMAP_LANG"));

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printUsage(args.isEmpty() ? cli::err() : cli::out());
        return args.isEmpty() ? cli::Usage : cli::Ok;
    }
    if (args.first() == u"--version") {
        cli::out() << "ismapctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::Ok;
    }
    // The longest registered command name that the arguments start with ("catalog import" before "catalog").
    const cli::Command* best = nullptr;
    int bestWords = 0;
    for (const cli::Command& c : cli::Registry::commands()) {
        const QStringList words = c.name.split(u' ');
        if (words.size() <= args.size() && args.mid(0, words.size()) == words && int(words.size()) > bestWords) {
            best = &c;
            bestWords = int(words.size());
        }
    }
    if (!best) {
        cli::err() << CliText::tr("ismapctl: unknown command \"%1\".").arg(args.first()) << "\n";
        printUsage(cli::err());
        return cli::Usage;
    }
    return best->run(args.mid(bestWords));
}
