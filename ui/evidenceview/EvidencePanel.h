#pragma once

#include "evidence/EvidenceVault.h"

#include <QPointer>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

class EvidenceActions;
class EvidenceModel;
class EvidencePreview;
class EvidenceWorker;

/**
 * The evidence of one item: a table of what is linked to it (E-0001 …, type, source, date obtained,
 * size, SHA-256), a preview of the selected piece, and import by dropping files or "Add files…".
 * Import and export run on a worker thread with their own connection to the workbook, under a progress
 * dialog whose Cancel leaves the workbook as it was; the UI stays responsive throughout.
 */
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget* parent = nullptr);
    ~EvidencePanel() override;

    void setWorkbook(Workbook* wb);
    void showItem(const QString& itemId);
    /// The step selected in the steps panel (0: none); new evidence can be linked to it as well.
    void setCurrentStep(qint64 stepId, const QString& label);

    /// Imports @p paths linked to the current item (and step, if chosen). Returns false if not started.
    bool importFiles(const QStringList& paths);
    /// Exports the selected evidence into @p folder (hash checked). Returns false if not started.
    bool exportSelectedTo(const QString& folder);
    /// Selects the row of evidence @p ref; returns false if it is not listed.
    bool selectEvidence(const QString& ref);
    /// Import, export or preview work still running.
    bool isBusy() const;

    Workbook* workbook() const { return m_wb; }
    QString itemId() const { return m_itemId; }
    /// The table's context menu: edit the description, unlink, remove.
    EvidenceActions* actions() const { return m_actions; }
    EvidenceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EvidencePreview* preview() const { return m_preview; }
    QProgressDialog* progressDialog() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* exportButton() const { return m_export; }
    QLineEdit* sourceField() const { return m_source; }
    QDateEdit* obtainedField() const { return m_obtained; }
    QCheckBox* linkStepBox() const { return m_linkStep; }

signals:
    /// An import or export ended (also after cancel or failure); the status label says how.
    void jobEnded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Running;
    void retranslateUi();
    void showDropHint(int files);
    void reload();
    void updateActions();
    void onCurrentChanged();
    void onProgress(int id, qint64 done, qint64 total);
    void onFinished(int id, bool cancelled, const QString& error);
    void startJob(const QString& label, std::shared_ptr<Running> running);
    void addFiles();
    void exportSelected();
    QStringList selectedRefs() const;
    static QStringList localFiles(const QMimeData* mime);

    Workbook* m_wb = nullptr;
    QString m_itemId;
    QString m_notWritable; ///< why evidence cannot be added (read-only or finalised), empty if it can
    qint64 m_stepId = 0;
    QString m_stepLabel;
    EvidenceWorker* m_worker;
    EvidenceModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_hint;
    QPushButton* m_add;
    QPushButton* m_export;
    QLabel* m_sourceLabel;
    QLineEdit* m_source;
    QLabel* m_obtainedLabel;
    QDateEdit* m_obtained;
    QCheckBox* m_linkStep;
    QSplitter* m_splitter;
    QTableView* m_table;
    EvidencePreview* m_preview;
    QLabel* m_status;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<Running> m_running; ///< the import or export under the progress dialog
    int m_previewJob = 0;
    QString m_previewRef;
    std::unique_ptr<QTemporaryDir> m_previewDir;
    EvidenceActions* m_actions = nullptr; ///< verified exports for preview, removed on close
};

} // namespace ismap::ui
