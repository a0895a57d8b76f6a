#pragma once

#include "common/AuditError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace ismap::cli {

/** The command-line tool's texts, in the translation context "CliText": write CliText::tr("…") so lupdate finds them.
 */
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/// Exit codes shared by every command (verify-report adds its own, documented there).
enum Exit {
    Ok = 0,
    Failure = 1,
    Usage = 64,
};
int exitCodeFor(ErrorCode code);

/** One `ismapctl` command: its words ("catalog import"), a one-line summary and how to run it. */
struct Command
{
    QString name;
    const char* summary; ///< untranslated; mark with QT_TRANSLATE_NOOP("CliText", ...)
    std::function<int(const QStringList& args)> run;
};

/** Registry that command files add themselves to at start-up (see ISMAP_CLI_COMMAND). */
class Registry
{
public:
    static QList<Command>& commands();
    static bool add(Command command);
};

QTextStream& out();
QTextStream& err();

/// The first line of standard input without its line end (at most 4 KiB), for --passphrase-stdin; never echoed,
/// never stored. May be empty: a PKCS#12 file can have no passphrase (a member key's caller refuses an empty one).
QByteArray passphraseFromStdin();

/// Parses @p args (the words after the command name) with @p parser; on --help prints it and returns Ok,
/// on an error prints one line and returns Usage; otherwise returns -1 to go on.
int parse(QCommandLineParser& parser, const QString& commandName, const QStringList& args,
          const QString& positionalSyntax);

/// Runs @p body, turning an AuditError into its one-line message on stderr and its exit code.
int guarded(const std::function<int()>& body);

} // namespace ismap::cli

#define ISMAP_CLI_CAT2(a, b) a##b
#define ISMAP_CLI_CAT(a, b) ISMAP_CLI_CAT2(a, b)
/// Registers a command: ISMAP_CLI_COMMAND("catalog import", summary, function)
#define ISMAP_CLI_COMMAND(name, summary, fn)                                                                           \
    static const bool ISMAP_CLI_CAT(ismapCliRegistered_, __LINE__)                                                     \
        = ::ismap::cli::Registry::add({ QStringLiteral(name), summary, fn })
