#pragma once

#include <QString>

class QFile;

namespace ismap::FileHints {

/**
 * The engine's one seam to the operating system's file calls. Hints that only make large imports faster or output
 * friendlier: telling the OS a file is read once from start to end, starting the disk write of a file that is
 * still growing, asking whether a stream is a terminal. Calls that change what is kept or decided: putting a file
 * on the disk before it is renamed (syncFile, syncFolder) and telling a file from a copy of it (fileIdentity).
 * The native implementation uses POSIX/Linux calls (posix_fadvise, sync_file_range, isatty, fsync, stat); the
 * portable one (every other platform, or any platform built with -DISMAP_PORTABLE_IO=ON) does nothing or asks
 * Qt, and says below what it gives up. Both are compiled on every platform and tested on Linux (tst_filehints),
 * so the Windows build compiles the code that runs there.
 */
enum class Implementation { Native, Portable };

/// Which implementation the vault uses in this build.
Implementation active();

/// Hints that `file` (open for reading) will be read sequentially once.
void adviseSequential(QFile& file);
void adviseSequential(QFile& file, Implementation which);

/// True when standard error is a terminal (progress lines are drawn only there).
bool stderrIsTerminal();
/// What tells this file apart from a copy of it with the same content: the device and inode on POSIX (a copy or a
/// restore gets another inode); the portable fallback uses the birth time and the absolute path.
QString fileIdentity(const QString& path);
QString fileIdentity(const QString& path, Implementation which);
bool stderrIsTerminal(Implementation which);

/// Puts what @p file (open for writing) holds on the disk before returning, so that a rename that follows cannot
/// reach the disk before the data: Qt's buffer goes to the OS (QFile::flush), then natively fsync waits for the
/// disk. The portable fallback can only flush Qt's buffer to the OS (Qt has no public call that syncs an open
/// file): the data then survives the program crashing, not the machine losing power. A Windows build that needs
/// more adds FlushFileBuffers here. False if the file is not open for writing or a step fails.
bool syncFile(QFile& file);
bool syncFile(QFile& file, Implementation which);
/// Makes the renames inside @p folder durable: natively an fsync of the folder itself (POSIX keeps a rename in the
/// folder's own data); false if the folder cannot be opened or synced. The portable fallback has nothing to sync
/// (file systems like NTFS journal the rename themselves) and only says whether the folder exists.
bool syncFolder(const QString& folder);
bool syncFolder(const QString& folder, Implementation which);

/**
 * Starts writing out a file that another writer (SQLite's WAL) keeps appending to, every `step` bytes, so that the
 * fsync at COMMIT has little left to do. Asynchronous: it adds no sync and no durability claim of its own.
 */
class WriteBehind
{
public:
    explicit WriteBehind(const QString& path, qint64 step = qint64(8) << 20);
    WriteBehind(const QString& path, qint64 step, Implementation which);
    ~WriteBehind();
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    /// Called after every chunk written; every `step` bytes starts the write-out of what is dirty so far.
    void written(qint64 bytes);

    /// How many write-outs were started (0 with the portable implementation).
    int started() const { return m_started; }

private:
    int m_fd = -1;
    qint64 m_step;
    qint64 m_pending = 0;
    int m_started = 0;
};

} // namespace ismap::FileHints
