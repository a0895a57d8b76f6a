#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
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

} // namespace ismap
