#pragma once
// Shared helpers for the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp).
//
// A harness must only ever see an AuditError for bad input: any other exception, a crash, a leak,
// undefined behaviour or a timeout is a finding. Harnesses that need a file write the input to a
// per-process temporary folder that is reused between runs (and removed at exit).

#include "common/AuditError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace ismap::fuzz {

/// One QCoreApplication for the whole run (some code paths use translations or QStandardPaths).
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "ismap-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication* app = nullptr;
    if (!app && !QCoreApplication::instance()) {
        qputenv("QT_LOGGING_RULES", "*=false");
        app = new QCoreApplication(argc, argv); // intentionally lives for the whole process
    }
}

/// The per-process scratch folder.
inline QString scratchDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/ismap-fuzz-XXXXXX"));
    return dir.path();
}

/// Writes @p data to a file called @p name in the scratch folder (replacing any earlier one) and returns its path.
inline QString writeInput(const uint8_t* data, size_t size, const QString& name)
{
    const QString path = scratchDir() + u'/' + name;
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        std::abort();
    if (size && f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    f.close();
    return path;
}

/// Removes @p path and the SQLite side files next to it.
inline void removeWithSideFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace ismap::fuzz
