#include "workbook/Workbook.h"

#include "platform/FileHints.h"

#include "common/Clock.h"
#include "trail/RowState.h"
#include "trail/Trail.h"
#include "workbook/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>

namespace ismap {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::QualityReviewer:
        return QStringLiteral("quality_reviewer");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    if (key == u"staff")
        return Role::Staff;
    if (key == u"reviewer")
        return Role::Reviewer;
    if (key == u"lead")
        return Role::Lead;
    if (key == u"quality_reviewer")
        return Role::QualityReviewer;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Staff:
        return QCoreApplication::translate("Role", "Staff");
    case Role::Reviewer:
        return QCoreApplication::translate("Role", "Reviewer");
    case Role::Lead:
        return QCoreApplication::translate("Role", "Engagement lead");
    case Role::QualityReviewer:
        return QCoreApplication::translate("Role", "Engagement quality reviewer");
    }
    return {};
}

namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

/// Reads the SQLite header without SQLite, so a foreign file is never touched by the library.
void checkHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Io, Workbook::tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw AuditError(ErrorCode::NotAWorkbook, Workbook::tr("%1: this file is not an ISMAP workbook.").arg(path));
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    if (appId != quint32(Schema::kApplicationId))
        throw AuditError(ErrorCode::NotAWorkbook,
                         Workbook::tr("%1: this is an SQLite database, but not an ISMAP workbook.").arg(path));
}

} // namespace

Workbook::~Workbook() = default;

void Workbook::applyConnectionPragmas()
{
    m_db.setBusyTimeout(2000);
    m_db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;");
}

void Workbook::trackChanges()
{
    m_db.trackChanges(&RowState::isAudited);
    m_db.setBeforeCommit([this] { sealUnrecorded(); });
}

void Workbook::sealUnrecorded()
{
    // Every action records itself after its writes; rows written after that are sealed in a row of their own
    // rather than left for `verify` to report as changed outside the app.
    if (!m_db.hasChanges())
        return;
    std::set<Database::RowChange> existedBefore;
    const auto changes = m_db.takeChanges(&existedBefore);
    if (RowState::snapshot(m_db, changes, existedBefore).isEmpty())
        return;
    for (const auto& change : changes)
        m_db.noteChange(change.first, change.second, existedBefore.count(change) != 0);
    record(QStringLiteral("workbook.seal"), QStringLiteral("workbook"));
}

