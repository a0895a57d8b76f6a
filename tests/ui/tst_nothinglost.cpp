// Nothing typed is lost (issue 13, point 1): text typed into every editor of the item workspace is either saved
// as one undoable engine action when the user leaves it (another row, another item, closing the window, opening
// another workbook) or, where the engine cannot take it without a decision, kept while the item is shown and asked
// about before leaving. Each case types as a user would and then reads the engine, not the widget.
#include "UiTestSupport.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "navigator/NavigatorWidget.h"
#include "review/ReviewPanel.h"
#include "sampling/SampleItemsModel.h"
#include "sampling/SamplingPanel.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
const QString kItem = QStringLiteral("5.1.1");
const QString kOther = QStringLiteral("5.1.2");

void type(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

Finding findingOf(Workbook& wb, const QString& ref)
{
    for (const Finding& f : Findings::forItem(wb, kItem))
        if (f.ref == ref)
            return f;
    return {};
}
} // namespace

class TestNothingLost : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        test::isolateSettings();
        Messages::setCapture(true, true);
        Messages::clearLast();
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        Finding f;
        f.itemId = kItem;
        f.title = QStringLiteral("Access reviews late");
        m_ref = Findings::raise(*m_t->wb, f).ref;
        f.title = QStringLiteral("Second finding");
        m_ref2 = Findings::raise(*m_t->wb, f).ref;
        const QList<ProcedureStep> steps = Procedures::steps(*m_t->wb, kItem);
        QVERIFY(steps.size() >= 3);
        Procedures::setResult(*m_t->wb, steps[0].id, StepResult::NoException, QStringLiteral("seen"));
        const SampleSet set = Sampling::draw(*m_t->wb, kItem, 12, QStringLiteral("monthly"), 7);
        m_setId = set.id;
        Sampling::setResult(*m_t->wb, set.id, 1, SampleResult::Pass, {}, {});
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void cleanup() { m_t.reset(); }

    /// The reported bug: type into a finding's effect (and every other field), click another item, come back.
    void findingFieldsAreSavedOnItemSwitchAsOneUndoableEdit()
    {
        MainWindow w;
        FindingsPanel* p = openFindings(w);
        QVERIFY(p);
        p->titleField()->selectAll();
        type(p->titleField(), QStringLiteral("Reviews late"));
        type(p->conditionField(), QStringLiteral("condition typed"));
        type(p->criteriaField(), QStringLiteral("criteria typed"));
        type(p->causeField(), QStringLiteral("cause typed"));
        type(p->effectField(), QStringLiteral("effect is large"));
        type(p->responseField(), QStringLiteral("response typed"));
        const int before = w.undoStack()->count();
        w.navigatorWidget()->selectItem(kOther);
        QCOMPARE(w.workspace()->itemId(), kOther);
        Finding f = findingOf(*w.workbook(), m_ref);
        QCOMPARE(f.title, QStringLiteral("Reviews late"));
        QCOMPARE(f.condition, QStringLiteral("condition typed"));
        QCOMPARE(f.criteria, QStringLiteral("criteria typed"));
        QCOMPARE(f.cause, QStringLiteral("cause typed"));
        QCOMPARE(f.effect, QStringLiteral("effect is large"));
        QCOMPARE(f.response, QStringLiteral("response typed"));
        QCOMPARE(w.undoStack()->count(), before + 1); // one save, one undoable action
        QVERIFY(Messages::lastMessage().isEmpty()); // saved without asking

        // Coming back shows what was saved; undo takes the whole save back.
        w.navigatorWidget()->selectItem(kItem);
        w.workspace()->tabs()->setCurrentWidget(p);
        p->selectFinding(m_ref);
        QCOMPARE(p->effectField()->toPlainText(), QStringLiteral("effect is large"));
        w.undoStack()->undo();
        f = findingOf(*w.workbook(), m_ref);
        QCOMPARE(f.effect, QString());
        QCOMPARE(f.title, QStringLiteral("Access reviews late"));
    }

    void findingIsSavedWhenAnotherFindingIsChosen()
    {
        MainWindow w;
        FindingsPanel* p = openFindings(w);
        QVERIFY(p);
        type(p->effectField(), QStringLiteral("effect one"));
        p->selectFinding(m_ref2);
        QCOMPARE(p->currentRef(), m_ref2);
        QCOMPARE(findingOf(*w.workbook(), m_ref).effect, QStringLiteral("effect one"));
        QCOMPARE(p->effectField()->toPlainText(), QString()); // the second finding's own (empty) effect
        // Leaving the tab saves as well.
        type(p->causeField(), QStringLiteral("cause two"));
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->steps());
        QCOMPARE(findingOf(*w.workbook(), m_ref2).cause, QStringLiteral("cause two"));
        // A change in the engine (an undo, a step result) reloads the tab without eating what is being typed.
        w.workspace()->tabs()->setCurrentWidget(p);
        type(p->effectField(), QStringLiteral("effect two"));
        Finding other;
        other.itemId = kItem;
        other.title = QStringLiteral("raised elsewhere");
        Findings::raise(*w.workbook(), other);
        QCOMPARE(p->model()->rowCount(), 3);
        QCOMPARE(p->currentRef(), m_ref2);
        QCOMPARE(p->effectField()->toPlainText(), QStringLiteral("effect two"));
        QCOMPARE(p->causeField()->toPlainText(), QStringLiteral("cause two"));
    }

    void stepNotesAreSavedOrAskedAbout()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("lead")));
        w.navigatorWidget()->selectItem(kItem);
        StepsPanel* s = w.workspace()->steps();
        w.workspace()->showSteps();
        const QList<ProcedureStep> steps = Procedures::steps(*w.workbook(), kItem);
        // Step 1 has its result: its notes are saved as you go.
        s->list()->setCurrentItem(s->list()->topLevelItem(0));
        s->notesField()->selectAll();
        type(s->notesField(), QStringLiteral("inspected the policy"));
        // Step 2 has none: its notes are kept as a draft while the item is shown, across step switches.
        s->list()->setCurrentItem(s->list()->topLevelItem(1));
        QCOMPARE(Procedures::step(*w.workbook(), steps[0].id)->notes, QStringLiteral("inspected the policy"));
        QCOMPARE(Procedures::step(*w.workbook(), steps[0].id)->result, StepResult::NoException);
        type(s->notesField(), QStringLiteral("half done"));
        s->list()->setCurrentItem(s->list()->topLevelItem(2));
        QVERIFY(s->notesField()->text().isEmpty());
        s->list()->setCurrentItem(s->list()->topLevelItem(1));
        QCOMPARE(s->notesField()->text(), QStringLiteral("half done"));

        // Leaving the item asks; "No" stays on the item with the text where it was.
        Messages::setCapture(true, false);
        w.navigatorWidget()->selectItem(kOther);
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("half done")), qPrintable(Messages::lastMessage()));
        QCOMPARE(w.workspace()->itemId(), kItem);
        QCOMPARE(w.navigatorWidget()->currentItem(), kItem);
        QCOMPARE(s->notesField()->text(), QStringLiteral("half done"));
        // "Yes" discards it and goes on.
        Messages::setCapture(true, true);
        Messages::clearLast();
        w.navigatorWidget()->selectItem(kOther);
        QVERIFY(!Messages::lastMessage().isEmpty());
        QCOMPARE(w.workspace()->itemId(), kOther);
        QCOMPARE(Procedures::step(*w.workbook(), steps[1].id)->notes, QString());
    }

    void sampleItemTextsAreSavedOrAskedAbout()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("lead")));
        w.navigatorWidget()->selectItem(kItem);
        SamplingPanel* p = w.workspace()->sampling();
        w.workspace()->tabs()->setCurrentWidget(p);
        QCOMPARE(p->currentSetId(), m_setId);
        p->table()->setCurrentIndex(p->model()->index(0, 0)); // item 1 passed
        type(p->notesField(), QStringLiteral("invoice 0042 approved"));
        type(p->labelField(), QStringLiteral("INV-0042"));
        p->table()->setCurrentIndex(p->model()->index(1, 0)); // item 2: no result yet
        SampleItem first = Sampling::set(*w.workbook(), m_setId)->items.at(0);
        QCOMPARE(first.notes, QStringLiteral("invoice 0042 approved"));
        QCOMPARE(first.label, QStringLiteral("INV-0042"));
        QCOMPARE(first.result, SampleResult::Pass);
        type(p->notesField(), QStringLiteral("waiting for the ticket"));
        Messages::setCapture(true, false);
        w.navigatorWidget()->selectItem(kOther);
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("waiting for the ticket")),
                 qPrintable(Messages::lastMessage()));
        QCOMPARE(w.workspace()->itemId(), kItem);
        QCOMPARE(p->notesField()->text(), QStringLiteral("waiting for the ticket"));
        // The draw form's description of a sample not drawn yet is asked about as well.
        p->descriptionField()->setText(QStringLiteral("change tickets of the period"));
        p->notesField()->clear();
        Messages::clearLast();
        w.navigatorWidget()->selectItem(kOther);
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("change tickets of the period")),
                 qPrintable(Messages::lastMessage()));
        QCOMPARE(w.workspace()->itemId(), kItem);
    }

    void reviewNoteTextsAreAskedAbout()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("lead")));
        w.navigatorWidget()->selectItem(kItem);
        ReviewPanel* r = w.workspace()->review();
        w.workspace()->tabs()->setCurrentWidget(r);
        type(r->noteField(), QStringLiteral("Where is the approval?"));
        type(r->resolutionField(), QStringLiteral("Approval attached"));
        FindingsPanel* f = w.workspace()->findings();
        type(f->newTitleField(), QStringLiteral("A finding to raise"));
        Messages::setCapture(true, false);
        w.navigatorWidget()->selectItem(kOther);
        const QString asked = Messages::lastMessage();
        for (const char* text : { "Where is the approval?", "Approval attached", "A finding to raise" })
            QVERIFY2(asked.contains(QString::fromUtf8(text)), qPrintable(asked));
        QCOMPARE(w.workspace()->itemId(), kItem);
        QCOMPARE(r->noteField()->text(), QStringLiteral("Where is the approval?"));
        Messages::setCapture(true, true);
        w.navigatorWidget()->selectItem(kOther);
        QCOMPARE(w.workspace()->itemId(), kOther);
        QVERIFY(r->noteField()->text().isEmpty());
        QVERIFY(Review::notes(*w.workbook(), kItem).isEmpty()); // nothing raised behind the user's back
    }

    void closingTheWindowSavesOrAsks()
    {
        {
            MainWindow w;
            FindingsPanel* p = openFindings(w);
            QVERIFY(p);
            type(p->effectField(), QStringLiteral("saved on close"));
            w.workspace()->showSteps();
            w.workspace()->steps()->list()->setCurrentItem(w.workspace()->steps()->list()->topLevelItem(1));
            type(w.workspace()->steps()->notesField(), QStringLiteral("draft on close"));
            Messages::setCapture(true, false);
            QVERIFY(!w.close()); // asked, and the user stayed
            QVERIFY(w.isVisible());
            QVERIFY2(Messages::lastMessage().contains(QStringLiteral("draft on close")),
                     qPrintable(Messages::lastMessage()));
            QCOMPARE(findingOf(*w.workbook(), m_ref).effect, QStringLiteral("saved on close"));
            Messages::setCapture(true, true);
            QVERIFY(w.close());
        }
        auto wb = Workbook::open(m_path);
        QCOMPARE(findingOf(*wb, m_ref).effect, QStringLiteral("saved on close"));
    }

    void openingAnotherWorkbookSavesOrAsks()
    {
        auto other = test::makeWorkbook();
        const QString otherPath = other->path;
        other->wb.reset();
        MainWindow w;
        FindingsPanel* p = openFindings(w);
        QVERIFY(p);
        type(p->effectField(), QStringLiteral("saved before the other workbook"));
        w.workspace()->review()->noteField()->setText(QStringLiteral("unsent note"));
        Messages::setCapture(true, false);
        QVERIFY(!w.openWorkbook(otherPath, QStringLiteral("lead")));
        QCOMPARE(QFileInfo(w.workbook()->path()).canonicalFilePath(), QFileInfo(m_path).canonicalFilePath());
        QCOMPARE(findingOf(*w.workbook(), m_ref).effect, QStringLiteral("saved before the other workbook"));
        QCOMPARE(w.workspace()->review()->noteField()->text(), QStringLiteral("unsent note"));
        Messages::setCapture(true, true);
        QVERIFY(w.openWorkbook(otherPath, QStringLiteral("lead")));
        QCOMPARE(QFileInfo(w.workbook()->path()).canonicalFilePath(), QFileInfo(otherPath).canonicalFilePath());
        QVERIFY(w.workspace()->review()->noteField()->text().isEmpty());
        w.closeWorkbook();
        auto wb = Workbook::open(m_path);
        QCOMPARE(findingOf(*wb, m_ref).effect, QStringLiteral("saved before the other workbook"));
    }

private:
    /// Shows @p w with the workbook open as the lead, on the item's first finding; null if it did not open.
    FindingsPanel* openFindings(MainWindow& w)
    {
        w.show();
        if (!w.openWorkbook(m_path, QStringLiteral("lead")))
            return nullptr;
        w.navigatorWidget()->selectItem(kItem);
        FindingsPanel* p = w.workspace()->findings();
        w.workspace()->tabs()->setCurrentWidget(p);
        p->selectFinding(m_ref);
        return p;
    }

    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
    QString m_ref;
    QString m_ref2;
    qint64 m_setId = 0;
};

QTEST_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
