// Who may do what is asked of the engine, never worked out by a front end (issue 11, point 3): each refusal
// function says, in the action's own words, why the action would be refused now, and is empty exactly when the
// action goes ahead — making a replica (the lead, on the origin), changing the scope (the lead), editing the
// statement's content (any member while the engagement is open) — and the engagement sign-offs a final report needs
// are one list that the issuance check names gaps from.
#include "FieldworkFixture.h"
#include "engagement/IssuanceCheck.h"
#include "fieldwork/Review.h"
#include "replication/Replication.h"

#include <QtTest>

using namespace ismap;
using test::expectRefused;

namespace {

/// The message @p action throws, or empty when it goes ahead.
QString refusalOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const AuditError& e) {
        return e.message();
    }
    return {};
}

/// Reopens @p t's workbook read-only, acting as @p member.
void reopenReadOnly(test::FieldworkBook& t, const char* member)
{
    t.wb.reset();
    t.wb = Workbook::open(t.path, Workbook::Mode::ReadOnly);
    t.as(member);
}

} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT

private slots:
    void aReplicaIsMadeByTheLeadOnTheOrigin()
    {
        test::FieldworkBook t;
        const QString copy = t.dir.filePath(QStringLiteral("staff1.ismapwb"));
        auto create = [&] {
            Replication::createReplica(*t.wb, copy, QStringLiteral("staff1"));
        };

        t.as("staff1");
        const QString staff = Replication::createRefusal(*t.wb);
        QVERIFY2(staff.contains(QStringLiteral("only the lead makes replicas")), qPrintable(staff));
        expectRefused(t, ErrorCode::Forbidden, staff, create);
        QVERIFY(!QFileInfo::exists(copy));

        t.wb->setActor({});
        const QString nobody = Replication::createRefusal(*t.wb);
        QVERIFY2(nobody.contains(QStringLiteral("no team member is working")), qPrintable(nobody));
        expectRefused(t, ErrorCode::Forbidden, nobody, create);

        t.as("lead");
        QCOMPARE(Replication::createRefusal(*t.wb), QString());
        create();
        QVERIFY(QFileInfo::exists(copy));

        // On the replica, even the lead makes none: replicas come from the origin.
        auto replica = Workbook::open(copy);
        replica->setActor(QStringLiteral("lead"));
        const QString onReplica = Replication::createRefusal(*replica);
        QVERIFY2(onReplica.contains(QStringLiteral("this is replica 1")), qPrintable(onReplica));
        QCOMPARE(refusalOf([&] {
                     Replication::createReplica(*replica, t.dir.filePath(QStringLiteral("x.ismapwb")),
                                                QStringLiteral("staff2"));
                 }),
                 onReplica);
        replica.reset();

        reopenReadOnly(t, "lead");
        const QString readOnly = Replication::createRefusal(*t.wb);
        QVERIFY2(readOnly.contains(QStringLiteral("read-only")), qPrintable(readOnly));
        QCOMPARE(refusalOf(create), readOnly);
    }

    void aFinalisedEngagementMakesNoReplica()
    {
        test::FieldworkBook t;
        t.as("lead");
        Review::finalise(*t.wb);
        const QString finalised = Replication::createRefusal(*t.wb);
        QVERIFY2(finalised.contains(QStringLiteral("finalised")), qPrintable(finalised));
        expectRefused(t, ErrorCode::Finalised, finalised, [&] {
            Replication::createReplica(*t.wb, t.dir.filePath(QStringLiteral("c.ismapwb")), QStringLiteral("staff1"));
        });
    }

    void theScopeIsTheLeads()
    {
        test::FieldworkBook t;
        auto change = [&] {
            t.wb->setScope(QStringLiteral("IaaS（東京リージョン）"));
        };
        for (const char* member : { "staff1", "reviewer" }) {
            t.as(member);
            const QString refusal = t.wb->scopeRefusal();
            QVERIFY2(refusal.contains(QStringLiteral("only the engagement lead changes the engagement's scope")),
                     qPrintable(refusal));
            expectRefused(t, ErrorCode::Forbidden, refusal, change);
        }
        t.wb->setActor({});
        expectRefused(t, ErrorCode::Forbidden, t.wb->scopeRefusal(), change);

        t.as("lead");
        QCOMPARE(t.wb->scopeRefusal(), QString());
        change();
        QCOMPARE(t.wb->engagement().scope, QStringLiteral("IaaS（東京リージョン）"));

        Review::finalise(*t.wb);
        const QString finalised = t.wb->scopeRefusal();
        QVERIFY2(finalised.contains(QStringLiteral("finalised")), qPrintable(finalised));
        expectRefused(t, ErrorCode::Finalised, finalised, [&] { t.wb->setScope(QStringLiteral("other")); });
    }

    void anyMemberEditsTheStatementWhileOpen()
    {
        test::FieldworkBook t;
        StatementInfo edited;
        edited.version = QStringLiteral("第2版");
        auto edit = [&] {
            StatementBook::setInfo(*t.wb, edited);
        };

        t.wb->setActor({});
        const QString nobody = StatementBook::infoRefusal(*t.wb);
        QVERIFY2(nobody.contains(QStringLiteral("no team member is working")), qPrintable(nobody));
        expectRefused(t, ErrorCode::Forbidden, nobody, edit);

        t.as("staff1");
        QCOMPARE(StatementBook::infoRefusal(*t.wb), QString());
        edit();
        QCOMPARE(StatementBook::info(*t.wb).version, QStringLiteral("第2版"));

        reopenReadOnly(t, "staff1");
        const QString readOnly = StatementBook::infoRefusal(*t.wb);
        QVERIFY2(readOnly.contains(QStringLiteral("read-only")), qPrintable(readOnly));
        QCOMPARE(refusalOf(edit), readOnly);
        QCOMPARE(t.wb->scopeRefusal(), readOnly); // the lead too, on a read-only file
    }

    void theEngagementSignOffsAFinalReportNeeds()
    {
        QStringList expected;
        for (const SignOffRole r : IssuanceCheck::requiredEngagementSignOffRoles())
            expected << FieldworkText::key(r);
        QCOMPARE(expected, (QStringList { QStringLiteral("lead"), QStringLiteral("quality_reviewer") }));

        // The check names a gap for each role of the list without a valid sign-off, in the list's order.
        test::FieldworkBook t;
        {
            Transaction tx(t.wb->db());
            t.wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
            tx.commit();
        }
        test::giveKeys(*t.wb);
        auto missing = [&] {
            QStringList out;
            for (const IssuanceGap& g : IssuanceCheck::gaps(*t.wb))
                if (g.kind == IssuanceGapKind::EngagementSignOffMissing)
                    out << g.params.join(u',');
            return out;
        };
        QCOMPARE(missing(), expected);
        t.as("lead");
        Review::signOffEngagement(*t.wb);
        QCOMPARE(missing(), expected.mid(1));
        t.as("qr");
        Review::signOffEngagement(*t.wb);
        QCOMPARE(missing(), QStringList());
    }
};

QTEST_MAIN(TestRefusals)
#include "tst_refusals.moc"
