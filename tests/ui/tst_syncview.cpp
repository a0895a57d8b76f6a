// Team sync in the app (issue 15): File → Create replica…, File → Synchronise… (export, import, folder) with what
// came in per member, the status bar's replica and last exchange, the conflicts view with the versions side by side
// resolved by a reviewer, and the prompt for a replica that was copied or moved — every action through the engine.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "fieldwork/Procedures.h"
#include "navigator/NavigatorWidget.h"
#include "replication/Replication.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "syncview/ConflictsDialog.h"
#include "syncview/CreateReplicaDialog.h"
#include "syncview/SyncDialog.h"
#include "syncview/SyncStatus.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestSyncView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
    }

    void replicaExchangeAndConflict();
    void copiedReplicaPrompt();

private:
    /// An origin workbook with steps and a replica for staff1 made through File → Create replica…
    struct Pair
    {
        std::unique_ptr<test::TempWorkbook> origin;
        QString replicaPath;
    };
    void makePair(Pair& p);
    void shots(QWidget& w, const QString& name);
};

void TestSyncView::makePair(Pair& p)
{
    p.origin = test::makeWorkbook();
    Workbook& wb = *p.origin->wb;
    test::actAs(wb, QStringLiteral("lead"));
    Procedures::refresh(wb);

    // Staff may not make replicas: the menu entry is off for them, and the engine says why if asked anyway.
    wb.setActor(QStringLiteral("staff1"));
    QVERIFY(!CreateReplicaDialog::canCreate(&wb));
    {
        CreateReplicaDialog refused(&wb);
        // The dialog asks the engine: its button is off and says why, in the engine's words.
        QPushButton* off = nullptr;
        for (QPushButton* b : refused.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("eplica")))
                off = b;
        QVERIFY(off && !off->isEnabled());
        QCOMPARE(off->toolTip(), Replication::createRefusal(wb));
        QVERIFY2(off->toolTip().contains(QStringLiteral("only the lead")), qPrintable(off->toolTip()));
        QCOMPARE(refused.resultLabel()->text(), off->toolTip());
        refused.fileEdit()->setText(p.origin->dir.filePath(QStringLiteral("no.ismapwb")));
        Messages::clearLast();
        QVERIFY(!refused.createReplica());
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("only the lead")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(!QFileInfo::exists(p.origin->dir.filePath(QStringLiteral("no.ismapwb"))));
    }
    wb.setActor(QStringLiteral("lead"));
    QVERIFY(CreateReplicaDialog::canCreate(&wb));

    CreateReplicaDialog d(&wb);
    d.show();
    const int at = d.memberCombo()->findData(QStringLiteral("staff1"));
    QVERIFY(at >= 0);
    d.memberCombo()->setCurrentIndex(at);
    // The default file: ENGAGEMENT-MEMBER.ismapwb next to the workbook.
    const QString base = QFileInfo(p.origin->path).completeBaseName();
    QCOMPARE(QDir::fromNativeSeparators(d.fileEdit()->text()),
             QFileInfo(p.origin->path).dir().filePath(base + QStringLiteral("-staff1.ismapwb")));
    p.replicaPath = QDir::fromNativeSeparators(d.fileEdit()->text());
    d.prefixEdit()->setText(QStringLiteral("SA"));
    const auto create = d.findChildren<QPushButton*>();
    QPushButton* button = nullptr;
    for (QPushButton* b : create)
        if (b->text().contains(QStringLiteral("eplica")))
            button = b;
    QVERIFY(button);
    button->click();
    QVERIFY2(d.resultLabel()->text().contains(QStringLiteral("F-SA-001")), qPrintable(d.resultLabel()->text()));
    QVERIFY(d.resultLabel()->text().contains(QStringLiteral("Replica 1")));
    QVERIFY(QFileInfo::exists(p.replicaPath));
    QCOMPARE(Replication::replicas(wb).size(), 2);
    test::saveScreenshot(d, QStringLiteral("sync-create-replica-%1.png").arg(Language::current()));
}

void TestSyncView::shots(QWidget& w, const QString& name)
{
    if (qEnvironmentVariableIsEmpty("ISMAP_SCREENSHOT_DIR"))
        return;
    for (const QString& lang : { QStringLiteral("ja"), QStringLiteral("en") }) {
        Language::apply(lang);
        for (const QSize size : { QSize(1280, 800), QSize(1600, 1000) }) {
            w.resize(size);
            QCoreApplication::processEvents(); // the new language's texts laid out before the picture
            if (w.layout())
                w.layout()->activate();
            test::saveScreenshot(
                w, QStringLiteral("%1-%2x%3-%4.png").arg(name).arg(size.width()).arg(size.height()).arg(lang));
        }
    }
}

