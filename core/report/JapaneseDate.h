#pragma once

#include <QDate>
#include <QString>

namespace ismap {

/**
 * Dates as Japanese reports write them: the Japanese era (和暦) with the Gregorian year alongside.
 * 令和 starts on 2019-05-01, 平成 on 1989-01-08, 昭和 on 1926-12-25; the first year of an era is 元年.
 */
class JapaneseDate
{
public:
    /// "令和7年4月1日"; an empty string for an invalid date or one before 昭和.
    static QString era(const QDate& date);
    /// "2025年4月1日".
    static QString gregorian(const QDate& date);
    /// "令和7年4月1日（2025年4月1日）", the form the report prints; Gregorian only before 昭和.
    static QString eraWithGregorian(const QDate& date);
    /// "1 April 2025".
    static QString english(const QDate& date);
    /// The era's name ("令和", "平成", "昭和") and the year within it; false before 昭和.
    static bool eraYear(const QDate& date, QString* eraName, int* year);
};

} // namespace ismap
