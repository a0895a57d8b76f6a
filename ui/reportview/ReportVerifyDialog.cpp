#include "reportview/ReportVerifyDialog.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "common/Sha256.h"
#include "engagement/IssuedReports.h"
#include "shell/Icons.h"
#include "signing/PadesSigner.h"
#include "signing/PdfAttachments.h"
#include "signing/ReportVerifier.h"
#include "workbook/Workbook.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
const char* const kRowKeys[] = { "signature", "signer", "issuer", "time", "format", "coverage", "trust", "manifest" };
} // namespace

/// Inputs and results of one verification; the UI thread reads the results after the worker ended.
struct ReportVerifyDialog::Job
{
    QString pdfPath;
    QString caPath;
    bool compare = false;
    QString workbookHead;
    QString workbookEngagement;
    // Results.
    QString error; ///< the PDF or the CA file could not be read
    ReportVerification result;
    bool hasManifest = false;
    QString reportHead;
    QString reportEngagement;
    QString pdfSha256;
    bool issuedHere = false; ///< the workbook changed since the report only by recording the report's issue
};

ReportVerifyDialog::ReportVerifyDialog(Workbook* workbook, QWidget* parent)
    : QDialog(parent)
    , m_workbook(workbook)
    , m_intro(new QLabel(this))
    , m_reportLabel(new QLabel(this))
    , m_report(new QLineEdit(this))
    , m_browseReport(new QPushButton(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new QLineEdit(this))
    , m_browseCa(new QPushButton(this))
    , m_compare(new QCheckBox(this))
    , m_verify(new QPushButton(this))
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_rows(new QFormLayout)
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportVerifyDialog"));
    setWindowIcon(Icons::get(QStringLiteral("verify-valid")));
    m_intro->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("verifyReport"));
    m_ca->setObjectName(QStringLiteral("verifyCa"));
    m_compare->setObjectName(QStringLiteral("verifyCompare"));
    m_compare->setChecked(m_workbook != nullptr);
    m_compare->setEnabled(m_workbook != nullptr);
    m_headline->setObjectName(QStringLiteral("verifyHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so a screen reader reads the verdict
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    m_icon->setFixedSize(48, 48);
    m_verify->setDefault(true);
    m_verify->setIcon(Icons::get(QStringLiteral("verify-valid")));
    m_reportLabel->setBuddy(m_report);
    m_caLabel->setBuddy(m_ca);

    auto* form = new QFormLayout;
    auto* reportRow = new QHBoxLayout;
    reportRow->addWidget(m_report, 1);
    reportRow->addWidget(m_browseReport);
    form->addRow(m_reportLabel, reportRow);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browseCa);
    form->addRow(m_caLabel, caRow);
    form->addRow(QString(), m_compare);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addStretch(1);
    verifyRow->addWidget(m_verify);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* verdict = new QHBoxLayout;
    verdict->addWidget(m_icon, 0, Qt::AlignTop);
    verdict->addWidget(m_headline, 1);
    for (const char* key : kRowKeys) {
        auto* label = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("verify-") + QLatin1String(key));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::TabFocus);
        label->setBuddy(value);
        m_rows->addRow(label, value);
        m_rowLabels << label;
        m_values << qMakePair(QString::fromLatin1(key), value);
    }

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(verifyRow);
    layout->addWidget(line);
    layout->addLayout(verdict);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browseReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Report to verify"), m_report->text(),
                                                          tr("PDF documents (*.pdf);;All files (*)"));
        if (!path.isEmpty()) {
            m_report->setText(path);
            startVerification();
        }
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), m_ca->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ca->setText(path);
    });
    connect(m_verify, &QPushButton::clicked, this, [this] { startVerification(); });
    connect(m_close, &QPushButton::clicked, this, &ReportVerifyDialog::reject);
    retranslateUi();
    showResult();
    resize(680, 520);
}

ReportVerifyDialog::~ReportVerifyDialog()
{
    if (m_thread)
        m_thread->wait(); // verification is bounded work: it ends on its own
}

