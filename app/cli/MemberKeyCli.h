#pragma once
// Unlocking the acting member's key for the commands that sign (signoff, note resolve, finalise, unlock, rotate).

#include "cli/Cli.h"
#include "signing/MemberKey.h"
#include "signing/SecretStore.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QFile>

namespace ismap::cli::keys {

inline QCommandLineOption passphraseStdinOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-stdin"),
                              CliText::tr("Read the passphrase of your member key from the first line of standard "
                                          "input (otherwise it comes from the OS keychain)."));
}

/// The first line of standard input without its line end; never echoed, never stored.
inline QByteArray passphraseLine()
{
    const QByteArray line = passphraseFromStdin();
    if (line.isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         CliText::tr("--passphrase-stdin: standard input holds no passphrase."));
    return line;
}

/// The passphrase of @p member's key: standard input with --passphrase-stdin, else the OS keychain; nothing when
/// the keychain holds none or cannot be reached.
inline std::optional<QByteArray> passphraseFor(const QString& member, const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("passphrase-stdin")))
        return passphraseLine();
    try {
        KeychainSecretStore keychain;
        return keychain.readPassphrase(MemberKeyFiles::keychainId(member));
    } catch (const AuditError&) {
        return std::nullopt; // no keychain here: the engine says how to give the passphrase
    }
}

/// Unlocks the acting member's key on this machine into @p wb for this command. A member without a key file is left
/// to the engine, which refuses to sign and says how to make and register one.
inline void unlockActingKey(Workbook& wb, const QCommandLineParser& p)
{
    const QString member = wb.actor();
    if (!MemberKeyFiles::exists(member))
        return;
    const auto passphrase = passphraseFor(member, p);
    if (!passphrase)
        return;
    wb.addUnlockedKey(member, MemberKeyFiles::unlock(member, *passphrase));
}

} // namespace ismap::cli::keys
