#pragma once

#include "database/Database.h"
#include "signing/MemberKey.h"
#include "trail/Trail.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace ismap {

/// A member's role on the engagement: the fieldwork team (staff prepare, reviewers review, the lead leads) and the
/// engagement quality reviewer (審査担当者), who is not on the fieldwork team and reviews the engagement as a whole.
enum class Role { Staff, Reviewer, Lead, QualityReviewer };
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role);

/** A member of the engagement team. */
struct TeamMember
{
    qint64 id = 0;
    QString name;
    Role role = Role::Staff;
    QString email;
};

/** The engagement: who is audited, for which service and period, under which scheme and criteria. */
struct Engagement
{
    QString uuid;
    QString csp;
    QString service;
    QDate periodStart;
    QDate periodEnd;
    QString scheme = QStringLiteral("ismap"); ///< "ismap" or "ismap-liu"
    QString auditKind = QStringLiteral("initial"); ///< "initial" (design) or "renewal" (operating)
    QString firm;
    QString scope;
    QString criteriaRevision;
    QString criteriaSource;
    bool locked = false;
    QString lockedAt;
    QString lockedBy;
    QString createdAt;
};

/**
 * One engagement's workbook: a single SQLite file (*.ismapwb) holding catalog, statement, fieldwork,
 * evidence and trail. Opening checks that the file is ours, not newer than this build, and not damaged;
 * nothing is ever deleted or silently rewritten (a migration first copies the file aside).
 */
/**
 * What a committed action changed, for the views (typed, so no listener parses entity strings): the criteria item
 * whose work changed, or none when the change reaches beyond one item (team, plan, statement, catalog, the
 * engagement, a piece of evidence's description), and the entity the trail names for it.
 */
struct ChangeNotice
{
    QString itemId; ///< the item whose work changed; empty: engagement-wide
    QString entity; ///< the trail's entity, e.g. "item/5.1.1.1/step/12", "statement", "team" (for display and logs)

    bool concernsOneItem() const { return !itemId.isEmpty(); }
};

/** A replica of the engagement as the `replica` table records it (team sync; the list travels). */
struct ReplicaRecord
{
    int number = 0;
    QString uid;
    qint64 memberId = 0;
    QString prefix;
    QString base; ///< JSON {"replica": last seq}: the chains the copy held when it was made
    QString createdAt;
    QString createdBy;
};

class Workbook : public QObject
{
    Q_OBJECT
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Creates a new workbook at @p path (which must not exist). @p populate runs inside the creating
    /// transaction; if anything fails, the new file is removed and nothing is left behind.
    static std::unique_ptr<Workbook> create(const QString& path, const Engagement& engagement,
                                            const std::function<void(Workbook&)>& populate = {});
    /// Opens @p path. A replica (team sync) is bound to its file: a copy made with a file manager, or the file moved,
    /// is refused read-write (ErrorCode::CopiedReplica) unless @p rebind, which `replica claim` passes.
    static std::unique_ptr<Workbook> open(const QString& path, Mode mode = Mode::ReadWrite, bool rebind = false);
    ~Workbook() override;

