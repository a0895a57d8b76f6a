#include "common/Clock.h"

#include <QLocale>
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

QString Clock::shown(const QString& iso, bool seconds)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? shown(t, seconds) : iso;
}

QString Clock::shown(const QDateTime& t, bool seconds)
{
    if (!t.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // The short form of en_US has a two-digit year ("12/2/26"): an audit date reads with its century.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (seconds && !format.contains(u's'))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(t.toLocalTime(), format);
}

QString Clock::shownDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Japanese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString Clock::shownDate(const QString& isoDate)
{
    const QString t = isoDate.trimmed();
    if (t.isEmpty())
        return {};
    const QDate d = QDate::fromString(t, Qt::ISODate);
    return d.isValid() ? shownDate(d) : isoDate;
}

} // namespace ismap
