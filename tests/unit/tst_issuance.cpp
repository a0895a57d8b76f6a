// The issuance gate (IssuanceCheck): each kind of gap appears when its cause is there and goes when it is closed;
// recording the final report (IssuedReports) archives the engagement, refuses what it must and changes nothing then.
#include "FieldworkFixture.h"
#include "common/Sha256.h"
#include "engagement/IssuanceCheck.h"
#include "engagement/IssuedReports.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "report/ReportIssue.h"
#include "signing/DemoPki.h"
#include "trail/Trail.h"

#include <QtTest>
#include <functional>

using namespace ismap;
using test::expectRefused;

namespace {

const QString kItem = QStringLiteral("5.1.1");

/// The gaps of @p kind, as "item|params".
QStringList gapsOf(Workbook& wb, IssuanceGapKind kind)
{
    QStringList out;
    for (const IssuanceGap& g : IssuanceCheck::gaps(wb))
        if (g.kind == kind)
            out << g.itemId + u'|' + g.params.join(u',');
    return out;
}

/// A workbook where only kItem is audited this year: every other statement item is out of the cycle.
struct OneItemBook : test::FieldworkBook
{
    OneItemBook()
    {
        QStringList others;
        const QHash<QString, StatementEntry> entries = StatementBook::entries(*wb);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it.key() != kItem && it->applicability == Applicability::InScope)
                others << it.key();
        as("lead");
        Planning::setInCycle(*wb, others, false);
        {
            Transaction tx(wb->db());
            wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
            tx.commit();
        }
        test::giveKeys(*wb);
        as("staff1");
    }
    /// The lead's, then the quality reviewer's sign-off on the engagement.
    void signEngagement()
    {
        as("lead");
        Review::signOffEngagement(*wb);
        as("qr");
        Review::signOffEngagement(*wb);
    }
    void signBoth()
    {
        as("staff1");
        Review::signOff(*wb, kItem, SignOffRole::Preparer);
        as("reviewer");
        Review::signOff(*wb, kItem, SignOffRole::Reviewer);
    }
    IssuedReport recordFinal()
    {
        IssuedReport r;
        r.sha256 = Sha256::hex(QByteArray("report ") + QByteArray::number(Trail::count(wb->db())));
        r.signer = QStringLiteral("Firm signer");
        r.language = QStringLiteral("both");
        r.trailHead = wb->trailHead();
        r.trailSeq = Trail::count(wb->db());
        return IssuedReports::recordFinal(*wb, r);
    }
};

} // namespace

