// Team sync (issue 15): four replicas of one engagement doing random valid work and exchanging packages in random
// orders and subsets, many seeds — at the end every replica holds the same rows and trail (as a set), `verify`
// passes on each, and the conflicts are listed the same everywhere; plus the targeted cases the engine decides.
#include "Ed25519TestKey.h"
#include "FieldworkFixture.h"
#include "common/Language.h"
#include "common/TextCode.h"
#include "engagement/Verifier.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "replication/Replication.h"
#include "replication/SyncText.h"
#include "sync/SyncPackage.h"
#include "trail/RowState.h"
#include "workbook/MemberKeys.h"
#include "workbook/Search.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace ismap;
using namespace ismap::test;

namespace {

/// One laptop: a replica open as its member, with the member's key unlocked.
struct Laptop
{
    QString path;
    QString member;
    std::unique_ptr<Workbook> wb;
};

/// The content every replica must agree on: every row of the tables that travel (sorted, whatever their local
/// rowids), and the trail's rows as a set.
QByteArray content(Workbook& wb)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& table : RowState::auditedTables(wb.db())) {
        if (!RowState::travels(table.toUtf8().constData()))
            continue;
        QStringList rows;
        Query q = wb.db().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.step()) {
            QStringList fields;
            for (int c = 0; c < q.columnCount(); ++c)
                fields << q.value(c).toString();
            rows << fields.join(u'\x1f');
        }
        rows.sort();
        h.addData(table.toUtf8());
        h.addData(rows.join(u'\n').toUtf8());
    }
    QStringList trail;
    Query t = wb.db().prepare("SELECT hash FROM trail");
    while (t.step())
        trail << t.text(0);
    trail.sort();
    h.addData(trail.join(u',').toUtf8());
    return h.result().toHex();
}

/// The first @p n items that have procedure steps.
QStringList itemsWithSteps(Workbook& wb, int n)
{
    QStringList out;
    for (const ProcedureStep& s : Procedures::allSteps(wb))
        if (!out.contains(s.itemId) && out.size() < n)
            out << s.itemId;
    return out;
}

/// What every replica must list alike: each conflict's id, row, state and the version the row holds. (The fields
/// listed per version are what each replica saw disputed; a replica that received a later change of other fields
/// in another order may list more of them — a known limit, see the issue note.)
QStringList conflictLines(Workbook& wb)
{
    QStringList out;
    for (const SyncConflict& c : Replication::conflicts(wb, false)) {
        QStringList versions;
        for (const ConflictVersion& v : c.versions)
            versions << QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(v.replica)
                            .arg(v.member, v.stamp,
                                 QString::fromUtf8(QJsonDocument(v.values).toJson(QJsonDocument::Compact)))
                            .arg(v.deleted);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 [%8]")
                   .arg(c.id, c.label, c.itemId, c.open ? u"open"_qs : u"resolved"_qs, c.current, c.detectedAt,
                        c.resolvedBy, versions.join(u"; "));
    }
    return out;
}

