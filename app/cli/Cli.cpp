#include "cli/Cli.h"

#include <QFile>
#include <cstdio>

namespace ismap::cli {

QList<Command>& Registry::commands()
{
    static QList<Command> list;
    return list;
}

bool Registry::add(Command command)
{
    commands().append(std::move(command));
    return true;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QByteArray passphraseFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, CliText::tr("--passphrase-stdin: standard input cannot be read."));
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return 2;
    case ErrorCode::NotFound:
        return 3;
    case ErrorCode::NotAWorkbook:
        return 4;
    case ErrorCode::TooNew:
        return 5;
    case ErrorCode::Damaged:
        return 6;
    case ErrorCode::ReadOnly:
        return 7;
    case ErrorCode::Locked:
        return 8;
    case ErrorCode::Finalised:
        return 9;
    case ErrorCode::Forbidden:
        return 10;
    case ErrorCode::Io:
        return 11;
    case ErrorCode::Cancelled:
        return 12;
    case ErrorCode::Integrity:
        return 13;
    case ErrorCode::CopiedReplica:
        return 14;
    case ErrorCode::Internal:
        return 70;
    }
    return Failure;
}

int parse(QCommandLineParser& parser, const QString& commandName, const QStringList& args,
          const QString& positionalSyntax)
{
    // The second line of --help: the command and its one-line summary, in the user's language.
    QString description = commandName;
    for (const Command& c : Registry::commands())
        if (c.name == commandName)
            description += QStringLiteral(": ") + QCoreApplication::translate("CliText", c.summary);
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  CliText::tr("Show help for this command."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(QStringLiteral("ismapctl ") + commandName);
    if (!parser.parse(argv)) {
        err() << "ismapctl " << commandName << ": " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints the program name only; show the full command and its arguments.
        const int firstLine = int(text.indexOf(u'\n'));
        text.replace(0, firstLine, CliText::tr("Usage: ismapctl %1 %2").arg(commandName, positionalSyntax));
        out() << text;
        out().flush();
        return Ok;
    }
    return -1;
}

int guarded(const std::function<int()>& body)
{
    try {
        return body();
    } catch (const AuditError& e) {
        err() << "ismapctl: " << e.message() << Qt::endl;
        return exitCodeFor(e.code());
    } catch (const std::exception& e) {
        err() << "ismapctl: " << QString::fromUtf8(e.what()) << Qt::endl;
        return exitCodeFor(ErrorCode::Internal);
    }
}

} // namespace ismap::cli
