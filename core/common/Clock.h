#pragma once

#include <QDate>
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
    /// Today's date in Japan (Asia/Tokyo), the engagement's calendar: a report's default date, when a request is
    /// overdue. From 15:00 UTC it is a day ahead of UTC.
    static QDate todayInJapan();
    /// A stored UTC time in Japan time, "yyyy-MM-dd HH:mm" (work papers); the text as given if it is no time.
    static QString japanTime(const QString& iso);
    /// A stored UTC time as people read it everywhere (app, CLI, report): in the local time zone, in the format of
    /// the UI language's locale (QLocale(), which Language::apply sets), with seconds when @p seconds. The text as
    /// given if it is no time; empty for empty.
    static QString shown(const QString& iso, bool seconds = false);
    /// The same for a time held as a QDateTime.
    static QString shown(const QDateTime& t, bool seconds = false);
    /// A plain date (an engagement period, a request's due date, the statement's or the report's date) as people
    /// read it, in the UI language's locale (QLocale(), which Language::apply sets): 2026年12月7日 in Japanese,
    /// 7 Dec 2026 in English. Stored dates stay ISO (yyyy-MM-dd); editors may show them so.
    static QString shownDate(const QDate& date);
    /// The same for a stored ISO date; the text as given if it is no date, empty for empty.
    static QString shownDate(const QString& isoDate);
    static void setOverride(std::function<QDateTime()> fn);

private:
    static std::function<QDateTime()>& override_();
};

} // namespace ismap
