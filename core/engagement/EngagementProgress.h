#pragma once

#include "engagement/ItemStatusBook.h"
#include "evidence/EvidenceVault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ismap {

class Workbook;

/**
 * Counts for `ismapctl status`, the dashboard and the start page: scope from the statement, item status and
 * progress from ItemStatusBook, findings from Findings, evidence from the vault — each asked of the module that
 * owns it. The navigator counts its branches with the same ProgressCount rule.
 */
struct EngagementProgress
{
    /// A part ("governance") or a domain ("5") of the criteria: its statement items and how far they are.
    struct Branch
    {
        QString id; ///< part key, or the domain's item ID
        QString titleJa; ///< domains only: the catalog's title
        QString titleEn;
        ProgressCount count;
        QMap<QString, int> byStatus; ///< item status key -> count (in-scope items)
        /// The domain's title in @p lang ("ja" or "en"), falling back to the other one.
        QString title(const QString& lang) const;
    };

    int itemsTotal = 0; ///< objectives and detailed controls of the current revision
    int inScope = 0;
    int outOfScope = 0;
    int undecided = 0;
    int started = 0; ///< in-scope items started (ItemStatusBook::isStarted)
    int done = 0; ///< in-scope items done: prepared or reviewed (ItemStatusBook::isDone)
    QMap<QString, int> byStatus; ///< item status key -> count (in-scope items)
    QMap<QString, QMap<QString, int>> byPart; ///< part -> in_scope/out_of_scope/undecided -> count
    QList<Branch> parts; ///< governance, management, controls (the criteria's order)
    QList<Branch> domains; ///< the domains that hold statement items, in the criteria's order
    int findings = 0;
    QMap<QString, int> findingsBySeverity; ///< severity key ("unrated" for none) -> count
    int evidence = 0;
    qint64 evidenceBytes = 0;
    QList<EvidenceVault::KindCount> evidenceByKind;

    static EngagementProgress compute(Workbook& wb);
    /// Audited items (objective and detailed, current) by part and applicability key (in_scope, out_of_scope,
    /// undecided): the statement summary the dashboard, `status` and the report print.
    static QMap<QString, QMap<QString, int>> applicabilityByPart(Workbook& wb);
    QJsonObject toJson() const;
};

} // namespace ismap
