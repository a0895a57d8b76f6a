#include "signing/SecretStore.h"

#include "common/AuditError.h"
#include "signing/Pkcs12.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
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

} // namespace ismap
