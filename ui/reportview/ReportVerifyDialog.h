#pragma once

#include <QDialog>
#include <QString>
#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace ismap {
class Workbook;
} // namespace ismap

namespace ismap::ui {

/**
 * File → Verify report…: checks a signed report as `ismapctl verify-report` does — signer, signing time,
 * whether the signature covers the whole document, trust against a chosen CA, and the report's manifest
 * against the open workbook's trail head — and shows one clear state with an icon: valid, tampered,
 * untrusted, unsigned, unreadable, or valid but not matching the workbook. Verification runs on a worker
 * thread; the workbook's trail head is read before it starts.
 */
class ReportVerifyDialog : public QDialog
{
    Q_OBJECT
public:
    /// The verdict shown, for callers and tests.
    /// The verdict, the weakest of what was checked: Valid only when intact, covering the whole document and
    /// chaining to the chosen CA; Unconfirmed when intact but no CA was chosen to check whom it chains to.
    enum class State { None, Running, Valid, Tampered, Untrusted, Unsigned, Malformed, WorkbookMismatch, Unconfirmed };
    Q_ENUM(State)

    /// @p workbook: the open workbook to compare the manifest with (nullptr = none).
    explicit ReportVerifyDialog(Workbook* workbook, QWidget* parent = nullptr);
    ~ReportVerifyDialog() override;

    void setReportPath(const QString& path);
    void setCaPath(const QString& path);
    /// Starts verifying the chosen PDF; returns false (with a translated reason shown) if none is chosen.
    bool startVerification();
    bool isRunning() const { return m_thread != nullptr; }
    State state() const { return m_state; }
    /// The headline shown for the verdict.
    QString headline() const;
    /// The value shown in the row named @p key: "signature", "signer", "issuer", "time", "format", "coverage",
    /// "trust", "manifest" (empty if the row is hidden).
    QString detail(const QString& key) const;

    QLineEdit* reportEdit() const { return m_report; }
    QLineEdit* caEdit() const { return m_ca; }
    QCheckBox* workbookCheck() const { return m_compare; }
    QPushButton* verifyButton() const { return m_verify; }

signals:
    /// Verification finished with @p state.
    void verified(ismap::ui::ReportVerifyDialog::State state);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct Job;
    void retranslateUi();
    void onWorkerDone();
    void showResult();
    void setRow(const QString& key, const QString& value);
    void updateEnabled();

    Workbook* m_workbook;
    State m_state = State::None;
    std::shared_ptr<Job> m_job;
    QThread* m_thread = nullptr;

    QLabel* m_intro;
    QLabel* m_reportLabel;
    QLineEdit* m_report;
    QPushButton* m_browseReport;
    QLabel* m_caLabel;
    QLineEdit* m_ca;
    QPushButton* m_browseCa;
    QCheckBox* m_compare;
    QPushButton* m_verify;
    QLabel* m_icon;
    QLabel* m_headline;
    QFormLayout* m_rows;
    QList<QPair<QString, QLabel*>> m_values;
    QList<QLabel*> m_rowLabels;
    QPushButton* m_close;
};

} // namespace ismap::ui
