#include "signing/OpenSsl.h"

#include <QDateTime>
#include <QTimeZone>

namespace ismap::ossl {

QDateTime toDateTime(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

} // namespace ismap::ossl
