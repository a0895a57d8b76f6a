#include "platform/FileHints.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#if defined(__unix__) || defined(__APPLE__)
#    define ISMAP_HAVE_POSIX 1
#    include <fcntl.h>
#    include <sys/stat.h>
#    include <unistd.h>
#endif

namespace ismap::FileHints {

Implementation active()
{
#if defined(ISMAP_PORTABLE_IO) || !defined(ISMAP_HAVE_POSIX)
    return Implementation::Portable;
#else
    return Implementation::Native;
#endif
}

void adviseSequential(QFile& file)
{
    adviseSequential(file, active());
}

void adviseSequential(QFile& file, Implementation which)
{
#if defined(ISMAP_HAVE_POSIX) && defined(POSIX_FADV_SEQUENTIAL)
    if (which == Implementation::Native && file.handle() >= 0)
        ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
#else
    Q_UNUSED(file);
    Q_UNUSED(which);
#endif
}

bool stderrIsTerminal()
{
    return stderrIsTerminal(active());
}

bool stderrIsTerminal(Implementation which)
{
#ifdef ISMAP_HAVE_POSIX
    if (which == Implementation::Native)
        return ::isatty(2) == 1;
#else
    Q_UNUSED(which);
#endif
    // Portable: without a terminal query, progress is drawn only when asked for (--progress).
    return false;
}

QString fileIdentity(const QString& path)
{
    return fileIdentity(path, active());
}

QString fileIdentity(const QString& path, Implementation which)
{
#ifdef ISMAP_HAVE_POSIX
    if (which == Implementation::Native) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) == 0)
            return QStringLiteral("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino));
        return {};
    }
#else
    Q_UNUSED(which);
#endif
    const QFileInfo info(path);
    return info.exists() ? info.birthTime().toUTC().toString(Qt::ISODateWithMs) + u'|' + info.absoluteFilePath()
                         : QString();
}

bool syncFile(QFile& file)
{
    return syncFile(file, active());
}

bool syncFile(QFile& file, Implementation which)
{
    if (!file.isOpen() || !file.isWritable() || !file.flush())
        return false;
#ifdef ISMAP_HAVE_POSIX
    if (which == Implementation::Native)
        return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(which);
#endif
    return true;
}

bool syncFolder(const QString& folder)
{
    return syncFolder(folder, active());
}

bool syncFolder(const QString& folder, Implementation which)
{
#ifdef ISMAP_HAVE_POSIX
    if (which == Implementation::Native) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        return synced;
    }
#else
    Q_UNUSED(which);
#endif
    return QFileInfo(folder).isDir();
}

WriteBehind::WriteBehind(const QString& path, qint64 step)
    : WriteBehind(path, step, active())
{ }

WriteBehind::WriteBehind(const QString& path, qint64 step, Implementation which)
    : m_step(step)
{
#ifdef __linux__
    if (which == Implementation::Native)
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
#else
    Q_UNUSED(path);
    Q_UNUSED(which);
#endif
}

WriteBehind::~WriteBehind()
{
#ifdef ISMAP_HAVE_POSIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void WriteBehind::written(qint64 bytes)
{
    m_pending += bytes;
    if (m_fd < 0 || m_pending < m_step)
        return;
    m_pending = 0;
#ifdef __linux__
    if (::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0)
        ++m_started;
#endif
}

} // namespace ismap::FileHints
