#include "evidence/ChunkChannel.h"

namespace ismap {

ChunkChannel::ChunkChannel(int buffers, qint64 chunkSize)
    : m_storage(size_t(buffers))
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

void ChunkChannel::push(Chunk* chunk)
{
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(chunk);
    }
    m_cond.notify_all();
}

Chunk* ChunkChannel::pop()
{
    std::unique_lock lock(m_mutex);
    m_cond.wait(lock, [&] { return m_aborted || !m_full.empty() || m_finished; });
    if (m_aborted || m_full.empty())
        return nullptr;
    Chunk* c = m_full.front();
    m_full.pop_front();
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

void ChunkChannel::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
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

bool ChunkChannel::aborted()
{
    std::lock_guard lock(m_mutex);
    return m_aborted;
}

ChunkWorker::ChunkWorker(ChunkChannel& channel, std::function<void()> body)
    : m_channel(channel)
{
    m_thread = std::thread([this, body = std::move(body)] {
        try {
            body();
        } catch (...) {
            m_error = std::current_exception();
            m_channel.abort();
        }
        m_channel.finish();
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
