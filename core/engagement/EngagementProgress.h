#pragma once

#include "evidence/EvidenceVault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ismap {

class Workbook;

/**
 * Counts for `ismapctl status` and the dashboard: scope from the statement, item status from ItemStatusBook,
 * findings from Findings, evidence from the vault — each asked of the module that owns it.
 */
struct EngagementProgress
{
    int itemsTotal = 0; ///< objectives and detailed controls of the current revision
    int inScope = 0;
    int outOfScope = 0;
    int undecided = 0;
    QMap<QString, int> byStatus; ///< item status key -> count (in-scope items)
    QMap<QString, QMap<QString, int>> byPart; ///< part -> in_scope/out_of_scope/undecided -> count
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
