#pragma once

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ismap {

/** One evidence chunk in flight between two threads. */
struct Chunk
{
    QByteArray buffer; ///< capacity of one chunk; only the first `size` bytes are valid
    qint64 size = 0;
    qint64 seq = 0;
    qint64 rowId = 0;
    QString sha256; ///< computed (import) or expected (verify, export)
};

/**
 * A fixed set of chunk buffers handed from a producer thread to a consumer thread and back, so that
 * reading, hashing and SQLite work overlap while memory stays at (buffers × chunk size) for any file.
 * Either side can abort; the other then sees nullptr and stops.
 */
class ChunkChannel
{
public:
    ChunkChannel(int buffers, qint64 chunkSize);

    /// A free buffer for the producer; nullptr once aborted.
    Chunk* acquire();
    /// Hands a filled buffer to the consumer.
    void push(Chunk* chunk);
    /// The next filled buffer in order; nullptr when the producer finished and all were taken, or on abort.
    Chunk* pop();
    /// Returns a consumed buffer to the free list.
    void release(Chunk* chunk);
    /// The producer has no more chunks.
    void finish();
    void abort();
    bool aborted();

private:
    std::mutex m_mutex;
    std::condition_variable m_cond;
    std::vector<Chunk> m_storage;
    std::deque<Chunk*> m_free;
    std::deque<Chunk*> m_full;
    bool m_finished = false;
    bool m_aborted = false;
};

/**
 * Runs @p body on a worker thread for the lifetime of the object; the destructor aborts the channel
 * and joins, so no exit path (exception, cancel) leaves the thread running. An exception thrown by the
 * body is kept and re-thrown by rethrow() on the calling thread.
 */
class ChunkWorker
{
public:
    ChunkWorker(ChunkChannel& channel, std::function<void()> body);
    ~ChunkWorker();
    ChunkWorker(const ChunkWorker&) = delete;
    ChunkWorker& operator=(const ChunkWorker&) = delete;

    /// Waits for the body to end, then re-throws its exception if it had one.
    void join();

private:
    ChunkChannel& m_channel;
    std::thread m_thread;
    std::exception_ptr m_error;
};

} // namespace ismap
