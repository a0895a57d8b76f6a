#include "common/Clock.h"

#include <QTimeZone>

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

QDate Clock::todayInJapan()
{
    return now().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).date();
}

QString Clock::japanTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace ismap
