// The platform seam of the evidence vault's file I/O (core/platform/FileHints): both implementations compiled and
// exercised on Linux, so the portable fallback that Windows and macOS builds run is known to work.
#include "platform/FileHints.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ismap;
using FileHints::Implementation;

namespace {
#ifdef Q_OS_UNIX
constexpr bool kPosix = true; // Native is the POSIX implementation here; elsewhere it falls back like Portable
#else
constexpr bool kPosix = false;
#endif

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}
} // namespace

class TestFileHints : public QObject
{
    Q_OBJECT

private slots:
    void implementations_data()
    {
        QTest::addColumn<Implementation>("which");
        QTest::newRow("native") << Implementation::Native;
        QTest::newRow("portable") << Implementation::Portable;
    }

    void sequentialHintLeavesTheFileReadable_data() { implementations_data(); }
    void sequentialHintLeavesTheFileReadable()
    {
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.bin"));
        const QByteArray content(3 << 20, 'x');
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(content), qint64(content.size()));
        }
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        FileHints::adviseSequential(in, which);
        QCOMPARE(in.readAll(), content);
    }

    void writeBehindStartsWriteOutOnlyNatively_data() { implementations_data(); }
    void writeBehindStartsWriteOutOnlyNatively()
    {
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workbook-wal"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const qint64 step = 1 << 20;
        FileHints::WriteBehind behind(path, step, which);
        const QByteArray chunk(step / 2, 'w');
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(out.write(chunk), qint64(chunk.size()));
            QVERIFY(out.flush());
            behind.written(chunk.size());
        }
#ifdef __linux__
        QCOMPARE(behind.started(), which == Implementation::Native ? 3 : 0);
#else
        QCOMPARE(behind.started(), 0);
#endif
        out.close();
        QCOMPARE(QFileInfo(path).size(), qint64(6 * chunk.size()));
    }

    void writeBehindOnAMissingFileIsHarmless_data()
    {
        implementations_data();
    }
    void writeBehindOnAMissingFileIsHarmless()
    {
        QFETCH(Implementation, which);
        FileHints::WriteBehind behind(QStringLiteral("/nonexistent/dir/wal"), 16, which);
        behind.written(1024);
        QCOMPARE(behind.started(), 0);
    }

    void syncFilePutsBufferedDataInTheFile_data()
    {
        implementations_data();
    }
    void syncFilePutsBufferedDataInTheFile()
    {
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("package.part"));
        QFile out(path);
        QVERIFY(!FileHints::syncFile(out, which)); // not open
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray content("a change package, small enough to wait in Qt's write buffer");
        QCOMPARE(out.write(content), qint64(content.size()));
        QCOMPARE(QFileInfo(path).size(), qint64(0)); // still in the buffer: a rename now would lose it
        QVERIFY(FileHints::syncFile(out, which));
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), content);
        out.close();
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(!FileHints::syncFile(out, which)); // open, but not for writing
    }

    void syncFolderNeedsTheFolder_data()
    {
        implementations_data();
    }
    void syncFolderNeedsTheFolder()
    {
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        QVERIFY(FileHints::syncFolder(dir.path(), which));
        QVERIFY(!FileHints::syncFolder(dir.filePath(QStringLiteral("missing")), which));
    }

    void fileIdentityTellsACopyFromTheFile_data()
    {
        implementations_data();
    }
    void fileIdentityTellsACopyFromTheFile()
    {
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replica.ismapwb"));
        QVERIFY(writeFile(path, "replica 2"));
        const QString id = FileHints::fileIdentity(path, which);
        QVERIFY(!id.isEmpty());
        // The same file: the same identity, also after it was written to.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(", more work");
        }
        QCOMPARE(FileHints::fileIdentity(path, which), id);
        // A copy next to it: another identity.
        const QString copy = dir.filePath(QStringLiteral("copy.ismapwb"));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(FileHints::fileIdentity(copy, which) != id);
        QVERIFY(FileHints::fileIdentity(copy, which) != FileHints::fileIdentity(path, which));
        // No file, no identity.
        QVERIFY(FileHints::fileIdentity(dir.filePath(QStringLiteral("missing")), which).isEmpty());
    }

    void fileIdentityOfACopyPutInPlace_data()
    {
        implementations_data();
    }
    void fileIdentityOfACopyPutInPlace()
    {
        // A backup copied back over the replica's file, at the same path. The native identity (device and inode)
        // sees a new file; the portable one (birth time and path) sees it only where the file system records a
        // birth time, as ext4 and NTFS do.
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replica.ismapwb"));
        const QString backup = dir.filePath(QStringLiteral("backup.ismapwb"));
        QVERIFY(writeFile(path, "replica 2"));
        QVERIFY(QFile::copy(path, backup));
        const QString id = FileHints::fileIdentity(path, which);
        QThread::msleep(20); // the portable identity's birth time is kept to the millisecond
        // Copied next to it, then renamed over it (the original still exists while the copy is made: a file system
        // that is handed a deleted file's inode for the copy would give the copy the old device and inode).
        const QString incoming = dir.filePath(QStringLiteral("incoming.ismapwb"));
        QVERIFY(QFile::copy(backup, incoming));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(incoming, path));
        const bool birthTimeKnown = QFileInfo(path).birthTime().isValid();
        if ((which == Implementation::Native && kPosix) || birthTimeKnown)
            QVERIFY(FileHints::fileIdentity(path, which) != id);
        else
            QCOMPARE(FileHints::fileIdentity(path, which), id);
    }

    void fileIdentityAfterAMove_data()
    {
        implementations_data();
    }
    void fileIdentityAfterAMove()
    {
        // A move within one file system keeps the native identity (same inode) but not the portable one, which
        // includes the path: there a moved file reads as a copy. The workbook compares the recorded path as well,
        // so either way a moved replica is refused until it is claimed.
        QFETCH(Implementation, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replica.ismapwb"));
        QVERIFY(writeFile(path, "replica 2"));
        const QString id = FileHints::fileIdentity(path, which);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("moved")));
        const QString moved = dir.filePath(QStringLiteral("moved/replica.ismapwb"));
        QVERIFY(QFile::rename(path, moved));
        if (which == Implementation::Native && kPosix)
            QCOMPARE(FileHints::fileIdentity(moved, which), id);
        else
            QVERIFY(FileHints::fileIdentity(moved, which) != id);
    }

    void portableNeverClaimsATerminal()
    {
        // ctest runs with stderr redirected: neither implementation sees a terminal here; the portable one never does.
        QVERIFY(!FileHints::stderrIsTerminal(Implementation::Portable));
        QVERIFY(!FileHints::stderrIsTerminal(Implementation::Native));
    }

    void activeFollowsTheBuildOption()
    {
#if defined(ISMAP_EXPECT_PORTABLE_IO)
        QCOMPARE(FileHints::active(), Implementation::Portable);
#else
        QCOMPARE(FileHints::active(), Implementation::Native);
#endif
    }
};

QTEST_GUILESS_MAIN(TestFileHints)
#include "tst_filehints.moc"
