// History for people (issue 13 point 5): every action code the engine can write into the trail has a sentence in
// HistoryText — the codes are collected from the engine's sources, so an action added without one fails here by
// name — and team-sync conflicts are named for people by ConflictText ("Step 2 of 5.1.1 — result").
#include "FieldworkFixture.h"
#include "common/Language.h"
#include "engagement/ConflictText.h"
#include "engagement/HistoryText.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace ismap;

namespace {

/// Every trail action code written by core/: Workbook::record and Trail::append with a literal code, and the codes
/// handed to StatementBook::write/writeInfo (which record them). Fills @p byVariable with call sites that pass a
/// code in a variable, other than StatementBook's own.
QMap<QString, QString> engineActionCodes(QStringList& byVariable)
{
    static const QRegularExpression literal(
        QStringLiteral("(?:record\\(\\s*|Trail::append\\(\\s*\\w+,\\s*QStringLiteral\\(\"[^\"]*\"\\),\\s*)"
                       "QStringLiteral\\(\"([a-z_.]+)\"\\)"));
    static const QRegularExpression statement(
        QStringLiteral("\\bwrite(?:Info)?\\([^;]*?,\\s*QStringLiteral\\(\"([a-z_]+\\.[a-z_]+)\"\\)\\s*\\)"));
    static const QRegularExpression variable(QStringLiteral("(?:\\.|->)record\\(\\s*(?!QStringLiteral)(\\w+)"));
    QMap<QString, QString> codes; // code → the file that writes it
    QDirIterator it(QStringLiteral(ISMAP_SOURCE_DIR "/core"), { QStringLiteral("*.cpp") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/core/sync/")))
            continue; // the package format's own record() writes no trail row
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        const QString rel = path.mid(path.indexOf(QLatin1String("/core/")) + 1);
        for (const QRegularExpression* re : { &literal, &statement }) {
            auto m = re->globalMatch(text);
            while (m.hasNext())
                codes.insert(m.next().captured(1), rel);
        }
        auto v = variable.globalMatch(text);
        while (v.hasNext()) {
            const QString name = v.next().captured(1);
            if (!(rel == u"core/statement/StatementBook.cpp" && name == u"action"))
                byVariable << rel + u": record(" + name;
        }
    }
    return codes;
}

TrailEntry entry(const QString& action, const QString& entity, const QString& before = {}, const QString& after = {})
{
    TrailEntry e;
    e.action = action;
    e.entity = entity;
    e.before = before;
    e.after = after;
    e.member = QStringLiteral("alice");
    e.at = QStringLiteral("2026-12-02T18:31:51.692Z");
    return e;
}

} // namespace

class TestHistoryText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }

    void everyActionCodeHasASentence()
    {
        QStringList byVariable;
        const QMap<QString, QString> codes = engineActionCodes(byVariable);
        QVERIFY2(byVariable.isEmpty(),
                 qPrintable(u"trail action codes passed in a variable, which this test cannot see: "
                            + byVariable.join(QStringLiteral(", "))));
        // The scan sees the engine: the codes of fieldwork, team, keys, reports and team sync are among them.
        for (const char* known :
             { "step.result", "finding.raise", "team.role", "member_key.rotate", "sync.import", "replica.create",
               "report.issue", "engagement.unlock", "workbook.upgrade", "statement.set", "statement.info" })
            QVERIFY2(codes.contains(QString::fromLatin1(known)), known);
        QVERIFY2(codes.size() >= 45, qPrintable(QString::number(codes.size())));
        QStringList missing;
        for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
            const QString s = HistoryText::sentence(entry(it.key(), QStringLiteral("item/5.1.1")));
            if (s.isEmpty() || s == it.key() || s.contains(it.key()))
                missing << QStringLiteral("%1 (written in %2)").arg(it.key(), it.value());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"no history sentence for: " + missing.join(QStringLiteral(", "))));
    }

    void sentencesSayWhatHappened_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("team.role") << "team.role"
                                   << "team/3"
                                   << "bob (staff)"
                                   << "bob (reviewer)"
                                   << "changed the role of bob from Staff to Reviewer";
        QTest::newRow("team.add") << "team.add"
                                  << "team/4"
                                  << ""
                                  << "carol (lead)"
                                  << "added carol to the team as Engagement lead";
        QTest::newRow("member_key.revoke") << "member_key.revoke"
                                           << "team/bob/key"
                                           << "{}"
                                           << "{}"
                                           << "revoked the member key of bob";
        QTest::newRow("replica.create") << "replica.create"
                                        << "replica/2"
                                        << ""
                                        << R"({"number":2,"member":"staff2","prefix":"S2"})"
                                        << "made replica 2 for staff2";
        QTest::newRow("sync.import") << "sync.import"
                                     << "replica/1"
                                     << ""
                                     << "{}"
                                     << "imported the changes of replica 1";
        QTest::newRow("engagement sign-off") << "signoff"
                                             << "engagement/signoff/1"
                                             << ""
                                             << R"({"role":"lead","content_hash":"ab"})"
                                             << "signed off the engagement as engagement lead";
        QTest::newRow("report.issue") << "report.issue"
                                      << "report/ab"
                                      << ""
                                      << R"({"kind":"final"})"
                                      << "issued the final report";
        QTest::newRow("engagement.unlock") << "engagement.unlock"
                                           << "engagement"
                                           << "{}"
                                           << R"({"reason":"subsequent event"})"
                                           << "reopened the engagement: subsequent event";
        QTest::newRow("evidence.remove") << "evidence.remove"
                                         << "evidence/E-007"
                                         << "{}"
                                         << ""
                                         << "removed evidence E-007";
        QTest::newRow("sample.restore") << "sample.restore"
                                        << "item/5.1.1/sample/3/7"
                                        << "{}"
                                        << "{}"
                                        << "changed sample 3 item 7";
        QTest::newRow("evidence.link to a step") << "evidence.link"
                                                 << "item/5.1.1/step/12"
                                                 << ""
                                                 << "E-001"
                                                 << "linked evidence E-001 to step #12";
    }

    /// Trail::itemOfEntity and entityPart: the one reader of the entities the actions write.
    void entitiesAreReadOnce_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("part");
        QTest::newRow("step") << "item/5.1.1/step/12"
                              << "5.1.1"
                              << "step" << 1 << "12";
        QTest::newRow("item alone") << "item/5.1.1"
                                    << "5.1.1"
                                    << "step" << 1 << "";
        QTest::newRow("sample set") << "item/9.2.5/sample/3/7"
                                    << "9.2.5"
                                    << "sample" << 1 << "3";
        QTest::newRow("sample item") << "item/9.2.5/sample/3/7"
                                     << "9.2.5"
                                     << "sample" << 2 << "7";
        QTest::newRow("past the end") << "item/9.2.5/sample/3"
                                      << "9.2.5"
                                      << "sample" << 2 << "";
        QTest::newRow("finding") << "item/5.1.1/finding/F-TA-001"
                                 << "5.1.1"
                                 << "finding" << 1 << "F-TA-001";
        QTest::newRow("the item") << "item/5.1.1/note/4"
                                  << "5.1.1"
                                  << "item" << 1 << "5.1.1";
        // An item id or a value is never read as a kind.
        QTest::newRow("value, not kind") << "item/step/note/4"
                                         << "step"
                                         << "step" << 1 << "";
        QTest::newRow("evidence") << "evidence/E-0001"
                                  << ""
                                  << "evidence" << 1 << "E-0001";
        QTest::newRow("member key") << "team/alice/key"
                                    << ""
                                    << "team" << 1 << "alice";
        QTest::newRow("replica") << "replica/2"
                                 << ""
                                 << "replica" << 1 << "2";
        QTest::newRow("engagement") << "engagement"
                                    << ""
                                    << "engagement" << 1 << "";
        QTest::newRow("not an item") << "items/5.1.1"
                                     << ""
                                     << "items" << 1 << "5.1.1";
        QTest::newRow("empty") << ""
                               << ""
                               << "item" << 1 << "";
    }

    void entitiesAreReadOnce()
    {
        QFETCH(QString, entity);
        QFETCH(QString, item);
        QFETCH(QString, kind);
        QFETCH(int, offset);
        QFETCH(QString, part);
        QCOMPARE(Trail::itemOfEntity(entity), item);
        QCOMPARE(Trail::entityPart(entity, kind, offset), part);
    }

    void sentencesSayWhatHappened()
    {
        QFETCH(QString, action);
        QFETCH(QString, entity);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, sentence);
        QCOMPARE(HistoryText::sentence(entry(action, entity, before, after)), sentence);
    }

    void valuesReadAsPeopleSayThem()
    {
        // Template ids of refreshed steps mean nothing to people: how many steps.
        const QList<HistoryChange> steps
            = HistoryText::changes(entry(QStringLiteral("steps.refresh"), QStringLiteral("item/5.1.1"), {},
                                         QStringLiteral(R"({"added":["rec-d2","rec-o1"]})")));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps[0].after, QStringLiteral("2 step(s)"));
        // Any other list of plain values reads as a list, not as JSON.
        const QList<HistoryChange> items
            = HistoryText::changes(entry(QStringLiteral("catalog.install"), QStringLiteral("catalog"), {},
                                         QStringLiteral(R"({"added":["5.1.1","5.1.2"]})")));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].after, QStringLiteral("5.1.1, 5.1.2"));
        QCOMPARE(HistoryText::value(QStringLiteral("frequency"), QStringLiteral("multiple_daily")),
                 QStringLiteral("several times a day"));
    }

    void conflictsAreNamedForPeople()
    {
        test::FieldworkBook book;
        Workbook& wb = *book.wb;
        const QList<ProcedureStep> steps = Procedures::steps(wb, QStringLiteral("5.1.1"));
        QVERIFY(steps.size() >= 2);
        const ProcedureStep& second = steps[1];
        ConflictRow step { QStringLiteral("procedure_step"),
                           QStringLiteral("[%1]").arg(second.id),
                           QStringLiteral("procedure_step %1 (item 5.1.1)").arg(second.id),
                           QStringLiteral("5.1.1"),
                           { QStringLiteral("result"), QStringLiteral("notes") } };
        QCOMPARE(ConflictText::label(wb, step), QStringLiteral("Step %1 of 5.1.1 — result, notes").arg(second.seq));
        ConflictRow finding { QStringLiteral("finding"),
                              QStringLiteral("[7]"),
                              QStringLiteral("finding F-AL-001"),
                              QStringLiteral("5.1.1"),
                              { QStringLiteral("effect") } };
        QCOMPARE(ConflictText::label(wb, finding), QStringLiteral("Finding F-AL-001 — effect"));
        ConflictRow sample { QStringLiteral("sample_item"),
                             QStringLiteral("[31]"),
                             QStringLiteral("sample_item 4/3 (item 9.2.5)"),
                             QStringLiteral("9.2.5"),
                             { QStringLiteral("result") } };
        QCOMPARE(ConflictText::label(wb, sample), QStringLiteral("Sample item 3 of sample 4 (9.2.5) — result"));
        ConflictRow scope { QStringLiteral("statement_item"),
                            QStringLiteral("[\"5.1.1\"]"),
                            QStringLiteral("statement_item 5.1.1"),
                            QStringLiteral("5.1.1"),
                            {} };
        QCOMPARE(ConflictText::label(wb, scope), QStringLiteral("Applicability of 5.1.1"));
        // A version's values: field names translated, members by name, results by their display name.
        const QJsonObject values { { QStringLiteral("result"), QStringLiteral("no_exception") },
                                   { QStringLiteral("notes"), QStringLiteral("seen\nboth") } };
        const QString shown = ConflictText::values(wb, values);
        QVERIFY2(shown.contains(QStringLiteral("notes: seen both")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("no_exception")) && !shown.contains(u'{'), qPrintable(shown));
        // Nothing raw in any label: no table names, no JSON.
        for (const ConflictRow& r : { step, finding, sample, scope }) {
            const QString l = ConflictText::label(wb, r);
            QVERIFY2(!l.contains(r.table) && !l.contains(u'['), qPrintable(l));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryText)
#include "tst_historytext.moc"