class Team
{
public:
    explicit Team(FieldworkBook& origin)
        : m_origin(origin)
    {
        for (const TeamMember& m : origin.wb->team())
            m_keys.insert(m.name, origin.wb->unlockedKey(m.name));
        origin.as("lead");
        const QStringList members { QStringLiteral("staff1"), QStringLiteral("staff2"), QStringLiteral("reviewer") };
        for (const QString& m : members) {
            const QString path = origin.dir.filePath(m + QStringLiteral(".ismapwb"));
            Replication::createReplica(*origin.wb, path, m);
        }
        laptops.push_back({ origin.path, QStringLiteral("lead"), nullptr });
        for (const QString& m : members)
            laptops.push_back({ origin.dir.filePath(m + QStringLiteral(".ismapwb")), m, nullptr });
        origin.wb.reset();
        for (Laptop& l : laptops)
            open(l);
    }
    void open(Laptop& l)
    {
        l.wb = Workbook::open(l.path);
        l.wb->setActor(l.member);
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
            l.wb->addUnlockedKey(it.key(), it.value());
    }
    /// Sends what @p from holds to @p to; returns whether anything new came in.
    bool send(int from, int to, bool forPeer)
    {
        const QString file = m_origin.dir.filePath(QStringLiteral("p-%1-%2-%3.ismapsync").arg(from).arg(to).arg(++m_n));
        Replication::exportPackage(*laptops[from].wb, file,
                                   forPeer ? std::optional<int>(laptops[to].wb->replicaNumber()) : std::nullopt);
        try {
            return Replication::importPackage(*laptops[to].wb, file).changed();
        } catch (const AuditError& e) {
            qWarning("%s refused %s's package: %s", qPrintable(laptops[to].member), qPrintable(laptops[from].member),
                     qPrintable(e.message()));
            throw;
        }
    }
    /// Every replica sends to every other until nothing new arrives anywhere.
    void settle()
    {
        for (int round = 0; round < 8; ++round) {
            bool any = false;
            for (int a = 0; a < int(laptops.size()); ++a)
                for (int b = 0; b < int(laptops.size()); ++b)
                    if (a != b)
                        any = send(a, b, true) || any;
            if (!any)
                return;
        }
        QFAIL("the replicas did not settle in eight rounds of exchanges");
    }
    std::vector<Laptop> laptops;

private:
    FieldworkBook& m_origin;
    QHash<QString, MemberKey> m_keys;
    int m_n = 0;
};

/// One random valid action of the member on laptop @p l; refusals (the engine's rules) are part of the game.
void randomAction(Laptop& l, QRandomGenerator& rng, const QStringList& items, const QString& evidenceDir)
{
    Workbook& wb = *l.wb;
    const QString item = items.at(int(rng.bounded(items.size())));
    try {
        switch (rng.bounded(7)) {
        case 0:
        case 1: {
            const QList<ProcedureStep> steps = Procedures::steps(wb, item);
            if (steps.isEmpty())
                return;
            const ProcedureStep s = steps.at(int(rng.bounded(steps.size())));
            Procedures::setResult(wb, s.id, rng.bounded(4) == 0 ? StepResult::NotApplicable : StepResult::NoException,
                                  QStringLiteral("%1 at %2").arg(l.member).arg(rng.bounded(1000)),
                                  VoidConsent::Confirmed);
            break;
        }
        case 2: {
            Finding f;
            f.itemId = item;
            f.title = QStringLiteral("finding by %1").arg(l.member);
            f.condition = QStringLiteral("condition %1").arg(rng.bounded(1000));
            Findings::raise(wb, f);
            break;
        }
        case 3: {
            const QList<Finding> findings = Findings::forItem(wb, item);
            if (findings.isEmpty())
                return;
            FindingEdit e;
            e.effect = QStringLiteral("effect by %1 %2").arg(l.member).arg(rng.bounded(1000));
            Findings::edit(wb, findings.at(int(rng.bounded(findings.size()))).ref, e);
            break;
        }
        case 4:
            Review::addNote(wb, item, QStringLiteral("note by %1 %2").arg(l.member).arg(rng.bounded(1000)));
            break;
        case 6: {
            // Samples: a draw, or a result (pass, fail — which raises a finding — or not applicable) with notes.
            const QList<SampleSet> sets = Sampling::sets(wb, item);
            if (sets.isEmpty() || rng.bounded(4) == 0) {
                Sampling::draw(wb, item, 40, QStringLiteral("quarterly"), rng.generate64());
                break;
            }
            const SampleSet& set = sets.at(int(rng.bounded(sets.size())));
            const SampleResult results[] = { SampleResult::Pass, SampleResult::Fail, SampleResult::NotApplicable };
            Sampling::setResult(wb, set.id, 1 + int(rng.bounded(int(set.size))), results[rng.bounded(3)],
                                QStringLiteral("sample by %1 %2").arg(l.member).arg(rng.bounded(1000)));
            break;
        }
        case 5: {
            if (rng.bounded(2) == 0) {
                Review::signOff(wb, item);
                break;
            }
            const QString path = QStringLiteral("%1/%2-%3.txt").arg(evidenceDir, l.member).arg(rng.generate());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("evidence of %1 %2").arg(l.member).arg(rng.generate()).toUtf8());
            file.close();
            EvidenceVault(wb).add(EvidenceFile { path, {} }, EvidenceTarget { item, {}, {}, {} });
            break;
        }
        }
    } catch (const AuditError&) {
        // A rule said no (a reviewer may not prepare what they review, …): a valid refusal, nothing changed.
    }
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT
private slots:
    void replicasHandOutIdsAndReferencesThatNeverCollide();
    void randomWorkConvergesOnEveryReplica_data();
    void randomWorkConvergesOnEveryReplica();
    void deleteAgainstChangeIsAConflict();
    void mergeVoidsSignOffsWhoseContentChanged();
    void importedStepNotesAreFoundBySearch();
    void packagesOfUnknownOrRevokedKeysAreRefused();
    void theSummaryIsOneTextForBothFrontEnds();
};

