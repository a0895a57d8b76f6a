// Engagement → Member keys…: a new member creates their key on their machine (the passphrase asked twice), the lead
// registers its public key after a confirmation showing its fingerprint (no registration when declined, none by a
// member who is not the lead), the member rotates and revokes it — each through the engine, trailed, shown in the
// dialog's table.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagementview/MemberKeysDialog.h"
#include "shell/EngagementMenu.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "trail/Trail.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {

const QString kNew = QStringLiteral("新人 花子");

/// The table's rows as "member | status | fingerprint".
QStringList rows(QTreeWidget* table)
{
    QStringList out;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* r = table->topLevelItem(i);
        out << r->text(0) + QStringLiteral(" | ") + r->text(1) + QStringLiteral(" | ") + r->text(2);
    }
    return out;
}

qint64 trailRows(Workbook& wb, const char* action)
{
    Query q = wb.db().prepare("SELECT count(*) FROM trail WHERE action = ?");
    q.bind(1, QString::fromLatin1(action));
    q.step();
    return q.int64(0);
}

} // namespace

class TestMemberKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        Language::apply(QStringLiteral("en"));
    }

    void createRegisterRotateRevoke()
    {
        auto t = test::makeWorkbook(); // keys for the team in a temporary ISMAP_KEY_DIR, registered by the lead
        Workbook& wb = *t->wb;
        {
            Transaction tx(wb.db());
            wb.addMember(kNew, Role::Staff);
            tx.commit();
        }
        QVERIFY(!MemberKeyFiles::exists(kNew));

        // The new member makes their key on their machine.
        test::actAs(wb, kNew);
        MemberKeysDialog dialog(wb);
        QVERIFY(dialog.findChild<QPushButton*>() != nullptr);
        const int registered = dialog.table()->topLevelItemCount();
        QCOMPARE(registered, 4);
        QVERIFY(dialog.createOwnKey());
        QVERIFY(MemberKeyFiles::exists(kNew));
        const MemberKey made = MemberKeyFiles::unlock(kNew, test::kUiPassphrase);
        QVERIFY2(Messages::lastMessage().contains(MemberKey::grouped(made.fingerprint())),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(!MemberKeys::activeKey(wb, kNew)); // made, not registered yet
        QVERIFY(!dialog.createOwnKey()); // a second key on the same machine is refused
        QVERIFY(Messages::lastMessage().contains(QStringLiteral("rotate")));

        // A member who is not the lead cannot register it: the engine refuses, nothing changes.
        wb.setActor(QStringLiteral("staff1"));
        QVERIFY(!dialog.registerKey(kNew, MemberKeyFiles::publicPath(kNew)));
        QVERIFY(!MemberKeys::activeKey(wb, kNew));

        // The lead sees the fingerprint first; declining registers nothing.
        wb.setActor(QStringLiteral("lead"));
        Messages::setCapture(true, false);
        QVERIFY(!dialog.registerKey(kNew, MemberKeyFiles::publicPath(kNew)));
        QVERIFY(Messages::lastMessage().contains(MemberKey::grouped(made.fingerprint())));
        QVERIFY(!MemberKeys::activeKey(wb, kNew));
        Messages::setCapture(true, true);
        const qint64 registers = trailRows(wb, "member_key.register");
        QVERIFY(dialog.registerKey(kNew, MemberKeyFiles::publicPath(kNew)));
        const auto active = MemberKeys::activeKey(wb, kNew);
        QVERIFY(active);
        QCOMPARE(active->fingerprint, made.fingerprint());
        QCOMPARE(active->registeredBy, QStringLiteral("lead"));
        QCOMPARE(trailRows(wb, "member_key.register"), registers + 1);
        QVERIFY2(rows(dialog.table())
                     .contains(kNew + QStringLiteral(" | active | ") + MemberKey::grouped(made.fingerprint())),
                 qPrintable(rows(dialog.table()).join(u'\n')));
        // A file that is no public key is named and registers nothing.
        QVERIFY(
            !dialog.registerKey(QStringLiteral("staff2"), test::dataPath(QStringLiteral("member_key_garbage.pem"))));
        QVERIFY(Messages::lastMessage().contains(QStringLiteral("member_key_garbage.pem")));

        // The member rotates their key: the old one ends, a new one is active, the key file holds the new one.
        test::actAs(wb, kNew);
        QVERIFY(dialog.rotateOwnKey());
        const QList<RegisteredKey> keys = MemberKeys::keys(wb, kNew);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).status, QStringLiteral("rotated"));
        QVERIFY(keys.at(1).active());
        QVERIFY(keys.at(1).fingerprint != made.fingerprint());
        QCOMPARE(MemberKeyFiles::unlock(kNew, test::kUiPassphrase).fingerprint(), keys.at(1).fingerprint);
        QCOMPARE(trailRows(wb, "member_key.rotate"), 1);
        QVERIFY(rows(dialog.table())
                    .contains(kNew + QStringLiteral(" | rotated | ") + MemberKey::grouped(made.fingerprint())));

        // Revoking needs a reason; then the key is revoked, trailed, and shown so.
        QVERIFY(!dialog.revokeKey(kNew, QString()));
        QVERIFY(MemberKeys::activeKey(wb, kNew));
        QVERIFY(dialog.revokeKey(kNew, QStringLiteral("ノートPCを紛失")));
        QVERIFY(!MemberKeys::activeKey(wb, kNew));
        QCOMPARE(MemberKeys::keys(wb, kNew).at(1).status, QStringLiteral("revoked"));
        QCOMPARE(MemberKeys::keys(wb, kNew).at(1).endReason, QStringLiteral("ノートPCを紛失"));
        QCOMPARE(trailRows(wb, "member_key.revoke"), 1);
        QVERIFY(rows(dialog.table())
                    .contains(kNew + QStringLiteral(" | revoked | ") + MemberKey::grouped(keys.at(1).fingerprint)));
        QVERIFY(Trail::verify(wb.db()) == std::nullopt);
        dialog.show();
        test::saveScreenshot(dialog, QStringLiteral("member-keys-en.png"));
        Language::apply(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        test::saveScreenshot(dialog, QStringLiteral("member-keys-ja.png"));
        Language::apply(QStringLiteral("en"));
    }

    void reachableFromTheEngagementMenu()
    {
        auto t = test::makeWorkbook();
        const QString path = t->path;
        t->wb.reset();
        MainWindow w;
        QVERIFY(w.openWorkbook(path, QStringLiteral("lead")));
        QAction* keys = w.engagementMenu()->memberKeysAction();
        QVERIFY(keys);
        QVERIFY(keys->isEnabled());
    }
};

QTEST_MAIN(TestMemberKeys)
#include "tst_memberkeysdialog.moc"