void ReportVerifyDialog::setReportPath(const QString& path)
{
    m_report->setText(path);
}

void ReportVerifyDialog::setCaPath(const QString& path)
{
    m_ca->setText(path);
}

void ReportVerifyDialog::retranslateUi()
{
    setWindowTitle(tr("Verify report"));
    m_intro->setText(tr("Checks a signed report: that it is intact and the signature covers the whole document, "
                        "who signed it and when, whether the signer chains to a CA you trust, and whether it was "
                        "written from the open workbook as it is now."));
    m_reportLabel->setText(tr("&Report (PDF):"));
    m_report->setAccessibleName(tr("Report PDF file to verify"));
    m_browseReport->setText(tr("&Browse…"));
    m_browseReport->setAccessibleName(tr("Choose the report to verify"));
    m_caLabel->setText(tr("Trusted &CA (PEM, optional):"));
    m_ca->setAccessibleName(tr("Trusted CA certificate file"));
    m_ca->setPlaceholderText(tr("Without a CA, trust is not checked"));
    m_browseCa->setText(tr("C&hoose…"));
    m_browseCa->setAccessibleName(tr("Choose the trusted CA certificate"));
    m_compare->setText(m_workbook
                           ? tr("Compare &with the open workbook (%1)").arg(QFileInfo(m_workbook->path()).fileName())
                           : tr("Compare &with the open workbook (none open)"));
    m_compare->setAccessibleName(tr("Compare the report with the open workbook"));
    m_verify->setText(tr("&Verify"));
    m_verify->setAccessibleName(tr("Verify the report"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_headline->setAccessibleName(tr("Verification result"));
    const QStringList labels { tr("Signature:"), tr("Signer:"),   tr("Issuer:"), tr("Signing time:"),
                               tr("Format:"),    tr("Coverage:"), tr("Trust:"),  tr("Manifest:") };
    for (int i = 0; i < m_rowLabels.size(); ++i) {
        m_rowLabels[i]->setText(labels[i]);
        m_values[i].second->setAccessibleName(QString(labels[i]).remove(u':').remove(u'：'));
    }
    if (m_state == State::None || (m_job && !isRunning()))
        showResult(); // the headline too, also before anything was verified
}

void ReportVerifyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportVerifyDialog::reject()
{
    if (m_thread)
        m_thread->wait();
    QDialog::reject();
}

bool ReportVerifyDialog::startVerification()
{
    if (isRunning())
        return false;
    const QString pdf = m_report->text().trimmed();
    if (pdf.isEmpty()) {
        m_state = State::None;
        m_job.reset();
        showResult();
        m_headline->setText(tr("Choose the report to verify."));
        m_report->setFocus();
        return false;
    }
    auto job = std::make_shared<Job>();
    job->pdfPath = pdf;
    job->caPath = m_ca->text().trimmed();
    job->compare = m_workbook && m_compare->isChecked();
    if (job->compare) {
        try {
            job->workbookHead = m_workbook->trailHead();
            job->workbookEngagement = m_workbook->engagement().uuid;
        } catch (const AuditError& e) {
            job->compare = false;
            job->error = e.message();
        }
    }
    m_job = job;
    m_state = State::Running;
    showResult();
    m_thread = QThread::create([job] {
        if (!job->error.isEmpty())
            return;
        try {
            const QByteArray bytes = readPdfFile(job->pdfPath);
            const QByteArray ca = job->caPath.isEmpty() ? QByteArray() : readPdfFile(job->caPath, 16 << 20);
            job->result = ReportVerifier::verify(bytes, ca);
            job->pdfSha256 = Sha256::hex(bytes);
            const auto manifest = PdfAttachments::extract(bytes, QString::fromLatin1(PdfAttachments::kManifestName));
            job->hasManifest = manifest.has_value();
            const QJsonObject m = manifest ? QJsonDocument::fromJson(*manifest).object() : QJsonObject();
            job->reportHead = m.value(QStringLiteral("trail_head")).toString();
            job->reportEngagement = m.value(QStringLiteral("engagement_uuid")).toString();
        } catch (const AuditError& e) {
            job->error = e.message();
        } catch (const std::exception& e) {
            job->error = QString::fromLocal8Bit(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("report-verifier"));
    connect(m_thread, &QThread::finished, this, &ReportVerifyDialog::onWorkerDone);
    m_thread->start();
    updateEnabled();
    return true;
}

void ReportVerifyDialog::onWorkerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_job->compare && m_workbook && m_job->error.isEmpty() && !m_job->reportHead.isEmpty()
        && m_job->reportHead != m_job->workbookHead) {
        try {
            m_job->issuedHere = IssuedReports::unchangedSinceIssue(*m_workbook, m_job->pdfSha256, m_job->reportHead);
        } catch (const AuditError&) {
            m_job->issuedHere = false; // the register cannot be read: the heads are compared as they are
        }
    }
    const Job& j = *m_job;
    using S = ReportVerification::Status;
    if (!j.error.isEmpty()) {
        m_state = State::Malformed;
    } else {
        switch (j.result.status) {
        case S::Valid:
            // Intact, but trusted only if it chains to a CA the user chose: otherwise not a green "valid".
            m_state = j.result.trust == ReportVerification::Trust::Trusted ? State::Valid : State::Unconfirmed;
            break;
        case S::Tampered:
            m_state = State::Tampered;
            break;
        case S::Untrusted:
            m_state = State::Untrusted;
            break;
        case S::Unsigned:
            m_state = State::Unsigned;
            break;
        case S::Malformed:
            m_state = State::Malformed;
            break;
        }
        const bool otherEngagement = !j.reportEngagement.isEmpty() && j.reportEngagement != j.workbookEngagement;
        if ((m_state == State::Valid || m_state == State::Unconfirmed) && j.compare
            && ((j.reportHead != j.workbookHead && !j.issuedHere) || otherEngagement))
            m_state = State::WorkbookMismatch;
    }
    showResult();
    updateEnabled();
    m_headline->setFocus();
    emit verified(m_state);
}

void ReportVerifyDialog::setRow(const QString& key, const QString& value)
{
    for (int i = 0; i < m_values.size(); ++i)
        if (m_values[i].first == key) {
            m_values[i].second->setText(value);
            m_rows->setRowVisible(i, !value.isEmpty());
        }
}

void ReportVerifyDialog::showResult()
{
    for (const auto& v : std::as_const(m_values))
        setRow(v.first, QString());
    QString icon;
    QString headline;
    switch (m_state) {
    case State::None:
        headline = tr("Choose a report and press Verify.");
        break;
    case State::Running:
        headline = tr("Verifying…");
        break;
    case State::Valid:
        icon = QStringLiteral("verify-valid");
        headline = tr("Valid: the report is intact and its signature covers the whole document.");
        break;
    case State::Unconfirmed:
        icon = QStringLiteral("verify-untrusted");
        headline = tr("Intact, but trust not confirmed: the signature covers the whole document, but no trusted CA "
                      "was chosen to check who signed it.");
        break;
    case State::Tampered:
        icon = QStringLiteral("verify-tampered");
        headline = tr("Tampered: the report was changed after it was signed. Do not rely on it.");
        break;
    case State::Untrusted:
        icon = QStringLiteral("verify-untrusted");
        headline = tr("Untrusted: the report is intact, but the signer does not chain to the chosen CA.");
        break;
    case State::Unsigned:
        icon = QStringLiteral("verify-unsigned");
        headline = tr("Unsigned: this PDF carries no signature (a draft).");
        break;
    case State::Malformed:
        icon = QStringLiteral("verify-tampered");
        headline = tr("Cannot be verified: the file is not a readable signed report.");
        break;
    case State::WorkbookMismatch:
        icon = QStringLiteral("verify-untrusted");
        headline = tr("The signature is valid, but the report does not match the open workbook.");
        break;
    }
    m_headline->setText(headline);
    m_icon->setPixmap(icon.isEmpty() ? QPixmap() : Icons::get(icon).pixmap(48, 48));
    m_icon->setAccessibleName(headline);
    if (!m_job || m_state == State::Running || m_state == State::None)
        return;
    const Job& j = *m_job;
    if (!j.error.isEmpty()) {
        setRow(QStringLiteral("signature"), j.error);
        return;
    }
    const ReportVerification& r = j.result;
    setRow(QStringLiteral("signature"),
           ReportVerification::statusName(r.status)
               + (r.detail.isEmpty() ? QString() : QStringLiteral(" — ") + r.detail));
    if (r.status != ReportVerification::Status::Unsigned && r.status != ReportVerification::Status::Malformed) {
        setRow(QStringLiteral("signer"),
               r.signerCommonName
                   + (r.signerOrganization.isEmpty() ? QString() : QStringLiteral(" (") + r.signerOrganization + u')'));
        setRow(QStringLiteral("issuer"), r.issuerSubject);
        setRow(QStringLiteral("time"),
               tr("%1 (claimed by the signer; no timestamp)").arg(Clock::shown(r.signingTime, true)));
        setRow(QStringLiteral("format"),
               QStringLiteral("%1, %2%3")
                   .arg(r.subFilter, r.digestAlgorithm,
                        r.signingCertificateV2 ? QStringLiteral(", signingCertificateV2") : QString()));
        setRow(QStringLiteral("coverage"),
               r.coversWholeDocument
                   ? tr("the whole document")
                   : tr("NOT the whole document (signed up to byte %1 of %2)").arg(r.signedEnd).arg(r.fileSize));
        switch (r.trust) {
        case ReportVerification::Trust::NotChecked:
            // With a CA chosen, trust goes unchecked only because the signature itself does not hold.
            setRow(QStringLiteral("trust"),
                   j.caPath.isEmpty() ? tr("not checked (choose a trusted CA)")
                                      : tr("not checked against %1: the signature itself does not hold")
                                            .arg(QFileInfo(j.caPath).fileName()));
            break;
        case ReportVerification::Trust::Trusted:
            setRow(QStringLiteral("trust"), tr("trusted (chains to %1)").arg(QFileInfo(j.caPath).fileName()));
            break;
        case ReportVerification::Trust::NotTrusted:
            setRow(QStringLiteral("trust"), tr("NOT trusted: %1").arg(r.trustDetail));
            break;
        }
    }
    QString manifest;
    if (j.compare) {
        const bool otherEngagement = !j.reportEngagement.isEmpty() && j.reportEngagement != j.workbookEngagement;
        if (j.reportHead.isEmpty())
            manifest = tr("MISSING: the report carries no manifest with a trail head");
        else if (otherEngagement)
            manifest = tr("DOES NOT MATCH the open workbook: the report is of another engagement (%1)")
                           .arg(j.reportEngagement);
        else if (j.issuedHere)
            manifest = tr("matches the open workbook: issued from it at trail head %1, nothing changed since")
                           .arg(j.reportHead);
        else if (j.reportHead != j.workbookHead)
            manifest = tr("DOES NOT MATCH the open workbook: report trail head %1, workbook %2 (the workbook changed "
                          "since the report, or it is another workbook)")
                           .arg(j.reportHead, j.workbookHead);
        else
            manifest = tr("matches the open workbook (trail head %1)").arg(j.workbookHead);
    } else if (j.hasManifest) {
        manifest = j.reportHead.isEmpty() ? tr("present")
                                          : tr("trail head %1 (not compared with a workbook)").arg(j.reportHead);
    }
    setRow(QStringLiteral("manifest"), manifest);
}

QString ReportVerifyDialog::headline() const
{
    return m_headline->text();
}

QString ReportVerifyDialog::detail(const QString& key) const
{
    for (const auto& v : m_values)
        if (v.first == key)
            return v.second->text();
    return {};
}

void ReportVerifyDialog::updateEnabled()
{
    const bool running = isRunning();
    for (QWidget* w : std::initializer_list<QWidget*> { m_report, m_browseReport, m_ca, m_browseCa, m_verify })
        w->setEnabled(!running);
    m_compare->setEnabled(!running && m_workbook);
}

} // namespace ismap::ui
