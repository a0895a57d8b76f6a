// Member keys and signed actions (issue 14, points 1-3): a key is made, encrypted and read back only with its
// passphrase; the lead alone registers it; rotation and revocation bound its validity; every sign-off, note
// resolution, finalisation and unlock is signed and `verify` names a forged, altered, copied or replayed one; the
// review chain's segregation (own work, quality reviewer, lead) is refused by the engine with nothing changed.
#include "FieldworkFixture.h"
#include "common/Clock.h"
#include "engagement/Verifier.h"
#include "fieldwork/Review.h"
#include "trail/Trail.h"
#include "workbook/MemberKeys.h"

#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace ismap;

namespace {

const QString kItem = QStringLiteral("5.1.1");

void expectRefused(test::TempWorkbook& t, ErrorCode code, const QString& text, const std::function<void()>& action)
{
    const QString digest = test::fileDigest(t.path);
    const qint64 trail = Trail::count(t.wb->db());
    try {
        action();
        QFAIL("the action should have been refused");
    } catch (const AuditError& e) {
        QVERIFY2(e.message().contains(text), qPrintable(e.message()));
        QCOMPARE(int(e.code()), int(code));
    }
    QCOMPARE(Trail::count(t.wb->db()), trail);
    QCOMPARE(test::fileDigest(t.path), digest);
}

QStringList verifyProblems(test::TempWorkbook& t)
{
    t.reopen();
    return Verifier(*t.wb).run().problems;
}

bool anyContains(const QStringList& list, const QString& a, const QString& b)
{
    for (const QString& s : list)
        if (s.contains(a) && s.contains(b))
            return true;
    return false;
}

/// Item 5.1.1 prepared by staff1 and reviewed by the reviewer, signed.
void prepareAndReview(test::FieldworkBook& t)
{
    t.completeSteps(kItem);
    Review::signOff(*t.wb, kItem);
    t.as("reviewer");
    Review::signOff(*t.wb, kItem);
}

} // namespace

