#include "evidence/ChunkChannel.h"

namespace ismap {

ChunkChannel::ChunkChannel(int buffers, qint64 chunkSize, int stages)
    : m_storage(size_t(buffers))
    , m_full(size_t(qMax(stages, 1)))
    , m_finished(size_t(qMax(stages, 1)), false)
{
    for (Chunk& c : m_storage) {
        c.buffer = QByteArray(chunkSize, Qt::Uninitialized);
        m_free.push_back(&c);
    }
}

Chunk* ChunkChannel::acquire()
{
    std::unique_lock lock(m_mutex);
    m_cond.wait(lock, [&] { return m_aborted || !m_free.empty(); });
    if (m_aborted)
        return nullptr;
    Chunk* c = m_free.front();
    m_free.pop_front();
    return c;
}

void ChunkChannel::push(Chunk* chunk, int stage)
{
    {
        std::lock_guard lock(m_mutex);
        m_full[size_t(stage)].push_back(chunk);
    }
    m_cond.notify_all();
}

Chunk* ChunkChannel::pop(int stage)
{
    std::unique_lock lock(m_mutex);
    std::deque<Chunk*>& full = m_full[size_t(stage)];
    m_cond.wait(lock, [&] { return m_aborted || !full.empty() || m_finished[size_t(stage)]; });
    if (m_aborted || full.empty())
        return nullptr;
    Chunk* c = full.front();
    full.pop_front();
    return c;
}

void ChunkChannel::release(Chunk* chunk)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(chunk);
    }
    m_cond.notify_all();
}

void ChunkChannel::finish(int stage)
{
    {
        std::lock_guard lock(m_mutex);
        m_finished[size_t(stage)] = true;
    }
    m_cond.notify_all();
}

void ChunkChannel::abort()
{
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
    }
    m_cond.notify_all();
}

ChunkWorker::ChunkWorker(ChunkChannel& channel, std::function<void()> body, int stage)
    : m_channel(channel)
    , m_stage(stage)
{
    m_thread = std::thread([this, body = std::move(body)] {
        try {
            body();
        } catch (...) {
            m_error = std::current_exception();
            m_channel.abort();
        }
        m_channel.finish(m_stage);
    });
}

ChunkWorker::~ChunkWorker()
{
    if (m_thread.joinable()) {
        m_channel.abort();
        m_thread.join();
    }
}

void ChunkWorker::join()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
}

} // namespace ismap
