#include "fieldwork/Requests.h"

#include "catalog/Catalog.h"
#include "common/AuditError.h"
#include "common/Clock.h"
#include "fieldwork/EvidenceRecords.h"
#include "fieldwork/FieldworkAction.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ismap {

namespace {

constexpr const char* kRequestColumns
    = "SELECT r.id, r.ref, r.item_id, r.step_id, r.sample_set_id, r.description, r.requested_on, r.due_on, r.status, "
      "r.received_on, r.note, r.created_by, r.created_at, "
      "(SELECT group_concat(e.ref, ',') FROM (SELECT e.ref FROM request_evidence x JOIN evidence e "
      "ON e.id = x.evidence_id WHERE x.request_id = r.id ORDER BY e.ref) e) "
      "FROM request r ";

/// @p names: the team's names by id (Workbook::memberNames), read once per list.
Request readRequest(const Query& q, const QHash<qint64, QString>& names)
{
    Request r;
    r.id = q.int64(0);
    r.ref = q.text(1);
    r.itemId = q.text(2);
    if (!q.isNull(3))
        r.stepId = q.int64(3);
    if (!q.isNull(4))
        r.sampleSetId = q.int64(4);
    r.description = q.text(5);
    r.requestedOn = q.text(6);
    r.dueOn = q.text(7);
    r.status = q.text(8);
    r.receivedOn = q.text(9);
    r.note = q.text(10);
    r.createdBy = names.value(q.int64(11));
    r.createdAt = q.text(12);
    r.evidenceRefs = q.text(13).split(u',', Qt::SkipEmptyParts);
    return r;
}

QJsonObject describe(const Request& r)
{
    QJsonObject o { { QStringLiteral("item"), r.itemId },
                    { QStringLiteral("description"), r.description },
                    { QStringLiteral("requested_on"), r.requestedOn },
                    { QStringLiteral("status"), r.status } };
    if (r.stepId)
        o.insert(QStringLiteral("step"), double(*r.stepId));
    if (r.sampleSetId)
        o.insert(QStringLiteral("sample_set"), double(*r.sampleSetId));
    if (!r.dueOn.isEmpty())
        o.insert(QStringLiteral("due_on"), r.dueOn);
    if (!r.receivedOn.isEmpty())
        o.insert(QStringLiteral("received_on"), r.receivedOn);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    if (!r.evidenceRefs.isEmpty())
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(r.evidenceRefs));
    return o;
}

/// A date field: empty, or a date in any form StatementInfo::parseDate reads; throws naming @p what.
QString dateField(const QString& text, const QString& what)
{
    const std::optional<QString> d = StatementInfo::parseDate(text);
    if (!d)
        throw AuditError(ErrorCode::InvalidInput,
                         Requests::tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(what, text.trimmed()));
    return *d;
}

void checkStatus(const QString& status)
{
    if (!Requests::statuses().contains(status))
        throw AuditError(
            ErrorCode::InvalidInput,
            Requests::tr("\"%1\" is not a request status (requested, received or withdrawn).").arg(status));
}

void linkEvidence(Workbook& wb, qint64 requestId, const QStringList& refs)
{
    for (const QString& ref : refs) {
        const std::optional<qint64> evidenceId = EvidenceRecords::idOf(wb, ref.trimmed());
        if (!evidenceId)
            throw AuditError(ErrorCode::NotFound, Requests::tr("evidence %1: no such evidence.").arg(ref.trimmed()));
        wb.db()
            .prepare("INSERT OR IGNORE INTO request_evidence(request_id, evidence_id) VALUES (?, ?)")
            .bind(1, requestId)
            .bind(2, *evidenceId)
            .run();
    }
}

} // namespace

QString Request::statusOn(const QDate& today) const
{
    if (status == u"requested" && !dueOn.isEmpty() && QDate::fromString(dueOn, Qt::ISODate) < today)
        return QStringLiteral("overdue");
    return status;
}

QStringList Requests::statuses()
{
    return { QStringLiteral("requested"), QStringLiteral("received"), QStringLiteral("withdrawn") };
}

