#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <utility>

namespace ismap {

class Workbook;

/** One link from a piece of evidence to an item, optionally to one of its steps, sample items or findings. */
struct EvidenceLink
{
    qint64 evidenceId = 0;
    QString itemId; ///< a catalog item id, resolved
    std::optional<qint64> stepId;
    std::optional<qint64> sampleItemId;
    std::optional<qint64> findingId;
};

/**
 * The `evidence_link` table: the auditor's links from fieldwork rows (an item, a step, a sample item, a finding) to
 * evidence records. Fieldwork owns it because the rows linked to are fieldwork's (withdrawing a finding removes its
 * links, a sample with linked items is kept, a sign-off covers the item's links); the vault (evidence/, above)
 * validates the target, records the trail row and voids sign-offs, and calls these for the rows. No transaction or
 * trail row here: the caller's action holds them.
 */
class EvidenceLinks
{
public:
    /// Whether exactly this link exists (absent targets compared as absent: UNIQUE treats NULLs as distinct).
    static bool exists(Workbook& wb, const EvidenceLink& link);
    static void insert(Workbook& wb, const EvidenceLink& link);
    /// Removes exactly this link; false when there was none.
    static bool remove(Workbook& wb, const EvidenceLink& link);
    /// The links of piece @p evidenceId, in the order they were made.
    static QList<EvidenceLink> ofEvidence(Workbook& wb, qint64 evidenceId);
    /// The pieces linked to item @p itemId (resolved id).
    static QList<qint64> evidenceOfItem(Workbook& wb, const QString& itemId);
    /// The items with at least one link; only @p itemId (when given) is looked at.
    static QSet<QString> itemsWithLinks(Workbook& wb, const QString& itemId = QString());
    /// Every distinct (piece, item) pair linked.
    static QList<std::pair<qint64, QString>> evidenceItems(Workbook& wb);
};

} // namespace ismap
