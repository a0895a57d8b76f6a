// A run-time language switch with every view and dialog of the main window open: no string of the other language
// remains (Qt's own widgets included), in both directions; undo texts follow; the navigator keeps its expansion,
// selection and scroll position; texts the engine stored (generated finding titles, void reasons) read in the new
// language; the History tab shows sentences in local time, not action codes, JSON or ISO timestamps.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagementview/RequestsDialog.h"
#include "engagementview/StatementInfoDialog.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "reportview/ReportDialog.h"
#include "reportview/ReportVerifyDialog.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "wizard/NewWorkbookWizard.h"
#include "workspace/HistoryView.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

namespace {

/// Every string a person can read on @p root and its children: labels, buttons, fields' hints, group titles, tab
/// names, combo entries, item views' headers and rows, window titles, tooltips and accessible names.
QStringList visibleStrings(QWidget* root)
{
    QStringList out;
    auto add = [&](const QString& s) {
        QString t = s;
        t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        t = t.trimmed();
        if (!t.isEmpty())
            out << t;
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisible())
            continue; // a page not shown is filled when it is shown
        if (w->isWindow())
            add(w->windowTitle());
        add(w->toolTip());
        add(w->accessibleName());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            add(e->placeholderText());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                add(c->itemText(i));
        if (auto* p = qobject_cast<QPlainTextEdit*>(w); p && p->isReadOnly())
            add(p->toPlainText());
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            QAbstractItemModel* m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                add(m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < qMin(m->rowCount(), 40); ++r)
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    add(i.data().toString());
                    for (int k = 0; k < qMin(m->rowCount(i), 5); ++k)
                        add(m->index(k, c, i).data().toString());
                }
        }
        if (auto* menuBar = qobject_cast<QMenuBar*>(w))
            for (QAction* a : menuBar->actions()) {
                add(a->text());
                if (a->menu())
                    for (QAction* sub : a->menu()->actions())
                        add(sub->text());
            }
    }
    return out;
}

/// Two or more English words in a row: what an untranslated sentence or label looks like.
bool english(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("\\b[A-Za-z]{2,}[ ,]+[a-z]{2,}\\b"));
    return re.match(s).hasMatch();
}

/// Japanese outside parentheses: a Japanese term of the trade given in parentheses in an English sentence, as in
/// "the statement (言明書)", is meant.
bool japanese(const QString& text)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\([^)]*\\)|（[^）]*）"));
    QString s = text;
    if (english(s))
        s.remove(parenthesised);
    static const QRegularExpression re(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}\\x{ff01}-\\x{ff5e}]"));
    return re.match(s).hasMatch();
}

