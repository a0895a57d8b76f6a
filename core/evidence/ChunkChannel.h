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
 * A fixed set of chunk buffers handed from a producer thread through one or more stages (each on its own
 * thread) and back, so that reading, hashing and SQLite work overlap while memory stays at
 * (buffers × chunk size) for any file. Stage 0 is what the producer pushes; a middle stage pops from
 * stage n and pushes to stage n + 1, in order. Any side can abort; the others then see nullptr and stop.
 */
class ChunkChannel
{
public:
    ChunkChannel(int buffers, qint64 chunkSize, int stages = 1);

    /// A free buffer for the producer; nullptr once aborted.
    Chunk* acquire();
    /// Hands a filled buffer to the consumer of @p stage.
    void push(Chunk* chunk, int stage = 0);
    /// The next buffer of @p stage in order; nullptr when that stage's producer finished and all were taken,
    /// or on abort.
    Chunk* pop(int stage = 0);
    /// Returns a consumed buffer to the free list.
    void release(Chunk* chunk);
    /// The producer of @p stage has no more chunks.
    void finish(int stage = 0);
    void abort();

private:
    std::mutex m_mutex;
    std::condition_variable m_cond;
    std::vector<Chunk> m_storage;
    std::deque<Chunk*> m_free;
    std::vector<std::deque<Chunk*>> m_full;
    std::vector<bool> m_finished;
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
    /// @p stage: the stage the body produces (finished when the body ends).
    ChunkWorker(ChunkChannel& channel, std::function<void()> body, int stage = 0);
    ~ChunkWorker();
    ChunkWorker(const ChunkWorker&) = delete;
    ChunkWorker& operator=(const ChunkWorker&) = delete;

    /// Waits for the body to end, then re-throws its exception if it had one.
    void join();

private:
    ChunkChannel& m_channel;
    int m_stage = 0;
    std::thread m_thread;
    std::exception_ptr m_error;
};

} // namespace ismap
