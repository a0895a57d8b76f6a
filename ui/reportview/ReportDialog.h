#pragma once

#include <QDialog>
#include <QString>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPrinter;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace ismap {
class SecretStore;
class Workbook;
} // namespace ismap

namespace ismap::ui {

/**
 * File → Report…: writes the 実施結果報告書 of the open workbook as a PDF, either an unsigned draft or signed
 * with the firm's PKCS#12. The passphrase is asked at most once: none for a file without one, none when it
 * is remembered in the system keychain (SecretStore, keyed by the file's fingerprint), else in the dialog,
 * with "remember" on request. A wrong passphrase is refused with a translated message (a remembered one
 * that no longer opens the file is forgotten). Rendering and signing run on a worker thread with its own
 * read-only connection to the workbook, with progress and Cancel; a cancelled or failed run leaves no
 * file. Afterwards the PDF can be opened, verified or print-previewed.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p store remembers passphrases; nullptr = the OS keychain (KeychainSecretStore).
    explicit ReportDialog(Workbook* workbook, SecretStore* store = nullptr, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Starts writing the report as the Write button does. Returns false, with a translated reason in
    /// statusText(), if nothing was started (bad output path, passphrase needed or wrong, …).
    bool start();
    /// Asks the running job to stop; no file is left.
    void cancel();
    bool isRunning() const;
    /// After a successful run: the PDF written.
    QString writtenPath() const { return m_written; }
    QString statusText() const;

    QLineEdit* outputEdit() const { return m_output; }
    QComboBox* languageCombo() const { return m_language; }
    QDateEdit* dateEdit() const { return m_date; }
    QRadioButton* unsignedButton() const { return m_unsigned; }
    QRadioButton* signedButton() const { return m_signed; }
    QLineEdit* pkcs12Edit() const { return m_pkcs12; }
    /// Visible only when the chosen file needs a passphrase that is not remembered.
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QCheckBox* rememberCheck() const { return m_remember; }
    QPushButton* forgetButton() const { return m_forget; }
    QPushButton* writeButton() const { return m_write; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* previewButton() const { return m_preview; }
    QProgressBar* progressBar() const { return m_progress; }
    /// True while the passphrase field is offered (the file needs one and none is remembered).
    bool asksPassphrase() const { return m_asksPassphrase; }

    /// Paints every page of @p pdf onto @p printer (the print preview's paint request). Returns pages painted.
    static int printPdf(QPdfDocument& pdf, QPrinter* printer);

signals:
    /// The worker finished: @p ok if the PDF was written.
    void reportFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct Job;
    void retranslateUi();
    void updateSignerState();
    void updateEnabled();
    void setStatus(const QString& text, bool error = false);
    void chooseOutput();
    void choosePkcs12();
    void forgetPassphrase();
    void onWorkerDone();
    void openReport();
    void verifyReport();
    void previewReport();
    QString defaultOutputPath() const;

    Workbook* m_workbook;
    SecretStore* m_store;
    std::unique_ptr<SecretStore> m_ownStore;
    bool m_asksPassphrase = false;
    bool m_closeWhenDone = false;
    QString m_written;
    QString m_keychainProblem;
    std::shared_ptr<Job> m_job;
    QThread* m_thread = nullptr;

    QLabel* m_intro;
    QLabel* m_outputLabel;
    QLineEdit* m_output;
    QPushButton* m_browseOutput;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_dateLabel;
    QDateEdit* m_date; ///< the report's date: today in Japan unless the user picks another
    QLabel* m_signerLabel;
    QButtonGroup* m_signerGroup;
    QRadioButton* m_unsigned;
    QRadioButton* m_signed;
    QLineEdit* m_pkcs12;
    QPushButton* m_browsePkcs12;
    QLabel* m_pkcs12State;
    QPushButton* m_forget;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_write;
    QPushButton* m_cancel;
    QPushButton* m_open;
    QPushButton* m_verify;
    QPushButton* m_preview;
    QPushButton* m_close;
};

} // namespace ismap::ui
