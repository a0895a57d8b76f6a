#pragma once
// What the benchmark programs share: one JSON line per figure, peak memory, CPU time, the median of runs.

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