/// What people typed or imported (the statement, notes, names, criteria titles of the built-in catalog in their
/// one language): data, shown as written in either language.
bool isData(const QString& s, const QStringList& data)
{
    return std::any_of(data.cbegin(), data.cend(), [&](const QString& d) { return s.contains(d); });
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        Language::apply(QStringLiteral("ja"));
        m_t = test::makeWorkbook();
        Procedures::refresh(*m_t->wb);
        // Work done in a Japanese session: a deviation (its generated finding) and a sign-off voided by a change.
        m_t->wb->setActor(QStringLiteral("staff1"));
        const QList<ProcedureStep> steps = Procedures::steps(*m_t->wb, QStringLiteral("5.1.1"));
        for (const ProcedureStep& s : steps)
            Procedures::setResult(*m_t->wb, s.id, StepResult::NoException, QStringLiteral("確認済み"));
        Review::signOff(*m_t->wb, QStringLiteral("5.1.1"));
        Procedures::setResult(*m_t->wb, steps.first().id, StepResult::Deviation, QStringLiteral("承認記録なし"));
        Language::apply(QStringLiteral("en"));
        m_path = m_t->path;
        m_t->wb.reset();
    }

    void switchWithEverythingOpen()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.setLanguage(QStringLiteral("ja"));
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        QTreeView* tree = w.navigator();
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        // An edit made in Japanese: its undo text is Japanese.
        StepsPanel* steps = w.workspace()->steps();
        w.workspace()->tabs()->setCurrentWidget(steps);
        steps->list()->setCurrentItem(steps->list()->topLevelItem(1));
        steps->notesField()->setText(QStringLiteral("再確認した"));
        QVERIFY2(steps->recordResult(StepResult::NoException), qPrintable(Messages::lastMessage()));
        QVERIFY2(japanese(w.undoStack()->undoText()), qPrintable(w.undoStack()->undoText()));
        // The navigator: a second part expanded, the selection on 5.1.1, scrolled.
        tree->expandAll();
        tree->collapse(tree->model()->index(0, 0));
        tree->expand(tree->model()->index(0, 0));
        tree->collapse(tree->model()->index(tree->model()->rowCount() - 1, 0));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 2);
        auto expandedRows = [&] {
            QStringList out;
            std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                    const QModelIndex i = tree->model()->index(r, 0, parent);
                    if (tree->isExpanded(i)) {
                        out << i.data(CatalogTreeModel::ItemIdRole).toString() + u'/' + QString::number(r);
                        walk(i);
                    }
                }
            };
            walk(QModelIndex());
            return out;
        };
        const QStringList expandedBefore = expandedRows();
        const int scrollBefore = tree->verticalScrollBar()->value();
        QVERIFY(expandedBefore.size() > 2);
        QVERIFY(scrollBefore > 0);

        // Every view and dialog the window can show, open at once.
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
        ReportDialog report(w.workbook(), nullptr, &w);
        ReportVerifyDialog verify(w.workbook(), &w);
        StatementInfoDialog info(w.workbook(), &w);
        RequestsDialog requests(w.workbook(), QStringLiteral("5.1.1"), &w);
        NewWorkbookWizard wizard(&w);
        QList<QWidget*> windows { &w, &report, &verify, &info, &requests, &wizard };
        for (QWidget* d : windows)
            d->show();
        auto* field = w.navigatorWidget()->searchField();
        std::unique_ptr<QMenu> editMenu(field->createStandardContextMenu());
        QCoreApplication::processEvents();

        // Data that reads as written in either language: the statement, notes and names typed in Japanese.
        const QStringList data { QStringLiteral("情報セキュリティ方針を年次で見直す。"),
                                 QStringLiteral("方針を半期ごとに見直す。"),
                                 QStringLiteral("暗号化の方針を定める。"),
                                 QStringLiteral("対象外の理由"),
                                 QStringLiteral("承認記録なし"),
                                 QStringLiteral("確認済み"),
                                 QStringLiteral("再確認した"),
                                 QStringLiteral("日本語"),
                                 QStringLiteral("English") };
        auto collect = [&] {
            QStringList all;
            for (int i = 0; i < w.views()->count(); ++i) {
                w.views()->setCurrentIndex(i);
                QCoreApplication::processEvents();
                all << visibleStrings(&w);
            }
            for (int i = 0; i < w.workspace()->tabs()->count(); ++i) {
                w.views()->setCurrentWidget(w.workspace());
                w.workspace()->tabs()->setCurrentIndex(i);
                QCoreApplication::processEvents();
                all << visibleStrings(w.workspace());
            }
            for (QWidget* d : windows)
                all << visibleStrings(d);
            std::unique_ptr<QMenu> menu(field->createStandardContextMenu());
            for (QAction* a : menu->actions())
                all << a->text();
            all.removeDuplicates();
            return all;
        };
        const QStringList ja = collect();
        // Qt's own widgets speak Japanese too: a line edit's context menu, the standard buttons.
        QVERIFY2(editMenu->actions().first()->text().contains(QStringLiteral("元に戻す")),
                 qPrintable(editMenu->actions().first()->text()));
        QVERIFY2(std::any_of(ja.cbegin(), ja.cend(), [](const QString& s) { return s == u"キャンセル"; }),
                 "no Japanese Cancel button");

        // Japanese → English.
        w.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        w.views()->setCurrentWidget(w.workspace());
        const QStringList expandedAfter = expandedRows();
        QCOMPARE(expandedAfter, expandedBefore);
        QCOMPARE(w.navigatorWidget()->currentItem(), QStringLiteral("5.1.1"));
        QCOMPARE(tree->verticalScrollBar()->value(), scrollBefore);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("record step 2 of 5.1.1"));
        const QStringList en = collect();
        QStringList leftovers;
        for (const QString& s : en)
            if (japanese(s) && !isData(s, data))
                leftovers << s;
        QVERIFY2(leftovers.isEmpty(),
                 qPrintable(QStringLiteral("Japanese left in English: ") + leftovers.join(u" ‖ ")));
        // The generated finding title and the void reason, stored in a Japanese session, read in English.
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
        QVERIFY2(w.workspace()->review()->signOffLabel()->text().contains(QStringLiteral("voided")),
                 qPrintable(w.workspace()->review()->signOffLabel()->text()));
        QVERIFY2(w.workspace()->review()->signOffLabel()->text().contains(QStringLiteral("finding F-001 was raised")),
                 qPrintable(w.workspace()->review()->signOffLabel()->text()));
        QVERIFY(en.contains(QStringLiteral("Deviation in step 1")));

        // English → Japanese: no English sentence or label left (names, IDs and formats aside).
        w.setLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(expandedRows(), expandedBefore);
        QCOMPARE(w.navigatorWidget()->currentItem(), QStringLiteral("5.1.1"));
        QVERIFY2(japanese(w.undoStack()->undoText()), qPrintable(w.undoStack()->undoText()));
        const QStringList ja2 = collect();
        QStringList english_;
        for (const QString& s : ja2)
            if (english(s) && en.contains(s) && !isData(s, data))
                english_ << s;
        QVERIFY2(english_.isEmpty(), qPrintable(QStringLiteral("English left in Japanese: ") + english_.join(u" ‖ ")));
        QVERIFY(ja2.contains(QStringLiteral("ステップ 1 での逸脱")));
        w.setLanguage(QStringLiteral("en"));
    }

    void historyTabShowsSentencesInLocalTime()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.setLanguage(QStringLiteral("en"));
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        w.workspace()->tabs()->setCurrentWidget(w.workspace()->historyView());
        QTreeWidget* history = w.workspace()->historyView()->tree();
        QVERIFY(history->topLevelItemCount() > 3);
        static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        static const QRegularExpression code(QStringLiteral("^[a-z_]+\\.[a-z_]+$|\\{\""));
        QStringList sentences;
        for (int i = 0; i < history->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = history->topLevelItem(i);
            for (int c = 0; c < history->columnCount(); ++c) {
                QVERIFY2(!iso.match(row->text(c)).hasMatch(), qPrintable(row->text(c)));
                QVERIFY2(!code.match(row->text(c)).hasMatch(), qPrintable(row->text(c)));
            }
            sentences << row->text(2);
        }
        QVERIFY2(sentences.contains(QStringLiteral("recorded step 1 as deviation")), qPrintable(sentences.join(u'|')));
        QVERIFY2(sentences.contains(QStringLiteral("raised finding F-001")), qPrintable(sentences.join(u'|')));
        QVERIFY2(sentences.contains(QStringLiteral("signed off as preparer")), qPrintable(sentences.join(u'|')));
        // The time column is the stored UTC time in local time, in the locale's short format.
        const QList<TrailEntry> trail = w.workbook()->history(QStringLiteral("item/5.1.1"));
        const QDateTime at = QDateTime::fromString(trail.first().at, Qt::ISODateWithMs);
        QCOMPARE(history->topLevelItem(0)->text(0),
                 QLocale().toString(at.toLocalTime(), QStringLiteral("M/d/yyyy h:mm AP")));
        // The whole change on demand: the details pane.
        history->setCurrentItem(history->topLevelItem(0));
        QVERIFY(w.workspace()->historyView()->details()->toPlainText().contains(QStringLiteral("When: ")));
        QVERIFY(w.workspace()->historyView()->details()->toPlainText().contains(QStringLiteral("trail row")));
        test::saveScreenshot(w, QStringLiteral("history-en-1280x800.png"));
        w.setLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QVERIFY2(history->findItems(QStringLiteral("ステップ 1 を「逸脱」と記録しました"), Qt::MatchExactly, 2).size()
                     == 1,
                 qPrintable(history->topLevelItem(0)->text(2)));
        QCOMPARE(history->topLevelItem(0)->text(0),
                 QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy/MM/dd H:mm")));
        test::saveScreenshot(w, QStringLiteral("history-ja-1280x800.png"));
        w.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
