// The item workspace's Sampling and Findings tabs driven like an auditor: draw a reproducible sample from the
// form, check the size the table gives and the re-performance from the seed, record a failing item (a
// deviation with its draft finding), undo and redo it, raise a finding from the deviation, edit a finding and
// undo/redo the edit, and see the engine's refusals shown. Every model runs under QAbstractItemModelTester.
#include "UiTestSupport.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Sampling.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "navigator/NavigatorWidget.h"
#include "sampling/SampleItemsModel.h"
#include "sampling/SamplingPanel.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {
const QString kItem = QStringLiteral("5.1.2");

void chooseFrequency(SamplingPanel* p, const char* key)
{
    const int i = p->frequencyBox()->findData(QString::fromLatin1(key));
    QVERIFY2(i >= 0, key);
    p->frequencyBox()->setCurrentIndex(i);
}
} // namespace

class TestSamplingFindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void drawSampleRecordDeviationRaiseFinding()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        SamplingPanel* p = w.workspace()->sampling();
        QAbstractItemModelTester tester(p->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.workspace()->tabs()->setCurrentWidget(p);
        QCOMPARE(p->setsBox()->count(), 0);
        QCOMPARE(p->model()->rowCount(), 0);

        // The frequencies are the engagement's table; the size follows the form live.
        QCOMPARE(p->frequencyBox()->count(), SamplingTable::builtin().frequencies().size());
        chooseFrequency(p, "monthly");
        p->populationField()->setValue(12);
        QCOMPARE(p->sizeLabel()->property("sampleSize").toLongLong(), 2);
        QVERIFY2(p->sizeLabel()->text().contains(QStringLiteral("2 of 12")), qPrintable(p->sizeLabel()->text()));
        chooseFrequency(p, "daily");
        p->populationField()->setValue(250);
        QCOMPARE(p->sizeLabel()->property("sampleSize").toLongLong(), 25);
        p->populationField()->setValue(20); // at or below the table's size: everything is tested
        QCOMPARE(p->sizeLabel()->property("sampleSize").toLongLong(), 20);
        QVERIFY2(p->sizeLabel()->text().contains(QStringLiteral("all 20")), qPrintable(p->sizeLabel()->text()));

        // Draw with the form: population, frequency, description and a seed typed in.
        chooseFrequency(p, "monthly");
        p->populationField()->setValue(12);
        p->descriptionField()->setText(QStringLiteral("方針レビュー記録（月次）"));
        p->seedField()->setFocus();
        QTest::keyClicks(p->seedField(), QStringLiteral("20250401"));
        QTest::mouseClick(p->drawButton(), Qt::LeftButton);
        QCOMPARE(p->setsBox()->count(), 1);
        // The draw is undoable while nothing is recorded on it: undo discards it, redo draws from the same seed.
        QCOMPARE(w.undoStack()->count(), 1);
        w.undoStack()->undo();
        QVERIFY(Sampling::sets(*w.workbook(), kItem).isEmpty());
        QCOMPARE(p->setsBox()->count(), 0);
        QCOMPARE(p->model()->rowCount(), 0);
        w.undoStack()->redo();
        QCOMPARE(p->setsBox()->count(), 1);
        const QList<SampleSet> sets = Sampling::sets(*w.workbook(), kItem);
        QCOMPARE(sets.size(), 1);
        const SampleSet set = sets.first();
        QCOMPARE(set.size, 2);
        QCOMPARE(set.seed, QStringLiteral("20250401"));
        QCOMPARE(set.description, QStringLiteral("方針レビュー記録（月次）"));
        QCOMPARE(p->model()->rowCount(), 2);
        const QList<qint64> expected = SampleSelector::select(20250401, 12, 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(p->model()->index(r, SampleItemsModel::ColIndex).data().toLongLong(), expected.at(r));
        QVERIFY(p->setInfoLabel()->text().contains(QStringLiteral("20250401")));
        QVERIFY(p->setInfoLabel()->text().contains(QString::fromLatin1(SampleSelector::kAlgorithm)));
        QVERIFY(p->seedField()->text().isEmpty()); // the next draw gets a fresh seed unless one is typed

        // Re-performing from the stored seed gives the same items in the same order.
        QTest::mouseClick(p->reperformButton(), Qt::LeftButton);
        QCOMPARE(p->reperformLabel()->property("matches"), QVariant(true));
        QVERIFY(Sampling::reperform(*w.workbook(), set.id).matches);

        // Record item 1 as passing and item 2 as failing: the failure is a deviation with a draft finding.
        p->table()->setCurrentIndex(p->model()->index(0, 0));
        p->labelField()->setText(QStringLiteral("2025-04 レビュー"));
        p->attributesField()->setText(QStringLiteral("approved=yes; approver=CISO"));
        QTest::mouseClick(p->resultButton(SampleResult::Pass), Qt::LeftButton);
        p->table()->setCurrentIndex(p->model()->index(1, 0));
        QCOMPARE(p->currentSeq(), 2);
        p->attributesField()->setText(QStringLiteral("approved=no"));
        p->notesField()->setText(QStringLiteral("承認記録なし"));
        QTest::mouseClick(p->resultButton(SampleResult::Fail), Qt::LeftButton);
        QCOMPARE(w.undoStack()->count(), 3);
        const SampleSet stored = *Sampling::set(*w.workbook(), set.id);
        QCOMPARE(stored.items.at(0).result, std::optional<SampleResult>(SampleResult::Pass));
        QCOMPARE(stored.items.at(0).attributes.value(QStringLiteral("approver")).toString(), QStringLiteral("CISO"));
        QCOMPARE(stored.items.at(0).label, QStringLiteral("2025-04 レビュー"));
        QCOMPARE(stored.items.at(1).result, std::optional<SampleResult>(SampleResult::Fail));
        const QModelIndex failed = p->model()->index(1, SampleItemsModel::ColResult);
        QVERIFY(failed.data(SampleItemsModel::DeviationRole).toBool());
        QVERIFY2(failed.data().toString().contains(QStringLiteral("deviation")), qPrintable(failed.data().toString()));
        const QList<Finding> raised = Findings::forItem(*w.workbook(), kItem);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().status, QStringLiteral("draft"));
        QCOMPARE(raised.first().sampleItemId, std::optional<qint64>(stored.items.at(1).id));
        QCOMPARE(p->model()->index(1, SampleItemsModel::ColFinding).data().toString(), raised.first().ref);
        QVERIFY(p->setInfoLabel()->text().contains(QStringLiteral("1 deviation")));

        // Undo puts the item back to pending and withdraws the draft finding it raised; redo records the failure
        // and raises the finding again.
        w.undoStack()->undo();
        QVERIFY(!Sampling::set(*w.workbook(), set.id)->items.at(1).result.has_value());
        QVERIFY(Findings::forItem(*w.workbook(), kItem).isEmpty());
        QCOMPARE(p->model()->index(1, SampleItemsModel::ColResult).data().toString(), QStringLiteral("Pending"));
        QVERIFY(!p->model()->index(1, 0).data(SampleItemsModel::DeviationRole).toBool());
        w.undoStack()->redo();
        QCOMPARE(Sampling::set(*w.workbook(), set.id)->items.at(1).result,
                 std::optional<SampleResult>(SampleResult::Fail));
        QCOMPARE(Findings::forItem(*w.workbook(), kItem).size(), 1);
        QCOMPARE(Findings::forItem(*w.workbook(), kItem).first().ref, raised.first().ref);
        QVERIFY(p->model()->index(1, 0).data(SampleItemsModel::DeviationRole).toBool());
        // Undo of the first result of item 1 clears its attributes and label too.
        w.undoStack()->undo();
        w.undoStack()->undo();
        const SampleItem first = Sampling::set(*w.workbook(), set.id)->items.at(0);
        QVERIFY(!first.result.has_value());
        QVERIFY(first.attributes.isEmpty());
        QVERIFY(first.label.isEmpty());
        w.undoStack()->redo();
        w.undoStack()->redo();
        QCOMPARE(Sampling::set(*w.workbook(), set.id)->items.at(0).label, QStringLiteral("2025-04 レビュー"));

        // The Findings tab lists the draft finding with where it came from, and offers the deviation.
        FindingsPanel* f = w.workspace()->findings();
        QAbstractItemModelTester findingsTester(f->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.workspace()->tabs()->setCurrentWidget(f);
        QCOMPARE(f->model()->rowCount(), 1);
        QCOMPARE(f->model()->index(0, FindingsModel::ColStatus).data().toString(), QStringLiteral("Draft"));
        QVERIFY2(f->model()
                     ->index(0, FindingsModel::ColSource)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Sample %1 item 2").arg(set.id)),
                 qPrintable(f->model()->index(0, FindingsModel::ColSource).data().toString()));
        QCOMPARE(f->deviationsBox()->count(), 1);
        QVERIFY2(f->deviationsBox()->currentText().contains(raised.first().ref),
                 qPrintable(f->deviationsBox()->currentText() + u" / " + raised.first().ref));
        QTest::mouseClick(f->fromDeviationButton(), Qt::LeftButton);
        const QList<Finding> now = Findings::forItem(*w.workbook(), kItem);
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.last().sampleItemId, std::optional<qint64>(stored.items.at(1).id));
        QCOMPARE(now.last().condition, QStringLiteral("承認記録なし"));
        QCOMPARE(now.last().status, QStringLiteral("draft"));
        QCOMPARE(f->model()->rowCount(), 2);
        QCOMPARE(f->currentRef(), now.last().ref); // the new finding is selected for editing
        QCOMPARE(f->conditionField()->toPlainText(), QStringLiteral("承認記録なし"));

        // Raising with an empty title field: the engine's refusal, word for word as `ismapctl finding add` gives it
        // (tst_samerefusal); nothing raised.
        Messages::clearLast();
        f->newTitleField()->clear();
        QVERIFY(!f->raiseNew());
        QVERIFY2(Messages::lastMessage().contains(
                     QStringLiteral("item %1: a finding needs its condition (what was found); only a draft may start "
                                    "with just a title.")
                         .arg(kItem)),
                 qPrintable(Messages::lastMessage()));
        QCOMPARE(Findings::forItem(*w.workbook(), kItem).size(), 2);
        QCOMPARE(f->model()->rowCount(), 2);

        // A manual finding from the title field.
        f->newTitleField()->setText(QStringLiteral("方針の周知が不十分"));
        QTest::mouseClick(f->newButton(), Qt::LeftButton);
        QCOMPARE(f->model()->rowCount(), 3);
        QCOMPARE(f->model()->index(2, FindingsModel::ColSource).data().toString(), QStringLiteral("Raised manually"));
        QCOMPARE(f->titleField()->text(), QStringLiteral("方針の周知が不十分"));
        const QString manualRef = f->currentRef();

        // Raising by hand is undoable: undo withdraws the draft (trailed), redo raises it again.
        w.undoStack()->undo();
        QVERIFY(!Findings::byRef(*w.workbook(), manualRef));
        QCOMPARE(f->model()->rowCount(), 2);
        w.undoStack()->redo();
        QCOMPARE(Findings::byRef(*w.workbook(), manualRef)->title, QStringLiteral("方針の周知が不十分"));
        QCOMPARE(f->model()->rowCount(), 3);
    }

    void editFindingUndoRedoAndRoleRefusal()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        FindingsPanel* f = w.workspace()->findings();
        QAbstractItemModelTester tester(f->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.workspace()->tabs()->setCurrentWidget(f);
        QVERIFY(f->model()->rowCount() >= 1);
        const QString ref = f->model()->index(0, 0).data().toString();
        f->selectFinding(ref);
        QCOMPARE(f->currentRef(), ref);

        // The severity choices are the engagement's scale (plus "not rated").
        QCOMPARE(f->severityBox()->count(), Findings::severityScale(*w.workbook()).size() + 1);
        f->causeField()->setFocus();
        QTest::keyClicks(f->causeField(), QStringLiteral("No written review procedure"));
        f->severityBox()->setCurrentIndex(f->severityBox()->findData(QStringLiteral("high")));
        f->responseField()->setPlainText(QStringLiteral("手順書を改訂する（2025年6月）"));
        QTest::mouseClick(f->saveButton(), Qt::LeftButton);
        Finding stored = *Findings::byRef(*w.workbook(), ref);
        QCOMPARE(stored.cause, QStringLiteral("No written review procedure"));
        QCOMPARE(stored.severity, QStringLiteral("high"));
        QCOMPARE(stored.response, QStringLiteral("手順書を改訂する（2025年6月）"));
        QCOMPARE(f->model()->index(f->model()->rowOf(ref), FindingsModel::ColSeverity).data().toString(),
                 QStringLiteral("High"));
        const int commands = w.undoStack()->count();
        QVERIFY(!f->saveChanges()); // nothing changed: no empty command on the stack
        QCOMPARE(w.undoStack()->count(), commands);

        // Undo brings back every field the edit changed, in the engine and in the editor; redo re-applies.
        w.undoStack()->undo();
        stored = *Findings::byRef(*w.workbook(), ref);
        QVERIFY(stored.cause.isEmpty());
        QVERIFY(stored.severity.isEmpty());
        QVERIFY(stored.response.isEmpty());
        QCOMPARE(f->currentRef(), ref);
        QVERIFY(f->causeField()->toPlainText().isEmpty());
        QCOMPARE(f->severityBox()->currentData().toString(), QString());
        w.undoStack()->redo();
        stored = *Findings::byRef(*w.workbook(), ref);
        QCOMPARE(stored.cause, QStringLiteral("No written review procedure"));
        QCOMPARE(stored.severity, QStringLiteral("high"));
        QCOMPARE(f->causeField()->toPlainText(), QStringLiteral("No written review procedure"));

        // Staff may not agree a finding: the engine's refusal is shown and nothing changes.
        Messages::clearLast();
        f->statusBox()->setCurrentIndex(f->statusBox()->findData(QStringLiteral("agreed")));
        QVERIFY(!f->saveChanges());
        QVERIFY2(Messages::lastMessage().contains(ref), qPrintable(Messages::lastMessage()));
        QCOMPARE(Findings::byRef(*w.workbook(), ref)->status, QStringLiteral("draft"));
        // The reviewer may.
        w.workbook()->setActor(QStringLiteral("reviewer"));
        f->statusBox()->setCurrentIndex(f->statusBox()->findData(QStringLiteral("agreed")));
        QVERIFY2(f->saveChanges(), qPrintable(Messages::lastMessage()));
        QCOMPARE(Findings::byRef(*w.workbook(), ref)->status, QStringLiteral("agreed"));
        QCOMPARE(f->model()->index(f->model()->rowOf(ref), FindingsModel::ColStatus).data().toString(),
                 QStringLiteral("Agreed"));
    }

    void engineRefusalsAreShown()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(QStringLiteral("11.1.1")); // out of scope of the statement
        SamplingPanel* p = w.workspace()->sampling();
        w.workspace()->tabs()->setCurrentWidget(p);
        Messages::clearLast();
        p->populationField()->setValue(12);
        QVERIFY(!p->drawSample());
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("not in scope")), qPrintable(Messages::lastMessage()));
        QVERIFY(Sampling::sets(*w.workbook(), QStringLiteral("11.1.1")).isEmpty());
        w.navigatorWidget()->selectItem(kItem);
        w.workspace()->tabs()->setCurrentWidget(p);
        Messages::clearLast();
        p->seedField()->setText(QStringLiteral("not-a-seed"));
        QVERIFY(!p->drawSample());
        QVERIFY(Messages::lastMessage().contains(QStringLiteral("not-a-seed")));
    }

    void drawFromThePopulationList()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        SamplingPanel* p = w.workspace()->sampling();
        w.workspace()->tabs()->setCurrentWidget(p);
        QVERIFY(p->drawFromListButton()->isEnabled());
        const int before = int(Sampling::sets(*w.workbook(), kItem).size());
        p->seedField()->setText(QStringLiteral("42"));
        QVERIFY(p->drawFromList(test::dataPath(QStringLiteral("population/good-ledger-cp932.csv"))));
        const QList<SampleSet> sets = Sampling::sets(*w.workbook(), kItem);
        QCOMPARE(int(sets.size()), before + 1);
        QCOMPARE(sets.last().population, qint64(40));
        QVERIFY(sets.last().populationEvidence.startsWith(QStringLiteral("E-")));
        // The table shows the records drawn, as the ledger names them.
        const QString label = p->model()->index(0, 0).siblingAtColumn(2).data().toString() + QStringLiteral("|")
            + sets.last().items.first().label;
        QVERIFY2(sets.last().items.first().label.startsWith(QStringLiteral("CHG-10")), qPrintable(label));
        // A malformed ledger: named, nothing drawn.
        Messages::clearLast();
        QVERIFY(!p->drawFromList(test::dataPath(QStringLiteral("population/bad-binary.csv"))));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("bad-binary.csv: the file is binary")),
                 qPrintable(Messages::lastMessage()));
        QCOMPARE(int(Sampling::sets(*w.workbook(), kItem).size()), before + 1);
    }

    void stepDeviationOffersItsFinding()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        const QString item = QStringLiteral("10.1.1");
        const ProcedureStep step = Procedures::steps(*w.workbook(), item).first();
        // A sample drawn for the step fails first; its finding, linked to the step, covers the step's deviation
        // too (the engine raises no second one), and the deviations box says so for both.
        const SampleSet set = Sampling::draw(*w.workbook(), item, 4, QStringLiteral("quarterly"), 99, step.id);
        Sampling::setResult(*w.workbook(), set.id, 1, SampleResult::Fail, QStringLiteral("鍵の棚卸記録なし"));
        Procedures::setResult(*w.workbook(), step.id, StepResult::Deviation, QStringLiteral("暗号化方針が未承認"));
        w.navigatorWidget()->selectItem(item);
        FindingsPanel* f = w.workspace()->findings();
        w.workspace()->tabs()->setCurrentWidget(f);
        const QList<Finding> raised = Findings::forItem(*w.workbook(), item);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(f->deviationsBox()->count(), 2);
        // As the engine lists them (Findings::deviations): the step first, then the sample item, each with its finding.
        const SampleItem failed = Sampling::set(*w.workbook(), set.id)->items.first();
        QCOMPARE(f->deviationsBox()->itemText(0),
                 QStringLiteral("Step %1: deviation (finding %2)").arg(step.seq).arg(raised.first().ref));
        QCOMPARE(f->deviationsBox()->itemText(1),
                 QStringLiteral("Sample %1 item 1 (population #%2): failed (finding %3)")
                     .arg(set.id)
                     .arg(failed.populationIndex)
                     .arg(raised.first().ref));
        test::saveScreenshot(w, QStringLiteral("findings-deviations-en.png"));
        QVERIFY(f->deviationsBox()->currentText().contains(QStringLiteral("Step %1").arg(step.seq)));
        QVERIFY(f->model()->index(0, FindingsModel::ColSource).data().toString().contains(u"Sample"));
        // A further finding from the same deviation is linked to the step, its notes as the condition.
        QVERIFY(f->raiseFromDeviation());
        const Finding second = Findings::forItem(*w.workbook(), item).last();
        QCOMPARE(second.stepId, std::optional<qint64>(step.id));
        QVERIFY(!second.sampleItemId.has_value());
        QCOMPARE(second.condition, QStringLiteral("暗号化方針が未承認"));
    }

    void everyControlIsNamedReachableAndTranslated()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        test::PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        for (QWidget* panel :
             { static_cast<QWidget*>(w.workspace()->sampling()), static_cast<QWidget*>(w.workspace()->findings()) }) {
            w.workspace()->tabs()->setCurrentWidget(panel);
            QCoreApplication::processEvents();
            QSet<QWidget*> chain;
            for (QWidget* x = panel->nextInFocusChain(); x && x != panel && !chain.contains(x);
                 x = x->nextInFocusChain())
                chain.insert(x);
            auto internal = [](QWidget* c) {
                for (QWidget* p = c->parentWidget(); p; p = p->parentWidget())
                    if (qobject_cast<QAbstractScrollArea*>(p) || qobject_cast<QComboBox*>(p)
                        || qobject_cast<QAbstractSpinBox*>(p))
                        return true;
                return false;
            };
            const QList<QWidget*> controls = panel->findChildren<QWidget*>();
            int checked = 0;
            for (QWidget* c : controls) {
                if (!(c->focusPolicy() & Qt::TabFocus) || internal(c))
                    continue;
                QVERIFY2(!c->accessibleName().isEmpty(), c->metaObject()->className());
                QVERIFY2(c->accessibleName().contains(u'⟦'), qPrintable(c->accessibleName()));
                QVERIFY2(chain.contains(c), qPrintable(c->accessibleName()));
                ++checked;
            }
            QVERIFY(checked >= 8);
        }
        QVERIFY(w.workspace()->sampling()->drawButton()->text().contains(u'⟦'));
        QVERIFY(w.workspace()->findings()->saveButton()->text().contains(u'⟦'));
        QVERIFY(w.workspace()->findings()->model()->headerData(0, Qt::Horizontal).toString().contains(u'⟦'));
        QVERIFY(w.workspace()->sampling()->model()->headerData(0, Qt::Horizontal).toString().contains(u'⟦'));
        QCoreApplication::removeTranslator(&pseudo);
    }

    void screenshots()
    {
        // Not an assertion on pixels: renders both tabs so a person can look at them (ISMAP_SHOTS=folder).
        const QString folder = qEnvironmentVariable("ISMAP_SHOTS");
        if (folder.isEmpty())
            QSKIP("set ISMAP_SHOTS to a folder to render the Sampling and Findings tabs");
        MainWindow w;
        w.resize(1440, 900);
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(kItem);
        for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
            w.setLanguage(lang);
            w.workspace()->tabs()->setCurrentWidget(w.workspace()->sampling());
            w.workspace()->sampling()->table()->setCurrentIndex(w.workspace()->sampling()->model()->index(1, 0));
            QTest::qWait(300); // the window lays itself out again after a language switch
            QVERIFY(w.grab().save(folder + QStringLiteral("/item-sampling-%1.png").arg(lang)));
            w.workspace()->tabs()->setCurrentWidget(w.workspace()->findings());
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(folder + QStringLiteral("/item-findings-%1.png").arg(lang)));
        }
        w.setLanguage(QStringLiteral("en"));
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
};

QTEST_MAIN(TestSamplingFindings)
#include "tst_samplingfindings.moc"