void TestReplication::replicasHandOutIdsAndReferencesThatNeverCollide()
{
    FieldworkBook origin;
    Team team(origin);
    const QStringList items = itemsWithSteps(*team.laptops[0].wb, 2);
    QVERIFY(!items.isEmpty());
    QSet<qint64> ids;
    QSet<QString> refs;
    for (Laptop& l : team.laptops) {
        Finding f;
        f.itemId = items.first();
        f.title = l.member;
        f.condition = QStringLiteral("c");
        const Finding made = Findings::raise(*l.wb, f);
        QVERIFY2(!refs.contains(made.ref), qPrintable(made.ref));
        QVERIFY(!ids.contains(made.id));
        refs.insert(made.ref);
        ids.insert(made.id);
        QCOMPARE(Database::replicaOf(made.id), l.wb->replicaNumber());
    }
    QVERIFY(refs.contains(QStringLiteral("F-001")) || refs.contains(QStringLiteral("F-002")));
    team.settle();
    for (Laptop& l : team.laptops)
        QCOMPARE(Findings::forItem(*l.wb, items.first()).size(), 4);
}

void TestReplication::randomWorkConvergesOnEveryReplica_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 2u, 3u, 5u, 8u, 13u, 21u, 34u, 55u, 89u, 144u, 233u })
        QTest::addRow("seed %u", seed) << seed;
}

void TestReplication::randomWorkConvergesOnEveryReplica()
{
    QFETCH(quint32, seed);
    FieldworkBook origin;
    Team team(origin);
    QRandomGenerator rng(seed);
    // A few items only, so that replicas meet on the same rows.
    const QStringList items = itemsWithSteps(*team.laptops[0].wb, 3);
    const QString evidenceDir = origin.dir.path();
    const int n = int(team.laptops.size());
    for (int step = 0; step < 60; ++step) {
        if (rng.bounded(3) == 0) {
            const int a = int(rng.bounded(n));
            int b = int(rng.bounded(n - 1));
            if (b >= a)
                ++b;
            team.send(a, b, rng.bounded(2) == 0);
        } else {
            randomAction(team.laptops[size_t(rng.bounded(n))], rng, items, evidenceDir);
        }
    }
    team.settle();
    const QByteArray reference = content(*team.laptops[0].wb);
    const QStringList conflicts = conflictLines(*team.laptops[0].wb);
    for (Laptop& l : team.laptops) {
        QCOMPARE(content(*l.wb), reference);
        const VerifyReport r = Verifier(*l.wb, &Review::contentHash).run();
        QVERIFY2(r.ok(), qPrintable(l.member + u": " + r.problems.join(u'\n')));
        // The same conflicts, with the same versions, on every replica, whatever order the packages came in.
        QCOMPARE(conflictLines(*l.wb), conflicts);
    }
    // The lead decides each open conflict (taking the version the row holds, or the other one); the resolutions
    // travel and close the conflict everywhere.
    Workbook& lead = *team.laptops[0].wb;
    int resolved = 0;
    for (const SyncConflict& c : Replication::conflicts(lead)) {
        const int take = rng.bounded(2) == 0 || c.versions.size() < 2 ? c.current.toInt() : c.versions.last().replica;
        try {
            Replication::resolve(lead, c.id, ConflictTake::Replica, take);
            ++resolved;
        } catch (const AuditError& e) {
            // Taking a changed version of a row deleted here is refused, naming the way out: take the deletion.
            QVERIFY2(e.message().contains(u"deleted here"), qPrintable(e.message()));
            Replication::resolve(lead, c.id, ConflictTake::Replica, c.current.toInt());
            ++resolved;
        }
    }
    qInfo("seed %u: %lld conflicts, %d resolved by the lead", seed, qint64(conflicts.size()), resolved);
    team.settle();
    const QByteArray decided = content(lead);
    const QStringList after = conflictLines(lead);
    for (Laptop& l : team.laptops) {
        QCOMPARE(Replication::conflicts(*l.wb).size(), 0);
        QCOMPARE(conflictLines(*l.wb), after);
        QCOMPARE(content(*l.wb), decided);
        const VerifyReport r = Verifier(*l.wb, &Review::contentHash).run();
        QVERIFY2(r.ok(), qPrintable(l.member + u": " + r.problems.join(u'\n')));
    }
}

