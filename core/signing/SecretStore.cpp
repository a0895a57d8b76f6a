#include "signing/SecretStore.h"

#include "common/AuditError.h"
#include "signing/Pkcs12.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

namespace ismap {

QString SecretStore::keyIdFor(const QString& pkcs12Path)
{
    const QString fp = Pkcs12::fingerprint(pkcs12Path);
    return fp.isEmpty() ? QString() : QStringLiteral("pkcs12:") + fp;
}

std::optional<QByteArray> FakeSecretStore::readPassphrase(const QString& keyId)
{
    const auto it = m_secrets.constFind(keyId);
    if (it == m_secrets.cend())
        return std::nullopt;
    return *it;
}

void FakeSecretStore::writePassphrase(const QString& keyId, const QByteArray& passphrase)
{
    m_secrets.insert(keyId, passphrase);
}

void FakeSecretStore::removePassphrase(const QString& keyId)
{
    m_secrets.remove(keyId);
}

namespace {

/// Runs @p job to the end in a local event loop and returns its error.
QKeychain::Error runBlocking(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    // The job may finish synchronously on some back ends: queue the start behind the loop.
    QTimer::singleShot(0, &job, [&job] { job.start(); });
    loop.exec();
    return job.error();
}

bool worthRetrying(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError;
}

template<class MakeJob> QKeychain::Error runWithRetry(const MakeJob& makeJob, QString* errorText)
{
    QKeychain::Error e = QKeychain::NoError;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto job = makeJob();
        e = runBlocking(*job);
        *errorText = job->errorString();
        if (!worthRetrying(e))
            break;
        QThread::msleep(500); // the secret service may still be starting (first login, D-Bus activation)
    }
    return e;
}

[[noreturn]] void fail(const QString& what, const QString& detail)
{
    throw AuditError(ErrorCode::Io, KeychainSecretStore::tr("The keychain could not %1 (%2).").arg(what, detail));
}

} // namespace

std::optional<QByteArray> KeychainSecretStore::readPassphrase(const QString& keyId)
{
    QByteArray data;
    QString errorText;
    const QKeychain::Error e = runWithRetry(
        [&] {
            auto job = std::make_unique<QKeychain::ReadPasswordJob>(QString::fromLatin1(kService));
            job->setKey(keyId);
            QObject::connect(job.get(), &QKeychain::Job::finished, job.get(),
                             [&data, j = job.get()] { data = j->binaryData(); });
            return job;
        },
        &errorText);
    if (e == QKeychain::EntryNotFound)
        return std::nullopt;
    if (e != QKeychain::NoError)
        fail(tr("read the passphrase"), errorText);
    return data;
}

void KeychainSecretStore::writePassphrase(const QString& keyId, const QByteArray& passphrase)
{
    QString errorText;
    const QKeychain::Error e = runWithRetry(
        [&] {
            auto job = std::make_unique<QKeychain::WritePasswordJob>(QString::fromLatin1(kService));
            job->setKey(keyId);
            job->setBinaryData(passphrase);
            return job;
        },
        &errorText);
    if (e != QKeychain::NoError)
        fail(tr("store the passphrase"), errorText);
}

void KeychainSecretStore::removePassphrase(const QString& keyId)
{
    QString errorText;
    const QKeychain::Error e = runWithRetry(
        [&] {
            auto job = std::make_unique<QKeychain::DeletePasswordJob>(QString::fromLatin1(kService));
            job->setKey(keyId);
            return job;
        },
        &errorText);
    if (e != QKeychain::NoError && e != QKeychain::EntryNotFound)
        fail(tr("forget the passphrase"), errorText);
}

namespace {

/// Holds a passphrase and overwrites it when done.
struct Secret
{
    QByteArray bytes;
    ~Secret()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace

Pkcs12 unlockPkcs12(const QString& path, const PassphraseSources& sources)
{
    if (Pkcs12::opensWithoutPassphrase(path))
        return Pkcs12::load(path, {});
    const QString keyId = SecretStore::keyIdFor(path);
    if (keyId.isEmpty())
        return Pkcs12::load(path, {}); // unreadable: load() says why
    if (sources.store && sources.useStored) {
        if (auto stored = sources.store->readPassphrase(keyId)) {
            Secret secret { std::move(*stored) };
            try {
                return Pkcs12::load(path, secret.bytes);
            } catch (const AuditError&) {
                if (!sources.ask)
                    throw;
                sources.store->removePassphrase(keyId); // stale: the file was re-exported with another one
            }
        } else if (!sources.ask) {
            throw AuditError(ErrorCode::NotFound,
                             KeychainSecretStore::tr("%1: no passphrase is remembered in the "
                                                     "keychain for this file.")
                                 .arg(path));
        }
    }
    if (!sources.ask)
        throw AuditError(ErrorCode::InvalidInput, Pkcs12::tr("%1: the PKCS#12 file needs a passphrase.").arg(path));
    auto asked = sources.ask();
    if (!asked)
        throw AuditError(ErrorCode::Cancelled, Pkcs12::tr("%1: no passphrase given.").arg(path));
    Secret secret { std::move(*asked) };
    Pkcs12 identity = Pkcs12::load(path, secret.bytes);
    if (sources.store && sources.remember)
        sources.store->writePassphrase(keyId, secret.bytes);
    return identity;
}

} // namespace ismap
