// The platform seam of the evidence vault's file I/O (core/platform/FileHints): both implementations compiled and
// exercised on Linux, so the portable fallback that Windows and macOS builds run is known to work.
#include "platform/FileHints.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ismap;
using FileHints::Implementation;

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
