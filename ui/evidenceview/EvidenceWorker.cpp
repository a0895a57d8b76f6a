#include "evidenceview/EvidenceWorker.h"

#include "common/AuditError.h"
#include "workbook/Workbook.h"

#include <QElapsedTimer>
#include <QThread>

namespace ismap::ui {

/** One queued job: shared between the UI thread (cancel) and the worker thread (run). */
struct EvidenceWorker::Job
{
    int id = 0;
    QString actor;
    Work work;
    std::atomic<bool> cancel { false };
};

/** The worker's own connection; touched on the worker thread only. */
struct EvidenceWorker::Connection
{
    QString path;
    bool readOnly = false;
    std::unique_ptr<Workbook> wb;
};

EvidenceWorker::EvidenceWorker(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_context(new QObject)
    , m_connection(std::make_shared<Connection>())
{
    m_thread->setObjectName(QStringLiteral("evidence-worker"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

EvidenceWorker::~EvidenceWorker()
{
    shutDown();
}

void EvidenceWorker::shutDown()
{
    for (const std::shared_ptr<Job>& job : std::as_const(m_jobs))
        job->cancel = true;
    // The connection is closed on the thread that opened it, after the jobs queued before.
    QMetaObject::invokeMethod(
        m_context,
        [conn = m_connection] {
            conn->wb.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

void EvidenceWorker::setWorkbook(const QString& path, bool readOnly)
{
    for (const std::shared_ptr<Job>& job : std::as_const(m_jobs))
        job->cancel = true;
    QMetaObject::invokeMethod(
        m_context,
        [conn = m_connection, path, readOnly] {
            if (conn->path == path && conn->readOnly == readOnly)
                return;
            conn->wb.reset();
            conn->path = path;
            conn->readOnly = readOnly;
        },
        Qt::QueuedConnection);
}

int EvidenceWorker::start(const QString& actor, Work work)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextId++;
    job->actor = actor;
    job->work = std::move(work);
    m_jobs << job;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, job, conn = m_connection] {
            bool cancelled = job->cancel;
            QString error;
            QList<ChangeNotice> notices;
            QMetaObject::Connection relay;
            if (!cancelled) {
                try {
                    if (conn->path.isEmpty())
                        throw AuditError(ErrorCode::InvalidInput, tr("No workbook is open."));
                    if (!conn->wb)
                        conn->wb = Workbook::open(
                            conn->path, conn->readOnly ? Workbook::Mode::ReadOnly : Workbook::Mode::ReadWrite);
                    conn->wb->setActor(job->actor);
                    relay = QObject::connect(conn->wb.get(), &Workbook::changed,
                                             [&notices](const ChangeNotice& n) { notices << n; });
                    QElapsedTimer clock;
                    clock.start();
                    qint64 lastReport = -1000;
                    job->work(*conn->wb, [&](qint64 done, qint64 total) {
                        if (clock.elapsed() - lastReport >= 50 || done == total) {
                            lastReport = clock.elapsed();
                            QMetaObject::invokeMethod(
                                this, [this, id = job->id, done, total] { emit progressed(id, done, total); },
                                Qt::QueuedConnection);
                        }
                        return !job->cancel.load();
                    });
                } catch (const AuditError& e) {
                    if (e.code() == ErrorCode::Cancelled)
                        cancelled = true;
                    else
                        error = e.message();
                } catch (const std::exception& e) {
                    error = QString::fromLocal8Bit(e.what());
                }
                QObject::disconnect(relay);
            }
            QMetaObject::invokeMethod(
                this,
                [this, job, cancelled, error, notices] {
                    m_jobs.removeOne(job);
                    --m_pending;
                    for (const ChangeNotice& n : notices)
                        emit changed(n);
                    emit finished(job->id, cancelled, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return job->id;
}

void EvidenceWorker::cancel(int id)
{
    for (const std::shared_ptr<Job>& job : std::as_const(m_jobs))
        if (job->id == id)
            job->cancel = true;
}

} // namespace ismap::ui
