#pragma once

#include "fieldwork/EvidenceRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace ismap {

class Workbook;

/// Reports bytes done of a total; return false to cancel the operation (it then leaves nothing behind).
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

/** What a piece of evidence is linked to: an item, optionally one of its steps, sample items or findings. */
struct EvidenceTarget
{
    QString itemId; ///< as the user wrote it; resolved against the catalog
    std::optional<qint64> stepId;
    std::optional<qint64> sampleItemId;
    std::optional<qint64> findingId;

    /// The trail entity of the target, e.g. "item/5.1.1.1/step/12".
    QString entity() const;
    bool operator==(const EvidenceTarget& o) const
    {
        return itemId == o.itemId && stepId == o.stepId && sampleItemId == o.sampleItemId && findingId == o.findingId;
    }
};

/** The auditor's description of a piece of evidence (everything but its content). */
struct EvidenceMetadata
{
    QString name; ///< file name as obtained (empty on import: the file's own name)
    QString obtainedFrom; ///< source: who or which system it came from
    QString obtainedAt; ///< date obtained, YYYY-MM-DD (empty: today in Japan, Clock::todayInJapan; never a later day)
    QString description;
};

/** What checking the vault found (`verify`'s evidence part): counts, and problems naming the evidence. */
struct VaultCheck
{
    qint64 evidence = 0;
    qint64 blobs = 0;
    qint64 chunks = 0;
    qint64 bytes = 0;
    QStringList problems;
};

/** A file to import and how to describe it. */
struct EvidenceFile
{
    QString path;
    EvidenceMetadata metadata;
};

/** The outcome of importing one file. */
struct EvidenceImport
{
    EvidenceRecord record;
    bool duplicate = false; ///< the content was already in the vault; the existing record was linked
    bool linked = false; ///< a new link to the target was made (false: it was already linked)
};

/**
 * The evidence vault inside a workbook. Files are stored once, content-addressed by SHA-256, in chunks
 * of about 1 MiB (each with its own SHA-256), streamed in and out so memory stays flat for any file
 * size. Evidence records (E-0001 …) describe the content and are linked to items, steps, sample items
 * and findings. Every change is one transaction with a trail row; export re-hashes on the way out.
 */
class EvidenceVault
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceVault)
public:
    static constexpr qint64 kChunkSize = 1 << 20;

    explicit EvidenceVault(Workbook& wb);

    /// Imports @p files and links each to @p target, all in one transaction: a failure or a cancel
    /// (through @p progress) leaves the workbook as it was. Content already in the vault is not stored
    /// again; its existing record is linked instead.
    QList<EvidenceImport> add(const QList<EvidenceFile>& files, const EvidenceTarget& target,
                              const ProgressFn& progress = {});
    EvidenceImport add(const EvidenceFile& file, const EvidenceTarget& target, const ProgressFn& progress = {});

    /// Whether add() copies the WAL into the workbook file (a PASSIVE checkpoint) after its commit (default
    /// true). The import is durable at the commit; a caller timing it, or doing the copy later, turns this off.
    void setCheckpointAfterImport(bool on) { m_checkpointAfterImport = on; }
    /// Copies committed WAL content into the workbook file without waiting for readers (PASSIVE).
    static void checkpoint(Workbook& wb);

    /// Links existing evidence @p ref to @p target (no change if already linked). Returns true if linked now.
    bool link(const QString& ref, const EvidenceTarget& target);
    /// Removes the link; the evidence stays in the vault. Staff may only unlink what they added.
    void unlink(const QString& ref, const EvidenceTarget& target);
    /// Removes @p ref from the vault (its content too, unless another record shares it). Only evidence that is linked
    /// to nothing, answers no request and is no sample's population list, while the engagement is open (a finalised
    /// engagement, the one a signed report is issued of, refuses); staff only what they added. Throws AuditError.
    void remove(const QString& ref);
    /// Changes name, source, date obtained and description (trailed with before and after).
    EvidenceRecord editMetadata(const QString& ref, const EvidenceMetadata& metadata);

    /// Writes the content of @p ref to @p outPath atomically, re-hashing every chunk and the whole file;
    /// on a mismatch nothing is written and Integrity is thrown naming the chunk.
    void exportTo(const QString& ref, const QString& outPath, const ProgressFn& progress = {});
    /// Exports into @p folder under the record's name made safe (never outside the folder). Returns the path.
    QString exportToFolder(const QString& ref, const QString& folder, const ProgressFn& progress = {});
    /// A stored name reduced to a plain file name: no folders, no "..", no control characters.
    static QString safeFileName(const QString& storedName, const QString& fallback);

    std::optional<EvidenceRecord> find(const QString& ref);
    EvidenceRecord get(const QString& ref); ///< throws NotFound
    QList<EvidenceRecord> list();
    /// Evidence linked to @p itemId (any of its steps, samples or findings included).
    QList<EvidenceRecord> listForItem(const QString& itemId);
    QList<EvidenceTarget> links(const QString& ref);
    /// The items each piece of evidence is linked to (directly or through a step, sample item or finding), by
    /// evidence ref, each list in catalog order without repeats: one read for an index of the whole vault.
    QHash<QString, QStringList> linkedItems();
    /// Checks every evidence record against its stored content and against @p recordedAtImport (the SHA-256 and size
    /// the trail recorded at each import, by reference), and reads every stored content back through its chunk
    /// hashes (a damaged chunk becomes a problem). @p progress(done, total bytes) stops it by returning false.
    VaultCheck check(const QHash<QString, QJsonObject>& recordedAtImport,
                     const std::function<bool(qint64, qint64)>& progress = {});

    /// The items that have evidence linked to them or their steps, samples or findings; only @p itemId if given.
    QSet<QString> itemsWithLinks(const QString& itemId = {});

    /// Evidence files and bytes by kind (image, pdf, text, spreadsheet, archive, other), in that key order.
    using KindCount = EvidenceKindCount;
    QList<KindCount> countByKind();
    static QString kindDisplayName(const QString& kind);

    static QString mimeTypeFor(const QString& path);

private:
    struct ResolvedTarget;
    ResolvedTarget resolveTarget(const EvidenceTarget& target);
    EvidenceImport importOne(const EvidenceFile& file, const ResolvedTarget& target, qint64 memberId, qint64 doneBefore,
                             qint64 total, const ProgressFn& progress);
    bool insertLink(qint64 evidenceId, const QString& ref, const ResolvedTarget& target);
    QString nextRef();

    Workbook& m_wb;
    bool m_checkpointAfterImport = true;
    QString m_writebackPath; ///< the file the import's pages go to: the WAL, or the workbook in bulk mode
};

} // namespace ismap
