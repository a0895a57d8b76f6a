#pragma once

#include "evidence/EvidenceVault.h"
#include "workbook/Workbook.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace ismap::ui {

/**
 * Runs evidence work (import, export, preview) on a worker thread, against the worker's own connection
 * to the same workbook file (WAL lets the UI keep reading meanwhile). Jobs run one after another; each
 * reports progress and can be cancelled, which the vault turns into "nothing was changed". Results come
 * back as signals on the UI thread. The connection is opened on the first job and kept for the next ones
 * (opening checks the whole file, so it is not done per job).
 */
class EvidenceWorker : public QObject
{
    Q_OBJECT
public:
    /// The work of one job; runs on the worker thread. Throw AuditError to report failure.
    using Work = std::function<void(Workbook& wb, const ProgressFn& progress)>;

    explicit EvidenceWorker(QObject* parent = nullptr);
    ~EvidenceWorker() override;

    /// The workbook file jobs work on (@p readOnly: as the UI opened it); an empty path closes the worker's
    /// connection. Jobs still queued or running are cancelled.
    void setWorkbook(const QString& path, bool readOnly);
    /// Queues @p work to run as team member @p actor. Returns the job's id (> 0).
    int start(const QString& actor, Work work);
    /// Asks job @p id to stop; it finishes with cancelled = true unless it was already done.
    void cancel(int id);
    /// Jobs queued or running.
    int pending() const { return m_pending; }

signals:
    /// Progress of job @p id in bytes (at most ~20 a second).
    void progressed(int id, qint64 done, qint64 total);
    /// A change notice the engine sent on the worker's connection (which has no views listening), passed on
    /// on the UI thread before the job's finished().
    void changed(const ismap::ChangeNotice& notice);
    /// Job @p id ended: @p error is empty on success; @p cancelled when it stopped on request.
    void finished(int id, bool cancelled, const QString& error);

private:
    struct Job;
    struct Connection;
    void shutDown();

    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; ///< lives on m_thread; jobs are posted to it
    std::shared_ptr<Connection> m_connection;
    QList<std::shared_ptr<Job>> m_jobs;
    int m_nextId = 1;
    int m_pending = 0;
};

} // namespace ismap::ui
