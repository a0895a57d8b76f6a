// Every rule once, in the engine: the same bad input through the engine API the desktop app calls and through
// `ismapctl` is refused with the same message (and the CLI's exit code for its kind), and changes nothing.
#include "FieldworkFixture.h"
#include "common/Clock.h"
#include "engagement/EngagementSetup.h"
#include "engagement/ItemStatusBook.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "report/ReportIssue.h"

#include <QFileInfo>
#include <QProcess>
#include <QtTest>
#include <functional>

using namespace ismap;

namespace {

struct Refusal
{
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< empty: nothing was refused
};

/// What the engine says to @p action (the call the desktop app makes).
Refusal engineRefusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const AuditError& e) {
        return { e.code(), e.message() };
    }
    return {};
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun ismapctl(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ISMAP_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("ISMAP_MEMBER"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISMAP_BIN_DIR "/ismapctl"), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()).trimmed() };
}

QString item()
{
    return QStringLiteral("5.1.1");
}

} // namespace

class TestSameRefusal : public QObject
{
    Q_OBJECT

    /// A fieldwork workbook (team staff1, staff2, reviewer, lead; statement; steps), closed.
    std::unique_ptr<test::FieldworkBook> m_book;
    QString m_path;
    QHash<QString, MemberKey> m_keys; ///< the team's keys, unlocked for the engine's side

    std::unique_ptr<Workbook> open(const char* actor)
    {
        auto wb = Workbook::open(m_path);
        wb->setActor(QString::fromUtf8(actor));
        for (auto k = m_keys.cbegin(); k != m_keys.cend(); ++k)
            wb->addUnlockedKey(k.key(), k.value());
        return wb;
    }

    QStringList teamAdd(const char* name, const char* role, const char* as) const
    {
        return { QStringLiteral("team"),  QStringLiteral("add"),    m_path,
                 QString::fromUtf8(name), QStringLiteral("--role"), QString::fromUtf8(role),
                 QStringLiteral("--as"),  QString::fromUtf8(as) };
    }

    /// Runs @p engine on the workbook opened as @p actor, then @p args through ismapctl; both must refuse alike
    /// and leave the workbook as it was.
    void expectSameRefusal(const char* actor, const std::function<void(Workbook&)>& engine, const QStringList& args,
                           const QString& expected, int exitCode)
    {
        Refusal e;
        {
            auto wb = open(actor);
            const QString before = test::fileDigest(m_path);
            e = engineRefusal([&] { engine(*wb); });
            QCOMPARE(test::fileDigest(m_path), before);
        }
        QVERIFY2(!e.message.isEmpty(), "the engine did not refuse");
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        const QString before = test::fileDigest(m_path);
        const CliRun cli = ismapctl(args);
        QCOMPARE(cli.err, QStringLiteral("ismapctl: ") + e.message);
        QCOMPARE(cli.exitCode, exitCode);
        QCOMPARE(test::fileDigest(m_path), before);
    }

private slots:
    void init()
    {
        m_book = std::make_unique<test::FieldworkBook>();
        m_path = m_book->path;
        for (const TeamMember& m : m_book->wb->team())
            m_keys.insert(m.name, m_book->wb->unlockedKey(m.name));
        m_book->wb.reset();
    }
    void cleanup() { m_book.reset(); }

    void teamChangesNeedTheLead()
    {
        expectSameRefusal(
            "staff1", [](Workbook& wb) { Planning::addMember(wb, QStringLiteral("new"), Role::Staff); },
            teamAdd("new", "staff", "staff1"), QStringLiteral("only the engagement lead"), 10);
    }

    void teamNamesAreUnique()
    {
        // The new-workbook wizard asks checkNewMember of the team it gathers; team add asks it of the workbook's.
        expectSameRefusal(
            "lead",
            [](Workbook& wb) { Workbook::checkNewMember(wb.team(), QStringLiteral(" staff1 "), Role::Reviewer); },
            teamAdd(" staff1 ", "reviewer", "lead"), QStringLiteral("already on the team"), 2);
        // One engagement lead: a second is refused by the same rule, in the wizard and by team add.
        expectSameRefusal(
            "lead", [](Workbook& wb) { Workbook::checkNewMember(wb.team(), QStringLiteral("lead2"), Role::Lead); },
            teamAdd("lead2", "lead", "lead"), QStringLiteral("cannot also lead the engagement"), 2);
        expectSameRefusal(
            "lead", [](Workbook& wb) { Planning::addMember(wb, QStringLiteral("   "), Role::Staff); },
            teamAdd("   ", "staff", "lead"), QStringLiteral("the name is empty"), 2);
    }

    void teamRolesAreKnown()
    {
        expectSameRefusal(
            "lead", [](Workbook&) { Planning::roleFromText(QStringLiteral("boss")); }, teamAdd("new", "boss", "lead"),
            QStringLiteral("boss"), 2);
    }

