// The Edit menu's undo texts follow a run-time language switch for every kind of undoable edit made outside the
// item's steps: applicability, assignment, cycle (EngagementMenu) and an evidence's description and links (the
// evidence table's context menu); an edit the engine refuses goes on no undo stack.
#include "UiTestSupport.h"
#include "evidence/EvidenceVault.h"
#include "evidenceview/EvidenceActions.h"
#include "evidenceview/EvidencePanel.h"
#include "fieldwork/Planning.h"
#include "navigator/NavigatorWidget.h"
#include "shell/EngagementMenu.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"

#include <QRegularExpression>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {

const QString kItem = QStringLiteral("5.1.1");

QStringList undoTexts(const QUndoStack& stack)
{
    QStringList out;
    for (int i = 0; i < stack.count(); ++i)
        out << stack.text(i);
    return out;
}

bool japanese(const QString& s)
{
    static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    return kana.match(s).hasMatch();
}

} // namespace

class TestUndoTexts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
    QString m_ref;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        const QString file = m_files.filePath(QStringLiteral("policy.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("information security policy, approved 2025-04-01");
        f.close();
        EvidenceMetadata m;
        m.description = QStringLiteral("the approved policy");
        m_ref = EvidenceVault(*m_t->wb).add({ file, m }, { kItem, {}, {}, {} }).record.ref;
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void undoTextsFollowTheLanguage()
    {
        MainWindow w;
        w.setLanguage(QStringLiteral("en"));
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("lead")));
        QUndoStack* stack = w.undoStack();
        EngagementMenu* menu = w.engagementMenu();
        QVERIFY2(menu->setApplicability({ QStringLiteral("5.1.2") }, Applicability::OutOfScope,
                                        QStringLiteral("not offered")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY2(menu->assign({ kItem }, QStringLiteral("staff1")), qPrintable(Messages::lastMessage()));
        QVERIFY2(menu->setInCycle({ kItem }, false), qPrintable(Messages::lastMessage()));
        w.navigatorWidget()->selectItem(kItem);
        EvidencePanel* panel = w.workspace()->evidence();
        w.workspace()->tabs()->setCurrentWidget(panel);
        QVERIFY(panel->selectEvidence(m_ref));
        QVERIFY2(panel->actions()->editDescription(m_ref, QStringLiteral("the policy as approved by the board")),
                 qPrintable(Messages::lastMessage()));
        QVERIFY2(panel->actions()->unlink(m_ref), qPrintable(Messages::lastMessage()));

        const QStringList english = undoTexts(*stack);
        QCOMPARE(english.size(), 5);
        QVERIFY2(english.at(0).startsWith(QStringLiteral("set 5.1.2 ")), qPrintable(english.at(0)));
        QCOMPARE(english.mid(1),
                 (QStringList { QStringLiteral("assign 5.1.1 to staff1"),
                                QStringLiteral("take 5.1.1 out of this year's cycle"),
                                QStringLiteral("describe evidence %1").arg(m_ref),
                                QStringLiteral("unlink evidence %1 from 5.1.1").arg(m_ref) }));

        w.setLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        const QStringList ja = undoTexts(*stack);
        QCOMPARE(ja.size(), 5);
        QVERIFY2(ja.at(0).startsWith(QStringLiteral("5.1.2 を ")) && japanese(ja.at(0).mid(8)), qPrintable(ja.at(0)));
        QCOMPARE(ja.mid(1),
                 (QStringList { QStringLiteral("5.1.1 を staff1 に割当て"),
                                QStringLiteral("5.1.1 を今年度のサイクルから外す"),
                                QStringLiteral("証跡 %1 の説明の変更").arg(m_ref),
                                QStringLiteral("証跡 %1 の 5.1.1 からのリンク解除").arg(m_ref) }));
        QCOMPARE(stack->undoText(), ja.last());

        w.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(undoTexts(*stack), english);
        // Undo still takes the edits back, in the engine, after the switches.
        stack->undo();
        QCOMPARE(EvidenceVault(*w.workbook()).links(m_ref).size(), 1);
        stack->undo();
        QCOMPARE(EvidenceVault(*w.workbook()).get(m_ref).description, QStringLiteral("the approved policy"));
    }

    void aRefusedEditGoesOnNoStack()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("lead")));
        QUndoStack* stack = w.undoStack();
        const int before = stack->count();
        const QString assignee = Planning::plan(*w.workbook(), kItem).assignee;
        Messages::clearLast();
        QVERIFY(!w.engagementMenu()->assign({ kItem }, QStringLiteral("nobody")));
        QCOMPARE(stack->count(), before);
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("nobody")), qPrintable(Messages::lastMessage()));
        QCOMPARE(Planning::plan(*w.workbook(), kItem).assignee, assignee);
    }
};

QTEST_MAIN(TestUndoTexts)
#include "tst_undotexts.moc"
