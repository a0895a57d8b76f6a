#include "common/Clock.h"

namespace ismap {

std::function<QDateTime()>& Clock::override_()
{
    static std::function<QDateTime()> fn;
    return fn;
}

QDateTime Clock::now()
{
    const auto& fn = override_();
    return fn ? fn() : QDateTime::currentDateTimeUtc();
}

QString Clock::nowIso()
{
    return now().toUTC().toString(Qt::ISODateWithMs);
}

void Clock::setOverride(std::function<QDateTime()> fn)
{
    override_() = std::move(fn);
}

} // namespace ismap
