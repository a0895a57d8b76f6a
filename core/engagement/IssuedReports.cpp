#include "engagement/IssuedReports.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Review.h"
#include "trail/Trail.h"
#include "workbook/Workbook.h"

#include <QHash>

namespace ismap {

namespace {

constexpr int kMaxRetentionYears = 100;

QList<IssuedReport> read(Workbook& wb, const char* where, const QString& value = {})
{
    QList<IssuedReport> out;
    if (wb.formatVersion() < 7)
        return out;
    QHash<qint64, QString> names;
    for (const TeamMember& m : wb.team())
        names.insert(m.id, m.name);
    Query q
        = wb.db().prepare(QStringLiteral("SELECT id, kind, sha256, issued_at, issued_by, signer, language, "
                                         "report_date, trail_head, trail_seq, reissue_of, retain_until, unlocks_before "
                                         "FROM report_issue %1 ORDER BY id")
                              .arg(QLatin1String(where)));
    if (!value.isEmpty())
        q.bind(1, value);
    while (q.step()) {
        IssuedReport r;
        r.id = q.int64(0);
        r.kind = q.text(1);
        r.sha256 = q.text(2);
        r.issuedAt = q.text(3);
        r.issuedBy = q.isNull(4) ? QString() : names.value(q.int64(4));
        r.signer = q.text(5);
        r.language = q.text(6);
        r.reportDate = q.text(7);
        r.trailHead = q.text(8);
        r.trailSeq = q.int64(9);
        r.reissueOf = q.text(10);
        r.retainUntil = q.text(11);
        r.unlocksBefore = q.integer(12);
        out.append(r);
    }
    return out;
}

} // namespace

QList<IssuedReport> IssuedReports::list(Workbook& wb)
{
    return read(wb, "");
}

std::optional<IssuedReport> IssuedReports::latestFinal(Workbook& wb)
{
    const QList<IssuedReport> finals = read(wb, "WHERE kind = 'final'");
    if (finals.isEmpty())
        return std::nullopt;
    return finals.last();
}

std::optional<IssuedReport> IssuedReports::bySha256(Workbook& wb, const QString& sha256)
{
    const QList<IssuedReport> found = read(wb, "WHERE sha256 = ?", sha256.toLower());
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<IssuedReport> IssuedReports::issuedSinceFinalised(Workbook& wb)
{
    const std::optional<IssuedReport> last = latestFinal(wb);
    // Reopening the engagement is what allows another final report: counted, not timed (two actions may share a
    // millisecond).
    if (!wb.engagement().locked || !last || last->unlocksBefore != Review::unlocks(wb).size())
        return std::nullopt;
    return last;
}

bool IssuedReports::unchangedSinceIssue(Workbook& wb, const QString& pdfSha256, const QString& manifestHead)
{
    const std::optional<IssuedReport> issued = bySha256(wb, pdfSha256);
    if (!issued || issued->trailHead != manifestHead || Trail::hashOf(wb.db(), issued->trailSeq) != manifestHead)
        return false;
    const QString issueEntity = QStringLiteral("report/%1").arg(issued->sha256);
    int after = 0;
    bool onlyTheIssue = true;
    Trail::eachAfter(wb.db(), issued->trailSeq, [&](qint64, const QString& entity, const QString&) {
        ++after;
        onlyTheIssue = onlyTheIssue && entity == issueEntity;
    });
    return onlyTheIssue && after == 1;
}

int IssuedReports::retentionYears(Workbook& wb)
{
    if (wb.formatVersion() < 7)
        return kDefaultRetentionYears;
    return wb.engagementField(Workbook::EngagementField::RetentionYears).toInt();
}

QString IssuedReports::retainUntil(Workbook& wb)
{
    if (wb.formatVersion() < 7)
        return {};
    return wb.engagementField(Workbook::EngagementField::RetainUntil);
}

void IssuedReports::setRetentionYears(Workbook& wb, int years)
{
    FieldworkAction action(wb); // read-only, finalised or nobody working: refused with its words
    action.requireRole({ Role::Lead }, tr("set the retention period"));
    if (years < 1 || years > kMaxRetentionYears)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the retention period must be 1 to %2 years, not %3.")
                             .arg(wb.path())
                             .arg(kMaxRetentionYears)
                             .arg(years));
    const int before = retentionYears(wb);
    if (before == years)
        return; // nothing changes: no trail row
    wb.writeEngagementField(Workbook::EngagementField::RetentionYears, QString::number(years));
    wb.record(QStringLiteral("engagement.retention"), QStringLiteral("engagement"),
              jsonText({ { QStringLiteral("retention_years"), before } }),
              jsonText({ { QStringLiteral("retention_years"), years } }));
    action.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
}

void IssuedReports::checkCanIssueFinal(Workbook& wb)
{
    if (wb.isReadOnly())
        throw AuditError(ErrorCode::ReadOnly,
                         tr("%1: the workbook is open read-only; a final report is recorded in it.").arg(wb.path()));
    const TeamMember me = wb.actingMember();
    if (me.role != Role::Lead)
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1 (%2) may not issue the final report: only the engagement lead may.")
                             .arg(me.name, roleDisplayName(me.role)));
    if (!wb.engagement().locked)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the engagement is not finalised; a final report is issued only from a finalised "
                            "engagement.")
                             .arg(wb.path()));
    if (const std::optional<IssuedReport> issued = issuedSinceFinalised(wb))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: the final report was already issued at %2 (SHA-256 %3); reopen the engagement with "
                            "a reason to reissue it.")
                             .arg(wb.path(), issued->issuedAt, issued->sha256));
}

