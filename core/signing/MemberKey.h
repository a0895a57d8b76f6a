#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace ismap {

/**
 * A team member's own key: an Ed25519 key pair (or only its public half) through OpenSSL 3. The private key
 * leaves memory only encrypted (PKCS#8, AES-256-CBC, PBKDF2 from a passphrase); the public key goes into the
 * workbook as PEM. Its fingerprint is the SHA-256 of the DER SubjectPublicKeyInfo (what
 * `openssl pkey -pubin -outform DER | sha256sum` prints), shown grouped for comparison by voice or on paper.
 * Parsing errors throw AuditError(InvalidInput) naming @p source.
 */
class MemberKey
{
    Q_DECLARE_TR_FUNCTIONS(MemberKey)
public:
    MemberKey() = default;
    static MemberKey generate();
    /// Decrypts an encrypted PKCS#8 PEM private key; a wrong passphrase or a key of another kind is refused.
    static MemberKey fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase, const QString& source);
    /// Reads a PEM public key (SubjectPublicKeyInfo); only Ed25519 is accepted.
    static MemberKey fromPublicPem(const QByteArray& pem, const QString& source);

    bool isNull() const { return !m_key; }
    bool hasPrivate() const { return m_private; }
    /// Encrypted PKCS#8 PEM of the private key; refuses an empty passphrase.
    QByteArray encryptedPem(const QByteArray& passphrase) const;
    QByteArray publicPem() const;
    /// Lower-case hex SHA-256 of the DER public key.
    QString fingerprint() const;
    /// "ab12 cd34 …": the fingerprint in groups of four, for reading aloud.
    static QString grouped(const QString& fingerprint);

    /// The 64-byte Ed25519 signature of @p message; needs the private key.
    QByteArray sign(const QByteArray& message) const;
    /// Whether @p signature is this public key's signature of @p message.
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_private = false;
};

/**
 * The member keys kept on this machine: one folder per user (QStandardPaths::AppDataLocation/keys, or the
 * ISMAP_KEY_DIR environment variable), holding NAME.key.pem (encrypted PKCS#8, mode 0600) and NAME.pub.pem per
 * member name. A private key is never written in clear.
 */
class MemberKeyFiles
{
    Q_DECLARE_TR_FUNCTIONS(MemberKeyFiles)
public:
    static QString directory();
    static QString privatePath(const QString& member);
    static QString publicPath(const QString& member);
    static bool exists(const QString& member);
    /// Makes a new key pair for @p member, writes it encrypted with @p passphrase and returns it. An existing key
    /// is kept aside as NAME.key.pem.<UTC time> when @p replace, refused otherwise.
    static MemberKey create(const QString& member, const QByteArray& passphrase, bool replace = false);
    /// Writes @p key for @p member (encrypted); used by create() and the demo.
    static void write(const QString& member, const MemberKey& key, const QByteArray& passphrase, bool replace);
    /// Reads and decrypts @p member's private key.
    static MemberKey unlock(const QString& member, const QByteArray& passphrase);
    /// The keychain id under which the passphrase of @p member's key is remembered.
    static QString keychainId(const QString& member) { return QStringLiteral("member-key:") + member; }
};

} // namespace ismap
