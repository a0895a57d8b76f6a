#pragma once

#include "trail/Trail.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ismap {

class ItemHistory;
class Workbook;

/** One field an action changed, for people: its translated name and its values before and after, as shown. */
struct HistoryChange
{
    QString field; ///< translated field name; empty when the action recorded one bare value
    QString before;
    QString after;
};

/** One trail row as people read it: when (local time, the locale's format), who, what (a sentence), what changed. */
struct HistoryLine
{
    TrailEntry entry; ///< as stored: the full change on demand
    QString when;
    QString who;
    QString what;
    QList<HistoryChange> changes; ///< long values cut to a line
    QList<HistoryChange> fullChanges; ///< the same, whole
};

/**
 * The trail for people, rendered in the reader's language: one sentence per trail action code ("recorded step 2 as
 * deviation", "raised finding F-004"), the changed fields as before → after with translated names and values, and
 * the time in local time. The one renderer the History tab and `ismapctl history` both use; an action code this
 * build does not know is shown as it is stored.
 */
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
public:
    /// @p stepNumbers: step id → its number within the item (the trail names steps by id).
    static HistoryLine line(const TrailEntry& e, const QHash<qint64, int>& stepNumbers = {});
    /// An item's history, newest first, read by @p history (which remembers the trail between calls).
    static QList<HistoryLine> ofItem(Workbook& wb, ItemHistory& history, const QString& itemId, int limit = 500);
    /// The sentence for @p e alone.
    static QString sentence(const TrailEntry& e, const QHash<qint64, int>& stepNumbers = {});
    /// The changed fields of @p e; a value longer than @p maxLength is cut with "…" (0: whole).
    static QList<HistoryChange> changes(const TrailEntry& e, int maxLength = 0,
                                        const QHash<qint64, int>& stepNumbers = {});
    /// A stored field name (JSON key) in the reader's language; unknown keys as they are.
    static QString fieldName(const QString& key);
    /// A stored value for people: result and status keys translated, coded texts rendered, times in local time.
    static QString value(const QString& key, const QString& stored);
    /// One change on a line: "field: before → after" (or the value alone when added, "(removed)" when cleared).
    static QString changeText(const HistoryChange& change);
    /// The whole change as text, every field before → after uncut, and the stored entity (the details on demand).
    static QString details(const HistoryLine& line);

private:
    static QString engagementSentence(const TrailEntry& e, const QJsonObject& before, const QJsonObject& after);
};

} // namespace ismap
