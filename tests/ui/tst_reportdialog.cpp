// File → Report… and File → Verify report…: a signed report written off the UI thread, the passphrase asked once
// and remembered (fake keychain), refused when wrong, cancel leaving no file, and the verification view telling
// valid from tampered, unsigned and "not this workbook". The passphrase reaches no file the app writes.
#include "SigningFixtures.h"
#include "UiTestSupport.h"
#include "common/Language.h"
#include "reportview/ReportDialog.h"
#include "reportview/ReportVerifyDialog.h"
#include "shell/MainWindow.h"
#include "shell/Messages.h"
#include "signing/DemoPki.h"
#include "signing/ReportVerifier.h"
#include "signing/SecretStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPdfDocument>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    QTemporaryDir m_dir;
    QString m_pass; ///< a passphrase that appears nowhere else
    QString m_p12; ///< protected by m_pass
    QString m_demoP12; ///< DemoPki: empty passphrase
    QString m_demoCa;
    QString m_ca; ///< the test CA (issuer of m_p12)

    QString out(const QString& name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    /// Runs the dialog's job to the end; returns whether it succeeded.
    static bool runToEnd(ReportDialog& d)
    {
        QSignalSpy done(&d, &ReportDialog::reportFinished);
        if (!d.start())
            return false;
        if (!d.isRunning())
            return false;
        if (!done.wait(300000))
            return false;
        return done.first().first().toBool();
    }

    static ReportVerifyDialog::State verifyInDialog(ReportVerifyDialog& v, const QString& pdf)
    {
        QSignalSpy done(&v, &ReportVerifyDialog::verified);
        v.setReportPath(pdf);
        if (!v.startVerification() || !done.wait(60000))
            return ReportVerifyDialog::State::None;
        return v.state();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(m_dir.isValid());
        // Settings of this test alone (other test runs share the test-mode folder), inside the searched folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        Messages::setCapture(true);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        // Reports signed with the firm's certificate are final: a clean, finalised engagement issued by its lead.
        m_t = test::makeCleanFinalisedWorkbook();
        QVERIFY(test::makeTestPki(m_dir.filePath(QStringLiteral("pki"))));
        m_ca = m_dir.filePath(QStringLiteral("pki/ca.pem"));
        m_pass = QStringLiteral("Ism4p-%1-pässphrase").arg(QRandomGenerator::global()->generate64(), 0, 16);
        m_p12 = m_dir.filePath(QStringLiteral("pki/firm.p12"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        openssl.setProgram(QStringLiteral("openssl"));
        openssl.setArguments({ QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                               m_dir.filePath(QStringLiteral("pki/signer.key")), QStringLiteral("-in"),
                               m_dir.filePath(QStringLiteral("pki/signer.pem")), QStringLiteral("-certfile"), m_ca,
                               QStringLiteral("-passout"), QStringLiteral("env:ISMAP_TEST_PASS"),
                               QStringLiteral("-out"), m_p12 });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ISMAP_TEST_PASS"), m_pass);
        openssl.setProcessEnvironment(env);
        openssl.start();
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QVERIFY(QFileInfo(m_p12).size() > 0);
        const QString demo = m_dir.filePath(QStringLiteral("demo-pki"));
        QVERIFY(QDir().mkpath(demo));
        m_demoP12 = DemoPki::generate().writeTo(demo);
        m_demoCa = QDir(demo).filePath(QStringLiteral("demo-ca.pem"));
    }

    void demoSignerNeedsNoPassphrase()
    {
        FakeSecretStore store;
        ReportDialog d(m_t->wb.get(), &store);
        QVERIFY(d.outputEdit()->text().endsWith(QLatin1String("test-report.pdf")));
        d.outputEdit()->setText(out(QStringLiteral("demo.pdf")));
        d.signedButton()->setChecked(true);
        d.pkcs12Edit()->setText(m_demoP12);
        QVERIFY(!d.asksPassphrase());
        QVERIFY(d.passphraseEdit()->isHidden());
        QVERIFY2(runToEnd(d), qPrintable(d.statusText()));
        QVERIFY2(d.statusText().contains(QStringLiteral("signed by DEMO Signer")), qPrintable(d.statusText()));
        QCOMPARE(d.writtenPath(), out(QStringLiteral("demo.pdf")));
        QVERIFY(d.openButton()->isVisibleTo(&d));
        QVERIFY(d.verifyButton()->isVisibleTo(&d));
        QVERIFY(d.previewButton()->isVisibleTo(&d));
        test::saveScreenshot(d, QStringLiteral("report-dialog-en.png"));
        const ReportVerification r = ReportVerifier::verifyFile(out(QStringLiteral("demo.pdf")), m_demoCa);
        QCOMPARE(r.status, ReportVerification::Status::Valid);
        QCOMPARE(r.trust, ReportVerification::Trust::Trusted);
        QVERIFY(r.coversWholeDocument);
        QCOMPARE(store.size(), 0); // nothing to remember for a file without a passphrase
    }

    void passphraseAskedOnceThenRemembered()
    {
        test::reopenForReissue(*m_t->wb); // the demo signer's report above was the final one
        FakeSecretStore store;
        {
            ReportDialog d(m_t->wb.get(), &store);
            d.outputEdit()->setText(out(QStringLiteral("signed.pdf")));
            d.languageCombo()->setCurrentIndex(d.languageCombo()->findData(QStringLiteral("ja")));
            d.signedButton()->setChecked(true);
            d.pkcs12Edit()->setText(m_p12);
            QVERIFY(d.asksPassphrase());
            QVERIFY(!d.passphraseEdit()->isHidden());
            QCOMPARE(d.passphraseEdit()->echoMode(), QLineEdit::Password);
            // Without an answer nothing starts.
            QVERIFY(!d.start());
            QVERIFY(!QFile::exists(out(QStringLiteral("signed.pdf"))));
            d.passphraseEdit()->setText(m_pass);
            d.rememberCheck()->setChecked(true);
            QVERIFY2(runToEnd(d), qPrintable(d.statusText()));
            QVERIFY(d.passphraseEdit()->text().isEmpty()); // not kept in the widget
        }
        const QString keyId = SecretStore::keyIdFor(m_p12);
        QCOMPARE(store.readPassphrase(keyId).value_or("none"), m_pass.toUtf8());
        QCOMPARE(store.size(), 1);
        ReportVerification r = ReportVerifier::verifyFile(out(QStringLiteral("signed.pdf")), m_ca);
        QCOMPARE(r.status, ReportVerification::Status::Valid);
        QCOMPARE(r.signerCommonName, QStringLiteral("Test Signer"));

        // The second time the remembered passphrase is used: no field, no question (a reissue, after a reopening).
        test::reopenForReissue(*m_t->wb);
        ReportDialog again(m_t->wb.get(), &store);
        again.outputEdit()->setText(out(QStringLiteral("signed-again.pdf")));
        again.signedButton()->setChecked(true);
        again.pkcs12Edit()->setText(m_p12);
        QVERIFY(!again.asksPassphrase());
        QVERIFY(again.passphraseEdit()->isHidden());
        QVERIFY(again.forgetButton()->isVisibleTo(&again));
        QVERIFY2(runToEnd(again), qPrintable(again.statusText()));
        r = ReportVerifier::verifyFile(out(QStringLiteral("signed-again.pdf")), m_ca);
        QCOMPARE(r.status, ReportVerification::Status::Valid);

        // "Forget passphrase" removes it from the keychain; the field is offered again.
        again.forgetButton()->click();
        QCOMPARE(store.size(), 0);
        QVERIFY(again.asksPassphrase());
    }

    void passphraseIsInNoWrittenFile()
    {
        // Everything the dialog flow wrote: reports, the workbook and its WAL, the settings file.
        QStringList files;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QSettings settings;
        settings.sync();
        QVERIFY(settings.fileName().startsWith(m_dir.path()));
        QVERIFY(QFileInfo::exists(settings.fileName()));
        QVERIFY(files.contains(out(QStringLiteral("signed.pdf"))));
        const QByteArray utf8 = m_pass.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char*>(m_pass.utf16()), m_pass.size() * 2);
        int searched = 0;
        for (const QString& f : std::as_const(files)) {
            if (f.startsWith(m_dir.filePath(QStringLiteral("pki"))))
                continue; // the PKCS#12 itself and the test's own PKI
            const QByteArray bytes = test::fileBytes(f);
            QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16), qPrintable(f));
            ++searched;
        }
        QVERIFY(searched >= 4);
        QVERIFY(!QSettings().allKeys().join(u' ').contains(m_pass));
        QVERIFY(!QSettings().value(QStringLiteral("report/pkcs12")).toString().isEmpty()); // the path only
    }

    void wrongPassphraseIsRefusedAndWritesNothing()
    {
        FakeSecretStore store;
        ReportDialog d(m_t->wb.get(), &store);
        d.outputEdit()->setText(out(QStringLiteral("wrong.pdf")));
        d.signedButton()->setChecked(true);
        d.pkcs12Edit()->setText(m_p12);
        d.passphraseEdit()->setText(m_pass + QStringLiteral("-wrong"));
        d.rememberCheck()->setChecked(true);
        QVERIFY(!d.start());
        QVERIFY(!d.isRunning());
        QVERIFY2(d.statusText().contains(QStringLiteral("wrong passphrase")), qPrintable(d.statusText()));
        QVERIFY(!d.statusText().contains(m_pass));
        QVERIFY(!QFile::exists(out(QStringLiteral("wrong.pdf"))));
        QCOMPARE(store.size(), 0);
        QVERIFY(d.passphraseEdit()->text().isEmpty());
    }

    void staleRememberedPassphraseIsForgotten()
    {
        FakeSecretStore store;
        const QString keyId = SecretStore::keyIdFor(m_p12);
        store.writePassphrase(keyId, "not-the-passphrase");
        ReportDialog d(m_t->wb.get(), &store);
        d.outputEdit()->setText(out(QStringLiteral("stale.pdf")));
        d.signedButton()->setChecked(true);
        d.pkcs12Edit()->setText(m_p12);
        QVERIFY(!d.asksPassphrase());
        QVERIFY(!d.start());
        QVERIFY2(d.statusText().contains(QStringLiteral("no longer opens")), qPrintable(d.statusText()));
        QVERIFY(!store.readPassphrase(keyId).has_value());
        QVERIFY(d.asksPassphrase());
        QVERIFY(!QFile::exists(out(QStringLiteral("stale.pdf"))));
    }

    void cancelLeavesNoFileAndKeepsAnOldOne()
    {
        FakeSecretStore store;
        ReportDialog d(m_t->wb.get(), &store);
        d.unsignedButton()->setChecked(true);
        d.outputEdit()->setText(out(QStringLiteral("cancelled.pdf")));
        QSignalSpy done(&d, &ReportDialog::reportFinished);
        QVERIFY(d.start());
        QVERIFY(d.cancelButton()->isVisibleTo(&d));
        QVERIFY(!d.writeButton()->isEnabled());
        d.cancelButton()->click();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(d.statusText().contains(QStringLiteral("Cancelled")), qPrintable(d.statusText()));
        QVERIFY(!QFile::exists(out(QStringLiteral("cancelled.pdf"))));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("out"))).entryList({ QStringLiteral("cancelled*") }).isEmpty());

        // Cancelling over an existing report leaves it as it was.
        QFile old(out(QStringLiteral("old.pdf")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous report");
        old.close();
        d.outputEdit()->setText(out(QStringLiteral("old.pdf")));
        done.clear();
        QVERIFY(d.start()); // Messages capture answers "replace" with yes
        d.cancel();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(test::fileBytes(out(QStringLiteral("old.pdf"))), QByteArray("the previous report"));
    }

    void unsignedDraftAndBadOutput()
    {
        FakeSecretStore store;
        ReportDialog d(m_t->wb.get(), &store);
        d.unsignedButton()->setChecked(true);
        QVERIFY(!d.pkcs12Edit()->isEnabled());
        d.outputEdit()->setText(m_dir.filePath(QStringLiteral("no-such-folder/r.pdf")));
        QVERIFY(!d.start());
        QVERIFY2(d.statusText().contains(QStringLiteral("does not exist")), qPrintable(d.statusText()));
        d.outputEdit()->setText(out(QStringLiteral("draft.pdf")));
        QVERIFY2(runToEnd(d), qPrintable(d.statusText()));
        QVERIFY(d.statusText().contains(QStringLiteral("unsigned")));
        QCOMPARE(ReportVerifier::verifyFile(out(QStringLiteral("draft.pdf"))).status,
                 ReportVerification::Status::Unsigned);
    }

    void verifyHeadlineIsTheWeakestState()
    {
        // Intact but no CA chosen: not a green "valid" — nobody vouches for the signer yet.
        ReportVerifyDialog v(nullptr);
        v.setCaPath(QString());
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed.pdf"))), ReportVerifyDialog::State::Unconfirmed);
        QVERIFY2(!v.headline().startsWith(QStringLiteral("Valid")), qPrintable(v.headline()));
        QVERIFY2(v.headline().contains(QStringLiteral("not confirmed")), qPrintable(v.headline()));
        QVERIFY2(v.detail(QStringLiteral("trust")).contains(QStringLiteral("choose a trusted CA")),
                 qPrintable(v.detail(QStringLiteral("trust"))));
        test::saveScreenshot(v, QStringLiteral("verify-unconfirmed-en.png"));
        // With the CA chosen it is valid.
        v.setCaPath(m_ca);
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed.pdf"))), ReportVerifyDialog::State::Valid);
        // A tampered file with the CA chosen: the trust line does not ask for a CA that was given.
        QByteArray bytes = test::fileBytes(out(QStringLiteral("signed.pdf")));
        bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x01);
        QFile tampered(out(QStringLiteral("tampered-weakest.pdf")));
        QVERIFY(tampered.open(QIODevice::WriteOnly));
        tampered.write(bytes);
        tampered.close();
        QCOMPARE(verifyInDialog(v, tampered.fileName()), ReportVerifyDialog::State::Tampered);
        const QString trust = v.detail(QStringLiteral("trust"));
        QVERIFY2(!trust.contains(QStringLiteral("choose a trusted CA")), qPrintable(trust));
        QVERIFY2(trust.contains(QFileInfo(m_ca).fileName()), qPrintable(trust));
    }

    void verifyDialogTellsValidTamperedUnsignedAndMismatch()
    {
        // The latest final report (signed.pdf was replaced by this reissue, so it no longer matches the workbook).
        ReportVerifyDialog v(m_t->wb.get());
        v.setCaPath(m_ca);
        QVERIFY(v.workbookCheck()->isChecked());
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed-again.pdf"))), ReportVerifyDialog::State::Valid);
        QVERIFY2(v.headline().startsWith(QStringLiteral("Valid")), qPrintable(v.headline()));
        QCOMPARE(v.detail(QStringLiteral("signer")), QStringLiteral("Test Signer (Test Audit Firm)"));
        QCOMPARE(v.detail(QStringLiteral("coverage")), QStringLiteral("the whole document"));
        QVERIFY2(v.detail(QStringLiteral("trust")).startsWith(QStringLiteral("trusted")),
                 qPrintable(v.detail(QStringLiteral("trust"))));
        QVERIFY2(v.detail(QStringLiteral("manifest")).startsWith(QStringLiteral("matches the open workbook")),
                 qPrintable(v.detail(QStringLiteral("manifest"))));
        QVERIFY(!v.detail(QStringLiteral("time")).isEmpty());
        test::saveScreenshot(v, QStringLiteral("verify-valid-en.png"));

        // Another CA: intact but untrusted.
        v.setCaPath(m_demoCa);
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed-again.pdf"))), ReportVerifyDialog::State::Untrusted);
        v.setCaPath(m_ca);

        // One byte flipped inside the signed range.
        QByteArray bytes = test::fileBytes(out(QStringLiteral("signed-again.pdf")));
        const qsizetype at = bytes.size() / 3;
        bytes[at] = char(bytes[at] ^ 0x01);
        QFile tampered(out(QStringLiteral("tampered.pdf")));
        QVERIFY(tampered.open(QIODevice::WriteOnly));
        tampered.write(bytes);
        tampered.close();
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("tampered.pdf"))), ReportVerifyDialog::State::Tampered);
        QVERIFY2(v.headline().startsWith(QStringLiteral("Tampered")), qPrintable(v.headline()));
        test::saveScreenshot(v, QStringLiteral("verify-tampered-en.png"));

        QCOMPARE(verifyInDialog(v, out(QStringLiteral("draft.pdf"))), ReportVerifyDialog::State::Unsigned);
        QVERIFY(v.detail(QStringLiteral("signer")).isEmpty());

        // The workbook moved on since the report: the signature holds, the manifest no longer matches.
        {
            Transaction tx(m_t->wb->db());
            m_t->wb->addMember(QStringLiteral("late joiner"), Role::Staff);
            tx.commit();
        }
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed-again.pdf"))),
                 ReportVerifyDialog::State::WorkbookMismatch);
        QVERIFY(v.detail(QStringLiteral("manifest")).startsWith(QStringLiteral("DOES NOT MATCH")));
        v.workbookCheck()->setChecked(false);
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed-again.pdf"))), ReportVerifyDialog::State::Valid);

        QFile junk(out(QStringLiteral("junk.pdf")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a pdf at all");
        junk.close();
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("junk.pdf"))), ReportVerifyDialog::State::Malformed);
    }

    void printPreviewPaintsEveryPage()
    {
        QPdfDocument pdf;
        QCOMPARE(pdf.load(out(QStringLiteral("signed.pdf"))), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() > 3);
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out(QStringLiteral("printed.pdf")));
        QCOMPARE(ReportDialog::printPdf(pdf, &printer), pdf.pageCount());
        QPdfDocument printed;
        QCOMPARE(printed.load(out(QStringLiteral("printed.pdf"))), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), pdf.pageCount());
    }

    void stringsTranslatedAndReachable()
    {
        test::PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        FakeSecretStore store;
        ReportDialog d(m_t->wb.get(), &store);
        d.signedButton()->setChecked(true);
        d.pkcs12Edit()->setText(m_p12);
        ReportVerifyDialog v(m_t->wb.get());
        QCoreApplication::removeTranslator(&pseudo);
        for (QDialog* dialog : std::initializer_list<QDialog*> { &d, &v }) {
            QVERIFY(dialog->windowTitle().startsWith(u"⟦"));
            for (QLabel* l : dialog->findChildren<QLabel*>())
                if (!l->text().isEmpty())
                    QVERIFY2(l->text().startsWith(u"⟦"), qPrintable(l->text()));
            for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>()) {
                QVERIFY2(b->text().startsWith(u"⟦"), qPrintable(b->text()));
                QVERIFY(b->focusPolicy() & Qt::TabFocus);
            }
            for (QWidget* w : dialog->findChildren<QWidget*>())
                if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)
                    || qobject_cast<QProgressBar*>(w))
                    QVERIFY2(w->accessibleName().startsWith(u"⟦"), qPrintable(w->objectName()));
        }
    }

    void inJapanese()
    {
        Language::apply(QStringLiteral("ja"));
        FakeSecretStore store;
        {
            ReportDialog d(m_t->wb.get(), &store);
            d.signedButton()->setChecked(true);
            d.pkcs12Edit()->setText(m_p12);
            QVERIFY(d.asksPassphrase());
            test::saveScreenshot(d, QStringLiteral("report-dialog-ja.png"));
            d.passphraseEdit()->setText(QStringLiteral("wrong"));
            QVERIFY(!d.start());
            QVERIFY2(d.statusText().contains(QStringLiteral("パスフレーズが正しくありません")),
                     qPrintable(d.statusText()));
        }
        ReportVerifyDialog v(m_t->wb.get());
        v.setCaPath(m_ca);
        v.workbookCheck()->setChecked(false);
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("signed.pdf"))), ReportVerifyDialog::State::Valid);
        test::saveScreenshot(v, QStringLiteral("verify-valid-ja.png"));
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("tampered.pdf"))), ReportVerifyDialog::State::Tampered);
        test::saveScreenshot(v, QStringLiteral("verify-tampered-ja.png"));
        QCOMPARE(verifyInDialog(v, out(QStringLiteral("draft.pdf"))), ReportVerifyDialog::State::Unsigned);
        QVERIFY2(v.headline().startsWith(QStringLiteral("未署名")), qPrintable(v.headline()));
        Language::apply(QStringLiteral("en"));
    }

    void fileMenuOffersReportAndVerify()
    {
        MainWindow w;
        QVERIFY(w.fileMenu()->actions().contains(w.reportAction()));
        QVERIFY(w.fileMenu()->actions().contains(w.verifyReportAction()));
        QVERIFY(!w.reportAction()->isEnabled()); // no workbook yet
        QVERIFY(w.verifyReportAction()->isEnabled()); // a report can be verified without one
        const QString path = m_t->path;
        QVERIFY(w.openWorkbook(path, QStringLiteral("lead")));
        QVERIFY(w.reportAction()->isEnabled());
        w.closeWorkbook();
        QVERIFY(!w.reportAction()->isEnabled());
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
