#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace ismap {

/**
 * Where the PKCS#12 passphrase is remembered between sessions: the OS keychain, never a file, a log,
 * QSettings or the workbook. Keys are ids like "pkcs12:<SHA-256 of the .p12 file>" (see keyIdFor()).
 * Errors reaching the store throw AuditError(Io) with a translated message.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// The remembered passphrase for @p keyId, or nothing if none is stored.
    virtual std::optional<QByteArray> readPassphrase(const QString& keyId) = 0;
    virtual void writePassphrase(const QString& keyId, const QByteArray& passphrase) = 0;
    /// Forgets the passphrase; no error if none was stored.
    virtual void removePassphrase(const QString& keyId) = 0;

    /// The key id for a PKCS#12 file: "pkcs12:" + SHA-256 of its bytes (empty if unreadable).
    static QString keyIdFor(const QString& pkcs12Path);
};

/** An in-memory store for unit tests (and for a session that must not remember anything). */
class FakeSecretStore : public SecretStore
{
public:
    std::optional<QByteArray> readPassphrase(const QString& keyId) override;
    void writePassphrase(const QString& keyId, const QByteArray& passphrase) override;
    void removePassphrase(const QString& keyId) override;
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QByteArray> m_secrets;
};

/**
 * The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows), service "ismap-workbench", with the insecure fallback off.
 *
 * The single documented exception to "no nested event loop in core": each call runs its QtKeychain job
 * in a local QEventLoop and blocks until it finishes (a keychain answers in milliseconds; the GUI calls
 * it from a dialog). When the secret service is not up yet, the call is retried once after a short wait.
 */
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    static constexpr const char* kService = "ismap-workbench";

    std::optional<QByteArray> readPassphrase(const QString& keyId) override;
    void writePassphrase(const QString& keyId, const QByteArray& passphrase) override;
    void removePassphrase(const QString& keyId) override;
};

class Pkcs12;

/** How unlockPkcs12() may find the passphrase. */
struct PassphraseSources
{
    SecretStore* store = nullptr; ///< the keychain (or a fake); nullptr = none
    bool useStored = true; ///< try the passphrase remembered in @c store first
    bool remember = false; ///< remember an asked passphrase in @c store once it opened the file
    /// Asks the user (dialog, standard input); nothing = cancelled. Empty function = cannot ask.
    std::function<std::optional<QByteArray>()> ask;
};

/**
 * Opens the PKCS#12 at @p path for signing, asking for its passphrase at most once: none if the file
 * needs none; else the remembered one (a remembered passphrase that no longer opens the file is
 * forgotten); else ask(). Throws AuditError: Cancelled if the user cancelled, InvalidInput if no source
 * can give a passphrase or it is wrong, and whatever Pkcs12::load() refuses.
 */
Pkcs12 unlockPkcs12(const QString& path, const PassphraseSources& sources);

} // namespace ismap
