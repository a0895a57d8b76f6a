#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ismap {

class Workbook;

/** The raw parts of a team-sync conflict, as Replication records them (SyncConflict). */
struct ConflictRow
{
    QString table; ///< the table of the row both replicas changed
    QString rowKey; ///< its key (JSON array)
    QString storedLabel; ///< the courtesy label stored with the conflict ("procedure_step 12 (item 5.1.1)")
    QString itemId; ///< the audit item the row belongs to, if any
    QStringList fields; ///< the columns both sides changed
};

/**
 * A team-sync conflict named for people, in the reader's language: "Step 2 of 5.1.1 — result, notes",
 * "Finding F-AL-001 — effect", "Sample item 3 of sample 2 (9.2.5) — result", "Applicability of 5.1.1". The one
 * renderer the conflicts view and `ismapctl sync conflicts` both use; a row it does not know is named by the
 * stored label.
 */
class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)
public:
    /// The raw parts of a conflict as Replication gives it (a SyncConflict: this layer is below team sync).
    template<class Conflict> static ConflictRow rowOf(const Conflict& c)
    {
        ConflictRow row { c.table, c.rowKey, c.label, c.itemId, {} };
        for (const auto& v : c.versions)
            for (const QString& f : v.values.keys())
                if (!row.fields.contains(f))
                    row.fields << f;
        return row;
    }
    /// The row and the fields in dispute.
    static QString label(Workbook& wb, const ConflictRow& row);
    /// The row alone ("Step 2 of 5.1.1").
    static QString rowName(Workbook& wb, const ConflictRow& row);
    /// One version's values for a line: "notes: text; result: No exception", team members by name.
    static QString values(Workbook& wb, const QJsonObject& values);
    /// A column in the reader's language ("result" → 結果 in Japanese); unknown columns as they are.
    static QString fieldName(const QString& column);
};

} // namespace ismap
