// Engine actions the desktop app's Engagement menu and evidence context menu call: setting an item's applicability
// (StatementIntake::setApplicability), removing evidence from the vault (EvidenceVault::remove), and why an item
// needs attention (ItemStatusBook::attentionReasons).
#include "FieldworkFixture.h"
#include "catalog/Catalog.h"
#include "common/AuditError.h"
#include "engagement/ItemStatusBook.h"
#include "engagement/StatementIntake.h"
#include "engagement/Verifier.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Requests.h"
#include "fieldwork/Review.h"

#include <QtTest>

using namespace ismap;
using namespace ismap::test;

namespace {
/// The first objective or detailed control; in the built-in criteria every one is mandatory.
QString item(Workbook& wb, bool mandatory = true)
{
    for (const CatalogItem& c : Catalog::items(wb))
        if (c.isStatementItem() && c.mandatory == mandatory)
            return c.id;
    return {};
}

int trailRows(Workbook& wb, const char* action)
{
    Query q = wb.db().prepare("SELECT count(*) FROM trail WHERE action = ?");
    q.bind(1, QString::fromLatin1(action));
    q.step();
    return int(q.int64(0));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}
} // namespace

class TestEngagementTasks : public QObject
{
    Q_OBJECT

private slots:
    void applicabilityKeepsTheEntryAndRefreshesSteps()
    {
        FieldworkBook b;
        const QString id = item(*b.wb);
        QVERIFY(!id.isEmpty());
        QVERIFY(!Procedures::steps(*b.wb, id).isEmpty());
        const QString description = StatementBook::entry(*b.wb, id)->description;
        b.as("reviewer");
        StatementIntake::setApplicability(*b.wb, { id }, Applicability::OutOfScope, QStringLiteral("not offered"));
        const StatementEntry e = *StatementBook::entry(*b.wb, id);
        QCOMPARE(e.applicability, Applicability::OutOfScope);
        QCOMPARE(e.reason, QStringLiteral("not offered"));
        QCOMPARE(e.description, description); // the CSP's description stays
        QVERIFY(Procedures::steps(*b.wb, id).isEmpty()); // out of scope: no active steps
        QCOMPARE(trailRows(*b.wb, "statement.set"), 1);
        StatementIntake::setApplicability(*b.wb, { id }, Applicability::InScope, QStringLiteral("ignored"));
        QCOMPARE(StatementBook::entry(*b.wb, id)->reason, QString()); // in scope carries no reason
        QVERIFY(!Procedures::steps(*b.wb, id).isEmpty());
        QVERIFY(Verifier(*b.wb).run().ok());
    }

    void applicabilityRefusesWhatTheStatementRuleRefuses()
    {
        FieldworkBook b;
        const QString mandatory = item(*b.wb, true);
        QVERIFY(!mandatory.isEmpty());
        b.as("reviewer");
        try {
            StatementIntake::setApplicability(*b.wb, { mandatory }, Applicability::OutOfScope, QStringLiteral("  "));
            QFAIL("a mandatory item went out of scope without a reason");
        } catch (const AuditError& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY2(e.message().contains(mandatory), qPrintable(e.message()));
        }
        QCOMPARE(StatementBook::entry(*b.wb, mandatory)->applicability, Applicability::InScope);
        try {
            StatementIntake::setApplicability(*b.wb, { QStringLiteral("99.9.9") }, Applicability::InScope, {});
            QFAIL("an unknown item was accepted");
        } catch (const AuditError& e) {
            QVERIFY(e.message().contains(QStringLiteral("99.9.9")));
        }
        b.as("staff1");
        QVERIFY_THROWS_EXCEPTION(AuditError,
                                 StatementIntake::setApplicability(*b.wb, { mandatory }, Applicability::InScope, {}));
        QCOMPARE(trailRows(*b.wb, "statement.set"), 0);
    }

