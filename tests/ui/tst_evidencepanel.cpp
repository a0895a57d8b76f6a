// The evidence tab driven like an auditor: drop files on it, watch a large import while the window keeps
// responding, cancel one and find nothing added, preview text, images and PDF, export with the hash checked.
#include "UiTestSupport.h"
#include "evidence/EvidenceVault.h"
#include "evidenceview/EvidenceModel.h"
#include "evidenceview/EvidencePanel.h"
#include "evidenceview/EvidencePreview.h"
#include "fieldwork/Procedures.h"
#include "navigator/NavigatorWidget.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <algorithm>

using namespace ismap;
using namespace ismap::ui;

namespace {

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

/// Sends a drag of @p paths over @p target and drops it; returns whether the drop was taken.
bool dropFiles(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF pos = QRectF(target->rect()).center();
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestEvidencePanel : public QObject
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

        // 200 MiB of generated content (1 MiB of random bytes, each copy stamped with its number), hashed
        // as it is written: large enough that an import takes a visible while.
        m_large = m_files.filePath(QStringLiteral("server-logs-2026.bin"));
        QFile f(m_large);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint32 i = 0; i < 200; ++i) {
            memcpy(block.data(), &i, sizeof i);
            QCOMPARE(f.write(block), block.size());
            hash.addData(block);
        }
        f.close();
        m_largeSha = QString::fromLatin1(hash.result().toHex());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(m_window->openWorkbook(m_path, QStringLiteral("staff1")));
        m_window->navigatorWidget()->selectItem(QStringLiteral("5.1.1"));
        m_window->workspace()->tabs()->setCurrentWidget(m_window->workspace()->evidence());
        m_panel = m_window->workspace()->evidence();
        QVERIFY(m_panel->isVisible());
    }

    void cleanup()
    {
        if (m_panel)
            QTRY_VERIFY(!m_panel->isBusy());
        m_window.reset();
        m_panel = nullptr;
    }

    void dropAttachesEvidenceToTheItem()
    {
        const QByteArray content = "アクセス権レビュー記録 2026-04\nuser,role,approved\nsato,admin,yes\n";
        const QString file = writeFile(m_files.filePath(QStringLiteral("access-review.csv")), content);
        QVERIFY(!file.isEmpty());
        m_panel->sourceField()->setText(QStringLiteral("CSP情報セキュリティ室"));
        m_panel->obtainedField()->setDate(QDate(2026, 4, 10));
        QSignalSpy changed(m_window->workbook(), &Workbook::changed);
        QSignalSpy ended(m_panel, &EvidencePanel::jobEnded);
        const int before = m_panel->model()->rowCount();

        QVERIFY(dropFiles(m_panel, { file }));
        QVERIFY(ended.wait(10000));

        QCOMPARE(m_panel->model()->rowCount(), before + 1);
        const QModelIndex row = m_panel->table()->currentIndex();
        const QString ref = row.data(EvidenceModel::RefRole).toString();
        QVERIFY2(ref.startsWith(u"E-"), qPrintable(ref));
        EvidenceVault vault(*m_window->workbook());
        const EvidenceRecord r = vault.get(ref);
        QCOMPARE(r.sha256, sha256Of(content));
        QCOMPARE(r.name, QStringLiteral("access-review.csv"));
        QCOMPARE(r.obtainedFrom, QStringLiteral("CSP情報セキュリティ室"));
        QCOMPARE(r.obtainedAt, QStringLiteral("2026-04-10"));
        QCOMPARE(r.addedBy, QStringLiteral("staff1"));
        const QList<EvidenceTarget> links = vault.links(ref);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().itemId, QStringLiteral("5.1.1"));
        QVERIFY(!links.first().stepId.has_value());
        // The table shows the hash, and the UI connection was told so the navigator and workspace refresh.
        QCOMPARE(m_panel->model()
                     ->index(m_panel->model()->indexOf(ref).row(), EvidenceModel::ColSha256)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 r.sha256);
        // The worker's import is announced as a change of item 5.1.1's work (a typed notice, not a string).
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QVariantList& args) {
            const ChangeNotice n = args.value(0).value<ChangeNotice>();
            return n.itemId == u"5.1.1" && n.entity == u"item/5.1.1";
        }));
        QVERIFY(m_panel->statusLabel()->text().contains(u"Added 1 piece"));

        // Dropping the same content again stores nothing new: the existing record is reported.
        const QString copy = writeFile(m_files.filePath(QStringLiteral("copy.csv")), content);
        QVERIFY(dropFiles(m_panel, { copy }));
        QVERIFY(ended.wait(10000));
        QCOMPARE(m_panel->model()->rowCount(), before + 1);
        QVERIFY2(m_panel->statusLabel()->text().contains(ref), qPrintable(m_panel->statusLabel()->text()));

        // While files are dragged over the panel, it says what a drop will do; leaving restores the hint.
        QMimeData files;
        files.setUrls({ QUrl::fromLocalFile(copy), QUrl::fromLocalFile(file) });
        QDragEnterEvent over(QPoint(5, 5), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_panel, &over);
        QVERIFY(over.isAccepted());
        QLabel* hint = m_panel->findChild<QLabel*>(QStringLiteral("evidenceDropHint"));
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(u"Release to add 2 file"), qPrintable(hint->text()));
        QDragLeaveEvent leave;
        QApplication::sendEvent(m_panel, &leave);
        QVERIFY(hint->text().startsWith(u"Drop files here"));

        // Something that is not a local file is not taken.
        QMimeData web;
        web.setUrls({ QUrl(QStringLiteral("https://example.invalid/a.pdf")) });
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_panel, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void dropLinksToTheSelectedStep()
    {
        ItemWorkspace* ws = m_window->workspace();
        ws->showSteps();
        QTreeWidget* steps = ws->steps()->list();
        QVERIFY(steps->topLevelItemCount() >= 2);
        steps->setCurrentItem(steps->topLevelItem(1));
        const qint64 stepId = ws->steps()->currentStepId();
        ws->tabs()->setCurrentWidget(m_panel);
        QVERIFY(m_panel->linkStepBox()->isVisible());
        QVERIFY(m_panel->linkStepBox()->isChecked());

        const QString file
            = writeFile(m_files.filePath(QStringLiteral("policy-approval.txt")), "承認: 2026-03-01 取締役会\n");
        QSignalSpy ended(m_panel, &EvidencePanel::jobEnded);
        QVERIFY(dropFiles(m_panel, { file }));
        QVERIFY(ended.wait(10000));
        const QString ref = m_panel->table()->currentIndex().data(EvidenceModel::RefRole).toString();
        const QList<EvidenceTarget> links = EvidenceVault(*m_window->workbook()).links(ref);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().stepId, std::optional<qint64>(stepId));
        // The workspace refreshed after the import; the step is still offered for the next file.
        QVERIFY(m_panel->linkStepBox()->isVisible());
    }

    void cancelLeavesNothingBehind()
    {
        Workbook& wb = *m_window->workbook();
        const int evidenceBefore = int(EvidenceVault(wb).list().size());
        const QString trailBefore = wb.trailHead();
        const qint64 chunksBefore = wb.db().scalar("SELECT count(*) FROM evidence_chunk").toLongLong();
        const QString other = writeFile(m_files.filePath(QStringLiteral("small.txt")), "small but new\n");

        QSignalSpy ended(m_panel, &EvidencePanel::jobEnded);
        // A file that went missing fails the whole import: the other file is not added either.
        QVERIFY(m_panel->importFiles({ other, m_large + QStringLiteral(".gone") }));
        QVERIFY(ended.wait(10000));
        QVERIFY2(Messages::lastMessage().contains(u"no such file"), qPrintable(Messages::lastMessage()));
        Messages::clearLast();
        QCOMPARE(int(EvidenceVault(wb).list().size()), evidenceBefore);

        QVERIFY(m_panel->importFiles({ other, m_large }));
        QProgressDialog* dialog = m_panel->progressDialog();
        QVERIFY(dialog);
        // Cancel as soon as the import is under way, with the dialog's own button.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->value() > 0, 10000);
        QPushButton* cancel = dialog->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(ended.wait(10000));
        QVERIFY2(m_panel->statusLabel()->text().contains(u"cancelled"), qPrintable(m_panel->statusLabel()->text()));

        QCOMPARE(int(EvidenceVault(wb).list().size()), evidenceBefore);
        QCOMPARE(wb.trailHead(), trailBefore);
        QCOMPARE(wb.db().scalar("SELECT count(*) FROM evidence_chunk").toLongLong(), chunksBefore);
        QCOMPARE(m_panel->model()->rowCount(), evidenceBefore);
        QVERIFY(Messages::lastMessage().isEmpty()); // a cancel is not an error
    }

    void eventLoopTurnsDuringALargeImport()
    {
        // A timer ticking every 10 ms on the UI thread; the largest gap between ticks is how long the
        // window would have been frozen.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worstGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            worstGap = std::max(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        QSignalSpy ended(m_panel, &EvidencePanel::jobEnded);
        QElapsedTimer took;
        took.start();
        QVERIFY(m_panel->importFiles({ m_large }));
        // From here on the import runs on the worker while the UI thread turns.
        last = clock.elapsed();
        timer.start();
        QVERIFY(ended.wait(60000));
        const qint64 ms = took.elapsed();
        timer.stop();
        qInfo("200 MiB import: %lld ms, %d ticks, worst gap between ticks %lld ms", ms, ticks, worstGap);

        const QString ref = m_panel->table()->currentIndex().data(EvidenceModel::RefRole).toString();
        QCOMPARE(EvidenceVault(*m_window->workbook()).get(ref).sha256, m_largeSha);
        QCOMPARE(EvidenceVault(*m_window->workbook()).get(ref).size, qint64(200) << 20);
        QVERIFY2(ms > 200, "the import should take a while, or this test shows nothing");
        QVERIFY2(ticks >= ms / 10 / 4, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ms)));
        // Done on the UI thread, the import would be one gap as long as itself. What remains is the UI's own
        // work (the progress dialog's first show), which stretches on a loaded machine as the import does.
        QVERIFY2(worstGap < std::max<qint64>(250, ms / 4),
                 qPrintable(QStringLiteral("UI thread blocked for %1 ms of %2 ms").arg(worstGap).arg(ms)));
    }

    void closingTheWindowMidImportAddsNothing()
    {
        const QString content = QStringLiteral("closing mid-import");
        const QString marker = writeFile(m_files.filePath(QStringLiteral("marker.txt")), content.toUtf8());
        // The large file is streamed in full before the vault can tell it already holds that content.
        QVERIFY(m_panel->importFiles({ marker, m_large }));
        QVERIFY(m_panel->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->progressDialog() && m_panel->progressDialog()->value() > 0, 10000);
        QElapsedTimer closing;
        closing.start();
        m_window.reset(); // the worker is told to cancel, and the window waits for it
        m_panel = nullptr;
        qInfo("closing the window mid-import took %lld ms", closing.elapsed());

        auto wb = Workbook::open(m_path);
        const QList<EvidenceRecord> all = EvidenceVault(*wb).list();
        QVERIFY(
            std::none_of(all.cbegin(), all.cend(), [](const EvidenceRecord& r) { return r.name == u"marker.txt"; }));
    }

    void previewShowsTextImageAndPdf()
    {
        Workbook& wb = *m_window->workbook();
        EvidenceVault vault(wb);
        const EvidenceTarget item { QStringLiteral("5.1.1"), {}, {}, {} };

        QByteArray text = "情報セキュリティ方針 第3版\n";
        text += QByteArray(100 * 1024, 'x');
        const QString textFile = writeFile(m_files.filePath(QStringLiteral("policy-v3.txt")), text);
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(QColor(200, 0, 0));
        const QString imageFile = m_files.filePath(QStringLiteral("screenshot.png"));
        QVERIFY(image.save(imageFile));
        const QString pdfFile = m_files.filePath(QStringLiteral("approval.pdf"));
        {
            QPdfWriter pdf(pdfFile);
            QPainter p(&pdf);
            p.drawText(100, 100, QStringLiteral("Approved"));
        }
        const QString binFile = writeFile(m_files.filePath(QStringLiteral("dump.bin")), QByteArray(10, '\0'));
        const QString textRef = vault.add(EvidenceFile { textFile, {} }, item).record.ref;
        const QString imageRef = vault.add(EvidenceFile { imageFile, {} }, item).record.ref;
        const QString pdfRef = vault.add(EvidenceFile { pdfFile, {} }, item).record.ref;
        const QString binRef = vault.add(EvidenceFile { binFile, {} }, item).record.ref;
        m_panel->showItem(QStringLiteral("5.1.1"));
        EvidencePreview* preview = m_panel->preview();

        QVERIFY(m_panel->selectEvidence(textRef));
        QTRY_COMPARE(preview->shownKind(), EvidencePreview::Kind::Text);
        const QString shown = preview->textView()->toPlainText();
        QVERIFY(shown.startsWith(QStringLiteral("情報セキュリティ方針 第3版\nxxx")));
        QVERIFY2(shown.size() < 66 * 1024, "only the first 64 KiB are shown");
        QVERIFY(shown.contains(u"Only the first"));
        QVERIFY(preview->details()->text().contains(sha256Of(text)));

        QVERIFY(m_panel->selectEvidence(imageRef));
        QTRY_COMPARE(preview->shownKind(), EvidencePreview::Kind::Image);
        const QPixmap pixmap = preview->imageView()->pixmap();
        QCOMPARE(pixmap.size(), QSize(40, 30));
        QCOMPARE(pixmap.toImage().pixelColor(20, 15), QColor(200, 0, 0));

        QVERIFY(m_panel->selectEvidence(pdfRef));
        QTRY_COMPARE(preview->shownKind(), EvidencePreview::Kind::Pdf);
        QCOMPARE(preview->pdfDocument()->pageCount(), 1);

        QVERIFY(m_panel->selectEvidence(binRef));
        QCOMPARE(preview->shownKind(), EvidencePreview::Kind::None);
        QVERIFY(preview->details()->text().contains(sha256Of(QByteArray(10, '\0'))));

        // Back to the text: its verified export is reused, so it shows at once.
        QVERIFY(m_panel->selectEvidence(textRef));
        QCOMPARE(preview->shownKind(), EvidencePreview::Kind::Text);

        // A CSV ledger (CP932, a quoted comma) is shown as a table with its header, not as text.
        QByteArray csv = QStringLiteral("チケット番号,件名\r\nCHG-1001,\"変更, 緊急\"\r\nCHG-1002,定例\r\n").toUtf8();
        {
            QStringEncoder cp932("Windows-31J");
            csv = cp932(QString::fromUtf8(csv));
        }
        const QString csvFile = writeFile(m_files.filePath(QStringLiteral("ledger.csv")), csv);
        const QString csvRef = vault.add(EvidenceFile { csvFile, {} }, item).record.ref;
        m_panel->showItem(QStringLiteral("5.1.1"));
        QVERIFY(m_panel->selectEvidence(csvRef));
        QTRY_COMPARE(preview->shownKind(), EvidencePreview::Kind::Table);
        QCOMPARE(preview->tableView()->columnCount(), 2);
        QCOMPARE(preview->tableView()->rowCount(), 2);
        QCOMPARE(preview->tableView()->horizontalHeaderItem(0)->text(), QStringLiteral("チケット番号"));
        QCOMPARE(preview->tableView()->item(0, 1)->text(), QStringLiteral("変更, 緊急"));
    }

    void exportWritesCheckedCopies()
    {
        const QByteArray content = "exported evidence\n";
        const QString file = writeFile(m_files.filePath(QStringLiteral("to-export.txt")), content);
        const QString ref = EvidenceVault(*m_window->workbook())
                                .add(EvidenceFile { file, {} }, EvidenceTarget { QStringLiteral("5.1.1"), {}, {}, {} })
                                .record.ref;
        m_panel->showItem(QStringLiteral("5.1.1"));
        QVERIFY(m_panel->selectEvidence(ref));
        QTemporaryDir out;
        QSignalSpy ended(m_panel, &EvidencePanel::jobEnded);
        QVERIFY(m_panel->exportSelectedTo(out.path()));
        QVERIFY(ended.wait(10000));
        QCOMPARE(test::fileBytes(out.filePath(QStringLiteral("to-export.txt"))), content);
        QVERIFY(m_panel->statusLabel()->text().contains(u"Exported 1 file"));
        // A second export into the same folder refuses to overwrite and says so.
        QVERIFY(m_panel->exportSelectedTo(out.path()));
        QVERIFY(ended.wait(10000));
        QVERIFY(Messages::lastMessage().contains(u"already exists"));
        Messages::clearLast();
    }

    void everyControlIsNamedAndReachable()
    {
        m_panel->setCurrentStep(7, QStringLiteral("2"));
        for (QWidget* w : m_panel->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                continue;
            if (w->parentWidget()
                && (w->parentWidget()->inherits("QAbstractScrollArea")
                    || w->parentWidget()->inherits("QAbstractSpinBox")))
                continue; // viewports: the view carries the name
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        // Tab from "Add files…" reaches export, the source field and the table.
        QCOMPARE(m_panel->addButton()->nextInFocusChain(), m_panel->exportButton());
    }

    void languageSwitchRetranslatesThePanel()
    {
        const QString file = writeFile(m_files.filePath(QStringLiteral("note.txt")), "memo\n");
        const QString ref = EvidenceVault(*m_window->workbook())
                                .add(EvidenceFile { file, {} }, EvidenceTarget { QStringLiteral("5.1.1"), {}, {}, {} })
                                .record.ref;
        m_panel->showItem(QStringLiteral("5.1.1"));
        QVERIFY(m_panel->selectEvidence(ref));
        QTRY_COMPARE(m_panel->preview()->shownKind(), EvidencePreview::Kind::Text);
        test::PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QCoreApplication::processEvents();
        auto marked = [](const QString& s) {
            return s.contains(u'⟦');
        };
        QVERIFY(marked(m_panel->addButton()->text()));
        QVERIFY(marked(m_panel->exportButton()->text()));
        QVERIFY(marked(m_panel->sourceField()->placeholderText()));
        QVERIFY(marked(m_panel->sourceField()->accessibleName()));
        QVERIFY(marked(m_panel->table()->accessibleName()));
        for (int c = 0; c < m_panel->table()->model()->columnCount(); ++c)
            QVERIFY(marked(m_panel->table()->model()->headerData(c, Qt::Horizontal).toString()));
        QVERIFY(marked(m_panel->table()->model()->index(0, EvidenceModel::ColType).data().toString()));
        QVERIFY(marked(m_panel->preview()->details()->text()));
        QCoreApplication::removeTranslator(&pseudo);
        QCoreApplication::processEvents();
        QVERIFY(!marked(m_panel->addButton()->text()));
    }

    void modelPassesTheTester()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EvidenceRecord a;
        a.ref = QStringLiteral("E-0001");
        a.name = QStringLiteral("規程.pdf");
        a.mime = QStringLiteral("application/pdf");
        a.size = 3 * 1024 * 1024 + 5;
        a.sha256 = QString(64, u'a');
        EvidenceRecord b = a;
        b.ref = QStringLiteral("E-0002");
        b.mime = QStringLiteral("image/png");
        b.size = 12;
        model.setRecords({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EvidenceModel::ColumnCount));
        QCOMPARE(model.index(0, EvidenceModel::ColType).data().toString(), QStringLiteral("PDF document"));
        QCOMPARE(model.index(1, EvidenceModel::ColSize).data().toString(), QStringLiteral("12 bytes"));
        QCOMPARE(model.index(0, EvidenceModel::ColSize).data(EvidenceModel::SortRole).toLongLong(), a.size);
        QCOMPARE(model.indexOf(QStringLiteral("E-0002")).row(), 1);
        model.setRecords({ b });
        model.retranslate();
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QString m_path;
    QTemporaryDir m_files;
    QString m_large;
    QString m_largeSha;
    std::unique_ptr<MainWindow> m_window;
    EvidencePanel* m_panel = nullptr;
};

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
