#include "fieldwork/EvidenceRecords.h"

#include "database/Database.h"
#include "workbook/Workbook.h"

namespace ismap {

namespace {

constexpr const char* kEvidenceRecordColumns
    = "SELECT e.id, e.ref, e.sha256, e.size, e.name, e.mime, e.obtained_from, e.obtained_at, e.description, "
      "e.added_by, e.added_at FROM evidence e ";

/// The records @p where selects (after kEvidenceRecordColumns), in the order they were added.
QList<EvidenceRecord> selectRecords(Workbook& wb, const QString& where, const QString& arg = QString())
{
    Query q = wb.db().prepare(QLatin1String(kEvidenceRecordColumns) + where + QStringLiteral(" ORDER BY e.id"));
    if (!arg.isNull())
        q.bind(1, arg);
    const QHash<qint64, QString> names = wb.memberNames();
    QList<EvidenceRecord> out;
    while (q.step())
        out.append({ q.int64(0), q.text(1), q.text(2), q.int64(3), q.text(4), q.text(5), q.text(6), q.text(7),
                     q.text(8), names.value(q.int64(9)), q.text(10) });
    return out;
}

} // namespace

std::optional<EvidenceRecord> EvidenceRecords::byRef(Workbook& wb, const QString& ref)
{
    const QList<EvidenceRecord> r = selectRecords(wb, QStringLiteral("WHERE e.ref = ?"), ref);
    if (r.isEmpty())
        return std::nullopt;
    return r.first();
}

QList<EvidenceRecord> EvidenceRecords::all(Workbook& wb)
{
    return selectRecords(wb, QString());
}

QList<EvidenceRecord> EvidenceRecords::byIds(Workbook& wb, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    QStringList in;
    for (const qint64 id : ids)
        in << QString::number(id);
    return selectRecords(wb, QStringLiteral("WHERE e.id IN (%1)").arg(in.join(u',')));
}

std::optional<qint64> EvidenceRecords::idOf(Workbook& wb, const QString& ref)
{
    Query q = wb.db().prepare("SELECT id FROM evidence WHERE ref = ?");
    q.bind(1, ref);
    if (!q.step())
        return std::nullopt;
    return q.int64(0);
}

QHash<qint64, QString> EvidenceRecords::refsById(Workbook& wb)
{
    QHash<qint64, QString> out;
    Query q = wb.db().prepare("SELECT id, ref FROM evidence");
    while (q.step())
        out.insert(q.int64(0), q.text(1));
    return out;
}

std::optional<QString> EvidenceRecords::firstWithContent(Workbook& wb, const QString& sha256)
{
    Query q = wb.db().prepare("SELECT ref FROM evidence WHERE sha256 = ? ORDER BY id LIMIT 1");
    q.bind(1, sha256);
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

qint64 EvidenceRecords::countWithContent(Workbook& wb, const QString& sha256)
{
    Query q = wb.db().prepare("SELECT count(*) FROM evidence WHERE sha256 = ?");
    q.bind(1, sha256);
    return q.step() ? q.int64(0) : 0;
}

QList<EvidenceKindCount> EvidenceRecords::countByKind(Workbook& wb)
{
    QList<EvidenceKindCount> out;
    Query q = wb.db().prepare(
        "SELECT CASE WHEN mime LIKE 'image/%' THEN 'image' WHEN mime = 'application/pdf' THEN 'pdf' "
        "WHEN mime LIKE 'text/%' THEN 'text' "
        "WHEN mime LIKE '%spreadsheet%' OR mime LIKE '%excel%' OR mime = 'text/csv' THEN 'spreadsheet' "
        "WHEN mime LIKE '%zip%' OR mime LIKE '%compressed%' OR mime LIKE '%tar%' THEN 'archive' ELSE 'other' END k, "
        "count(*), coalesce(sum(size), 0) FROM evidence GROUP BY k ORDER BY k");
    while (q.step())
        out.append({ q.text(0), q.integer(1), q.int64(2) });
    return out;
}

qint64 EvidenceRecords::insert(Workbook& wb, const EvidenceRecord& r, qint64 memberId)
{
    wb.db()
        .prepare("INSERT INTO evidence(id, ref, sha256, size, name, mime, obtained_from, obtained_at, description, "
                 "added_by, added_at) VALUES (" ISMAP_NEXT_ID("evidence") ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, r.ref)
        .bind(2, r.sha256)
        .bind(3, r.size)
        .bind(4, r.name)
        .bind(5, r.mime)
        .bind(6, r.obtainedFrom)
        .bind(7, r.obtainedAt)
        .bind(8, r.description)
        .bind(9, memberId)
        .bind(10, r.addedAt)
        .run();
    return wb.db().lastInsertRowId();
}

void EvidenceRecords::updateDescription(Workbook& wb, const EvidenceRecord& r)
{
    wb.db()
        .prepare("UPDATE evidence SET name = ?, obtained_from = ?, obtained_at = ?, description = ? WHERE id = ?")
        .bind(1, r.name)
        .bind(2, r.obtainedFrom)
        .bind(3, r.obtainedAt)
        .bind(4, r.description)
        .bind(5, r.id)
        .run();
}

void EvidenceRecords::remove(Workbook& wb, qint64 id)
{
    wb.db().prepare("DELETE FROM evidence WHERE id = ?").bind(1, id).run();
}

} // namespace ismap
