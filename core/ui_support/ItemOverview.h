#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ismap {

class Workbook;

/**
 * What the navigator and the dashboard show for one criteria item at a glance: its status in the walk,
 * who it is assigned to, step progress, deviations and open review notes. Read-only queries over the
 * engine's tables, shaped for the desktop views.
 */
struct ItemOverview
{
    Q_DECLARE_TR_FUNCTIONS(ItemOverview)
public:
    QString itemId;
    QString status; ///< not_started, in_progress, prepared, reviewed, needs_attention (empty: not in scope)
    QString assignee; ///< team member name, or empty
    int stepsDone = 0;
    int stepsTotal = 0;
    int deviations = 0; ///< steps with result "deviation" plus failed sample items
    int findings = 0;
    int openNotes = 0;
    bool preparerSigned = false;
    bool reviewerSigned = false;
    bool voidedSignOff = false;
    bool inCycle = true;

    /// Every item's overview, keyed by item ID (items without any work are present with empty counts).
    static QHash<QString, ItemOverview> all(Workbook& wb);
    /// One item's overview.
    static ItemOverview of(Workbook& wb, const QString& itemId);

    /// The status keys in walk order.
    static QStringList statusKeys();
    static QString statusDisplayName(const QString& key);

    /// Findings counted by severity key (empty severity as "unrated").
    static QMap<QString, int> findingsBySeverity(Workbook& wb);
    static QString severityDisplayName(const QString& key);

    /// Evidence files and bytes by kind (image, pdf, text, spreadsheet, archive, other).
    struct EvidenceKind
    {
        QString kind;
        int count = 0;
        qint64 bytes = 0;
    };
    static QList<EvidenceKind> evidenceByKind(Workbook& wb);
    static QString evidenceKindDisplayName(const QString& kind);
};

} // namespace ismap
