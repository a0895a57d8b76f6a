#include "signing/MemberKey.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "signing/OpenSsl.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <openssl/pem.h>

namespace ismap {

namespace {

std::shared_ptr<EVP_PKEY> own(EVP_PKEY* k)
{
    return std::shared_ptr<EVP_PKEY>(k, EVP_PKEY_free);
}

AuditError keyError(const QString& text)
{
    ERR_clear_error();
    return AuditError(ErrorCode::InvalidInput, text);
}

} // namespace

MemberKey MemberKey::generate()
{
    ossl::Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* k = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_keygen(ctx.get(), &k) <= 0)
        throw AuditError(ErrorCode::Internal, tr("could not make a key pair: %1").arg(ossl::lastError()));
    MemberKey key;
    key.m_key = own(k);
    key.m_private = true;
    return key;
}

MemberKey MemberKey::fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase, const QString& source)
{
    if (!pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        throw keyError(tr("%1: not an encrypted private key (PKCS#8); a key is never kept in clear.").arg(source));
    auto bio = ossl::memBio(pem);
    QByteArray pass = passphrase; // PEM_read_bio_PrivateKey wants a writable buffer
    EVP_PKEY* k = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
    if (!k)
        throw keyError(tr("%1: the passphrase is wrong or the key file is damaged.").arg(source));
    MemberKey key;
    key.m_key = own(k);
    key.m_private = true;
    if (EVP_PKEY_get_id(k) != EVP_PKEY_ED25519)
        throw keyError(tr("%1: not an Ed25519 key.").arg(source));
    return key;
}

MemberKey MemberKey::fromPublicPem(const QByteArray& pem, const QString& source)
{
    auto bio = ossl::memBio(pem);
    EVP_PKEY* k = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!k)
        throw keyError(tr("%1: not a PEM public key (-----BEGIN PUBLIC KEY-----).").arg(source));
    MemberKey key;
    key.m_key = own(k);
    if (EVP_PKEY_get_id(k) != EVP_PKEY_ED25519)
        throw keyError(tr("%1: not an Ed25519 public key; member keys are Ed25519.").arg(source));
    return key;
}

QByteArray MemberKey::encryptedPem(const QByteArray& passphrase) const
{
    if (!m_private)
        throw AuditError(ErrorCode::Internal, QStringLiteral("MemberKey::encryptedPem without a private key"));
    if (passphrase.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("the passphrase is empty; a member key is always encrypted."));
    ossl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(), passphrase.constData(),
                                      int(passphrase.size()), nullptr, nullptr)
        != 1)
        throw AuditError(ErrorCode::Internal, tr("could not encrypt the key: %1").arg(ossl::lastError()));
    return ossl::bioBytes(bio.get());
}

QByteArray MemberKey::publicPem() const
{
    ossl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!m_key || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        throw AuditError(ErrorCode::Internal, tr("could not write the public key: %1").arg(ossl::lastError()));
    return ossl::bioBytes(bio.get());
}

QString MemberKey::fingerprint() const
{
    if (!m_key)
        return {};
    unsigned char* der = nullptr;
    const int n = i2d_PUBKEY(m_key.get(), &der);
    if (n <= 0)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(der, size_t(n), md, &len, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex());
}

QString MemberKey::grouped(const QString& fingerprint)
{
    QStringList groups;
    for (int i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(u' ');
}

QByteArray MemberKey::sign(const QByteArray& message) const
{
    if (!m_private)
        throw AuditError(ErrorCode::Internal, QStringLiteral("MemberKey::sign without a private key"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray sig(64, '\0');
    size_t len = size_t(sig.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                          reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            != 1)
        throw AuditError(ErrorCode::Internal, tr("could not sign: %1").arg(ossl::lastError()));
    sig.resize(qsizetype(len));
    return sig;
}

bool MemberKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    if (!m_key || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

QString MemberKeyFiles::directory()
{
    const QString env = qEnvironmentVariable("ISMAP_KEY_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys");
}

static QString fileStem(const QString& member)
{
    // Names may hold any character (Japanese, spaces, '/'): percent-encoded to one safe file name.
    return MemberKeyFiles::directory() + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(member.trimmed()));
}

QString MemberKeyFiles::privatePath(const QString& member)
{
    return fileStem(member) + QStringLiteral(".key.pem");
}

QString MemberKeyFiles::publicPath(const QString& member)
{
    return fileStem(member) + QStringLiteral(".pub.pem");
}

bool MemberKeyFiles::exists(const QString& member)
{
    return QFile::exists(privatePath(member));
}

MemberKey MemberKeyFiles::create(const QString& member, const QByteArray& passphrase, bool replace)
{
    MemberKey key = MemberKey::generate();
    write(member, key, passphrase, replace);
    return key;
}

void MemberKeyFiles::write(const QString& member, const MemberKey& key, const QByteArray& passphrase, bool replace)
{
    if (member.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("give the member's name."));
    const QByteArray encrypted = key.encryptedPem(passphrase);
    const QString dir = directory();
    if (!QDir().mkpath(dir))
        throw AuditError(ErrorCode::Io, tr("%1: cannot make the key folder.").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = privatePath(member);
    if (QFile::exists(path)) {
        if (!replace)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: %2 already has a key on this machine; rotate it instead (member key rotate).")
                                 .arg(path, member));
        const QString aside = path + u'.' + Clock::now().toUTC().toString(QStringLiteral("yyyyMMddThhmmssZ"));
        if (!QFile::rename(path, aside))
            throw AuditError(ErrorCode::Io, tr("%1: cannot keep the old key aside.").arg(path));
    }
    for (const auto& [file, bytes] :
         { std::pair { path, encrypted }, std::pair { publicPath(member), key.publicPem() } }) {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            throw AuditError(ErrorCode::Io, tr("%1: cannot write: %2").arg(file, f.errorString()));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(bytes);
        if (!f.commit())
            throw AuditError(ErrorCode::Io, tr("%1: cannot write: %2").arg(file, f.errorString()));
    }
}

MemberKey MemberKeyFiles::unlock(const QString& member, const QByteArray& passphrase)
{
    const QString path = privatePath(member);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::NotFound,
                         tr("%1 has no key on this machine (%2); make one with: ismapctl member key create --as %1, "
                            "and have the engagement lead register its public key.")
                             .arg(member, path));
    return MemberKey::fromEncryptedPem(f.read(1 << 16), passphrase, path);
}

} // namespace ismap