    void roleChangesFollowTheTeamRules()
    {
        // The app's Engagement menu calls Planning::changeRole; `ismapctl team role` calls it too.
        auto teamRole = [this](const char* name, const char* role, const char* as) {
            return QStringList { QStringLiteral("team"),  QStringLiteral("role"),  m_path,
                                 QString::fromUtf8(name), QString::fromUtf8(role), QStringLiteral("--as"),
                                 QString::fromUtf8(as) };
        };
        expectSameRefusal(
            "staff1", [](Workbook& wb) { Planning::changeRole(wb, QStringLiteral("staff2"), Role::Reviewer); },
            teamRole("staff2", "reviewer", "staff1"), QStringLiteral("only the engagement lead"), 10);
        expectSameRefusal(
            "lead", [](Workbook& wb) { Planning::changeRole(wb, QStringLiteral("lead"), Role::Staff); },
            teamRole("lead", "staff", "lead"), QStringLiteral("lead is the engagement lead"), 2);
        expectSameRefusal(
            "lead", [](Workbook& wb) { Planning::changeRole(wb, QStringLiteral("lead"), Role::QualityReviewer); },
            teamRole("lead", "quality_reviewer", "lead"), QStringLiteral("exactly one"), 2);
    }

    void evidenceIsNotObtainedInTheFuture()
    {
        // The app's evidence tab caps its date field at today in Japan for convenience; the rule is the vault's, and
        // `ismapctl evidence add --obtained` meets it too.
        const QString file = QFileInfo(m_path).absolutePath() + QStringLiteral("/policy.txt");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("information security policy");
        }
        const QString future = Clock::todayInJapan().addDays(30).toString(Qt::ISODate);
        expectSameRefusal(
            "staff1",
            [&](Workbook& wb) {
                EvidenceVault(wb).add({ file, { {}, {}, future, {} } }, { item(), {}, {}, {} });
            },
            { QStringLiteral("evidence"), QStringLiteral("add"), m_path, QStringLiteral("--item"), item(),
              QStringLiteral("--obtained"), future, file, QStringLiteral("--as"), QStringLiteral("staff1") },
            file + QStringLiteral(": date obtained ") + future + QStringLiteral(" is in the future"), 2);
    }

    void aFinalisedTeamIsNotChanged()
    {
        {
            auto wb = open("lead");
            Review::finalise(*wb);
        }
        expectSameRefusal(
            "lead", [](Workbook& wb) { Planning::addMember(wb, QStringLiteral("new"), Role::Staff); },
            teamAdd("new", "staff", "lead"), QStringLiteral("finalised"), 9);
    }

    void aFindingStatesWhatWasFound()
    {
        expectSameRefusal(
            "staff1",
            [](Workbook& wb) {
                Finding f;
                f.itemId = item();
                Findings::raise(wb, f);
            },
            { QStringLiteral("finding"), QStringLiteral("add"), m_path, item(), QStringLiteral("--as"),
              QStringLiteral("staff1") },
            QStringLiteral("condition"), 2);
        // The desktop app's "Raise new finding" sends the title field as typed (trimmed), with no default title of
        // its own: an empty field is refused as `finding add` refuses a blank title.
        expectSameRefusal(
            "staff1",
            [](Workbook& wb) {
                Finding f;
                f.itemId = item();
                f.title = QStringLiteral("   ").trimmed();
                Findings::raise(wb, f);
            },
            { QStringLiteral("finding"), QStringLiteral("add"), m_path, item(), QStringLiteral("--title"),
              QStringLiteral("   "), QStringLiteral("--as"), QStringLiteral("staff1") },
            QStringLiteral("only a draft may start with just a title"), 2);
        // Only a draft may go without a condition.
        expectSameRefusal(
            "staff1",
            [](Workbook& wb) {
                Finding f;
                f.itemId = item();
                f.title = QStringLiteral("t");
                f.status = QStringLiteral("open");
                Findings::raise(wb, f);
            },
            { QStringLiteral("finding"), QStringLiteral("add"), m_path, item(), QStringLiteral("--title"),
              QStringLiteral("t"), QStringLiteral("--status"), QStringLiteral("open"), QStringLiteral("--as"),
              QStringLiteral("staff1") },
            QStringLiteral("condition"), 2);
        // An open finding keeps its condition (the desktop app's finding editor edits through Findings::edit).
        QString ref;
        {
            auto wb = open("staff1");
            Finding f;
            f.itemId = item();
            f.condition = QStringLiteral("承認記録なし");
            f.status = QStringLiteral("open");
            ref = Findings::raise(*wb, f).ref;
        }
        expectSameRefusal(
            "staff1",
            [&](Workbook& wb) {
                FindingEdit e;
                e.condition = QString();
                Findings::edit(wb, ref, e);
            },
            { QStringLiteral("finding"), QStringLiteral("edit"), m_path, ref, QStringLiteral("--condition"), QString(),
              QStringLiteral("--as"), QStringLiteral("staff1") },
            ref, 2);
    }

    void aSampleNeedsAFrequency()
    {
        // The statement of the fixture gives no frequency; the sampling panel draws through Sampling::draw.
        expectSameRefusal(
            "staff1", [](Workbook& wb) { Sampling::draw(wb, item(), 10, QString()); },
            { QStringLiteral("sample"), QStringLiteral("draw"), m_path, item(), QStringLiteral("--population"),
              QStringLiteral("10"), QStringLiteral("--as"), QStringLiteral("staff1") },
            QStringLiteral("frequency"), 2);
    }

    void aReportIsNeverWrittenOverItsWorkbook()
    {
        // The report dialog checks its request with ReportIssue::check before asking for a passphrase.
        expectSameRefusal(
            "lead",
            [&](Workbook&) {
                ReportRequest r;
                r.workbookPath = m_path;
                r.outPath = m_path;
                ReportIssue::check(r);
            },
            { QStringLiteral("report"), m_path, QStringLiteral("-o"), m_path }, QStringLiteral("this is the workbook"),
            2);
        expectSameRefusal(
            "lead",
            [&](Workbook&) {
                ReportRequest r;
                r.workbookPath = m_path;
                r.outPath = QFileInfo(m_path).absolutePath() + QStringLiteral("/no-such-folder/r.pdf");
                ReportIssue::check(r);
            },
            { QStringLiteral("report"), m_path, QStringLiteral("-o"),
              QFileInfo(m_path).absolutePath() + QStringLiteral("/no-such-folder/r.pdf") },
            QStringLiteral("does not exist"), 11);
    }

    void anEngagementIsCheckedOnce()
    {
        // The new-workbook wizard checks the engagement with checkEngagement; so does `ismapctl new`.
        const QString path = QFileInfo(m_path).absolutePath() + QStringLiteral("/new.ismapwb");
        Engagement e;
        e.csp = QStringLiteral("CSP");
        e.service = QStringLiteral("Service");
        e.periodStart = QDate(2025, 4, 1);
        e.periodEnd = QDate(2026, 4, 1);
        const Refusal r = engineRefusal([&] { EngagementSetupBook::checkEngagement(e); });
        QVERIFY(r.message.contains(QStringLiteral("at most one year")));
        CliRun cli = ismapctl({ QStringLiteral("new"), path, QStringLiteral("--csp"), QStringLiteral("CSP"),
                                QStringLiteral("--service"), QStringLiteral("Service"), QStringLiteral("--period"),
                                QStringLiteral("2025-04-01..2026-04-01") });
        QCOMPARE(cli.err, QStringLiteral("ismapctl: ") + r.message);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path));

        e.periodEnd = QDate(2026, 3, 31);
        e.csp = QStringLiteral("  ");
        const Refusal noCsp = engineRefusal([&] { EngagementSetupBook::checkEngagement(e); });
        QVERIFY(!noCsp.message.isEmpty());
        cli = ismapctl({ QStringLiteral("new"), path, QStringLiteral("--service"), QStringLiteral("Service"),
                         QStringLiteral("--period"), QStringLiteral("2025-04-01..2026-03-31") });
        QCOMPARE(cli.err, QStringLiteral("ismapctl: ") + noCsp.message);
        QVERIFY(!QFileInfo::exists(path));
    }

    void pendingIsTheSameForEveryRole()
    {
        // The main window's "next pending item" asks ItemStatusBook::isPending; `ismapctl next` walks the same.
        {
            auto wb = open("staff1");
            for (const ProcedureStep& s : Procedures::steps(*wb, item()))
                Procedures::setResult(*wb, s.id, StepResult::NoException, QStringLiteral("ok"));
            Review::signOff(*wb, item(), SignOffRole::Preparer);
        }
        for (const char* member : { "staff1", "reviewer", "lead" }) {
            QString first;
            {
                auto wb = open(member);
                const Role role = ItemStatusBook::walkerRole(*wb, wb->actor());
                for (const ItemState& s : ItemStatusBook::all(*wb))
                    if (ItemStatusBook::isPending(s.status, role)) {
                        first = s.itemId;
                        break;
                    }
            }
            QVERIFY(!first.isEmpty());
            const CliRun cli
                = ismapctl({ QStringLiteral("next"), m_path, QStringLiteral("--as"), QString::fromUtf8(member) });
            QCOMPARE(cli.exitCode, 0);
            QCOMPARE(cli.out.section(u'\t', 0, 0), first);
        }
        // Someone not on the team has no pending items: the main window asks walkerRole, `next` walks with it.
        Refusal ghost;
        {
            auto wb = open("ghost");
            ghost = engineRefusal([&] { ItemStatusBook::walkerRole(*wb, wb->actor()); });
        }
        QCOMPARE(int(ghost.code), int(ErrorCode::Forbidden));
        QVERIFY(ghost.message.contains(QStringLiteral("ghost")));
        const CliRun cli
            = ismapctl({ QStringLiteral("next"), m_path, QStringLiteral("--as"), QStringLiteral("ghost") });
        QCOMPARE(cli.err, QStringLiteral("ismapctl: ") + ghost.message);
        QCOMPARE(cli.exitCode, 10);
    }
};

QTEST_GUILESS_MAIN(TestSameRefusal)
#include "tst_samerefusal.moc"