    Database& db() { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// The schema version of the file as open: older than Schema::kCurrentVersion only for a workbook of an
    /// earlier format opened read-only (not upgraded), whose readers then leave out what that format lacks.
    int formatVersion() const { return m_format; }

    /// Team sync: the replica this file is (0: the origin, or a workbook never replicated) and its identity.
    int replicaNumber() const { return m_db.replica(); }
    QString replicaUid() const { return m_replicaUid; }
    /// Whether this engagement has replicas (the origin once it made one, every replica).
    bool isReplicated() const { return !m_replicaUid.isEmpty(); }
    /// Binds this file as replica @p number with identity @p uid (inside the caller's transaction): recorded with
    /// the file's identity, and every change from now on is captured to travel. Used by replica create and claim.
    void bindReplica(int number, const QString& uid);
    /// The replicas of the engagement, by number (empty before the first was made; format 8 on).
    QList<ReplicaRecord> replicaRecords();
    /// Records a replica (inside the caller's transaction; the caller checks and records its action).
    void addReplicaRecord(const ReplicaRecord& r);
    /// Tells a fresh copy (made by `replica create`, not open anywhere) that it is replica @p number with identity
    /// @p uid, bound to where it lies.
    static void bindCopy(const QString& copyPath, int number, const QString& uid);

    /// The next readable reference of @p table's `ref` column: LETTER-NNN on the origin, LETTER-PREFIX-NNN on a
    /// replica (its prefix is unique in the engagement, so references never collide after a merge and never
    /// change), counting past @p alsoTaken (references no longer in the table but printed, e.g. removed evidence).
    QString nextRef(const char* table, QChar letter, int width, const QStringList& alsoTaken = {});

    Engagement engagement();
    /// Changes the engagement's scope (the service, its regions and what the audit covers, as agreed): the lead
    /// only, while the engagement is open; trailed as engagement.scope.
    void setScope(const QString& scope);
    /// Why the acting member may not change the scope now (read-only, finalised, nobody working, not the lead), in
    /// the UI language; empty when setScope() would go ahead. setScope() refuses with the same words.
    QString scopeRefusal();
    /// The settings of the engagement row that other modules keep: the workbook owns the row, each module its
    /// rule (who may change it, what is valid, the trail row).
    enum class EngagementField {
        CriteriaRevision,
        CriteriaSource,
        AuditKind,
        Scheme,
        SamplingTable,
        SeverityScale,
        RetentionYears, ///< format 7 on: the firm's retention period in years
        RetainUntil, ///< format 7 on: an issued engagement is kept until this date (ISO), empty before issue
    };
    QString engagementField(EngagementField field);
    /// Writes @p field inside the caller's transaction; the caller checks and records its action.
    void writeEngagementField(EngagementField field, const QString& value);
    /// Locks the engagement (finalised at @p at by @p by), or unlocks it when @p at is empty; inside the caller's
    /// transaction.
    void writeLock(const QString& at, const QString& by);
    /// Throws unless the workbook may be changed (read-only, or finalised by the lead).
    void requireWritable();

    QList<TeamMember> team();
    std::optional<TeamMember> member(const QString& name);
    std::optional<TeamMember> memberById(qint64 id);
    /// Every member's name by id: how the other modules name the member ids their rows keep (preparer, raised by,
    /// …), read once per list instead of a join on team_member, which only the workbook reads. An id not on the
    /// team reads as an empty name.
    QHash<qint64, QString> memberNames();
    TeamMember addMember(const QString& name, Role role, const QString& email = {});
    /// Throws InvalidInput unless @p name may join @p team as @p role: not empty, not already on it (names are
    /// compared trimmed), not a second engagement lead. addMember() asks it; so does the new-workbook wizard of the
    /// team it is gathering.
    static void checkNewMember(const QList<TeamMember>& team, const QString& name, Role role);
    /// Writes @p member's new @p role and its trail row (team.role) inside the caller's transaction; the caller
    /// (Planning::changeRole) checks who may and what is valid.
    void writeMemberRole(const TeamMember& member, Role role);

    /// Who is working: recorded in the trail and used for role checks.
    void setActor(const QString& memberName) { m_actor = memberName; }
    const QString& actor() const { return m_actor; }
    /// The acting team member; throws Forbidden if the actor is not on the team.
    TeamMember actingMember();
    /// The member keys unlocked in this session (by their owner's passphrase), by member name: what signed
    /// actions sign with (MemberKeys::sign). Kept in memory only.
    void addUnlockedKey(const QString& memberName, const MemberKey& key) { m_keys.insert(memberName, key); }
    MemberKey unlockedKey(const QString& memberName) const { return m_keys.value(memberName); }
    /// Asked by MemberKeys::sign when the signer's key is not unlocked yet: the front end may unlock it then (the app
    /// asks its owner for the passphrase once per session, at the first signed action, not on opening).
    void setKeyUnlocker(std::function<void(Workbook&, const QString& memberName)> unlocker)
    {
        m_keyUnlocker = std::move(unlocker);
    }
    /// The signer's key, unlocked through the key unlocker if it is not yet (null when it stays locked).
    MemberKey keyToSignWith(const QString& memberName)
    {
        if (!m_keys.contains(memberName) && m_keyUnlocker)
            m_keyUnlocker(*this, memberName);
        return unlockedKey(memberName);
    }

    /// Appends a trail row for the current actor (inside the caller's transaction).
    void record(const QString& action, const QString& entity, const QString& before = {}, const QString& after = {});
    QString trailHead();
    /// Trail entries for @p entity and everything below it, newest first (an item's history).
    QList<TrailEntry> history(const QString& entity, int limit = 500) { return Trail::history(m_db, entity, limit); }

    /// Tells listeners (UI models) that an engagement-wide @p entity changed after a committed action.
    void notifyChanged(const QString& entity) { emit changed(ChangeNotice { {}, entity }); }
    /// Tells listeners that the work of item @p itemId changed (its @p entity) after a committed action.
    void notifyItemChanged(const QString& itemId, const QString& entity)
    {
        emit changed(ChangeNotice { itemId, entity });
    }

signals:
    void changed(const ismap::ChangeNotice& notice);

private:
    Workbook() = default;
    void applyConnectionPragmas();
    /// Throws why the acting member may not change the scope (setScope() and scopeRefusal()).
    void requireScopeEditor();
    /// Tracks the rows each action writes, for the trail; seals rows written after an action's last record.
    void trackChanges();
    void sealUnrecorded();
    /// Reads which replica this file is and checks it is the file that replica was bound to (or binds it anew).
    void loadReplica(bool rebind);
    void writeReplicaBinding(int number, const QString& uid);
    void loadRefPrefix();
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    int m_format = 0;
    Database m_db;
    QString m_actor;
    QHash<QString, MemberKey> m_keys;
    QString m_replicaUid;
    QString m_refPrefix;
    std::function<void(Workbook&, const QString&)> m_keyUnlocker;
};

} // namespace ismap
