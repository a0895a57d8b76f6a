#pragma once
// What the benchmark programs share: one JSON line per figure, peak memory, CPU time, the median of runs.

#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <time.h>

namespace ismap::bench {

/// Prints {"bench": BENCH, "figure": NAME, "value": VALUE, "unit": UNIT} on a line of its own.
inline void figure(const char* bench, const QString& name, double value, const char* unit)
{
    std::printf("{\"bench\": \"%s\", \"figure\": \"%s\", \"value\": %.3f, \"unit\": \"%s\"}\n", bench, qPrintable(name),
                value, unit);
    std::fflush(stdout);
}

inline double peakRssMiB()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_maxrss) / 1024.0;
}

/// Peak resident memory of this process in KiB since the last resetPeakRss() (VmHWM; -1 where /proc is missing).
inline qint64 peakRssSinceResetKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// Starts a new peak-memory window (Linux: writing 5 to clear_refs resets VmHWM).
inline void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/// Throughput in MB/s (10^6 bytes per second).
inline double mbps(qint64 bytes, qint64 ns)
{
    return ns > 0 ? double(bytes) / 1e6 / (double(ns) / 1e9) : 0;
}

inline double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace ismap::bench
