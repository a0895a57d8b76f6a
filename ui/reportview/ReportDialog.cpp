#include "reportview/ReportDialog.h"
#include "common/Clock.h"

#include "common/AuditError.h"
#include "report/ReportIssue.h"
#include "report/ReportWriter.h"
#include "reportview/ReportVerifyDialog.h"
#include "shell/BusyCursor.h"
#include "shell/Icons.h"
#include "shell/Messages.h"
#include "signing/DemoPki.h"
#include "signing/PadesSigner.h"
#include "signing/Pkcs12.h"
#include "signing/SecretStore.h"
#include "workbook/Workbook.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <atomic>
#include <optional>

namespace ismap::ui {

namespace {
const QString kPkcs12Key = QStringLiteral("report/pkcs12"); // the file's path only, never its passphrase
const QString kLanguageKey = QStringLiteral("report/language");
const QString kSignedKey = QStringLiteral("report/signed");
} // namespace

/// What the worker thread needs and what it hands back; read by the UI thread only after the thread ended.
struct ReportDialog::Job
{
    ReportRequest request;
    QString actor; ///< who is working in the app: the lead issues the final report
    std::atomic<bool> cancel { false };
    // Results.
    bool ok = false;
    ErrorCode errorCode = ErrorCode::Internal;
    QString error;
    ReportIssued issued;
};

ReportDialog::ReportDialog(Workbook* workbook, SecretStore* store, QWidget* parent)
    : QDialog(parent)
    , m_workbook(workbook)
    , m_store(store)
    , m_intro(new QLabel(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_browseOutput(new QPushButton(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(Clock::todayInJapan(), this))
    , m_signerLabel(new QLabel(this))
    , m_signerGroup(new QButtonGroup(this))
    , m_unsigned(new QRadioButton(this))
    , m_signed(new QRadioButton(this))
    , m_pkcs12(new QLineEdit(this))
    , m_browsePkcs12(new QPushButton(this))
    , m_pkcs12State(new QLabel(this))
    , m_forget(new QPushButton(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_write(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_verify(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowIcon(Icons::get(QStringLiteral("report")));
    if (!m_store) {
        m_ownStore = std::make_unique<KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    m_intro->setWordWrap(true);
    m_output->setObjectName(QStringLiteral("reportOutput"));
    m_pkcs12->setObjectName(QStringLiteral("reportPkcs12"));
    m_passphrase->setObjectName(QStringLiteral("reportPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("reportRemember"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pkcs12State->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_language->addItem(QString(), QStringLiteral("both"));
    m_language->addItem(QString(), QStringLiteral("ja"));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_signerGroup->addButton(m_unsigned);
    m_signerGroup->addButton(m_signed);
    m_write->setIcon(Icons::get(QStringLiteral("report")));
    m_write->setDefault(true);
    m_verify->setIcon(Icons::get(QStringLiteral("verify-valid")));
    m_outputLabel->setBuddy(m_output);
    m_languageLabel->setBuddy(m_language);
    m_passphraseLabel->setBuddy(m_passphrase);

    auto* form = new QFormLayout;
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_browseOutput);
    form->addRow(m_outputLabel, outRow);
    form->addRow(m_languageLabel, m_language);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    auto* signer = new QVBoxLayout;
    signer->addWidget(m_unsigned);
    signer->addWidget(m_signed);
    auto* p12Row = new QHBoxLayout;
    p12Row->setContentsMargins(24, 0, 0, 0);
    p12Row->addWidget(m_pkcs12, 1);
    p12Row->addWidget(m_browsePkcs12);
    signer->addLayout(p12Row);
    auto* stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(24, 0, 0, 0);
    stateRow->addWidget(m_pkcs12State, 1);
    stateRow->addWidget(m_forget);
    signer->addLayout(stateRow);
    form->addRow(m_signerLabel, signer);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* after = new QHBoxLayout;
    after->addWidget(m_open);
    after->addWidget(m_verify);
    after->addWidget(m_preview);
    after->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(after);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browseOutput, &QPushButton::clicked, this, &ReportDialog::chooseOutput);
    connect(m_browsePkcs12, &QPushButton::clicked, this, &ReportDialog::choosePkcs12);
    connect(m_pkcs12, &QLineEdit::textChanged, this, [this] { updateSignerState(); });
    connect(m_signerGroup, &QButtonGroup::buttonToggled, this, [this] { updateSignerState(); });
    connect(m_forget, &QPushButton::clicked, this, &ReportDialog::forgetPassphrase);
    connect(m_write, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ReportDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ReportDialog::openReport);
    connect(m_verify, &QPushButton::clicked, this, &ReportDialog::verifyReport);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::previewReport);

    QSettings settings;
    const int lang = m_language->findData(settings.value(kLanguageKey, QStringLiteral("both")).toString());
    m_language->setCurrentIndex(lang >= 0 ? lang : 0);
    m_pkcs12->setText(settings.value(kPkcs12Key).toString());
    (settings.value(kSignedKey, false).toBool() ? m_signed : m_unsigned)->setChecked(true);
    m_output->setText(defaultOutputPath());
    retranslateUi();
    updateSignerState();
    resize(640, sizeHint().height());
}

ReportDialog::~ReportDialog()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
    }
}

QString ReportDialog::defaultOutputPath() const
{
    if (!m_workbook)
        return {};
    const QFileInfo wb(m_workbook->path());
    return wb.absoluteDir().filePath(wb.completeBaseName() + QStringLiteral("-report.pdf"));
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(tr("Write report"));
    m_intro->setText(tr("Writes the report of the results of procedures performed (実施結果報告書) of the open "
                        "workbook as a PDF: a signed report for submission, or an unsigned draft."));
    m_outputLabel->setText(tr("&Output file:"));
    m_output->setAccessibleName(tr("Output PDF file"));
    m_browseOutput->setText(tr("&Browse…"));
    m_browseOutput->setAccessibleName(tr("Choose the output PDF file"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Report language"));
    m_dateLabel->setText(tr("Report &date:"));
    m_date->setAccessibleName(tr("Report date"));
    if (auto* edit = m_date->findChild<QLineEdit*>())
        edit->setAccessibleName(tr("Report date"));
    m_date->setToolTip(tr("The date printed on the cover and the signature page (default: today in Japan)."));
    m_language->setItemText(0, tr("Japanese and English"));
    m_language->setItemText(1, tr("Japanese"));
    m_language->setItemText(2, tr("English"));
    m_signerLabel->setText(tr("Signature:"));
    m_unsigned->setText(tr("&Unsigned draft"));
    m_unsigned->setAccessibleName(tr("Unsigned draft"));
    m_signed->setText(tr("&Sign with the firm's certificate (PKCS#12 file)"));
    m_signed->setAccessibleName(tr("Sign with the firm's certificate"));
    m_pkcs12->setPlaceholderText(tr("firm.p12"));
    m_pkcs12->setAccessibleName(tr("Signer certificate (PKCS#12 file)"));
    m_browsePkcs12->setText(tr("C&hoose…"));
    m_browsePkcs12->setAccessibleName(tr("Choose the signer certificate"));
    m_forget->setText(tr("&Forget passphrase"));
    m_forget->setAccessibleName(tr("Forget the remembered passphrase"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase of the PKCS#12 file"));
    m_remember->setText(tr("&Remember passphrase in the system keychain"));
    m_remember->setAccessibleName(tr("Remember passphrase in the system keychain"));
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setAccessibleName(tr("Status"));
    m_write->setText(tr("&Write report"));
    m_write->setAccessibleName(tr("Write the report"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel writing the report"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_open->setText(tr("&Open PDF"));
    m_open->setAccessibleName(tr("Open the written PDF"));
    m_verify->setText(tr("&Verify…"));
    m_verify->setAccessibleName(tr("Verify the written report"));
    m_preview->setText(tr("Print pre&view…"));
    m_preview->setAccessibleName(tr("Print preview of the written report"));
    updateSignerState();
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::updateSignerState()
{
    const bool sign = m_signed->isChecked();
    const QString path = m_pkcs12->text().trimmed();
    m_asksPassphrase = false;
    bool remembered = false;
    m_keychainProblem.clear();
    QString state;
    if (sign) {
        if (path.isEmpty()) {
            state = tr("Choose the firm's PKCS#12 file (.p12 or .pfx).");
        } else if (!QFileInfo(path).isFile()) {
            state = tr("No such file.");
        } else if (Pkcs12::opensWithoutPassphrase(path)) {
            state = tr("This file needs no passphrase.");
        } else {
            const QString keyId = SecretStore::keyIdFor(path);
            try {
                remembered = !keyId.isEmpty() && m_store->readPassphrase(keyId).has_value();
            } catch (const AuditError& e) {
                m_keychainProblem = e.message();
            }
            if (remembered) {
                state = tr("The passphrase is remembered in the system keychain.");
            } else {
                m_asksPassphrase = true;
                state = m_keychainProblem.isEmpty()
                    ? tr("This file is protected by a passphrase.")
                    : tr("This file is protected by a passphrase. The system keychain cannot be used: %1")
                          .arg(m_keychainProblem);
            }
        }
    }
    m_pkcs12State->setText(state);
    m_pkcs12State->setVisible(sign);
    m_forget->setVisible(remembered);
    m_passphraseLabel->setVisible(m_asksPassphrase);
    m_passphrase->setVisible(m_asksPassphrase);
    m_remember->setVisible(m_asksPassphrase);
    m_remember->setEnabled(m_keychainProblem.isEmpty());
    if (!m_keychainProblem.isEmpty())
        m_remember->setChecked(false);
    updateEnabled();
}

void ReportDialog::updateEnabled()
{
    const bool running = isRunning();
    for (QWidget* w : std::initializer_list<QWidget*> { m_output, m_browseOutput, m_language, m_date, m_unsigned,
                                                        m_signed, m_passphrase, m_remember, m_forget, m_write })
        w->setEnabled(!running);
    m_pkcs12->setEnabled(!running && m_signed->isChecked());
    m_browsePkcs12->setEnabled(!running && m_signed->isChecked());
    if (!running && !m_keychainProblem.isEmpty())
        m_remember->setEnabled(false);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !(m_job && m_job->cancel));
    const bool done = !running && !m_written.isEmpty() && QFileInfo::exists(m_written);
    m_open->setVisible(done);
    m_verify->setVisible(done);
    m_preview->setVisible(done);
}

void ReportDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

bool ReportDialog::isRunning() const
{
    return m_thread != nullptr;
}

void ReportDialog::chooseOutput()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Write report to"), m_output->text(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_output->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                                    : path + QStringLiteral(".pdf"));
}

void ReportDialog::choosePkcs12()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Signer certificate"), m_pkcs12->text(),
                                                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        m_signed->setChecked(true);
        m_pkcs12->setText(path);
    }
}

void ReportDialog::forgetPassphrase()
{
    const QString keyId = SecretStore::keyIdFor(m_pkcs12->text().trimmed());
    if (keyId.isEmpty())
        return;
    try {
        m_store->removePassphrase(keyId);
        setStatus(tr("The passphrase was removed from the system keychain."));
    } catch (const AuditError& e) {
        setStatus(e.message(), true);
    }
    updateSignerState();
}

bool ReportDialog::start()
{
    if (isRunning() || !m_workbook)
        return false;
    const QString out = m_output->text().trimmed();
    auto job = std::make_shared<Job>();
    ReportRequest& request = job->request;
    request.workbookPath = m_workbook->path();
    request.outPath = out;
    request.language = m_language->currentData().toString();
    request.reportDate = m_date->date();
    try {
        ReportIssue::check(request);
    } catch (const AuditError& e) {
        setStatus(e.message(), true);
        m_output->setFocus();
        return false;
    }
    if (QFileInfo::exists(out)
        && !Messages::confirm(this, tr("Replace report"), tr("%1 exists. Replace it with the new report?").arg(out)))
        return false;

    if (m_signed->isChecked()) {
        const QString path = m_pkcs12->text().trimmed();
        if (path.isEmpty()) {
            setStatus(tr("Choose the firm's PKCS#12 file, or write an unsigned draft."), true);
            m_pkcs12->setFocus();
            return false;
        }
        bool needsAnswer = false;
        PassphraseSources sources;
        sources.store = m_store;
        sources.useStored = m_keychainProblem.isEmpty();
        sources.remember = m_asksPassphrase && m_remember->isChecked();
        // Answers from the passphrase field; when it is not offered (the remembered passphrase was expected
        // to work) or left empty, there is no answer yet and the field is offered.
        sources.ask = [this, &needsAnswer]() -> std::optional<QByteArray> {
            if (!m_asksPassphrase || m_passphrase->text().isEmpty()) {
                needsAnswer = true;
                return std::nullopt;
            }
            return m_passphrase->text().toUtf8();
        };
        const bool wasRemembered = !m_asksPassphrase && !Pkcs12::opensWithoutPassphrase(path);
        try {
            request.identity = unlockPkcs12(path, sources);
        } catch (const AuditError& e) {
            m_passphrase->clear();
            if (needsAnswer) {
                updateSignerState(); // a stale remembered passphrase was forgotten: the field is offered now
                setStatus(wasRemembered ? tr("The passphrase remembered in the system keychain no longer opens %1; "
                                             "it was forgotten. Enter the passphrase.")
                                              .arg(QFileInfo(path).fileName())
                                        : tr("Enter the passphrase of %1.").arg(QFileInfo(path).fileName()),
                          true);
                m_passphrase->setFocus();
            } else {
                setStatus(e.message(), true);
                (m_asksPassphrase ? m_passphrase : m_pkcs12)->setFocus();
            }
            return false;
        }
        m_passphrase->clear();
        QSettings().setValue(kPkcs12Key, QFileInfo(path).absoluteFilePath());
    }
    QSettings settings;
    settings.setValue(kLanguageKey, request.language);
    settings.setValue(kSignedKey, m_signed->isChecked());

    job->actor = m_workbook->actor();
    m_job = job;
    m_written.clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    setStatus(tr("Writing the report…"));
    // The worker opens its own read-only connection: the UI's workbook stays usable and is never shared.
    m_thread = QThread::create([this, job] {
        // A plain pointer: the Job owns this callback, and a shared_ptr here made a cycle that was never freed
        // (LeakSanitizer); the callback only runs inside this worker, which holds `job`.
        job->request.progress = [this, raw = job.get()](int percent) {
            QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
            return !raw->cancel.load();
        };
        try {
            // The engine opens the workbook as the request needs it (a final report is recorded in it).
            job->issued = ReportIssue::issue(job->request, job->actor);
            job->ok = true;
        } catch (const AuditError& e) {
            job->errorCode = e.code();
            job->error = e.message();
        } catch (const std::exception& e) {
            job->error = tr("The report could not be written: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        job->request.identity.reset(); // the private key leaves memory with the worker
    });
    m_thread->setObjectName(QStringLiteral("report-writer"));
    connect(m_thread, &QThread::finished, this, &ReportDialog::onWorkerDone);
    m_thread->start();
    updateEnabled();
    m_cancel->setFocus();
    return true;
}

void ReportDialog::cancel()
{
    if (!m_thread)
        return;
    m_job->cancel = true;
    setStatus(tr("Cancelling…"));
    updateEnabled();
}

void ReportDialog::reject()
{
    if (isRunning()) {
        // Closing while writing cancels; the dialog closes once the worker has stopped (no file is left).
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ReportDialog::onWorkerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Job> job = m_job;
    m_progress->setVisible(false);
    if (job->ok) {
        m_written = job->request.outPath;
        const QString path = QFileInfo(m_written).absoluteFilePath();
        const int pages = job->issued.report.pages;
        if (job->issued.draft)
            setStatus(
                job->issued.signer.isEmpty()
                    ? tr("Wrote %1 (%n pages, unsigned draft).", nullptr, pages).arg(path)
                    : tr("Wrote %1 (%n pages, DRAFT), signed by %2.", nullptr, pages).arg(path, job->issued.signer));
        else
            setStatus(
                tr("Issued the final report %1 (%n pages), signed by %2; the engagement is archived.", nullptr, pages)
                    .arg(path, job->issued.signer));
    } else if (job->errorCode == ErrorCode::Cancelled) {
        setStatus(tr("Cancelled; no file was written."));
    } else {
        setStatus(job->error, true);
    }
    updateEnabled();
    if (job->ok)
        m_open->setFocus();
    emit reportFinished(job->ok);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ReportDialog::openReport()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_written).absoluteFilePath())))
        Messages::error(this, tr("Open PDF"), tr("%1: no application opens PDF files here.").arg(m_written));
}

void ReportDialog::verifyReport()
{
    ReportVerifyDialog dialog(m_workbook, this);
    dialog.setReportPath(m_written);
    dialog.startVerification();
    dialog.exec();
}

int ReportDialog::printPdf(QPdfDocument& pdf, QPrinter* printer)
{
    QPainter painter;
    if (!painter.begin(printer))
        return 0;
    const QRect target = painter.viewport();
    int painted = 0;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        if (i > 0 && !printer->newPage())
            break;
        const QSizeF points = pdf.pagePointSize(i);
        QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        if (size.isEmpty())
            continue;
        const QImage image = pdf.render(i, size);
        painter.drawImage(QPoint(target.x() + (target.width() - size.width()) / 2, target.y()), image);
        ++painted;
    }
    painter.end();
    return painted;
}

void ReportDialog::previewReport()
{
    QPdfDocument pdf;
    if (pdf.load(m_written) != QPdfDocument::Error::None) {
        Messages::error(this, tr("Print preview"), tr("%1: the PDF cannot be read.").arg(m_written));
        return;
    }
    QPrintPreviewDialog preview(this);
    preview.setWindowTitle(tr("Print preview — %1").arg(QFileInfo(m_written).fileName()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&pdf](QPrinter* printer) {
        BusyCursor busy; // laying out every page of a long report takes seconds
        printPdf(pdf, printer);
    });
    preview.exec();
}

} // namespace ismap::ui
