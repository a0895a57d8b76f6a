#include "report/JapaneseDate.h"

#include <QLocale>

namespace ismap {

namespace {

struct Era
{
    const char16_t* name;
    QDate start;
};

} // namespace

bool JapaneseDate::eraYear(const QDate& date, QString* eraName, int* year)
{
    // Newest first: the first era whose start is not after the date is the one in force.
    static const Era eras[] = {
        { u"令和", QDate(2019, 5, 1) },
        { u"平成", QDate(1989, 1, 8) },
        { u"昭和", QDate(1926, 12, 25) },
    };
    if (!date.isValid())
        return false;
    for (const Era& e : eras) {
        if (date >= e.start) {
            if (eraName)
                *eraName = QString::fromUtf16(e.name);
            if (year)
                *year = date.year() - e.start.year() + 1;
            return true;
        }
    }
    return false;
}

QString JapaneseDate::era(const QDate& date)
{
    QString name;
    int year = 0;
    if (!eraYear(date, &name, &year))
        return {};
    const QString y = year == 1 ? QStringLiteral("元") : QString::number(year);
    return name + y + u'年' + QString::number(date.month()) + u'月' + QString::number(date.day()) + u'日';
}

QString JapaneseDate::gregorian(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.year()) + u'年' + QString::number(date.month()) + u'月' + QString::number(date.day())
        + u'日';
}

QString JapaneseDate::eraWithGregorian(const QDate& date)
{
    const QString e = era(date);
    if (e.isEmpty())
        return gregorian(date);
    return e + u'（' + gregorian(date) + u'）';
}

QString JapaneseDate::english(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace ismap