std::unique_ptr<Workbook> Workbook::create(const QString& path, const Engagement& engagement,
                                           const std::function<void(Workbook&)>& populate)
{
    const QFileInfo info(path);
    if (info.exists())
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: a file of that name already exists; it was left as it is. Choose another name.").arg(path));
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        throw AuditError(ErrorCode::Io, tr("%1: the folder does not exist.").arg(info.absolutePath()));
    if (!dir.isWritable())
        throw AuditError(ErrorCode::ReadOnly, tr("%1: the folder cannot be written (read-only).").arg(path));

    std::unique_ptr<Workbook> wb(new Workbook);
    wb->m_path = path;
    try {
        wb->m_db.open(path, true);
        // Page size first (only honoured before the first table), then WAL for crash safety.
        wb->m_db.exec("PRAGMA page_size = 65536; PRAGMA journal_mode = WAL;");
        wb->m_db.exec(QStringLiteral("PRAGMA application_id = %1;").arg(Schema::kApplicationId));
        wb->applyConnectionPragmas();
        wb->trackChanges();
        Transaction tx(wb->m_db);
        Schema::create(wb->m_db);
        wb->m_db.setChainedTrail(true);
        wb->m_db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(Schema::kCurrentVersion));
        wb->m_format = Schema::kCurrentVersion;
        Engagement e = engagement;
        if (e.uuid.isEmpty())
            e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (e.createdAt.isEmpty())
            e.createdAt = Clock::nowIso();
        wb->m_db
            .prepare("INSERT INTO engagement(id, uuid, csp, service, period_start, period_end, scheme, audit_kind, "
                     "firm, scope, criteria_revision, criteria_source, created_at) "
                     "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, e.uuid)
            .bind(2, e.csp)
            .bind(3, e.service)
            .bind(4, e.periodStart.toString(Qt::ISODate))
            .bind(5, e.periodEnd.toString(Qt::ISODate))
            .bind(6, e.scheme)
            .bind(7, e.auditKind)
            .bind(8, e.firm)
            .bind(9, e.scope)
            .bind(10, e.criteriaRevision)
            .bind(11, e.criteriaSource.isEmpty() ? QStringLiteral("builtin") : e.criteriaSource)
            .bind(12, e.createdAt)
            .run();
        const QJsonObject after { { QStringLiteral("csp"), e.csp },
                                  { QStringLiteral("service"), e.service },
                                  { QStringLiteral("period"),
                                    QString(e.periodStart.toString(Qt::ISODate) + u".."
                                            + e.periodEnd.toString(Qt::ISODate)) },
                                  { QStringLiteral("scheme"), e.scheme } };
        wb->record(QStringLiteral("engagement.create"), QStringLiteral("engagement"), {},
                   QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (populate)
            populate(*wb);
        tx.commit();
        // Copy the new database into the main file now: until a checkpoint the header (application id) lives
        // only in the WAL, and another connection (the report worker, a second window) would refuse the file.
        wb->m_db.exec("PRAGMA wal_checkpoint(PASSIVE);");
    } catch (...) {
        wb->m_db.close();
        removeDatabaseFiles(path);
        throw;
    }
    return wb;
}

std::unique_ptr<Workbook> Workbook::open(const QString& path, Mode mode, bool rebind)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw AuditError(ErrorCode::NotFound, tr("%1: no such file.").arg(path));
    if (!info.isFile())
        throw AuditError(ErrorCode::NotAWorkbook, tr("%1: not a file.").arg(path));
    checkHeader(path);
    const bool dirWritable = QFileInfo(info.absolutePath()).isWritable();
    if (mode == Mode::ReadWrite && (!info.isWritable() || !dirWritable))
        throw AuditError(ErrorCode::ReadOnly,
                         tr("%1: the workbook or its folder is read-only, so it cannot be changed here. "
                            "Copy it to a writable folder to work on it.")
                             .arg(path));

    std::unique_ptr<Workbook> wb(new Workbook);
    wb->m_path = path;
    wb->m_mode = mode;
    const bool readOnly = mode == Mode::ReadOnly;
    // A read-only session on a writable file still opens the connection read-write, with query_only set:
    // only then can SQLite remove its -wal/-shm files on close instead of leaving them beside the workbook.
    const bool canWrite = info.isWritable() && dirWritable;
    wb->m_db.open(path, false, readOnly && !canWrite);
    wb->applyConnectionPragmas();
    if (readOnly)
        wb->m_db.exec("PRAGMA query_only = ON;");
    const int version = wb->m_db.scalar("PRAGMA user_version").toInt();
    if (version > Schema::kCurrentVersion)
        throw AuditError(ErrorCode::TooNew,
                         tr("%1: the workbook was saved by a newer version of ISMAP Audit Workbench (format %2; "
                            "this version reads up to %3). Update the application to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(Schema::kCurrentVersion));
    if (version < 1)
        throw AuditError(ErrorCode::NotAWorkbook, tr("%1: this file is not an ISMAP workbook.").arg(path));
    wb->m_format = version;
    wb->m_db.setChainedTrail(version >= 8);
    {
        Query qc = wb->m_db.prepare("PRAGMA quick_check");
        QStringList problems;
        while (qc.step())
            problems << qc.text(0);
        if (problems != QStringList { QStringLiteral("ok") })
            throw AuditError(ErrorCode::Damaged,
                             tr("%1: the workbook is damaged (%2). It was not changed; restore it from a backup.")
                                 .arg(path, problems.mid(0, 3).join(u"; ")));
    }
    if (!readOnly) {
        // A bulk evidence import runs in the rollback journal and switches back to WAL; if it was killed, the
        // file is still in rollback mode (SQLite has just rolled the import back): put WAL back.
        if (wb->m_db.scalar("PRAGMA journal_mode").toString() != u"wal")
            wb->m_db.exec("PRAGMA journal_mode = WAL;");
        wb->trackChanges();
        // Take the write lock once now: a workbook another process is writing is refused up front.
        Transaction tx(wb->m_db);
        if (version < Schema::kCurrentVersion) {
            const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            if (!QFile::exists(backup) && !QFile::copy(path, backup))
                throw AuditError(ErrorCode::Io,
                                 tr("%1: cannot keep a copy before upgrading the workbook.").arg(backup));
            Schema::migrate(wb->m_db, version);
            wb->m_db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(Schema::kCurrentVersion));
            wb->m_format = Schema::kCurrentVersion;
        }
        Schema::refreshTriggers(wb->m_db);
        wb->loadReplica(rebind);
        tx.commit();
    } else if (version >= 8) {
        wb->loadReplica(true);
    }
    return wb;
}

void Workbook::loadReplica(bool rebind)
{
    Query q = m_db.prepare("SELECT number, uid, bound_path, bound_file FROM replica_self WHERE id = 1");
    if (!q.step())
        return;
    const int number = q.integer(0);
    const QString uid = q.text(1);
    const QString here = QFileInfo(m_path).absoluteFilePath();
    if (!rebind && (q.text(2) != here || q.text(3) != FileHints::fileIdentity(m_path)))
        throw AuditError(ErrorCode::CopiedReplica,
                         tr("%1: this workbook is replica %2 of a team engagement, but it is not the file that "
                            "replica was made as (it was at %3): it is a copy or it was moved. A copy must not work "
                            "as the same replica. If you moved it, claim it: ismapctl replica claim %1 (or File → "
                            "Claim this replica in the app); if it is a copy, ask the engagement lead for a replica "
                            "of your own.")
                             .arg(m_path)
                             .arg(number)
                             .arg(q.text(2)));
    q.reset();
    m_db.setReplica(number);
    m_replicaUid = uid;
    loadRefPrefix();
    if (m_mode == Mode::ReadWrite) {
        if (rebind)
            writeReplicaBinding(number, uid);
        m_db.setCapture(&RowState::travels);
    }
}

void Workbook::writeReplicaBinding(int number, const QString& uid)
{
    m_db.prepare("INSERT INTO replica_self(id, number, uid, bound_path, bound_file) VALUES (1, ?, ?, ?, ?) "
                 "ON CONFLICT(id) DO UPDATE SET number = excluded.number, uid = excluded.uid, "
                 "bound_path = excluded.bound_path, bound_file = excluded.bound_file")
        .bind(1, qint64(number))
        .bind(2, uid)
        .bind(3, QFileInfo(m_path).absoluteFilePath())
        .bind(4, FileHints::fileIdentity(m_path))
        .run();
}

QString Workbook::nextRef(const char* table, QChar letter, int width, const QStringList& alsoTaken)
{
    const QString head = QString(letter) + u'-' + (m_refPrefix.isEmpty() ? QString() : m_refPrefix + u'-');
    Query q = m_db.prepare(QStringLiteral("SELECT coalesce(max(CAST(substr(ref, ?1) AS INTEGER)), 0) FROM \"%1\" "
                                          "WHERE ref GLOB ?2")
                               .arg(QLatin1String(table)));
    q.bind(1, qint64(head.size() + 1)).bind(2, head + QStringLiteral("[0-9]*"));
    qint64 last = q.step() ? q.int64(0) : 0;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    for (const QString& ref : alsoTaken)
        if (ref.startsWith(head) && digits.match(ref.mid(head.size())).hasMatch())
            last = qMax(last, ref.mid(head.size()).toLongLong());
    return head + QStringLiteral("%1").arg(last + 1, width, 10, QLatin1Char('0'));
}

void Workbook::loadRefPrefix()
{
    m_refPrefix.clear();
    if (m_db.replica() == 0)
        return;
    for (const ReplicaRecord& r : replicaRecords())
        if (r.number == m_db.replica())
            m_refPrefix = r.prefix;
}

QList<ReplicaRecord> Workbook::replicaRecords()
{
    QList<ReplicaRecord> out;
    if (m_format < 8)
        return out;
    Query q = m_db.prepare("SELECT number, uid, coalesce(member_id, 0), prefix, base, created_at, created_by "
                           "FROM replica ORDER BY number");
    while (q.step())
        out.append({ q.integer(0), q.text(1), q.int64(2), q.text(3), q.text(4), q.text(5), q.text(6) });
    return out;
}

void Workbook::addReplicaRecord(const ReplicaRecord& r)
{
    m_db.prepare("INSERT INTO replica(number, uid, member_id, prefix, base, created_at, created_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, qint64(r.number))
        .bind(2, r.uid)
        .bind(3, r.memberId)
        .bind(4, r.prefix)
        .bind(5, r.base)
        .bind(6, r.createdAt)
        .bind(7, r.createdBy)
        .run();
}

void Workbook::bindCopy(const QString& copyPath, int number, const QString& uid)
{
    Database db;
    db.open(copyPath, false);
    db.exec("PRAGMA journal_mode = WAL;");
    db.prepare("UPDATE replica_self SET number = ?, uid = ?, bound_path = ?, bound_file = ? WHERE id = 1")
        .bind(1, qint64(number))
        .bind(2, uid)
        .bind(3, QFileInfo(copyPath).absoluteFilePath())
        .bind(4, FileHints::fileIdentity(copyPath))
        .run();
    db.close();
}

void Workbook::bindReplica(int number, const QString& uid)
{
    writeReplicaBinding(number, uid);
    m_db.setReplica(number);
    m_replicaUid = uid;
    loadRefPrefix();
    if (!m_db.capturing())
        m_db.setCapture(&RowState::travels);
}

Engagement Workbook::engagement()
{
    Query st = m_db.prepare("SELECT uuid, csp, service, period_start, period_end, scheme, audit_kind, firm, scope, "
                            "criteria_revision, criteria_source, locked, locked_at, locked_by, created_at "
                            "FROM engagement WHERE id = 1");
    if (!st.step())
        throw AuditError(ErrorCode::Damaged, tr("%1: the workbook has no engagement record.").arg(m_path));
    Engagement e;
    e.uuid = st.text(0);
    e.csp = st.text(1);
    e.service = st.text(2);
    e.periodStart = QDate::fromString(st.text(3), Qt::ISODate);
    e.periodEnd = QDate::fromString(st.text(4), Qt::ISODate);
    e.scheme = st.text(5);
    e.auditKind = st.text(6);
    e.firm = st.text(7);
    e.scope = st.text(8);
    e.criteriaRevision = st.text(9);
    e.criteriaSource = st.text(10);
    e.locked = st.int64(11) != 0;
    e.lockedAt = st.text(12);
    e.lockedBy = st.text(13);
    e.createdAt = st.text(14);
    return e;
}

void Workbook::requireWritable()
{
    if (m_mode == Mode::ReadOnly)
        throw AuditError(ErrorCode::ReadOnly, tr("%1: the workbook is open read-only.").arg(m_path));
    if (m_db.scalar("SELECT locked FROM engagement WHERE id = 1").toInt() != 0)
        throw AuditError(ErrorCode::Finalised,
                         tr("%1: the engagement is finalised; nothing can be changed. The engagement lead can "
                            "reopen it with a reason.")
                             .arg(m_path));
}

QList<TeamMember> Workbook::team()
{
    QList<TeamMember> out;
    Query st = m_db.prepare("SELECT id, name, role, email FROM team_member ORDER BY id");
    while (st.step())
        out.append({ st.int64(0), st.text(1), roleFromKey(st.text(2)).value_or(Role::Staff), st.text(3) });
    return out;
}

std::optional<TeamMember> Workbook::member(const QString& name)
{
    Query st = m_db.prepare("SELECT id, name, role, email FROM team_member WHERE name = ?");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return TeamMember { st.int64(0), st.text(1), roleFromKey(st.text(2)).value_or(Role::Staff), st.text(3) };
}

std::optional<TeamMember> Workbook::memberById(qint64 id)
{
    Query st = m_db.prepare("SELECT id, name, role, email FROM team_member WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return TeamMember { st.int64(0), st.text(1), roleFromKey(st.text(2)).value_or(Role::Staff), st.text(3) };
}

QHash<qint64, QString> Workbook::memberNames()
{
    QHash<qint64, QString> out;
    for (const TeamMember& m : team())
        out.insert(m.id, m.name);
    return out;
}

TeamMember Workbook::addMember(const QString& name, Role role, const QString& email)
{
    checkNewMember(team(), name, role);
    const QString trimmed = name.trimmed();
    m_db.prepare("INSERT INTO team_member(id, name, role, email) VALUES (" ISMAP_NEXT_ID("team_member") ", ?, ?, ?)")
        .bind(1, trimmed)
        .bind(2, roleKey(role))
        .bind(3, email)
        .run();
    TeamMember m { m_db.lastInsertRowId(), trimmed, role, email };
    record(QStringLiteral("team.add"), QStringLiteral("team/%1").arg(m.id), {},
           QStringLiteral("%1 (%2)").arg(trimmed, roleKey(role)));
    return m;
}

void Workbook::writeMemberRole(const TeamMember& member, Role role)
{
    m_db.prepare("UPDATE team_member SET role = ? WHERE id = ?").bind(1, roleKey(role)).bind(2, member.id).run();
    record(QStringLiteral("team.role"), QStringLiteral("team/%1").arg(member.id),
           QStringLiteral("%1 (%2)").arg(member.name, roleKey(member.role)),
           QStringLiteral("%1 (%2)").arg(member.name, roleKey(role)));
}

void Workbook::checkNewMember(const QList<TeamMember>& team, const QString& name, Role role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("team member: the name is empty."));
    for (const TeamMember& m : team)
        if (m.name.trimmed() == trimmed)
            throw AuditError(ErrorCode::InvalidInput, tr("%1 is already on the team.").arg(trimmed));
    // One engagement lead signs the report and alone finalises: a second would blur who is responsible.
    if (role == Role::Lead)
        for (const TeamMember& m : team)
            if (m.role == Role::Lead)
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("%1 cannot also lead the engagement: %2 is its engagement lead. Add %1 with "
                                    "another role.")
                                     .arg(trimmed, m.name));
}

TeamMember Workbook::actingMember()
{
    if (m_actor.isEmpty())
        throw AuditError(ErrorCode::Forbidden, tr("no team member is working: choose who you are first."));
    auto m = member(m_actor);
    if (!m)
        throw AuditError(ErrorCode::Forbidden, tr("%1 is not on the engagement team.").arg(m_actor));
    return *m;
}

namespace {

const char* columnOf(Workbook::EngagementField field)
{
    switch (field) {
    case Workbook::EngagementField::CriteriaRevision:
        return "criteria_revision";
    case Workbook::EngagementField::CriteriaSource:
        return "criteria_source";
    case Workbook::EngagementField::AuditKind:
        return "audit_kind";
    case Workbook::EngagementField::Scheme:
        return "scheme";
    case Workbook::EngagementField::SamplingTable:
        return "sampling_table";
    case Workbook::EngagementField::SeverityScale:
        return "severity_scale";
    case Workbook::EngagementField::RetentionYears:
        return "retention_years";
    case Workbook::EngagementField::RetainUntil:
        return "retain_until";
    }
    return "";
}

} // namespace

QString Workbook::engagementField(EngagementField field)
{
    Query q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM engagement WHERE id = 1").arg(QLatin1String(columnOf(field))));
    return q.step() ? q.text(0) : QString();
}

void Workbook::writeEngagementField(EngagementField field, const QString& value)
{
    m_db.prepare(QStringLiteral("UPDATE engagement SET %1 = ? WHERE id = 1").arg(QLatin1String(columnOf(field))))
        .bind(1, value)
        .run();
}

void Workbook::writeLock(const QString& at, const QString& by)
{
    if (at.isEmpty())
        m_db.exec("UPDATE engagement SET locked = 0, locked_at = NULL, locked_by = NULL WHERE id = 1");
    else
        m_db.prepare("UPDATE engagement SET locked = 1, locked_at = ?, locked_by = ? WHERE id = 1")
            .bind(1, at)
            .bind(2, by)
            .run();
}

void Workbook::requireScopeEditor()
{
    requireWritable();
    const TeamMember m = actingMember();
    if (m.role != Role::Lead)
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1 is %2: only the engagement lead changes the engagement's scope.")
                             .arg(m.name, roleDisplayName(m.role)));
}

QString Workbook::scopeRefusal()
{
    try {
        requireScopeEditor();
    } catch (const AuditError& e) {
        return e.message();
    }
    return {};
}

void Workbook::setScope(const QString& scope)
{
    requireScopeEditor();
    const QString before = engagement().scope;
    const QString after = scope.trimmed();
    if (before == after)
        return;
    Transaction tx(m_db);
    m_db.prepare("UPDATE engagement SET scope = ?").bind(1, after).run();
    record(QStringLiteral("engagement.scope"), QStringLiteral("engagement"),
           QString::fromUtf8(
               QJsonDocument(QJsonObject { { QStringLiteral("scope"), before } }).toJson(QJsonDocument::Compact)),
           QString::fromUtf8(
               QJsonDocument(QJsonObject { { QStringLiteral("scope"), after } }).toJson(QJsonDocument::Compact)));
    tx.commit();
    notifyChanged(QStringLiteral("engagement"));
}

void Workbook::record(const QString& action, const QString& entity, const QString& before, const QString& after)
{
    Trail::append(m_db, m_actor.isEmpty() ? QStringLiteral("system") : m_actor, action, entity, before, after);
}

QString Workbook::trailHead()
{
    return Trail::head(m_db);
}

} // namespace ismap