class TestMemberKeys : public QObject
{
    Q_OBJECT

private slots:
    void keyIsEncryptedAndSigns()
    {
        const MemberKey key = MemberKey::generate();
        const QByteArray pem = key.encryptedPem("correct horse");
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!pem.contains(key.publicPem().mid(27, 20))); // the public half is not written in clear either
        QVERIFY_THROWS_EXCEPTION(AuditError, MemberKey::fromEncryptedPem(pem, "wrong", QStringLiteral("k.pem")));
        QVERIFY_THROWS_EXCEPTION(AuditError, key.encryptedPem(QByteArray()));
        const MemberKey back = MemberKey::fromEncryptedPem(pem, "correct horse", QStringLiteral("k.pem"));
        QCOMPARE(back.fingerprint(), key.fingerprint());
        QCOMPARE(key.fingerprint().size(), 64);
        const QByteArray sig = back.sign("payload");
        QCOMPARE(sig.size(), 64);
        const MemberKey pub = MemberKey::fromPublicPem(key.publicPem(), QStringLiteral("k.pub"));
        QVERIFY(!pub.hasPrivate());
        QVERIFY(pub.verify("payload", sig));
        QVERIFY(!pub.verify("payloaD", sig));
        QVERIFY(!MemberKey::fromPublicPem(MemberKey::generate().publicPem(), {}).verify("payload", sig));
        QCOMPARE(MemberKey::grouped(QStringLiteral("abcd1234ef")), QStringLiteral("abcd 1234 ef"));
        // A clear private key or an RSA key is refused.
        QVERIFY_THROWS_EXCEPTION(AuditError, MemberKey::fromEncryptedPem("-----BEGIN PRIVATE KEY-----\n", "x", {}));
        QVERIFY_THROWS_EXCEPTION(AuditError, MemberKey::fromPublicPem("garbage", {}));
    }

    void keyFilesStayEncrypted()
    {
        QTemporaryDir dir;
        qputenv("ISMAP_KEY_DIR", dir.path().toUtf8());
        const MemberKey key = MemberKeyFiles::create(QStringLiteral("山田 太郎"), "s3cret");
        QFile f(MemberKeyFiles::privatePath(QStringLiteral("山田 太郎")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!bytes.contains("s3cret"));
        QCOMPARE(int(f.permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);
        QVERIFY_THROWS_EXCEPTION(AuditError, MemberKeyFiles::create(QStringLiteral("山田 太郎"), "s3cret"));
        QCOMPARE(MemberKeyFiles::unlock(QStringLiteral("山田 太郎"), "s3cret").fingerprint(), key.fingerprint());
        QVERIFY_THROWS_EXCEPTION(AuditError, MemberKeyFiles::unlock(QStringLiteral("山田 太郎"), "nope"));
        qunsetenv("ISMAP_KEY_DIR");
    }

    void onlyTheLeadRegisters()
    {
        test::TempWorkbook t;
        {
            Transaction tx(t.wb->db());
            t.wb->addMember(QStringLiteral("lead"), Role::Lead);
            t.wb->addMember(QStringLiteral("staff1"), Role::Staff);
            tx.commit();
        }
        const MemberKey key = MemberKey::generate();
        t.wb->setActor(QStringLiteral("staff1"));
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("only the engagement lead"),
                      [&] { MemberKeys::registerKey(*t.wb, QStringLiteral("staff1"), key.publicPem(), {}); });
        t.wb->setActor(QStringLiteral("lead"));
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("not a PEM public key"),
                      [&] { MemberKeys::registerKey(*t.wb, QStringLiteral("staff1"), key.encryptedPem("x"), {}); });
        const RegisteredKey k = MemberKeys::registerKey(*t.wb, QStringLiteral("staff1"), key.publicPem(), {});
        QCOMPARE(k.fingerprint, key.fingerprint());
        QVERIFY(k.active());
        QCOMPARE(k.registeredBy, QStringLiteral("lead"));
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("already has a registered key"),
                      [&] { MemberKeys::registerKey(*t.wb, QStringLiteral("staff1"), key.publicPem(), {}); });
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("registered before"),
                      [&] { MemberKeys::registerKey(*t.wb, QStringLiteral("lead"), key.publicPem(), {}); });
    }

    void signOffNeedsTheRegisteredUnlockedKey()
    {
        test::FieldworkBook t;
        t.completeSteps(kItem);
        const MemberKey registered = t.wb->unlockedKey(QStringLiteral("staff1"));
        t.wb->addUnlockedKey(QStringLiteral("staff1"), MemberKey());
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("not unlocked"), [&] { Review::signOff(*t.wb, kItem); });
        t.wb->addUnlockedKey(QStringLiteral("staff1"), MemberKey::generate());
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("is not the key registered"),
                      [&] { Review::signOff(*t.wb, kItem); });
        t.wb->addUnlockedKey(QStringLiteral("staff1"), registered);
        const SignOff s = Review::signOff(*t.wb, kItem);
        QCOMPARE(s.keyFingerprint, registered.fingerprint());
        QVERIFY(!s.signature.isEmpty());
        QVERIFY(verifyProblems(t).isEmpty());
    }

    void rotationAndRevocationBoundValidity()
    {
        Clock::setOverride([] { return QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC); });
        test::FieldworkBook t;
        t.completeSteps(kItem);
        Review::signOff(*t.wb, kItem);
        const QString oldFp = MemberKeys::activeKey(*t.wb, QStringLiteral("staff1"))->fingerprint;
        Clock::setOverride([] { return QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC); });
        const MemberKey next = MemberKey::generate();
        const RegisteredKey k = MemberKeys::rotate(*t.wb, next);
        QCOMPARE(k.fingerprint, next.fingerprint());
        const QList<RegisteredKey> keys = MemberKeys::keys(*t.wb, QStringLiteral("staff1"));
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.first().status, QStringLiteral("rotated"));
        QCOMPARE(keys.first().validUntil, QStringLiteral("2026-05-02T09:00:00.000Z"));
        QVERIFY(keys.first().validAt(QStringLiteral("2026-05-01T09:00:00.000Z")));
        QVERIFY(!keys.first().validAt(QStringLiteral("2026-05-02T09:00:00.000Z")));
        // The earlier sign-off stays valid: its key was valid when it signed.
        QVERIFY2(verifyProblems(t).isEmpty(), qPrintable(verifyProblems(t).join(u'\n')));
        // Revoked: nothing more is signed with it, by the member or anyone.
        t.as("staff2");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("only the member or the engagement lead"),
                      [&] { MemberKeys::revoke(*t.wb, QStringLiteral("staff1"), QStringLiteral("x")); });
        t.as("lead");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("reason"),
                      [&] { MemberKeys::revoke(*t.wb, QStringLiteral("staff1"), QString()); });
        MemberKeys::revoke(*t.wb, QStringLiteral("staff1"), QStringLiteral("laptop lost"));
        t.as("staff1");
        t.completeSteps(QStringLiteral("5.1.2"));
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("was revoked"),
                      [&] { Review::signOff(*t.wb, QStringLiteral("5.1.2")); });
        Clock::setOverride({});
        // A signature dated after its key's end is named by verify.
        t.wb->db().exec(QStringLiteral("UPDATE member_key SET valid_until = '2026-04-01T00:00:00.000Z', "
                                       "status = 'revoked' WHERE fingerprint = '%1'")
                            .arg(oldFp));
        QVERIFY(anyContains(verifyProblems(t), QStringLiteral("preparer by staff1"), QStringLiteral("revoked")));
    }

    void verifyNamesForgedAlteredCopiedReplayed()
    {
        test::FieldworkBook t;
        prepareAndReview(t);
        t.as("staff1");
        t.completeSteps(QStringLiteral("5.1.2"));
        QVERIFY(verifyProblems(t).isEmpty());
        // (verifyProblems() reopens the workbook: t.wb->db() each time.)
        // Inserted without a key.
        t.wb->db().exec(
            "INSERT INTO signoff(item_id, role, member_id, at, content_hash) SELECT '5.1.2', 'preparer', id, "
            "'2026-01-01T00:00:00.000Z', 'x' FROM team_member WHERE name = 'staff2'");
        QVERIFY(anyContains(verifyProblems(t), QStringLiteral("item 5.1.2, preparer by staff2"),
                            QStringLiteral("not signed")));
        t.wb->db().exec("DELETE FROM signoff WHERE item_id = '5.1.2'");
        // Copied from another item with its signature.
        t.wb->db().exec("INSERT INTO signoff(item_id, role, member_id, at, content_hash, signature, key_fingerprint) "
                        "SELECT '5.1.2', role, member_id, at, content_hash, signature, key_fingerprint FROM signoff "
                        "WHERE item_id = '5.1.1' AND role = 'preparer'");
        QVERIFY(anyContains(verifyProblems(t), QStringLiteral("item 5.1.2, preparer by staff1"),
                            QStringLiteral("does not match")));
        t.wb->db().exec("DELETE FROM signoff WHERE item_id = '5.1.2'");
        // Edited: another signer.
        t.wb->db().exec("UPDATE signoff SET member_id = (SELECT id FROM team_member WHERE name = 'staff2') "
                        "WHERE item_id = '5.1.1' AND role = 'preparer'");
        QVERIFY(anyContains(verifyProblems(t), QStringLiteral("preparer by staff2"), QStringLiteral("not staff2's")));
        t.wb->db().exec("UPDATE signoff SET member_id = (SELECT id FROM team_member WHERE name = 'staff1') "
                        "WHERE item_id = '5.1.1' AND role = 'preparer'");
        // Replayed on changed content: the hash re-pointed, the old signature kept.
        t.wb->db().exec(
            QStringLiteral("UPDATE signoff SET content_hash = '%1' WHERE role = 'reviewer'").arg(QString(64, u'0')));
        QVERIFY(
            anyContains(verifyProblems(t), QStringLiteral("reviewer by reviewer"), QStringLiteral("does not match")));
    }

    void segregationOfTheReviewChain()
    {
        test::FieldworkBook t;
        {
            Transaction tx(t.wb->db());
            t.wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
            tx.commit();
        }
        test::giveKeys(*t.wb);
        t.completeSteps(kItem);
        Review::signOff(*t.wb, kItem);
        // The quality reviewer neither records results nor signs items.
        t.as("qr");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("quality reviewer"), [&] { t.completeSteps(kItem); });
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("quality reviewer"),
                      [&] { Review::signOff(*t.wb, kItem); });
        // A reviewer recording a result is told what it voids, refused without consent, then becomes a preparer.
        t.as("reviewer");
        const qint64 step = Procedures::steps(*t.wb, kItem).first().id;
        QCOMPARE(Review::wouldVoid(*t.wb, kItem).size(), 1);
        QVERIFY(Review::voidWarning(*t.wb, kItem).contains(QStringLiteral("staff1's")));
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("voids staff1's"),
                      [&] { Procedures::setResult(*t.wb, step, StepResult::NoException, QStringLiteral("re-done")); });
        Procedures::setResult(*t.wb, step, StepResult::NoException, QStringLiteral("re-done"), VoidConsent::Confirmed);
        QVERIFY(Review::signOffs(*t.wb, kItem, false).isEmpty());
        t.as("staff1");
        Review::signOff(*t.wb, kItem);
        t.as("reviewer");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("one of its preparers"),
                      [&] { Review::signOff(*t.wb, kItem); });
        // Engagement sign-offs: the quality reviewer after the lead; nobody else.
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("sign the engagement off"),
                      [&] { Review::signOffEngagement(*t.wb); });
        t.as("qr");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("lead has not signed"),
                      [&] { Review::signOffEngagement(*t.wb); });
        t.as("lead");
        QCOMPARE(Review::signOffEngagement(*t.wb).role, SignOffRole::Lead);
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("already signed off"),
                      [&] { Review::signOffEngagement(*t.wb); });
        t.as("qr");
        QCOMPARE(Review::signOffEngagement(*t.wb).role, SignOffRole::QualityReviewer);
        QCOMPARE(Review::engagementSignOffs(*t.wb, false).size(), 2);
        QVERIFY(verifyProblems(t).isEmpty());
        // A later item sign-off changes what they signed: both are voided, trailed.
        t.as("staff1");
        t.completeSteps(QStringLiteral("5.1.2"));
        Review::signOff(*t.wb, QStringLiteral("5.1.2"));
        QVERIFY(Review::engagementSignOffs(*t.wb, false).isEmpty());
        QCOMPARE(Review::engagementSignOffs(*t.wb, true).size(), 2);
        QVERIFY(verifyProblems(t).isEmpty());
    }

    void resolutionFinaliseAndUnlockAreSigned()
    {
        test::FieldworkBook t;
        t.as("reviewer");
        const ReviewNote n = Review::addNote(*t.wb, kItem, QStringLiteral("承認日は？"));
        const ReviewNote r = Review::resolveNote(*t.wb, n.id, QStringLiteral("追記した"));
        QVERIFY(!r.resolutionSignature.isEmpty());
        t.as("lead");
        Review::finalise(*t.wb);
        Review::unlock(*t.wb, QStringLiteral("correction"));
        QCOMPARE(t.wb->db().scalar("SELECT count(*) FROM lock_signature").toInt(), 2);
        QVERIFY(verifyProblems(t).isEmpty());
        t.wb->db().exec("UPDATE review_note SET resolution = 'something else'");
        QVERIFY(anyContains(verifyProblems(t), QStringLiteral("review note"), QStringLiteral("does not match")));
        t.wb->db().exec("UPDATE lock_signature SET at = '2020-01-01T00:00:00.000Z' WHERE action = 'unlock'");
        QVERIFY(anyContains(verifyProblems(t), QStringLiteral("unlock"), QStringLiteral("outside the key's validity")));
    }
};

QTEST_GUILESS_MAIN(TestMemberKeys)
#include "tst_memberkeys.moc"