void TestSyncView::replicaExchangeAndConflict()
{
    Pair p;
    makePair(p);
    if (QTest::currentTestFailed())
        return;
    Workbook& origin = *p.origin->wb;
    auto replica = Workbook::open(p.replicaPath);
    test::actAs(*replica, QStringLiteral("staff1"));
    const QList<ProcedureStep> steps = Procedures::steps(*replica, QStringLiteral("5.1.1"));
    QVERIFY(steps.size() >= 2);
    Procedures::setResult(*replica, steps[0].id, StepResult::NoException, QStringLiteral("閲覧済み（レプリカ）"));

    // Export from the replica, import into the origin, through the Synchronise dialog.
    const QString pkg1 = p.origin->dir.filePath(QStringLiteral("one.ismapsync"));
    {
        SyncDialog out(replica.get());
        QCOMPARE(out.forReplicaCombo()->count(), 2); // every replica, or the origin
        QVERIFY(out.exportTo(pkg1));
        QVERIFY2(out.summary()->toPlainText().contains(QStringLiteral("signed by staff1")),
                 qPrintable(out.summary()->toPlainText()));
    }
    auto inDialog = std::make_unique<SyncDialog>(&origin);
    SyncDialog& in = *inDialog;
    QVERIFY(in.importFrom(pkg1));
    const QString summary = in.summary()->toPlainText();
    QVERIFY2(summary.contains(QStringLiteral("from replica 1 (signed by staff1)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("  staff1: steps 1,")), qPrintable(summary));
    QCOMPARE(Procedures::step(origin, steps[0].id)->notes, QStringLiteral("閲覧済み（レプリカ）"));
    // The same package again: nothing new, and the dialog says so.
    QVERIFY(in.importFrom(pkg1));
    QVERIFY(in.summary()->toPlainText().contains(QStringLiteral("nothing new")));
    // A file that is no package: the engine's refusal is shown, the workbook is unchanged.
    const QString junk = p.origin->dir.filePath(QStringLiteral("junk.ismapsync"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a package");
    }
    Messages::clearLast();
    QVERIFY(!in.importFrom(junk));
    QVERIFY(!Messages::lastMessage().isEmpty());

    // Both sides change the same step's notes before they meet: a conflict, recorded with both versions.
    test::actAs(origin, QStringLiteral("staff2"));
    Procedures::setResult(origin, steps[1].id, StepResult::NoException, QStringLiteral("origin says A"));
    Procedures::setResult(*replica, steps[1].id, StepResult::NoException, QStringLiteral("replica says B"));
    const QString pkg2 = p.origin->dir.filePath(QStringLiteral("two.ismapsync"));
    {
        SyncDialog out(replica.get());
        out.forReplicaCombo()->setCurrentIndex(out.forReplicaCombo()->findData(0));
        QVERIFY(out.exportTo(pkg2));
    }
    QVERIFY(in.importFrom(pkg2));
    QVERIFY2(in.summary()->toPlainText().contains(QStringLiteral("1 conflict(s)")),
             qPrintable(in.summary()->toPlainText()));
    QCOMPARE(Replication::conflicts(origin).size(), 1);
    QVERIFY(in.conflictsButton()->text().contains(QStringLiteral("1 open")));
    shots(in, QStringLiteral("sync-dialog"));

    // The conflicts view: the versions side by side, the held one marked.
    auto viewDialog = std::make_unique<ConflictsDialog>(&origin);
    ConflictsDialog& view = *viewDialog;
    view.show();
    QCOMPARE(view.list()->topLevelItemCount(), 1);
    QCOMPARE(view.list()->topLevelItem(0)->text(1), QStringLiteral("5.1.1"));
    // Named for people by the engine (the same words as `ismapctl sync conflicts`): the step by its number, the
    // fields in dispute by their names; no table name or id.
    const QString label = view.list()->topLevelItem(0)->text(0);
    QVERIFY2(label.startsWith(QStringLiteral("Step %1 of 5.1.1 — ").arg(steps[1].seq)) && label.contains(u"notes")
                 && !label.contains(u"procedure_step"),
             qPrintable(label));
    bool titled = false;
    for (QLabel* l : view.findChildren<QLabel*>())
        titled = titled || l->text().startsWith(QStringLiteral("<b>Step %1 of 5.1.1</b>").arg(steps[1].seq));
    QVERIFY2(titled, "the detail does not name the step for people");
    QCOMPARE(view.takeButtons().size(), 2);
    QGroupBox* mine = view.findChild<QGroupBox*>(QStringLiteral("version0"));
    QGroupBox* theirs = view.findChild<QGroupBox*>(QStringLiteral("version1"));
    QVERIFY(mine && theirs);
    auto texts = [](QWidget* w) {
        QStringList all;
        for (QLabel* l : w->findChildren<QLabel*>())
            all << l->text();
        return all.join(u'\n');
    };
    QVERIFY2(texts(mine).contains(QStringLiteral("origin says A")), qPrintable(texts(mine)));
    QVERIFY2(texts(theirs).contains(QStringLiteral("replica says B")), qPrintable(texts(theirs)));
    QVERIFY(texts(theirs).contains(QStringLiteral("Held now")) != texts(mine).contains(QStringLiteral("Held now")));
    shots(view, QStringLiteral("sync-conflicts"));

    // Staff may not decide: the engine's refusal is shown and the conflict stays open.
    Messages::clearLast();
    QVERIFY(!view.takeVersion(0));
    QVERIFY2(Messages::lastMessage().contains(QStringLiteral("reviewer")), qPrintable(Messages::lastMessage()));
    QCOMPARE(Replication::conflicts(origin).size(), 1);

    // The reviewer takes the origin's version with its column's button.
    test::actAs(origin, QStringLiteral("reviewer"));
    QPushButton* takeMine = view.findChild<QPushButton*>(QStringLiteral("take0"));
    QVERIFY(takeMine);
    takeMine->click();
    QCOMPARE(Replication::conflicts(origin).size(), 0);
    QCOMPARE(Procedures::step(origin, steps[1].id)->notes, QStringLiteral("origin says A"));
    const QList<SyncConflict> all = Replication::conflicts(origin, false);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].resolvedBy, QStringLiteral("reviewer"));
    QVERIFY(view.list()->topLevelItem(0)->text(2).contains(QStringLiteral("reviewer")));
    for (QPushButton* b : view.takeButtons())
        QVERIFY(!b->isEnabled()); // resolved: nothing more to take

    // A shared folder: the replica leaves its package there, the origin takes it and leaves its own; remembered.
    const QString shared = p.origin->dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    test::actAs(*replica, QStringLiteral("staff1"));
    Procedures::setResult(*replica, steps[0].id, StepResult::NoException, QStringLiteral("via the folder"));
    {
        SyncDialog viaFolder(replica.get());
        QVERIFY(viaFolder.folderEdit()->text().isEmpty());
        QVERIFY(viaFolder.syncWithFolder(shared));
        QVERIFY2(viaFolder.summary()->toPlainText().contains(QStringLiteral("No package of another replica")),
                 qPrintable(viaFolder.summary()->toPlainText()));
        QCOMPARE(SyncDialog::rememberedFolder(*replica), shared);
    }
    {
        test::actAs(origin, QStringLiteral("lead"));
        SyncDialog viaFolder(&origin);
        QVERIFY(viaFolder.folderEdit()->text().isEmpty()); // remembered per replica, not per engagement
        QVERIFY(viaFolder.syncWithFolder(shared));
        const QString text = viaFolder.summary()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("from replica 1 (signed by staff1)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("This replica's package:")));
        QCOMPARE(Procedures::step(origin, steps[0].id)->notes, QStringLiteral("via the folder"));
        SyncDialog again(&origin);
        QCOMPARE(QDir::fromNativeSeparators(again.folderEdit()->text()), shared);
    }

    // The main window: File → Synchronise… on, Create replica… for the lead on the origin, and the status bar.
    viewDialog.reset(); // the dialogs read the workbooks that close here
    inDialog.reset();
    replica.reset();
    p.origin->wb.reset();
    MainWindow w;
    QVERIFY(w.openWorkbook(p.origin->path, QStringLiteral("lead")));
    QVERIFY(w.syncAction()->isEnabled());
    QVERIFY(w.createReplicaAction()->isEnabled());
    QVERIFY(w.syncStatus()->isVisibleTo(&w));
    QVERIFY2(w.syncStatus()->text().contains(QStringLiteral("Origin · lead")), qPrintable(w.syncStatus()->text()));
    QVERIFY(w.syncStatus()->text().contains(QStringLiteral("last exchange")));
    QVERIFY(!w.syncStatus()->text().contains(QStringLiteral("conflict")));
    shots(w, QStringLiteral("sync-statusbar"));
    ConflictsDialog* fromWindow = w.showConflicts();
    QVERIFY(fromWindow);
    QCOMPARE(fromWindow->list()->topLevelItemCount(), 1); // the resolved one, listed as resolved
    emit fromWindow->list()->itemDoubleClicked(fromWindow->list()->topLevelItem(0), 0);
    QCOMPARE(w.navigatorWidget()->currentItem(), QStringLiteral("5.1.1")); // double-click goes to the item
    QVERIFY(w.closeWorkbook());
    QVERIFY(!w.syncStatus()->isVisibleTo(&w));

    QVERIFY(w.openWorkbook(p.replicaPath, QStringLiteral("staff1")));
    QVERIFY2(w.syncStatus()->text().contains(QStringLiteral("Replica 1 · staff1")), qPrintable(w.syncStatus()->text()));
    QVERIFY(!w.createReplicaAction()->isEnabled()); // a replica makes no replicas
    {
        // The window unlocks the member's key at the first signature: an export asks for it (test seam answers).
        QVERIFY(w.workbook()->unlockedKey(QStringLiteral("staff1")).isNull());
        SyncDialog out(w.workbook());
        QVERIFY2(out.exportTo(p.origin->dir.filePath(QStringLiteral("three.ismapsync"))),
                 qPrintable(Messages::lastMessage()));
        QVERIFY(!w.workbook()->unlockedKey(QStringLiteral("staff1")).isNull());
    }
    QVERIFY(w.closeWorkbook());

    // A workbook without replicas: no sync label, Synchronise… off.
    auto single = test::makeWorkbook();
    const QString singlePath = single->path;
    single->wb.reset();
    QVERIFY(w.openWorkbook(singlePath, QStringLiteral("lead")));
    QVERIFY(!w.syncStatus()->isVisibleTo(&w));
    QVERIFY(!w.syncAction()->isEnabled());
    QVERIFY(w.createReplicaAction()->isEnabled());
}

void TestSyncView::copiedReplicaPrompt()
{
    Pair p;
    makePair(p);
    if (QTest::currentTestFailed())
        return;
    p.origin->wb.reset();
    const QString copy = p.origin->dir.filePath(QStringLiteral("copy.ismapwb"));
    QVERIFY(QFile::copy(p.replicaPath, copy));
    MainWindow w;

    // Cancel: nothing opens.
    SyncStatus::setCopiedAnswer(SyncStatus::CopiedChoice::Cancel);
    QVERIFY(!w.openWorkbook(copy, QStringLiteral("staff1")));
    QVERIFY(!w.workbook());
    QVERIFY2(SyncStatus::lastCopiedText().contains(QStringLiteral("copy or it was moved")),
             qPrintable(SyncStatus::lastCopiedText()));

    // Read-only: the copy can be read, not worked in.
    SyncStatus::setCopiedAnswer(SyncStatus::CopiedChoice::ReadOnly);
    QVERIFY(w.openWorkbook(copy, QStringLiteral("staff1")));
    QVERIFY(w.workbook()->isReadOnly());
    QVERIFY(w.closeWorkbook());
    QVERIFY_THROWS_EXCEPTION(AuditError, Workbook::open(copy)); // still not bound here

    // Claim (it was moved): the same replica at its new place, recorded by the engine.
    const QString moved = p.origin->dir.filePath(QStringLiteral("moved.ismapwb"));
    QVERIFY(QFile::rename(p.replicaPath, moved));
    SyncStatus::setCopiedAnswer(SyncStatus::CopiedChoice::Claim);
    QVERIFY(w.openWorkbook(moved, QStringLiteral("staff1")));
    QVERIFY(!w.workbook()->isReadOnly());
    QCOMPARE(w.workbook()->replicaNumber(), 1);
    QVERIFY(w.closeWorkbook());
    SyncStatus::setCopiedAnswer(std::nullopt);
    auto again = Workbook::open(moved); // bound here now: opens without a word
    QCOMPARE(again->replicaNumber(), 1);
}

QTEST_MAIN(TestSyncView)
#include "tst_syncview.moc"
