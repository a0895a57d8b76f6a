#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ismap {

struct FolderSyncResult;
struct SyncExportResult;
struct SyncImportResult;

/**
 * What a team-sync exchange did, for people, in the reader's language: the one text `ismapctl sync
 * import|export|folder` prints and File → Synchronise… shows (ARCHITECTURE.md, "Team sync"). Sizes in the UI
 * language's locale (QLocale(), which Language::apply sets), files with the platform's separators.
 */
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
public:
    /// What an import brought: one line for the package, then one indented line per member (steps, samples,
    /// findings, notes, sign-offs, evidence and its size, other), the evidence content that was new here, the
    /// conflicts it found (by id; @p conflictsHint says where a person decides them, e.g. "see sync conflicts"),
    /// and the sign-offs the merge voided. One line only when nothing was new.
    static QStringList importLines(const SyncImportResult& r, const QString& conflictsHint);
    /// importLines() joined by new lines.
    static QString importText(const SyncImportResult& r, const QString& conflictsHint);
    /// What an export wrote: "FILE: N action(s), evidence SIZE in K file(s), signed by MEMBER." and, for one
    /// replica, which one.
    static QString exportText(const SyncExportResult& r, const QString& signer);
    /// A package `sync folder` could not import (Replication gives "FILE: why"), left where it is.
    static QString refusedInFolder(const QString& refused);
    /// A size as people read it, in the UI language's locale ("1.5 MB").
    static QString bytes(qint64 bytes);
};

} // namespace ismap
