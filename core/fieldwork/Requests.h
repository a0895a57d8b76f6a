#pragma once

#include "tabular/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

class Workbook;

/** One entry of the request list (依頼資料 / PBC): what the team asked the CSP for, and where it stands. */
struct Request
{
    qint64 id = 0;
    QString ref; ///< R-001 …
    QString itemId;
    std::optional<qint64> stepId;
    std::optional<qint64> sampleSetId;
    QString description;
    QString requestedOn; ///< YYYY-MM-DD
    QString dueOn; ///< YYYY-MM-DD or empty
    QString status = QStringLiteral("requested"); ///< requested, received, withdrawn (as stored)
    QString receivedOn;
    QString note;
    QStringList evidenceRefs; ///< the evidence that answered it
    QString createdBy;
    QString createdAt;

    /// The status a person reads on @p today: "overdue" for a request still open after its due date.
    QString statusOn(const QDate& today) const;
};

/** The fields an update changes: only those set. */
struct RequestEdit
{
    std::optional<QString> description, dueOn, status, receivedOn, note;
    QStringList addEvidence; ///< evidence refs to link as answering the request
};

/**
 * The request list: what the team asked the CSP for, per item, step or sample set; created and updated by any team
 * member, each change trailed. The CSP's returned copy of the exported list (XLSX or CSV) updates the statuses, all
 * rows or none, each problem named by file and row.
 */
class Requests
{
    Q_DECLARE_TR_FUNCTIONS(Requests)
public:
    static QStringList statuses(); ///< requested, received, withdrawn
    /// A status key from a stored key or a word people write (依頼中, 受領済, 取下げ, 期限超過, received …).
    static std::optional<QString> statusFromText(const QString& text);
    /// The display name of a status (overdue included), in the UI language.
    static QString statusDisplayName(const QString& key);

    static Request add(Workbook& wb, const Request& r);
    static Request update(Workbook& wb, const QString& ref, const RequestEdit& edit);
    static QList<Request> all(Workbook& wb);
    static std::optional<Request> byRef(Workbook& wb, const QString& ref);

    /// What a returned copy would change: one edit per row that differs, or the problems by row.
    struct ReturnedCopy
    {
        QList<QPair<QString, RequestEdit>> changes;
        int rowsRead = 0;
        QStringList errors;
    };
    static ReturnedCopy readReturnedCopy(Workbook& wb, const Table& table);
    /// Applies a returned copy in one transaction: every row or none. Returns the number of requests changed.
    static int importReturnedCopy(Workbook& wb, const Table& table);
};

} // namespace ismap