void TestReplication::deleteAgainstChangeIsAConflict()
{
    FieldworkBook origin;
    Team team(origin);
    Laptop& staff1 = team.laptops[1];
    Laptop& staff2 = team.laptops[2];
    const QString item = itemsWithSteps(*staff1.wb, 1).first();
    Finding f;
    f.itemId = item;
    f.title = QStringLiteral("draft by staff1");
    f.condition = QStringLiteral("c");
    const Finding made = Findings::raise(*staff1.wb, f);
    team.send(1, 2, true);
    // staff1 withdraws the draft while staff2 edits it.
    Findings::withdraw(*staff1.wb, made.ref);
    FindingEdit e;
    e.effect = QStringLiteral("staff2's effect");
    Findings::edit(*staff2.wb, made.ref, e);
    team.send(1, 2, true);
    team.send(2, 1, true);
    const QList<SyncConflict> a = Replication::conflicts(*staff1.wb);
    const QList<SyncConflict> b = Replication::conflicts(*staff2.wb);
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QCOMPARE(a.first().id, b.first().id);
    bool deleted = false;
    for (const ConflictVersion& v : a.first().versions)
        deleted = deleted || v.deleted;
    QVERIFY2(deleted, "the conflict does not show the deletion");
    QVERIFY(!Findings::byRef(*staff1.wb, made.ref));
    QVERIFY2(!Findings::byRef(*staff2.wb, made.ref), "the deletion did not win on the side that changed the finding");
    team.settle();
    QCOMPARE(content(*staff1.wb), content(*staff2.wb));
}

void TestReplication::importedStepNotesAreFoundBySearch()
{
    // An import rebuilds the step notes' search rows once per item (the per-change trigger is set aside): what
    // came in is found, what it replaced is not, and the notes of the item's other steps stay found.
    FieldworkBook origin;
    Team team(origin);
    Laptop& lead = team.laptops[0];
    Laptop& staff1 = team.laptops[1];
    const QString item = itemsWithSteps(*staff1.wb, 2).first();
    const QList<ProcedureStep> steps = Procedures::steps(*staff1.wb, item);
    QVERIFY(steps.size() >= 2);
    Procedures::setResult(*staff1.wb, steps.at(0).id, StepResult::NoException, QStringLiteral("walrusalpha log"));
    Procedures::setResult(*staff1.wb, steps.at(1).id, StepResult::NoException, QStringLiteral("pelicanbeta log"));
    QVERIFY(team.send(1, 0, true));
    QCOMPARE(Search::matchingItems(*lead.wb, QStringLiteral("walrusalpha")), QSet<QString> { item });
    QCOMPARE(Search::matchingItems(*lead.wb, QStringLiteral("pelicanbeta")), QSet<QString> { item });
    Procedures::setResult(*staff1.wb, steps.at(0).id, StepResult::NoException, QStringLiteral("otterzeta log"),
                          VoidConsent::Confirmed);
    QVERIFY(team.send(1, 0, true));
    QCOMPARE(Search::matchingItems(*lead.wb, QStringLiteral("otterzeta")), QSet<QString> { item });
    QVERIFY(Search::matchingItems(*lead.wb, QStringLiteral("walrusalpha")).isEmpty());
    QCOMPARE(Search::matchingItems(*lead.wb, QStringLiteral("pelicanbeta")), QSet<QString> { item });
    // The trigger is back: a note typed on the lead's laptop after the import is found at once.
    lead.wb->setActor(QStringLiteral("lead"));
    Procedures::setResult(*lead.wb, steps.at(1).id, StepResult::NoException, QStringLiteral("heronkappa log"),
                          VoidConsent::Confirmed);
    QCOMPARE(Search::matchingItems(*lead.wb, QStringLiteral("heronkappa")), QSet<QString> { item });
    QVERIFY(Search::matchingItems(*lead.wb, QStringLiteral("pelicanbeta")).isEmpty());
}

