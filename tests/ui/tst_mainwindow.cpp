// The shell: opening (menu, drop, recent files), who is working, remembered layout, run-time language switch.
#include "UiTestSupport.h"
#include "common/Language.h"
#include "engagement/ItemStatusBook.h"
#include "engagementview/MemberDialog.h"
#include "export/WorkPaperExport.h"
#include "fieldwork/Review.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/DashboardWidget.h"
#include "workspace/ItemWorkspace.h"

#include <QChart>

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        Messages::setCapture(true);
        m_t = test::makeWorkbook();
        m_path = m_t->path;
        m_t->wb.reset(); // the window opens its own connection
    }

    void cleanup() { MemberDialog::setAutoAnswer({}); }

    void opensAndShowsWhoIsWorking()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        QVERIFY(w.workbook());
        QCOMPARE(w.workbook()->actor(), QStringLiteral("staff1"));
        QVERIFY2(w.memberLabel()->text().contains(QStringLiteral("staff1")), qPrintable(w.memberLabel()->text()));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Test CSP")));
        QCOMPARE(w.recentFiles().value(0), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(MemberDialog::remembered(w.workbook()->engagement().uuid), QStringLiteral("staff1"));
        // The tree shows the catalog with applicability.
        const QModelIndex idx = w.navigatorWidget()->model()->indexForItem(QStringLiteral("5.1.1"));
        QVERIFY(idx.isValid());
        QCOMPARE(idx.siblingAtColumn(CatalogTreeModel::ColApplicability).data().toString(), QStringLiteral("In scope"));
        QCOMPARE(idx.siblingAtColumn(CatalogTreeModel::ColStatus).data().toString(), QStringLiteral("Not started"));
    }

    void refusesAnUnknownMemberAndABadFile()
    {
        MainWindow w;
        QVERIFY(!w.openWorkbook(m_path, QStringLiteral("nobody")));
        QVERIFY(Messages::lastMessage().contains(QStringLiteral("nobody")));
        QVERIFY(!w.workbook());
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.ismapwb"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!w.openWorkbook(junk, QStringLiteral("staff1")));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral("not an ISMAP workbook")),
                 qPrintable(Messages::lastMessage()));
        QCOMPARE(w.memberLabel()->text(), QString());
    }

    void dropAWorkbookOntoTheWindow()
    {
        MainWindow w;
        w.show();
        MemberDialog::setAutoAnswer(QStringLiteral("reviewer"));
        auto* mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(m_path) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(w.workbook());
        QCOMPARE(w.workbook()->actor(), QStringLiteral("reviewer"));
        QVERIFY(w.memberLabel()->text().contains(QStringLiteral("reviewer")));
        delete mime;

        // Anything else dropped is not taken.
        QMimeData other;
        other.setUrls({ QUrl::fromLocalFile(QStringLiteral("/etc/hostname")) });
        QDragEnterEvent enter2(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        enter2.setAccepted(false);
        QCoreApplication::sendEvent(&w, &enter2);
        QVERIFY(!enter2.isAccepted());
    }

    void recentFilesMenu()
    {
        MainWindow w;
        QMenu* recent = nullptr;
        for (QAction* a : w.fileMenu()->actions())
            if (a->menu() && a->text().contains(QStringLiteral("Recent")))
                recent = a->menu();
        QVERIFY(recent);
        QAction* first = recent->actions().value(0);
        QVERIFY(first);
        QCOMPARE(first->toolTip(), QFileInfo(m_path).absoluteFilePath());
        // The entry names the file and its folder, not the bare name alone.
        QVERIFY2(first->text().contains(QFileInfo(m_path).fileName())
                     && first->text().contains(QFileInfo(QFileInfo(m_path).absolutePath()).fileName()),
                 qPrintable(first->text()));
        MemberDialog::setAutoAnswer(QStringLiteral("staff2"));
        first->trigger();
        QVERIFY(w.workbook());
        QCOMPARE(w.workbook()->actor(), QStringLiteral("staff2"));
    }

    void layoutIsRemembered()
    {
        {
            MainWindow w;
            w.show();
            w.resize(1150, 700);
            w.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->hide();
            w.close();
        }
        MainWindow w2;
        w2.show();
        QCOMPARE(w2.size(), QSize(1150, 700));
        QVERIFY(w2.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->isHidden());
        QSettings().remove(QStringLiteral("ui/state"));
    }

    void languageSwitchesEveryVisibleString()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        w.navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        QCOMPARE(w.views()->currentWidget(), w.workspace());

        test::PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        auto marked = [](const QString& s) {
            return s.contains(u'⟦');
        };
        for (QAction* a : w.menuBar()->actions()) {
            QVERIFY2(marked(a->text()), qPrintable(a->text()));
            for (QAction* sub : a->menu()->actions())
                if (!sub->isSeparator() && !sub->text().startsWith(u'&') && sub->text() != u"日本語"
                    && sub->text() != u"English")
                    QVERIFY2(marked(sub->text()), qPrintable(sub->text()));
        }
        QVERIFY(marked(w.windowTitle()));
        QVERIFY(marked(w.memberLabel()->text()));
        QTreeView* tree = w.navigator();
        for (int c = 0; c < tree->model()->columnCount(); ++c)
            QVERIFY(marked(tree->model()->headerData(c, Qt::Horizontal).toString()));
        QVERIFY(marked(tree->model()->index(0, 0).data().toString())); // part names come from the core
        QVERIFY(marked(w.navigatorWidget()->searchField()->placeholderText()));
        for (int i = 0; i < w.views()->count(); ++i)
            QVERIFY(marked(w.views()->tabText(i)));
        for (int i = 0; i < w.workspace()->tabs()->count(); ++i)
            QVERIFY(marked(w.workspace()->tabs()->tabText(i)));
        QVERIFY(marked(w.workspace()->header()->text()));
        QVERIFY(marked(w.dashboard()->partChart()->title()));
        QVERIFY(marked(w.dashboard()->summaryLabel()->text()));
        const QModelIndex item = w.navigatorWidget()->model()->indexForItem(QStringLiteral("5.1.1"));
        QVERIFY(marked(item.siblingAtColumn(CatalogTreeModel::ColStatus).data().toString()));

        QCoreApplication::removeTranslator(&pseudo);
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Item"));
    }

    void exportMenuWritesWorkPapersInTheUiLanguage()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.exportMenu()->isEnabled()); // nothing to export without a workbook
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        QVERIFY(w.exportMenu()->isEnabled());
        QCOMPARE(w.exportMenu()->actions().size(), 5);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("status.csv"));
        QVERIFY(w.exportWorkPaper(int(WorkPaperExport::Kind::Status), csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, as Excel in Japan opens it
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("Item,Item title,")), qPrintable(lines.value(0)));
        QCOMPARE(lines.size() - 1, qsizetype(ItemStatusBook::all(*w.workbook()).size()));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("status.csv")));

        w.setLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(w.exportMenu()->title(), QStringLiteral("書き出し(&X)"));
        const QString xlsx = dir.filePath(QStringLiteral("findings.xlsx"));
        QVERIFY(w.exportWorkPaper(int(WorkPaperExport::Kind::Findings), xlsx));
        QVERIFY(QFileInfo(xlsx).size() > 0);
        // A name the export cannot write: a translated error, no file.
        Messages::clearLast();
        QVERIFY(!w.exportWorkPaper(int(WorkPaperExport::Kind::Findings), dir.filePath(QStringLiteral("x.txt"))));
        QVERIFY2(Messages::lastMessage().contains(QStringLiteral(".xlsx")), qPrintable(Messages::lastMessage()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.txt"))));
        w.setLanguage(QStringLiteral("en"));
    }

    void languageMenuSwitchesAndIsRemembered()
    {
        MainWindow w;
        w.setLanguage(QStringLiteral("ja"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(Language::current(), QStringLiteral("ja"));
        QVERIFY2(QLocale().formattedDataSize(0).contains(QStringLiteral("バイト")),
                 qPrintable(QLocale().formattedDataSize(0)));
        w.setLanguage(QStringLiteral("en"));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        // Sizes and numbers follow the UI language, whatever the system's locale ("0 バイト" on an English dashboard).
        QCOMPARE(QLocale().formattedDataSize(0), QStringLiteral("0 bytes"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void shortcutsAreListed()
    {
        MainWindow w;
        QStringList names;
        for (QAction* a : w.shortcutActions())
            names << a->text();
        QVERIFY(names.contains(QStringLiteral("&Next pending item")));
        QVERIFY(names.contains(QStringLiteral("&Previous pending item")));
        QVERIFY(names.contains(QStringLiteral("&Open…")));
    }

    void nextPendingItemWalksTheVisibleItems()
    {
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        QVERIFY(w.goToPendingItem(+1));
        const QString first = w.navigatorWidget()->currentItem();
        QVERIFY(!first.isEmpty());
        QVERIFY(w.goToPendingItem(+1));
        QVERIFY(w.navigatorWidget()->currentItem() != first);
        QVERIFY(w.goToPendingItem(-1));
        QCOMPARE(w.navigatorWidget()->currentItem(), first);
    }

    void nextPendingItemRefusesWhomTheEngineRefuses()
    {
        // Nobody working, or someone not on the team: `ismapctl next` refuses, and so does the main window (it
        // used to walk as staff); the status bar says the engine's words and the selection stays.
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("staff1")));
        const QString before = w.navigatorWidget()->currentItem();
        for (const QString& who : { QStringLiteral("ghost"), QString() }) {
            w.workbook()->setActor(who);
            QString refusal;
            try {
                ItemStatusBook::next(*w.workbook(), who, {});
            } catch (const AuditError& e) {
                refusal = e.message();
            }
            QVERIFY(!refusal.isEmpty());
            QVERIFY(!w.goToPendingItem(+1));
            QCOMPARE(w.statusBar()->currentMessage(), refusal);
            QCOMPARE(w.navigatorWidget()->currentItem(), before);
        }
        w.workbook()->setActor(QStringLiteral("staff1"));
        QVERIFY(w.goToPendingItem(+1));
    }

    void memberKeyIsAskedForAtTheFirstSignedActionNotOnOpening()
    {
        // Opening asks for no passphrase (a window made offscreen for screenshots, or a read-only look, never blocks
        // on the unlock dialog); the first signed action does, once.
        MainWindow w;
        QVERIFY(w.openWorkbook(m_path, QStringLiteral("lead")));
        QVERIFY(w.workbook()->unlockedKey(QStringLiteral("lead")).isNull());
        const SignOff s = Review::signOffEngagement(*w.workbook());
        QCOMPARE(s.member, QStringLiteral("lead"));
        QVERIFY(!w.workbook()->unlockedKey(QStringLiteral("lead")).isNull());
        QVERIFY(!s.keyFingerprint.isEmpty());
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
