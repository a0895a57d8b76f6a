// SecretStore behind the passphrase: asked once, remembered on request, never needed for an empty one.
#include "SigningFixtures.h"
#include "TestSupport.h"
#include "common/AuditError.h"
#include "common/Sha256.h"
#include "signing/Pkcs12.h"
#include "signing/SecretStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ismap;

class TstSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString pki(const char* name) const { return m_dir.filePath(QStringLiteral("pki/") + QLatin1String(name)); }
    /// An ask() that counts its calls and answers @p answer.
    static std::function<std::optional<QByteArray>()> asker(int& calls, std::optional<QByteArray> answer)
    {
        return [&calls, answer] {
            ++calls;
            return answer;
        };
    }

private slots:
    void initTestCase();
    void fakeStoreReadsWritesRemoves();
    void keyIdIsTheFileFingerprint();
    void askedOnceThenRemembered();
    void notRememberedUnlessAsked();
    void emptyPassphraseNeverAsksNorStores();
    void wrongAnswerStoresNothing();
    void staleRememberedPassphraseIsReplaced();
    void cancelledAndNoSource();
};

void TstSecretStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::makeTestPki(m_dir.filePath(QStringLiteral("pki"))));
}

void TstSecretStore::fakeStoreReadsWritesRemoves()
{
    FakeSecretStore store;
    QVERIFY(!store.readPassphrase(QStringLiteral("k")).has_value());
    store.writePassphrase(QStringLiteral("k"), "secret");
    QCOMPARE(store.readPassphrase(QStringLiteral("k")).value_or("none"), QByteArray("secret"));
    store.writePassphrase(QStringLiteral("k"), "other");
    QCOMPARE(store.readPassphrase(QStringLiteral("k")).value_or("none"), QByteArray("other"));
    store.removePassphrase(QStringLiteral("k"));
    QVERIFY(!store.readPassphrase(QStringLiteral("k")).has_value());
    store.removePassphrase(QStringLiteral("never stored"));
    QCOMPARE(store.size(), 0);
}

void TstSecretStore::keyIdIsTheFileFingerprint()
{
    const QString id = SecretStore::keyIdFor(pki("signer.p12"));
    QCOMPARE(id, QStringLiteral("pkcs12:") + Sha256::hex(test::fileBytes(pki("signer.p12"))));
    QVERIFY(id != SecretStore::keyIdFor(pki("signer-nopass.p12")));
    QVERIFY(SecretStore::keyIdFor(pki("absent.p12")).isEmpty());
}

void TstSecretStore::askedOnceThenRemembered()
{
    FakeSecretStore store;
    int calls = 0;
    PassphraseSources sources { &store, true, true, asker(calls, QByteArray("test-pass")) };
    QCOMPARE(unlockPkcs12(pki("signer.p12"), sources).signerCommonName(), QStringLiteral("Test Signer"));
    QCOMPARE(calls, 1);
    QCOMPARE(store.readPassphrase(SecretStore::keyIdFor(pki("signer.p12"))).value_or("none"), QByteArray("test-pass"));
    QCOMPARE(unlockPkcs12(pki("signer.p12"), sources).signerCommonName(), QStringLiteral("Test Signer"));
    QCOMPARE(calls, 1);
    // Without a way to ask, the remembered passphrase alone opens it.
    QCOMPARE(unlockPkcs12(pki("signer.p12"), { &store, true, false, {} }).signerCommonName(),
             QStringLiteral("Test Signer"));
}

void TstSecretStore::notRememberedUnlessAsked()
{
    FakeSecretStore store;
    int calls = 0;
    unlockPkcs12(pki("signer.p12"), { &store, true, false, asker(calls, QByteArray("test-pass")) });
    QCOMPARE(calls, 1);
    QCOMPARE(store.size(), 0);
    // useStored = false: a remembered passphrase is not read.
    store.writePassphrase(SecretStore::keyIdFor(pki("signer.p12")), "test-pass");
    unlockPkcs12(pki("signer.p12"), { &store, false, false, asker(calls, QByteArray("test-pass")) });
    QCOMPARE(calls, 2);
}

void TstSecretStore::emptyPassphraseNeverAsksNorStores()
{
    FakeSecretStore store;
    int calls = 0;
    unlockPkcs12(pki("signer-nopass.p12"), { &store, true, true, asker(calls, QByteArray("whatever")) });
    QCOMPARE(calls, 0);
    QCOMPARE(store.size(), 0);
    unlockPkcs12(pki("signer-nopass.p12"), {});
}

void TstSecretStore::wrongAnswerStoresNothing()
{
    FakeSecretStore store;
    int calls = 0;
    try {
        unlockPkcs12(pki("signer.p12"), { &store, true, true, asker(calls, QByteArray("wrong")) });
        QFAIL("a wrong passphrase should be refused");
    } catch (const AuditError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("wrong passphrase")), qPrintable(e.message()));
    }
    QCOMPARE(store.size(), 0);
}

void TstSecretStore::staleRememberedPassphraseIsReplaced()
{
    FakeSecretStore store;
    const QString id = SecretStore::keyIdFor(pki("signer.p12"));
    store.writePassphrase(id, "stale");
    int calls = 0;
    unlockPkcs12(pki("signer.p12"), { &store, true, true, asker(calls, QByteArray("test-pass")) });
    QCOMPARE(calls, 1);
    QCOMPARE(store.readPassphrase(id).value_or("none"), QByteArray("test-pass"));
    // With nobody to ask, a stale passphrase is an error, not a silent deletion.
    store.writePassphrase(id, "stale");
    QVERIFY_THROWS_EXCEPTION(AuditError, unlockPkcs12(pki("signer.p12"), { &store, true, false, {} }));
    QCOMPARE(store.readPassphrase(id).value_or("none"), QByteArray("stale"));
}

void TstSecretStore::cancelledAndNoSource()
{
    FakeSecretStore store;
    int calls = 0;
    try {
        unlockPkcs12(pki("signer.p12"), { &store, true, true, asker(calls, std::nullopt) });
        QFAIL("cancel should stop");
    } catch (const AuditError& e) {
        QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
    try {
        unlockPkcs12(pki("signer.p12"), { &store, true, false, {} });
        QFAIL("nothing remembered, nobody to ask");
    } catch (const AuditError& e) {
        QCOMPARE(e.code(), ErrorCode::NotFound);
        QVERIFY2(e.message().contains(QStringLiteral("signer.p12")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(AuditError, unlockPkcs12(pki("signer.p12"), {}));
}

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
