#pragma once

#include <QDateTime>
#include <functional>

namespace ismap {

/** The engine's clock: UTC now, replaceable in tests so trails and sign-offs are reproducible. */
class Clock
{
public:
    static QDateTime now();
    /// ISO 8601 UTC with milliseconds, the form every timestamp in the workbook takes.
    static QString nowIso();
    static void setOverride(std::function<QDateTime()> fn);

private:
    static std::function<QDateTime()>& override_();
};

} // namespace ismap