IssuedReport IssuedReports::recordFinal(Workbook& wb, IssuedReport report)
{
    if (wb.formatVersion() < 7)
        throw AuditError(ErrorCode::ReadOnly,
                         tr("%1: the workbook's format is too old to record a report; open it "
                            "read-write once to upgrade it.")
                             .arg(wb.path()));
    Transaction tx(wb.db());
    checkCanIssueFinal(wb);
    if (wb.trailHead() != report.trailHead)
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: the workbook changed while the report was composed; the report is not issued.").arg(wb.path()));
    const TeamMember me = wb.actingMember();
    const std::optional<IssuedReport> earlier = latestFinal(wb);
    report.kind = QStringLiteral("final");
    report.sha256 = report.sha256.toLower();
    report.issuedAt = Clock::nowIso();
    report.issuedBy = me.name;
    report.reissueOf = earlier ? earlier->sha256 : QString();
    report.retainUntil = Clock::now().toUTC().date().addYears(retentionYears(wb)).toString(Qt::ISODate);
    report.unlocksBefore = int(Review::unlocks(wb).size());
    wb.db()
        .prepare("INSERT INTO report_issue(id, kind, sha256, issued_at, issued_by, signer, language, report_date, "
                 "trail_head, trail_seq, reissue_of, retain_until, unlocks_before) "
                 "VALUES (" ISMAP_NEXT_ID("report_issue") ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, report.kind)
        .bind(2, report.sha256)
        .bind(3, report.issuedAt)
        .bind(4, me.id)
        .bind(5, report.signer)
        .bind(6, report.language)
        .bind(7, report.reportDate)
        .bind(8, report.trailHead)
        .bind(9, report.trailSeq)
        .bind(10, report.reissueOf)
        .bind(11, report.retainUntil)
        .bind(12, report.unlocksBefore)
        .run();
    report.id = wb.db().lastInsertRowId();
    wb.writeEngagementField(Workbook::EngagementField::RetainUntil, report.retainUntil);
    wb.record(QStringLiteral("report.issue"), QStringLiteral("report/%1").arg(report.sha256), {},
              jsonText({ { QStringLiteral("kind"), report.kind },
                         { QStringLiteral("sha256"), report.sha256 },
                         { QStringLiteral("composed_at_trail_head"), report.trailHead },
                         { QStringLiteral("reissue_of"), report.reissueOf },
                         { QStringLiteral("retain_until"), report.retainUntil } }));
    tx.commit();
    wb.notifyChanged(QStringLiteral("engagement"));
    return report;
}

QString IssuedReports::kindText(const IssuedReport& report)
{
    if (report.kind == u"draft")
        return tr("draft");
    return report.reissueOf.isEmpty() ? tr("final report") : tr("final report (reissue)");
}

} // namespace ismap
