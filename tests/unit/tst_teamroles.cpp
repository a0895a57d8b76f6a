// Changing a team member's role (issue 13): only the engagement lead; exactly one lead (a new lead is a hand-over);
// the quality reviewer outside the fieldwork team; past sign-offs kept; one transaction and one trail row per
// member changed; every refusal names the member and the rule and changes nothing.
#include "FieldworkFixture.h"
#include "engagement/Verifier.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "trail/Trail.h"

#include <QtTest>
#include <algorithm>

using namespace ismap;

namespace {

const QString kItem = QStringLiteral("5.1.1");

Role roleOf(Workbook& wb, const char* name)
{
    return wb.member(QString::fromUtf8(name))->role;
}

qint64 roleRows(Workbook& wb)
{
    return wb.db().scalar("SELECT count(*) FROM trail WHERE action = 'team.role'").toLongLong();
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void theLeadChangesARole()
    {
        test::FieldworkBook t;
        t.as("lead");
        Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Reviewer);
        QCOMPARE(roleOf(*t.wb, "staff2"), Role::Reviewer);
        QCOMPARE(roleRows(*t.wb), 1);
        Query last = t.wb->db().prepare("SELECT member, action, before, after FROM trail ORDER BY seq DESC LIMIT 1");
        QVERIFY(last.step());
        QCOMPARE(last.text(0), QStringLiteral("lead"));
        QCOMPARE(last.text(1), QStringLiteral("team.role"));
        QCOMPARE(last.text(2), QStringLiteral("staff2 (staff)"));
        QCOMPARE(last.text(3), QStringLiteral("staff2 (reviewer)"));
        t.reopen();
        QVERIFY(Verifier(*t.wb).run().problems.isEmpty());
    }

    void onlyTheLeadChangesRoles()
    {
        test::FieldworkBook t;
        t.as("reviewer");
        test::expectRefused(t, ErrorCode::Forbidden, QStringLiteral("reviewer (Reviewer) may not change the team"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Reviewer); });
        t.as("lead");
        test::expectRefused(t, ErrorCode::NotFound, QStringLiteral("nobody is not on the engagement team"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("nobody"), Role::Reviewer); });
        test::expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("staff2 is already"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Staff); });
    }

    void exactlyOneLeadAndAHandOver()
    {
        test::FieldworkBook t;
        t.as("lead");
        test::expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("lead is the engagement lead"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("lead"), Role::Staff); });
        Planning::changeRole(*t.wb, QStringLiteral("reviewer"), Role::Lead);
        QCOMPARE(roleOf(*t.wb, "reviewer"), Role::Lead);
        QCOMPARE(roleOf(*t.wb, "lead"), Role::Reviewer);
        QCOMPARE(roleRows(*t.wb), 2); // both members' rows, in one action
        int leads = 0;
        for (const TeamMember& m : t.wb->team())
            leads += m.role == Role::Lead;
        QCOMPARE(leads, 1);
        // The former lead no longer changes the team; the new one does.
        test::expectRefused(t, ErrorCode::Forbidden, QStringLiteral("only the engagement lead"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Reviewer); });
        t.as("reviewer");
        Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Reviewer);
        t.reopen();
        QVERIFY(Verifier(*t.wb).run().problems.isEmpty());
    }

    void theQualityReviewerStandsOutsideTheFieldwork()
    {
        test::FieldworkBook t;
        {
            Transaction tx(t.wb->db());
            t.wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
            tx.commit();
        }
        test::giveKeys(*t.wb);
        t.as("lead");
        // staff2 has no fieldwork yet: may become the quality reviewer, and back.
        Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::QualityReviewer);
        Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Staff);
        Planning::assign(*t.wb, { kItem }, QStringLiteral("staff2"));
        test::expectRefused(t, ErrorCode::InvalidInput,
                            QStringLiteral("staff2 cannot become the engagement quality reviewer"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::QualityReviewer); });
        test::expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("lead is the engagement lead"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("lead"), Role::QualityReviewer); });
        // A sign-off is fieldwork too (staff1 signs 5.1.2 as its preparer).
        t.as("staff1");
        t.completeSteps(QStringLiteral("5.1.2"));
        Review::signOff(*t.wb, QStringLiteral("5.1.2"));
        t.as("lead");
        test::expectRefused(t, ErrorCode::InvalidInput,
                            QStringLiteral("staff1 cannot become the engagement quality reviewer"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("staff1"), Role::QualityReviewer); });
        // The quality reviewer who signed the engagement off does not join the fieldwork team.
        Review::signOffEngagement(*t.wb);
        t.as("qr");
        Review::signOffEngagement(*t.wb);
        t.as("lead");
        test::expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("qr signed the engagement off"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("qr"), Role::Reviewer); });
        test::expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("qr signed the engagement off"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("qr"), Role::Lead); });
    }

    void pastSignOffsAreKept()
    {
        test::FieldworkBook t;
        t.completeSteps(kItem);
        Review::signOff(*t.wb, kItem);
        t.as("reviewer");
        Review::signOff(*t.wb, kItem, SignOffRole::Reviewer);
        QCOMPARE(Review::signOffs(*t.wb, kItem, false).size(), 2);
        t.as("lead");
        Planning::changeRole(*t.wb, QStringLiteral("reviewer"), Role::Staff);
        // The reviewer sign-off was given by a reviewer and stays valid: a role change voids nothing.
        const QList<SignOff> kept = Review::signOffs(*t.wb, kItem, false);
        QCOMPARE(kept.size(), 2);
        QVERIFY(std::any_of(kept.cbegin(), kept.cend(), [](const SignOff& s) {
            return s.role == SignOffRole::Reviewer && s.member == u"reviewer";
        }));
        // Their next reviewer sign-off needs the role they now lack.
        t.as("staff1");
        t.completeSteps(QStringLiteral("5.1.2"));
        Review::signOff(*t.wb, QStringLiteral("5.1.2"));
        t.as("reviewer");
        test::expectRefused(t, ErrorCode::Forbidden, QStringLiteral("reviewer (Staff) may not"),
                            [&] { Review::signOff(*t.wb, QStringLiteral("5.1.2"), SignOffRole::Reviewer); });
        t.reopen();
        QVERIFY(Verifier(*t.wb).run().problems.isEmpty());
    }

    void aFinalisedEngagementKeepsItsTeam()
    {
        test::FieldworkBook t;
        t.as("lead");
        Review::finalise(*t.wb);
        test::expectRefused(t, ErrorCode::Finalised, QStringLiteral("finalised"),
                            [&] { Planning::changeRole(*t.wb, QStringLiteral("staff2"), Role::Reviewer); });
    }
};

QTEST_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