void TestReplication::mergeVoidsSignOffsWhoseContentChanged()
{
    FieldworkBook origin;
    Team team(origin);
    Laptop& staff1 = team.laptops[1];
    Laptop& staff2 = team.laptops[2];
    const QString item = itemsWithSteps(*staff1.wb, 1).first();
    for (const ProcedureStep& s : Procedures::steps(*staff1.wb, item))
        Procedures::setResult(*staff1.wb, s.id, StepResult::NoException, QStringLiteral("ok"));
    team.send(1, 2, true);
    // staff1 signs the item off while staff2, on the other laptop, changes it: when the change arrives, the sign-off
    // no longer covers the content.
    Review::signOff(*staff1.wb, item);
    QCOMPARE(Review::signOffs(*staff1.wb, item, false).size(), 1);
    const ProcedureStep first = Procedures::steps(*staff2.wb, item).first();
    Procedures::setResult(*staff2.wb, first.id, StepResult::NoException, QStringLiteral("changed by staff2"),
                          VoidConsent::Confirmed);
    team.send(2, 1, true);
    QCOMPARE(Review::signOffs(*staff1.wb, item, false).size(), 0);
    const QList<SignOff> all = Review::signOffs(*staff1.wb, item, true);
    QCOMPARE(all.size(), 1);
    QVERIFY2(TextCode::render(all.first().voidReason).contains(QStringLiteral("merge from staff2")),
             qPrintable(TextCode::render(all.first().voidReason)));
    team.settle();
    QCOMPARE(content(*staff1.wb), content(*staff2.wb));
    for (Laptop& l : team.laptops)
        QVERIFY2(Verifier(*l.wb, &Review::contentHash).run().ok(),
                 qPrintable(Verifier(*l.wb, &Review::contentHash).run().problems.join(u'\n')));
}

void TestReplication::packagesOfUnknownOrRevokedKeysAreRefused()
{
    FieldworkBook origin;
    Team team(origin);
    Laptop& lead = team.laptops[0];
    Laptop& staff1 = team.laptops[1];
    Finding f;
    f.itemId = itemsWithSteps(*staff1.wb, 1).first();
    f.title = QStringLiteral("by staff1");
    f.condition = QStringLiteral("c");
    Findings::raise(*staff1.wb, f);
    const QString good = origin.dir.filePath(QStringLiteral("good.ismapsync"));
    Replication::exportPackage(*staff1.wb, good, 0);

    auto expectRefusedImport = [&](const QString& file, const QString& text) {
        const QByteArray before = content(*lead.wb);
        const qint64 rows = Trail::count(lead.wb->db());
        try {
            Replication::importPackage(*lead.wb, file);
            QFAIL("the package should have been refused");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(text), qPrintable(e.message()));
        }
        QCOMPARE(Trail::count(lead.wb->db()), rows);
        QCOMPARE(content(*lead.wb), before);
    };

    // Signed by a key nobody registered, in staff1's name.
    const Ed25519TestKey stranger;
    const QString forged = origin.dir.filePath(QStringLiteral("forged.ismapsync"));
    {
        sync::SyncHeader h;
        h.engagementId = lead.wb->engagement().uuid;
        h.replicaId = staff1.wb->replicaUid();
        h.member = QStringLiteral("staff1");
        h.keyFingerprint = stranger.fingerprint();
        h.createdAt = QStringLiteral("2026-12-07T00:00:00.000Z");
        sync::SyncPackageWriter w(forged, h, [&](QByteArrayView digest) { return stranger.sign(digest); });
        w.finish();
    }
    expectRefusedImport(forged, QStringLiteral("not registered"));

    // staff1's key revoked on the lead's file: a package it signed is refused, even one made before.
    lead.wb->setActor(QStringLiteral("lead"));
    MemberKeys::revoke(*lead.wb, QStringLiteral("staff1"), QStringLiteral("laptop lost"));
    expectRefusedImport(good, QStringLiteral("revoked"));
}