class TestIssuance : public QObject
{
    Q_OBJECT
private slots:
    void undecidedItemAppearsAndGoes()
    {
        OneItemBook t;
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::Undecided).isEmpty());
        StatementEntry e = *StatementBook::entry(*t.wb, QStringLiteral("5.1.2"));
        e.applicability = Applicability::Undecided;
        {
            Transaction tx(t.wb->db());
            StatementBook::write(*t.wb, { e }, QStringLiteral("statement.test"));
            tx.commit();
        }
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::Undecided), QStringList { QStringLiteral("5.1.2|") });
        e.applicability = Applicability::OutOfScope;
        e.reason = QStringLiteral("not used");
        {
            Transaction tx(t.wb->db());
            StatementBook::write(*t.wb, { e }, QStringLiteral("statement.test"));
            tx.commit();
        }
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::Undecided).isEmpty());
    }

    void stepsAndSignOffsAppearAndGo()
    {
        OneItemBook t;
        const QList<ProcedureStep> steps = Procedures::steps(*t.wb, kItem);
        QVERIFY(steps.size() >= 1);
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::StepWithoutResult).size(), steps.size());
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::StepWithoutResult).first(), kItem + QStringLiteral("|1"));
        // Out-of-cycle items have nothing to perform or sign: only kItem is listed.
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::PreparerSignOffMissing), QStringList { kItem + u'|' });
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::ReviewerSignOffMissing), QStringList { kItem + u'|' });

        t.completeSteps(kItem);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::StepWithoutResult).isEmpty());
        t.as("staff1");
        Review::signOff(*t.wb, kItem, SignOffRole::Preparer);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::PreparerSignOffMissing).isEmpty());
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::ReviewerSignOffMissing).size(), 1);
        t.as("reviewer");
        Review::signOff(*t.wb, kItem, SignOffRole::Reviewer);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::ReviewerSignOffMissing).isEmpty());

        // A change to the signed work voids both sign-offs: the gaps are back.
        t.as("staff1");
        Procedures::setResult(*t.wb, steps.first().id, StepResult::NoException, QStringLiteral("changed"),
                              VoidConsent::Confirmed);
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::PreparerSignOffMissing).size(), 1);
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::ReviewerSignOffMissing).size(), 1);
    }

    void findingsAndNotesAppearAndGo()
    {
        OneItemBook t;
        Finding f;
        f.itemId = kItem;
        f.title = QStringLiteral("Policy not approved");
        f.condition = QStringLiteral("The policy was not approved.");
        const Finding raised = Findings::raise(*t.wb, f);
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::DraftFinding), QStringList { kItem + u'|' + raised.ref });
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::FindingWithoutResponse), QStringList { kItem + u'|' + raised.ref });
        FindingEdit open;
        open.status = QStringLiteral("open");
        Findings::edit(*t.wb, raised.ref, open);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::DraftFinding).isEmpty());
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::FindingWithoutResponse).size(), 1);
        FindingEdit response;
        response.response = QStringLiteral("The board approves the policy in May.");
        Findings::edit(*t.wb, raised.ref, response);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::FindingWithoutResponse).isEmpty());

        t.as("reviewer");
        const ReviewNote note = Review::addNote(*t.wb, kItem, QStringLiteral("Which version was inspected?"));
        QCOMPARE(
            gapsOf(*t.wb, IssuanceGapKind::OpenReviewNote),
            QStringList { kItem + u'|' + QString::number(note.id) + QStringLiteral(",Which version was inspected?") });
        const QList<IssuanceGap> all = IssuanceCheck::gaps(*t.wb);
        const auto it = std::find_if(all.begin(), all.end(),
                                     [](const IssuanceGap& g) { return g.kind == IssuanceGapKind::OpenReviewNote; });
        QVERIFY(it->text().contains(QStringLiteral("Which version was inspected?")));
        Review::resolveNote(*t.wb, note.id, QStringLiteral("v3, added to the notes"));
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::OpenReviewNote).isEmpty());
    }

    void cleanOnlyWhenFinalisedAndNotIssued()
    {
        OneItemBook t;
        t.completeSteps(kItem);
        t.signBoth();
        // The engagement needs the lead's and the quality reviewer's sign-offs: each is a gap until given.
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::EngagementSignOffMissing),
                 (QStringList { QStringLiteral("|lead"), QStringLiteral("|quality_reviewer") }));
        t.as("lead");
        Review::signOffEngagement(*t.wb);
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::EngagementSignOffMissing),
                 QStringList { QStringLiteral("|quality_reviewer") });
        t.as("qr");
        Review::signOffEngagement(*t.wb);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::EngagementSignOffMissing).isEmpty());
        const QList<IssuanceGap> before = IssuanceCheck::gaps(*t.wb);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().kind, IssuanceGapKind::NotFinalised);
        QVERIFY(before.first().itemId.isEmpty());
        QVERIFY(IssuanceCheck::summary(before).contains(QStringLiteral("Engagement not finalised")));
        t.as("lead");
        Review::finalise(*t.wb);
        QVERIFY(IssuanceCheck::gaps(*t.wb).isEmpty());

        const IssuedReport first = t.recordFinal();
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::AlreadyIssued),
                 QStringList { QStringLiteral("|") + first.issuedAt + u',' + first.sha256 });
        QVERIFY(t.wb->engagement().locked);

        Review::unlock(*t.wb, QStringLiteral("Subsequent event to disclose"));
        QCOMPARE(gapsOf(*t.wb, IssuanceGapKind::NotFinalised).size(), 1);
        QVERIFY(gapsOf(*t.wb, IssuanceGapKind::AlreadyIssued).isEmpty());
        const QList<EngagementUnlock> unlocks = Review::unlocks(*t.wb);
        QCOMPARE(unlocks.size(), 1);
        QCOMPARE(unlocks.first().reason, QStringLiteral("Subsequent event to disclose"));
        QCOMPARE(unlocks.first().member, QStringLiteral("lead"));
        Review::finalise(*t.wb);
        QVERIFY(IssuanceCheck::gaps(*t.wb).isEmpty());
        const IssuedReport second = t.recordFinal();
        QCOMPARE(second.reissueOf, first.sha256);
        QCOMPARE(IssuedReports::list(*t.wb).size(), 2);
    }

    void recordingFinalRefusesAndChangesNothing()
    {
        OneItemBook t;
        t.completeSteps(kItem);
        t.signBoth();
        t.signEngagement();
        t.as("lead");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("not finalised"), [&] { t.recordFinal(); });
        Review::finalise(*t.wb);
        t.as("reviewer");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("only the engagement lead"), [&] { t.recordFinal(); });
        t.as("lead");
        IssuedReport stale;
        stale.sha256 = QString(64, u'a');
        stale.trailHead = QString(64, u'0');
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("changed while the report was composed"),
                      [&] { IssuedReports::recordFinal(*t.wb, stale); });
        t.recordFinal();
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("already issued"), [&] { t.recordFinal(); });
    }

    void theEngineOpensTheWorkbookAsTheReportNeeds()
    {
        // `ismapctl report` and the app's report dialog both call ReportIssue::issue(request, actor), which opens the
        // workbook by openMode(): read-write whenever a signer is given, the demo signer included (a final report is
        // recorded in the workbook), read-only for an unsigned draft.
        QTemporaryDir dir;
        ReportRequest request;
        QCOMPARE(ReportIssue::openMode(request), Workbook::Mode::ReadOnly);
        request.demoSignerFolder = dir.filePath(QStringLiteral("pki"));
        QCOMPARE(ReportIssue::openMode(request), Workbook::Mode::ReadWrite);
        ReportRequest firm;
        firm.identity = Pkcs12::load(DemoPki::generate().writeTo(dir.path()), QByteArray());
        QCOMPARE(ReportIssue::openMode(firm), Workbook::Mode::ReadWrite);

        OneItemBook t;
        t.completeSteps(kItem);
        t.signBoth();
        t.signEngagement();
        t.as("lead");
        Review::finalise(*t.wb);
        const QString path = t.wb->path();
        t.wb.reset();
        request.workbookPath = path;
        request.language = QStringLiteral("en");
        request.outPath = dir.filePath(QStringLiteral("draft.pdf"));
        ReportRequest draft = request;
        draft.demoSignerFolder.clear();
        const ReportIssued unsigned_ = ReportIssue::issue(draft, QStringLiteral("lead"));
        QVERIFY(unsigned_.draft);
        QVERIFY(!unsigned_.recorded);
        request.outPath = dir.filePath(QStringLiteral("final.pdf"));
        const ReportIssued issued = ReportIssue::issue(request, QStringLiteral("lead"));
        QVERIFY(!issued.draft);
        QVERIFY(issued.recorded.has_value());
        auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
        QCOMPARE(IssuedReports::list(*wb).size(), 1);
        QCOMPARE(IssuedReports::list(*wb).first().sha256, issued.recorded->sha256);
    }

    void retentionSetsTheArchiveDate()
    {
        OneItemBook t;
        QCOMPARE(IssuedReports::retentionYears(*t.wb), 10);
        QVERIFY(IssuedReports::retainUntil(*t.wb).isEmpty());
        t.as("staff1");
        expectRefused(t, ErrorCode::Forbidden, QStringLiteral("set the retention period"),
                      [&] { IssuedReports::setRetentionYears(*t.wb, 7); });
        t.as("lead");
        expectRefused(t, ErrorCode::InvalidInput, QStringLiteral("1 to 100 years"),
                      [&] { IssuedReports::setRetentionYears(*t.wb, 0); });
        IssuedReports::setRetentionYears(*t.wb, 7);
        QCOMPARE(IssuedReports::retentionYears(*t.wb), 7);
        t.completeSteps(kItem);
        t.signBoth();
        t.signEngagement();
        t.as("lead");
        Review::finalise(*t.wb);
        const IssuedReport r = t.recordFinal();
        const QString expected = QDateTime::currentDateTimeUtc().date().addYears(7).toString(Qt::ISODate);
        QCOMPARE(r.retainUntil, expected);
        QCOMPARE(IssuedReports::retainUntil(*t.wb), expected);
        // Archived: the engagement refuses every change, the retention period too.
        expectRefused(t, ErrorCode::Finalised, QStringLiteral("finalised"),
                      [&] { IssuedReports::setRetentionYears(*t.wb, 12); });
        t.reopen();
        QCOMPARE(IssuedReports::list(*t.wb).size(), 1);
        QCOMPARE(IssuedReports::list(*t.wb).first().sha256, r.sha256);
    }

    void everyKindHasACodeAndATitle()
    {
        QSet<QString> codes;
        for (const IssuanceGapKind kind : IssuanceGap::kinds()) {
            QVERIFY(!IssuanceGap::kindCode(kind).isEmpty());
            QVERIFY(!IssuanceGap::kindTitle(kind).isEmpty());
            codes.insert(IssuanceGap::kindCode(kind));
        }
        QCOMPARE(codes.size(), IssuanceGap::kinds().size());
        QVERIFY(codes.contains(QStringLiteral("engagement_signoff_missing")));
    }
};

// A QGuiApplication: issuing a report lays its pages out (the font database).
QTEST_MAIN(TestIssuance)
#include "tst_issuance.moc"