    void removeTakesOnlyUnlinkedEvidence()
    {
        FieldworkBook b;
        const QString id = item(*b.wb);
        QTemporaryDir dir;
        EvidenceVault vault(*b.wb);
        const EvidenceImport a
            = vault.add({ writeFile(dir, QStringLiteral("a.txt"), "alpha"), {} }, { id, {}, {}, {} });
        // Linked: refused, naming what it is linked to; nothing changes.
        try {
            vault.remove(a.record.ref);
            QFAIL("linked evidence was removed");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(a.record.ref) && e.message().contains(id), qPrintable(e.message()));
        }
        QVERIFY(vault.find(a.record.ref));
        // Staff may not remove what someone else added.
        vault.unlink(a.record.ref, { id, {}, {}, {} });
        b.as("staff2");
        QVERIFY_THROWS_EXCEPTION(AuditError, vault.remove(a.record.ref));
        b.as("staff1");
        vault.remove(a.record.ref);
        QVERIFY(!vault.find(a.record.ref));
        QCOMPARE(trailRows(*b.wb, "evidence.remove"), 1);
        QVERIFY2(Verifier(*b.wb).run().ok(), qPrintable(Verifier(*b.wb).run().problems.join(u'\n')));
    }

    void removeRefusesEvidenceAnsweringARequestOrInAFinalisedEngagement()
    {
        FieldworkBook b;
        const QString id = item(*b.wb);
        QTemporaryDir dir;
        EvidenceVault vault(*b.wb);
        const EvidenceImport a
            = vault.add({ writeFile(dir, QStringLiteral("r.txt"), "reply"), {} }, { id, {}, {}, {} });
        Request r;
        r.itemId = id;
        r.description = QStringLiteral("the policy");
        const Request made = Requests::add(*b.wb, r);
        RequestEdit edit;
        edit.addEvidence = { a.record.ref };
        Requests::update(*b.wb, made.ref, edit);
        vault.unlink(a.record.ref, { id, {}, {}, {} });
        try {
            vault.remove(a.record.ref);
            QFAIL("evidence answering a request was removed");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(made.ref), qPrintable(e.message()));
        }
        const EvidenceImport c
            = vault.add({ writeFile(dir, QStringLiteral("c.txt"), "gamma"), {} }, { id, {}, {}, {} });
        vault.unlink(c.record.ref, { id, {}, {}, {} });
        b.as("lead");
        Review::finalise(*b.wb);
        QVERIFY_THROWS_EXCEPTION(AuditError, vault.remove(c.record.ref)); // what a signed report shows stays
        QVERIFY(vault.find(c.record.ref));
    }

    void sharedContentStaysForTheOtherRecord()
    {
        FieldworkBook b;
        const QString id = item(*b.wb);
        QTemporaryDir dir;
        EvidenceVault vault(*b.wb);
        const EvidenceImport a = vault.add({ writeFile(dir, QStringLiteral("x.txt"), "same"), {} }, { id, {}, {}, {} });
        vault.unlink(a.record.ref, { id, {}, {}, {} });
        vault.remove(a.record.ref);
        // The same content again is a new record whose content is stored again and exports whole.
        const EvidenceImport again
            = vault.add({ writeFile(dir, QStringLiteral("y.txt"), "same"), {} }, { id, {}, {}, {} });
        QVERIFY(again.record.ref != a.record.ref);
        vault.exportTo(again.record.ref, dir.filePath(QStringLiteral("out.txt")));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("out.txt"))), QByteArray("same"));
        QVERIFY(Verifier(*b.wb).run().ok());
    }

    void attentionSaysWhy()
    {
        ItemState s;
        QVERIFY(ItemStatusBook::attentionReasons(s).isEmpty());
        s.openNotes = 2;
        s.signOffVoided = true;
        s.deviationsWithoutFinding = 1;
        const QStringList why = ItemStatusBook::attentionReasons(s);
        QCOMPARE(why.size(), 3);
        QVERIFY2(why[0].contains(u'2') && why[0].contains(QStringLiteral("review note")), qPrintable(why[0]));
        QVERIFY(why[1].contains(QStringLiteral("voided")));
        QVERIFY(why[2].contains(QStringLiteral("without a finding")));
    }
};

QTEST_GUILESS_MAIN(TestEngagementTasks)
#include "tst_engagementtasks.moc"