QTEST_GUILESS_MAIN(TestReplication)
/// SyncText: what an exchange did, the words `ismapctl sync import|export|folder` prints and the Synchronise dialog
/// shows — per member with the evidence size, the new content, the conflicts with where to decide them, the voided
/// sign-offs; one line when nothing was new.
void TestReplication::theSummaryIsOneTextForBothFrontEnds()
{
    Language::apply(QStringLiteral("en"));
    SyncImportResult r;
    r.file = QStringLiteral("/packages/one.ismapsync");
    r.fromMember = QStringLiteral("staff1");
    r.fromReplica = 1;
    r.actions = 4;
    MemberActivity staff1;
    staff1.steps = 2;
    staff1.evidence = 1;
    staff1.evidenceBytes = 1536 * 1024;
    r.byMember.insert(QStringLiteral("staff1"), staff1);
    MemberActivity lead;
    lead.signOffs = 1;
    r.byMember.insert(QStringLiteral("lead"), lead);
    r.evidenceFiles = 1;
    r.evidenceBytes = 1536 * 1024;
    r.conflicts = QStringList { QStringLiteral("0a1b2c3d4e"), QStringLiteral("5f6a7b8c9d") };
    r.signOffsVoided = 1;
    const QStringList lines = SyncText::importLines(r, QStringLiteral("see HERE"));
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines[0].startsWith(QDir::toNativeSeparators(r.file) + QStringLiteral(": imported 4 action"))
                 && lines[0].endsWith(QStringLiteral("from replica 1 (signed by staff1):")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("  lead: steps 0,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("  staff1: steps 2, samples 0,")), qPrintable(lines[2]));
    QVERIFY2(SyncText::bytes(staff1.evidenceBytes).startsWith(QStringLiteral("1.5")),
             qPrintable(SyncText::bytes(staff1.evidenceBytes)));
    QVERIFY2(lines[2].contains(QStringLiteral("evidence 1 (%1)").arg(SyncText::bytes(staff1.evidenceBytes))),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("  Evidence content: 1 new file")), qPrintable(lines[3]));
    QVERIFY2(lines[4].contains(QStringLiteral("2 conflict"))
                 && lines[4].contains(QStringLiteral("0a1b2c3d4e, 5f6a7b8c9d"))
                 && lines[4].contains(QStringLiteral("(see HERE)")),
             qPrintable(lines[4]));
    QVERIFY2(lines[5].contains(QStringLiteral("1 sign-off")) && lines[5].contains(QStringLiteral("voided")),
             qPrintable(lines[5]));
    QCOMPARE(SyncText::importText(r, QStringLiteral("see HERE")), lines.join(u'\n'));

    // Nothing new: one line, no per-member lines, whatever the result holds otherwise.
    SyncImportResult again;
    again.file = r.file;
    again.alreadyHeld = 5;
    const QStringList none = SyncText::importLines(again, QStringLiteral("see HERE"));
    QCOMPARE(none.size(), 1);
    QVERIFY2(none[0].contains(QStringLiteral("nothing new (5 row")), qPrintable(none[0]));

    SyncExportResult out;
    out.file = QStringLiteral("/packages/two.ismapsync");
    out.actions = 3;
    out.evidenceFiles = 2;
    out.evidenceBytes = 2048;
    const QString all = SyncText::exportText(out, QStringLiteral("lead"));
    QVERIFY2(all.contains(QStringLiteral("3 action")) && all.contains(QStringLiteral("in 2 file"))
                 && all.endsWith(QStringLiteral("signed by lead.")),
             qPrintable(all));
    out.forReplica = 2;
    QVERIFY2(
        SyncText::exportText(out, QStringLiteral("lead")).endsWith(QStringLiteral("replica 2 is not known to hold.)")),
        qPrintable(SyncText::exportText(out, QStringLiteral("lead"))));
}

#include "tst_replication.moc"
