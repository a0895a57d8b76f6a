// Procedure templates as data, the kind-of-control rule, step generation by audit kind, and refresh when the
// statement, the cycle or the kind changes — retiring steps without losing recorded work.
#include "FieldworkFixture.h"
#include "engagement/ItemStatusBook.h"
#include "fieldwork/Planning.h"
#include "trail/Trail.h"
#include "workbook/ItemHistory.h"

#include <QFile>
#include <QtTest>

using namespace ismap;

namespace {

QStringList templateIds(Workbook& wb, const QString& item, bool includeRetired = false)
{
    QStringList out;
    for (const ProcedureStep& s : Procedures::steps(wb, item, includeRetired))
        out << s.templateId;
    return out;
}

} // namespace

class TestProcedures : public QObject
{
    Q_OBJECT

private slots:
    void builtinTemplatesAreCompleteData()
    {
        const ProcedureTemplates& t = ProcedureTemplates::builtin();
        QCOMPARE(t.version(), QStringLiteral("2025.1"));
        for (const QString& part :
             { QStringLiteral("governance"), QStringLiteral("management"), QStringLiteral("controls") })
            for (const QString& kindKey : FieldworkText::kindKeys())
                for (const QString& audit : { QStringLiteral("initial"), QStringLiteral("renewal") }) {
                    const auto steps = t.stepsFor(part, *FieldworkText::kindFromKey(kindKey), audit);
                    QVERIFY2(!steps.isEmpty(), qPrintable(part + u'/' + kindKey + u'/' + audit));
                    for (const auto& s : steps) {
                        QVERIFY(!s.instructionJa.isEmpty());
                        QVERIFY(!s.instructionEn.isEmpty());
                    }
                }
        // Initial audits start with design; renewals keep the design inquiry and test operation.
        const auto initial = t.stepsFor(QStringLiteral("controls"), ControlKind::Policy, QStringLiteral("initial"));
        QCOMPARE(initial.first().phase, Phase::Design);
        const auto renewal = t.stepsFor(QStringLiteral("controls"), ControlKind::Policy, QStringLiteral("renewal"));
        QCOMPARE(renewal.first().type, ProcedureType::Inquiry);
        QCOMPARE(renewal.first().phase, Phase::Design);
        QCOMPARE(renewal.last().phase, Phase::Operating);
    }

    void rejectsBrokenTemplateFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not a JSON object");
        QTest::newRow("no version") << QByteArray(R"({"sets":[]})") << QStringLiteral("\"version\"");
        QTest::newRow("bad kind") << QByteArray(
            R"({"version":"1","sets":[{"part":"*","kind":"magic","phase":"design","steps":[]}]})")
                                  << QStringLiteral("sets[0].kind");
        QTest::newRow("bad type") << QByteArray(
            R"({"version":"1","sets":[{"part":"*","kind":"policy","phase":"design","steps":[{"id":"a","type":"guess","instruction_ja":"x","instruction_en":"y"}]}]})")
                                  << QStringLiteral("sets[0].steps[0].type");
        QTest::newRow("duplicate id") << QByteArray(
            R"({"version":"1","sets":[{"part":"*","kind":"policy","phase":"design","steps":[{"id":"a","type":"inquiry","instruction_ja":"x","instruction_en":"y"},{"id":"a","type":"inquiry","instruction_ja":"x","instruction_en":"y"}]}]})")
                                      << QStringLiteral("used twice");
    }

    void rejectsBrokenTemplateFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            ProcedureTemplates::parse(json, QStringLiteral("firm.json"));
            QFAIL("parse() should have thrown");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("firm.json: ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void kindOfControlRule()
    {
        const ProcedureTemplates& t = ProcedureTemplates::builtin();
        QCOMPARE(t.kindFor(QStringLiteral("11.1.1"), {}), ControlKind::Facility);
        QCOMPARE(t.kindFor(QStringLiteral("11.2.4.3"), QStringLiteral("monthly")), ControlKind::Facility);
        QCOMPARE(t.kindFor(QStringLiteral("9.4.1"), {}), ControlKind::Technical);
        QCOMPARE(t.kindFor(QStringLiteral("12.4.1"), QStringLiteral("daily")), ControlKind::Technical);
        QCOMPARE(t.kindFor(QStringLiteral("13.1.4"), {}), ControlKind::Technical);
        QCOMPARE(t.kindFor(QStringLiteral("10.1.1"), {}), ControlKind::Technical);
        QCOMPARE(t.kindFor(QStringLiteral("9.2.5"), QStringLiteral("quarterly")), ControlKind::Recurring);
        QCOMPARE(t.kindFor(QStringLiteral("9.4"), {}), ControlKind::Technical);
        QCOMPARE(t.kindFor(QStringLiteral("9.41.1"), {}), ControlKind::Policy); // a prefix is whole numbers only
        QCOMPARE(t.kindFor(QStringLiteral("5.1.1"), {}), ControlKind::Policy);
        QCOMPARE(t.kindFor(QStringLiteral("5.1.1"), QStringLiteral("annual")), ControlKind::Policy);
        QCOMPARE(t.kindFor(QStringLiteral("11.1.1"), {}, QStringLiteral("policy")), ControlKind::Policy);
    }

    void initialAuditGetsDesignSteps()
    {
        test::FieldworkBook t({ QStringLiteral("6.3.1.P") },
                              { { QStringLiteral("9.2.5"), { QStringLiteral("quarterly"), 4 } } });
        QCOMPARE(templateIds(*t.wb, QStringLiteral("5.1.1")),
                 (QStringList { QStringLiteral("pol-d1"), QStringLiteral("pol-d2"), QStringLiteral("pol-d3") }));
        QCOMPARE(templateIds(*t.wb, QStringLiteral("3.1.1")).first(), QStringLiteral("gov-pol-d1"));
        QCOMPARE(templateIds(*t.wb, QStringLiteral("4.4.1")).first(), QStringLiteral("mgt-pol-d1"));
        QCOMPARE(templateIds(*t.wb, QStringLiteral("11.1.1")).first(), QStringLiteral("fac-d1"));
        QVERIFY(templateIds(*t.wb, QStringLiteral("9.2.5")).contains(QStringLiteral("rec-o2")));
        QVERIFY(templateIds(*t.wb, QStringLiteral("6.3.1.P")).isEmpty()); // out of scope: no steps
        const auto steps = Procedures::steps(*t.wb, QStringLiteral("5.1.1"));
        QCOMPARE(steps.at(0).seq, 1);
        QCOMPARE(steps.at(0).type, ProcedureType::Inspection);
        QVERIFY(steps.at(0).instructionJa.contains(QStringLiteral("承認")));
        // A second refresh changes nothing.
        t.as("staff1");
        const StepRefreshResult again = Procedures::refresh(*t.wb);
        QCOMPARE(again.added + again.retired + again.revived, 0);
    }

    void renewalSwitchesToOperatingAndKeepsWork()
    {
        test::FieldworkBook t;
        const auto first = Procedures::stepBySeq(*t.wb, QStringLiteral("5.1.1"), 1);
        Procedures::setResult(*t.wb, first.id, StepResult::NoException, QStringLiteral("規程 v3.2 を閲覧"));
        t.as("staff1");
        QVERIFY_THROWS_EXCEPTION(AuditError, Planning::setAuditKind(*t.wb, QStringLiteral("renewal")));
        t.as("lead");
        Planning::setAuditKind(*t.wb, QStringLiteral("renewal"));
        QCOMPARE(templateIds(*t.wb, QStringLiteral("5.1.1")),
                 (QStringList { QStringLiteral("pol-d3"), QStringLiteral("pol-o1"), QStringLiteral("pol-o2") }));
        const auto retired = Procedures::step(*t.wb, first.id);
        QVERIFY(retired->retired);
        QCOMPARE(retired->notes, QStringLiteral("規程 v3.2 を閲覧"));
        QCOMPARE(retired->result, std::optional<StepResult>(StepResult::NoException));
        QVERIFY_THROWS_EXCEPTION(AuditError, Procedures::setResult(*t.wb, first.id, StepResult::Deviation, {}));
        Planning::setAuditKind(*t.wb, QStringLiteral("initial"));
        const auto revived = Procedures::step(*t.wb, first.id);
        QVERIFY(!revived->retired);
        QCOMPARE(revived->seq, 1);
        QCOMPARE(revived->notes, QStringLiteral("規程 v3.2 を閲覧"));
    }

    void statementChangeRetiresAndRevives()
    {
        test::FieldworkBook t;
        const QString item = QStringLiteral("8.1.1.6.PB");
        const auto step = Procedures::steps(*t.wb, item).first();
        Procedures::setResult(*t.wb, step.id, StepResult::NoException, QStringLiteral("台帳を閲覧"));
        QSet<QString> out { item };
        test::writeStatement(*t.wb, out);
        Procedures::refresh(*t.wb);
        QVERIFY(Procedures::steps(*t.wb, item).isEmpty());
        QCOMPARE(Procedures::steps(*t.wb, item, true).size(), 3);
        QVERIFY(!ItemStatusBook::state(*t.wb, item).has_value()); // no longer in scope
        test::writeStatement(*t.wb);
        const StepRefreshResult r = Procedures::refresh(*t.wb);
        QCOMPARE(r.revived, 3);
        QCOMPARE(r.added, 0);
        QCOMPARE(Procedures::step(*t.wb, step.id)->notes, QStringLiteral("台帳を閲覧"));
        QCOMPARE(ItemStatusBook::state(*t.wb, item)->status, ItemStatus::InProgress);
    }

    void itemHistoryMatchesTheTrailAndFollowsIt()
    {
        test::FieldworkBook t;
        const QString item = QStringLiteral("5.1.1");
        Procedures::setResult(*t.wb, Procedures::stepBySeq(*t.wb, item, 1).id, StepResult::NoException, {});
        ItemHistory history(*t.wb);
        auto seqs = [](const QList<TrailEntry>& entries) {
            QList<qint64> out;
            for (const TrailEntry& e : entries)
                out << e.seq;
            return out;
        };
        QCOMPARE(seqs(history.of(item)), seqs(Trail::history(t.wb->db(), QStringLiteral("item/") + item)));
        QVERIFY(!history.of(item).isEmpty());
        // Rows appended later are found; a longer ID that only starts the same belongs to another item.
        {
            Transaction tx(t.wb->db());
            t.wb->record(QStringLiteral("test.note"), QStringLiteral("item/5.1.1/note/1"), {}, QStringLiteral("a"));
            t.wb->record(QStringLiteral("test.note"), QStringLiteral("item/5.1.10"), {}, QStringLiteral("b"));
            t.wb->record(QStringLiteral("test.note"), QStringLiteral("item/5.1.1"), {}, QStringLiteral("c"));
            tx.commit();
        }
        const QList<TrailEntry> now = history.of(item);
        QCOMPARE(seqs(now), seqs(Trail::history(t.wb->db(), QStringLiteral("item/") + item)));
        QCOMPARE(now.first().after, QStringLiteral("c")); // newest first
        QCOMPARE(now.at(1).entity, QStringLiteral("item/5.1.1/note/1"));
        QCOMPARE(history.of(QStringLiteral("5.1.10")).size(), 1);
        QCOMPARE(history.of(item, 2).size(), 2);
        // An append that was rolled back after it had been read does not linger.
        {
            Transaction tx(t.wb->db());
            t.wb->record(QStringLiteral("test.note"), QStringLiteral("item/5.1.1"), {}, QStringLiteral("gone"));
            QCOMPARE(history.of(item).first().after, QStringLiteral("gone"));
        }
        {
            Transaction tx(t.wb->db());
            t.wb->record(QStringLiteral("test.note"), QStringLiteral("item/5.1.2"), {}, QStringLiteral("d"));
            tx.commit();
        }
        QCOMPARE(seqs(history.of(item)), seqs(Trail::history(t.wb->db(), QStringLiteral("item/") + item)));
        QCOMPARE(history.of(item).first().after, QStringLiteral("c"));
        QCOMPARE(history.of(QStringLiteral("5.1.2")).first().after, QStringLiteral("d"));
    }

    void cycleSetPerItemAndFromList()
    {
        test::FieldworkBook t;
        t.as("staff1");
        QVERIFY_THROWS_EXCEPTION(AuditError, Planning::setInCycle(*t.wb, { QStringLiteral("5.1.1") }, false));
        t.as("reviewer");
        Planning::setInCycle(*t.wb, { QStringLiteral("5.1.1") }, false);
        QVERIFY(Procedures::steps(*t.wb, QStringLiteral("5.1.1")).isEmpty());
        QCOMPARE(ItemStatusBook::state(*t.wb, QStringLiteral("5.1.1"))->status, ItemStatus::OutOfCycle);
        QVERIFY(Trail::history(t.wb->db(), QStringLiteral("item/5.1.1")).size() >= 2);

        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("cycle.txt"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# this year's cycle\n5.1.1\n５．１．２\n\n9.4.1 # access\n");
        f.close();
        const CycleImportResult r = Planning::importCycleList(*t.wb, list);
        QCOMPARE(r.inCycle, 3);
        QVERIFY(r.outOfCycle > 200);
        QCOMPARE(Procedures::steps(*t.wb, QStringLiteral("5.1.1")).size(), 3);
        QVERIFY(Procedures::steps(*t.wb, QStringLiteral("5.1.2")).size() > 0);
        QVERIFY(Procedures::steps(*t.wb, QStringLiteral("6.1.1")).isEmpty());
        QCOMPARE(ItemStatusBook::countByStatus(*t.wb).value(QStringLiteral("out_of_cycle")), r.outOfCycle);

        const QString digest = test::fileDigest(t.path);
        QFile bad(dir.filePath(QStringLiteral("bad.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("5.1.1\n99.9.9\n");
        bad.close();
        try {
            Planning::importCycleList(*t.wb, bad.fileName());
            QFAIL("import should have refused");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 2: 99.9.9")), qPrintable(e.message()));
        }
        QCOMPARE(test::fileDigest(t.path), digest);
    }

    void controlKindOverride()
    {
        test::FieldworkBook t;
        QCOMPARE(Procedures::controlKind(*t.wb, QStringLiteral("12.1.1")), ControlKind::Policy);
        t.as("lead");
        Planning::setControlKind(*t.wb, QStringLiteral("12.1.1"), QStringLiteral("technical"));
        QCOMPARE(Procedures::controlKind(*t.wb, QStringLiteral("12.1.1")), ControlKind::Technical);
        QCOMPARE(templateIds(*t.wb, QStringLiteral("12.1.1")).first(), QStringLiteral("tec-d1"));
        QVERIFY_THROWS_EXCEPTION(AuditError,
                                 Planning::setControlKind(*t.wb, QStringLiteral("12.1.1"), QStringLiteral("magic")));
        Planning::setControlKind(*t.wb, QStringLiteral("12.1.1"), QString());
        QCOMPARE(templateIds(*t.wb, QStringLiteral("12.1.1")).first(), QStringLiteral("pol-d1"));
    }
};

QTEST_GUILESS_MAIN(TestProcedures)
#include "tst_procedures.moc"
