#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

class Workbook;

/** A replica of the engagement as this file knows it (ARCHITECTURE.md, "Team sync"). */
struct ReplicaInfo
{
    int number = 0; ///< 0 is the origin (the lead's workbook the replicas were made from)
    QString uid;
    QString member; ///< whose replica it is
    QString prefix; ///< of the references it hands out (F-PREFIX-001); empty for the origin
    QString createdAt; ///< UTC
    QString createdBy;
    bool self = false; ///< this file
    QMap<int, qint64> seen; ///< per replica chain: how many of its rows this replica is known to hold
    int pending = 0; ///< rows held here it is not known to hold (what an export for it would carry)
    QString lastExport; ///< UTC of the last package made here for it (or for everyone), empty if none
    QString lastImport; ///< UTC of the last package from it imported here
};

/** What one member's work in an imported package was. */
struct MemberActivity
{
    int steps = 0;
    int samples = 0;
    int findings = 0;
    int notes = 0;
    int signOffs = 0;
    int evidence = 0;
    int other = 0;
    qint64 evidenceBytes = 0;
};

/** The outcome of `sync import`. */
struct SyncImportResult
{
    QString file;
    QString fromMember;
    int fromReplica = 0;
    int actions = 0; ///< trail rows new here
    int alreadyHeld = 0; ///< trail rows of the package held here already
    QMap<QString, MemberActivity> byMember;
    int evidenceFiles = 0; ///< contents new here
    qint64 evidenceBytes = 0;
    QStringList conflicts; ///< ids of the conflicts found or updated
    int signOffsVoided = 0;
    bool changed() const { return actions > 0; }
};

/** The outcome of `sync export`. */
struct SyncExportResult
{
    QString file;
    int actions = 0;
    int evidenceFiles = 0;
    qint64 evidenceBytes = 0;
    std::optional<int> forReplica;
    QString digest; ///< hex SHA-256 the member's signature covers
};

/** One replica's version of a row in a conflict. */
struct ConflictVersion
{
    int replica = 0;
    QString member;
    QString stamp; ///< when it was made (UTC) and in which row of that replica's chain
    QJsonObject values; ///< the columns both sides changed, as this version has them
    bool deleted = false; ///< this version deleted the row
};

/** Two (or more) replicas changed the same row since they last met: the same record on every replica. */
struct SyncConflict
{
    QString id; ///< the same on every replica (from the table and the row's key)
    QString table;
    QString rowKey; ///< the row's key (JSON array)
    QString label; ///< what people call the row ("finding F-003", "step 12 of item 5.1.1")
    QString itemId; ///< the audit item the row belongs to, if any
    QList<ConflictVersion> versions; ///< by replica
    QString current; ///< which replica's version the row holds now (the later one) — until a person decides
    bool open = true;
    QString detectedAt;
    QString resolvedBy;
    QString resolvedAt;
    QString resolution; ///< JSON: what was taken
};

/** How a person resolves a conflict. */
enum class ConflictTake { Mine, Theirs, Replica, Values };

/** The outcome of `sync folder`. */
struct FolderSyncResult
{
    QString exported; ///< this replica's package in the folder
    SyncExportResult exportResult;
    QList<SyncImportResult> imported;
    QStringList refused; ///< "FILE: why", each left where it is
};

/**
 * Team sync without a server: replicas of one engagement exchange signed change packages through files.
 * Every rule of it lives here — who may make replicas, what a package must prove, how concurrent changes are
 * decided (the later one is kept, both are recorded as a conflict for a person), which sign-offs a merge voids —
 * and `ismapctl` and the app both call it.
 */
class Replication
{
    Q_DECLARE_TR_FUNCTIONS(Replication)
public:
    /// Makes a replica of this (origin) workbook for @p member at @p copyPath: the lead only, on the origin; the
    /// copy gets its own replica number, identity and reference prefix (@p prefix, default from the member's
    /// name, unique in the engagement). Trailed as replica.create.
    static ReplicaInfo createReplica(Workbook& wb, const QString& copyPath, const QString& member,
                                     const QString& prefix = {});
    /// Why the acting member may not make a replica of this file now (read-only, finalised, nobody working, not the
    /// lead, not the origin), in the UI language; empty when createReplica() would go ahead. createReplica()
    /// refuses with the same words.
    static QString createRefusal(Workbook& wb);
    /// Rebinds a replica that was moved to its new place (open it with rebind first); trailed as replica.claim.
    static void claim(Workbook& wb);
    /// The replicas this file knows, with what each is known to have seen.
    static QList<ReplicaInfo> replicas(Workbook& wb);
    /// Writes every change held here that @p forReplica (default: any replica) is not known to hold to @p path,
    /// signed by the acting member's key.
    static SyncExportResult exportPackage(Workbook& wb, const QString& path,
                                          std::optional<int> forReplica = std::nullopt);
    /// Checks and applies a package in one transaction, or refuses it and changes nothing.
    static SyncImportResult importPackage(Workbook& wb, const QString& path);
    static QList<SyncConflict> conflicts(Workbook& wb, bool openOnly = true);
    /// Resolves conflict @p id: a reviewer or the lead; the resolution is an ordinary change that travels.
    static SyncConflict resolve(Workbook& wb, const QString& id, ConflictTake take, int replica = -1,
                                const QJsonObject& values = {});
    /// Imports every other replica's package in @p dir, then writes this replica's own there (write, then rename).
    static FolderSyncResult syncFolder(Workbook& wb, const QString& dir);
    /// The file name this replica's package has in a shared folder.
    static QString folderFileName(Workbook& wb);
    /// The default reference prefix for @p member: the initials of the name in Latin letters.
    static QString defaultPrefix(const QString& member, const QStringList& taken);

private:
    static SyncImportResult importInto(Workbook& wb, const QString& path);
};

} // namespace ismap
