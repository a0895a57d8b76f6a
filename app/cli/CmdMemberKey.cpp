// ismapctl member key create | register | rotate | revoke | list: each member's own signing key.
#include "cli/FieldworkCli.h"
#include "cli/MemberKeyCli.h"
#include "common/Clock.h"
#include "workbook/MemberKeys.h"

#include <QFile>
#include <QRandomGenerator>

using namespace ismap;
using namespace ismap::cli::fw;
using ismap::cli::CliText;

namespace {

/// A passphrase for a new key: the one given on standard input, or a random one kept only in the OS keychain.
QByteArray newPassphrase(const QString& member, const QCommandLineParser& p, bool& inKeychain)
{
    inKeychain = false;
    if (p.isSet(QStringLiteral("passphrase-stdin")))
        return cli::keys::passphraseLine();
    QByteArray random(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                         reinterpret_cast<quint32*>(random.data() + random.size()));
    const QByteArray passphrase = random.toBase64();
    try {
        KeychainSecretStore().writePassphrase(MemberKeyFiles::keychainId(member), passphrase);
    } catch (const AuditError& e) {
        throw AuditError(ErrorCode::Io,
                         CliText::tr("the OS keychain cannot keep the key's passphrase (%1); give a passphrase on "
                                     "standard input with --passphrase-stdin instead.")
                             .arg(e.message()));
    }
    inKeychain = true;
    return passphrase;
}

void printKey(const QString& member, const QString& fingerprint)
{
    cli::out() << CliText::tr("fingerprint of %1's key (compare it with the member by phone or in person):").arg(member)
               << "\n  " << MemberKey::grouped(fingerprint) << Qt::endl;
}

int cmdKeyCreate(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption remember(QStringLiteral("remember"),
                                      CliText::tr("Also keep the passphrase given on standard input in the OS "
                                                  "keychain."));
    p.addOptions({ asOption(), cli::keys::passphraseStdinOption(), remember });
    if (int rc
        = cli::parse(p, QStringLiteral("member key create"), args, QStringLiteral("--as NAME [--passphrase-stdin]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("member key create"), 0, 0);
        const QString member = actorName(p);
        if (MemberKeyFiles::exists(member))
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("%1: %2 already has a key on this machine; rotate it instead (member key "
                                         "rotate).")
                                 .arg(MemberKeyFiles::privatePath(member), member));
        bool inKeychain = false;
        const QByteArray passphrase = newPassphrase(member, p, inKeychain);
        const MemberKey key = MemberKeyFiles::create(member, passphrase);
        if (p.isSet(remember) && !inKeychain)
            KeychainSecretStore().writePassphrase(MemberKeyFiles::keychainId(member), passphrase);
        cli::out() << CliText::tr("%1's key made: %2 (encrypted); give the engagement lead the public key %3.")
                          .arg(member, MemberKeyFiles::privatePath(member), MemberKeyFiles::publicPath(member))
                   << "\n";
        printKey(member, key.fingerprint());
        return int(cli::Ok);
    });
}

int cmdKeyRegister(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption member(QStringLiteral("member"), CliText::tr("Whose key it is."), QStringLiteral("NAME"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"), CliText::tr("The member's public key (PEM)."),
                                       QStringLiteral("FILE"));
    p.addOptions({ member, publicKey, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("member key register"), args,
                            QStringLiteral("WB --member NAME --public-key FILE --as LEAD"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("member key register"), 1, 1);
        if (!p.isSet(member) || !p.isSet(publicKey))
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("member key register: give --member NAME and --public-key FILE."));
        QFile f(p.value(publicKey));
        if (!f.open(QIODevice::ReadOnly))
            throw AuditError(ErrorCode::NotFound,
                             CliText::tr("%1: cannot read: %2").arg(f.fileName(), f.errorString()));
        const QByteArray pem = f.read(1 << 16);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const RegisteredKey k = MemberKeys::registerKey(*wb, p.value(member), pem, f.fileName());
        cli::out() << CliText::tr("%1's key registered in %2.").arg(k.member, wb->path()) << "\n";
        printKey(k.member, k.fingerprint);
        return int(cli::Ok);
    });
}

int cmdKeyRotate(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({ asOption(), cli::keys::passphraseStdinOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("member key rotate"), args,
                            QStringLiteral("WB --as MEMBER [--passphrase-stdin]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("member key rotate"), 1, 1);
        auto wb = openForWork(p.positionalArguments().first(), p);
        wb->requireWritable();
        const QString me = wb->actor();
        const auto passphrase = cli::keys::passphraseFor(me, p);
        if (!passphrase)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("%1: give the passphrase of your current key (--passphrase-stdin).").arg(me));
        const RegisteredKey k = MemberKeys::rotateOwnKey(*wb, *passphrase);
        cli::out() << CliText::tr("%1's key rotated in %2; the old key signs nothing from now on.").arg(me, wb->path())
                   << "\n";
        printKey(me, k.fingerprint);
        return int(cli::Ok);
    });
}

int cmdKeyRevoke(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption member(QStringLiteral("member"), CliText::tr("Whose key (default: your own)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"), CliText::tr("Why the key is revoked (recorded)."),
                                    QStringLiteral("TEXT"));
    p.addOptions({ member, reason, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("member key revoke"), args,
                            QStringLiteral("WB [--member NAME] --reason TEXT --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("member key revoke"), 1, 1);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const RegisteredKey k = MemberKeys::revoke(*wb, p.value(member), p.value(reason));
        cli::out() << CliText::tr("%1's key %2 revoked at %3; it signs nothing after that.")
                          .arg(k.member, MemberKey::grouped(k.fingerprint), Clock::shown(k.validUntil))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdKeyList(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("member key list"), args, QStringLiteral("WB")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("member key list"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        for (const RegisteredKey& k : MemberKeys::keys(*wb))
            cli::out() << k.member << "\t" << MemberKeys::statusText(k) << "\t" << MemberKey::grouped(k.fingerprint)
                       << "\t" << Clock::shown(k.validFrom) << "\t"
                       << (k.validUntil.isEmpty() ? QStringLiteral("-") : Clock::shown(k.validUntil)) << "\t"
                       << k.registeredBy << (k.endReason.isEmpty() ? QString() : u"\t" + MemberKeys::endReasonText(k))
                       << "\n";
        cli::out().flush();
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("member key create",
                  QT_TRANSLATE_NOOP("CliText", "make your own signing key on this machine (encrypted)"), cmdKeyCreate);
ISMAP_CLI_COMMAND("member key register",
                  QT_TRANSLATE_NOOP("CliText", "register a member's public key in the workbook (lead)"),
                  cmdKeyRegister);
ISMAP_CLI_COMMAND("member key rotate", QT_TRANSLATE_NOOP("CliText", "replace your key by a new one, trailed"),
                  cmdKeyRotate);
ISMAP_CLI_COMMAND("member key revoke",
                  QT_TRANSLATE_NOOP("CliText", "revoke a member's key from now (the member or the lead)"),
                  cmdKeyRevoke);
ISMAP_CLI_COMMAND("member key list", QT_TRANSLATE_NOOP("CliText", "list the registered member keys"), cmdKeyList);