std::optional<QString> Requests::statusFromText(const QString& text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    static const QHash<QString, QString> words {
        { QStringLiteral("requested"), QStringLiteral("requested") },
        { QStringLiteral("依頼中"), QStringLiteral("requested") },
        { QStringLiteral("依頼済"), QStringLiteral("requested") },
        { QStringLiteral("未受領"), QStringLiteral("requested") },
        { QStringLiteral("open"), QStringLiteral("requested") },
        // Overdue is a reading of "requested" past its due date, never stored.
        { QStringLiteral("overdue"), QStringLiteral("requested") },
        { QStringLiteral("期限超過"), QStringLiteral("requested") },
        { QStringLiteral("received"), QStringLiteral("received") },
        { QStringLiteral("受領済"), QStringLiteral("received") },
        { QStringLiteral("受領"), QStringLiteral("received") },
        { QStringLiteral("提出済"), QStringLiteral("received") },
        { QStringLiteral("withdrawn"), QStringLiteral("withdrawn") },
        { QStringLiteral("取下げ"), QStringLiteral("withdrawn") },
        { QStringLiteral("取り下げ"), QStringLiteral("withdrawn") },
        { QStringLiteral("取下"), QStringLiteral("withdrawn") },
    };
    const auto it = words.constFind(t);
    return it == words.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

QString Requests::statusDisplayName(const QString& key)
{
    if (key == u"requested")
        return tr("requested");
    if (key == u"received")
        return tr("received");
    if (key == u"withdrawn")
        return tr("withdrawn");
    if (key == u"overdue")
        return tr("overdue");
    return key;
}

Request Requests::add(Workbook& wb, const Request& in)
{
    FieldworkAction action(wb);
    Database& db = wb.db();
    if (in.description.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("a request needs a description of what is asked for."));
    if (!Catalog::item(wb, in.itemId))
        throw AuditError(ErrorCode::NotFound, tr("item %1: not in the catalog.").arg(in.itemId));
    if (in.stepId
        && !db.prepare("SELECT 1 FROM procedure_step WHERE id = ? AND item_id = ?")
                .bind(1, *in.stepId)
                .bind(2, in.itemId)
                .step())
        throw AuditError(ErrorCode::NotFound,
                         tr("item %1: step %2 does not belong to it.").arg(in.itemId).arg(*in.stepId));
    if (in.sampleSetId
        && !db.prepare("SELECT 1 FROM sample_set WHERE id = ? AND item_id = ?")
                .bind(1, *in.sampleSetId)
                .bind(2, in.itemId)
                .step())
        throw AuditError(ErrorCode::NotFound,
                         tr("item %1: sample %2 does not belong to it.").arg(in.itemId).arg(*in.sampleSetId));
    const QString requestedOn = in.requestedOn.isEmpty() ? Clock::todayInJapan().toString(Qt::ISODate)
                                                         : dateField(in.requestedOn, tr("requested on"));
    const QString dueOn = dateField(in.dueOn, tr("due"));
    if (!dueOn.isEmpty() && dueOn < requestedOn)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("due %1 is before the request was made (%2).").arg(dueOn, requestedOn));
    const QString status = in.status.isEmpty() ? QStringLiteral("requested") : in.status;
    checkStatus(status);
    const QString ref = wb.nextRef("request", u'R', 3);
    db.prepare(
          "INSERT INTO request(id, ref, item_id, step_id, sample_set_id, description, requested_on, due_on, status, "
          "received_on, note, created_by, created_at) VALUES (" ISMAP_NEXT_ID("request") ", ?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, ref)
        .bind(2, in.itemId)
        .bindOptional(3, in.stepId)
        .bindOptional(4, in.sampleSetId)
        .bind(5, in.description.trimmed())
        .bind(6, requestedOn)
        .bind(7, dueOn)
        .bind(8, status)
        .bind(9, dateField(in.receivedOn, tr("received on")))
        .bind(10, in.note.trimmed())
        .bind(11, action.member().id)
        .bind(12, Clock::nowIso())
        .run();
    const qint64 id = db.scalar("SELECT last_insert_rowid()").toLongLong();
    linkEvidence(wb, id, in.evidenceRefs);
    const Request out = *byRef(wb, ref);
    wb.record(QStringLiteral("request.add"), QStringLiteral("item/%1/request/%2").arg(out.itemId, ref), {},
              jsonText(describe(out)));
    action.commit();
    wb.notifyChanged(QStringLiteral("request/%1").arg(ref));
    return out;
}

namespace {

/// Applies @p e to @p ref inside the caller's transaction; returns false when nothing changed.
bool applyEdit(Workbook& wb, const QString& ref, const RequestEdit& e)
{
    const std::optional<Request> before = Requests::byRef(wb, ref);
    if (!before)
        throw AuditError(ErrorCode::NotFound, Requests::tr("request %1: no such request.").arg(ref));
    Request r = *before;
    if (e.description) {
        if (e.description->trimmed().isEmpty())
            throw AuditError(ErrorCode::InvalidInput,
                             Requests::tr("a request needs a description of what is asked for."));
        r.description = e.description->trimmed();
    }
    if (e.dueOn)
        r.dueOn = dateField(*e.dueOn, Requests::tr("due"));
    if (e.status) {
        checkStatus(*e.status);
        r.status = *e.status;
    }
    if (e.receivedOn)
        r.receivedOn = dateField(*e.receivedOn, Requests::tr("received on"));
    if (r.status == u"received" && r.receivedOn.isEmpty())
        r.receivedOn = Clock::todayInJapan().toString(Qt::ISODate);
    if (e.note)
        r.note = e.note->trimmed();
    wb.db()
        .prepare("UPDATE request SET description = ?, due_on = ?, status = ?, received_on = ?, note = ? WHERE id = ?")
        .bind(1, r.description)
        .bind(2, r.dueOn)
        .bind(3, r.status)
        .bind(4, r.receivedOn)
        .bind(5, r.note)
        .bind(6, r.id)
        .run();
    linkEvidence(wb, r.id, e.addEvidence);
    const Request after = *Requests::byRef(wb, ref);
    const QString b = jsonText(describe(*before)), a = jsonText(describe(after));
    if (a == b)
        return false;
    wb.record(QStringLiteral("request.update"), QStringLiteral("item/%1/request/%2").arg(after.itemId, ref), b, a);
    return true;
}

} // namespace

Request Requests::update(Workbook& wb, const QString& ref, const RequestEdit& edit)
{
    FieldworkAction action(wb);
    applyEdit(wb, ref, edit);
    action.commit();
    wb.notifyChanged(QStringLiteral("request/%1").arg(ref));
    return *byRef(wb, ref);
}

QList<Request> Requests::all(Workbook& wb)
{
    QList<Request> out;
    if (wb.formatVersion() < 4)
        return out;
    Query q = wb.db().prepare(QString::fromLatin1(kRequestColumns) + QStringLiteral("ORDER BY r.id"));
    const QHash<qint64, QString> names = wb.memberNames();
    while (q.step())
        out.append(readRequest(q, names));
    return out;
}

std::optional<Request> Requests::byRef(Workbook& wb, const QString& ref)
{
    if (wb.formatVersion() < 4)
        return std::nullopt;
    Query q = wb.db().prepare(QString::fromLatin1(kRequestColumns) + QStringLiteral("WHERE r.ref = ?"));
    q.bind(1, ref.trimmed().toUpper());
    if (!q.step())
        return std::nullopt;
    return readRequest(q, wb.memberNames());
}

Requests::ReturnedCopy Requests::readReturnedCopy(Workbook& wb, const Table& table)
{
    ReturnedCopy out;
    const QString& src = table.source;
    auto key = [](const QString& cell) {
        return cell.normalized(QString::NormalizationForm_KC).simplified().toLower();
    };
    const QStringList refNames { QStringLiteral("番号"),    QStringLiteral("依頼番号"), QStringLiteral("ref"),
                                 QStringLiteral("request"), QStringLiteral("no."),      QStringLiteral("no") };
    const QStringList statusNames { QStringLiteral("状態"), QStringLiteral("ステータス"), QStringLiteral("status") };
    const QStringList receivedNames { QStringLiteral("受領日"), QStringLiteral("提出日"), QStringLiteral("received on"),
                                      QStringLiteral("received") };
    const QStringList noteNames { QStringLiteral("備考"), QStringLiteral("コメント"), QStringLiteral("note"),
                                  QStringLiteral("notes"), QStringLiteral("comment") };
    int header = -1, refCol = -1, statusCol = -1, receivedCol = -1, noteCol = -1;
    for (int r = 0; r < table.rows.size() && r < 10 && header < 0; ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const QString k = key(table.rows[r][c]);
            if (refCol < 0 && refNames.contains(k))
                refCol = c;
            else if (statusCol < 0 && statusNames.contains(k))
                statusCol = c;
            else if (receivedCol < 0 && receivedNames.contains(k))
                receivedCol = c;
            else if (noteCol < 0 && noteNames.contains(k))
                noteCol = c;
        }
        if (refCol >= 0 && statusCol >= 0)
            header = r;
        else
            refCol = statusCol = receivedCol = noteCol = -1;
    }
    if (header < 0) {
        out.errors
            << tr("%1: no header row with a request number (番号, Ref) and a status (状態, Status) column.").arg(src);
        return out;
    }
    QHash<QString, int> seen;
    for (int r = header + 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        const int rowNo = table.rowNumbers.value(r, r + 1);
        const QString ref = row.value(refCol).trimmed().toUpper();
        if (ref.isEmpty() && row.join(QString()).trimmed().isEmpty())
            continue;
        ++out.rowsRead;
        auto fail = [&](const QString& why) {
            out.errors << tr("%1, row %2: %3").arg(src).arg(rowNo).arg(why);
        };
        if (ref.isEmpty()) {
            fail(tr("no request number."));
            continue;
        }
        if (const auto first = seen.constFind(ref); first != seen.constEnd()) {
            fail(tr("%1 is listed twice (first in row %2).").arg(ref).arg(*first));
            continue;
        }
        seen.insert(ref, rowNo);
        const std::optional<Request> current = byRef(wb, ref);
        if (!current) {
            fail(tr("%1: no such request in this workbook.").arg(ref));
            continue;
        }
        const QString statusText = row.value(statusCol);
        const std::optional<QString> status = statusFromText(statusText);
        if (!status) {
            fail(tr("%1: \"%2\" is not a request status (依頼中, 受領済, 取下げ; requested, received, withdrawn).")
                     .arg(ref, statusText.trimmed()));
            continue;
        }
        RequestEdit e;
        if (*status != current->status)
            e.status = *status;
        if (receivedCol >= 0) {
            const std::optional<QString> d = StatementInfo::parseDate(row.value(receivedCol));
            if (!d) {
                fail(tr("%1: \"%2\" is not a date.").arg(ref, row.value(receivedCol).trimmed()));
                continue;
            }
            if (*d != current->receivedOn && !(d->isEmpty() && *status == u"received"))
                e.receivedOn = *d;
        }
        if (noteCol >= 0 && row.value(noteCol).trimmed() != current->note)
            e.note = row.value(noteCol);
        if (e.status || e.receivedOn || e.note)
            out.changes.append({ ref, e });
    }
    if (out.errors.isEmpty() && out.rowsRead == 0)
        out.errors << tr("%1: no request rows below the header.").arg(src);
    return out;
}

int Requests::importReturnedCopy(Workbook& wb, const Table& table)
{
    wb.requireWritable(); // a finalised engagement says so before any row is read
    const ReturnedCopy copy = readReturnedCopy(wb, table);
    if (!copy.errors.isEmpty()) {
        const QString summary = copy.errors.size() == 1
            ? tr("%1: 1 problem; nothing was changed.").arg(table.source)
            : tr("%1: %2 problems; nothing was changed.").arg(table.source).arg(copy.errors.size());
        throw AuditError(ErrorCode::InvalidInput, summary + u'\n' + copy.errors.join(u'\n'));
    }
    FieldworkAction action(wb);
    int changed = 0;
    for (const auto& [ref, edit] : copy.changes)
        changed += applyEdit(wb, ref, edit) ? 1 : 0;
    action.commit();
    wb.notifyChanged(QStringLiteral("request"));
    return changed;
}

} // namespace ismap
