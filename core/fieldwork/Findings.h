#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;

/** A finding (発見事項): a deviation with its condition, criteria, cause, effect, severity and response. */
struct Finding
{
    qint64 id = 0;
    QString ref; ///< F-001 …
    QString itemId;
    std::optional<qint64> stepId;
    std::optional<qint64> sampleItemId;
    QString title; ///< as stored: what a person typed, or a generated title's code (TextCode); show titleText()
    QString titleText() const;
    QString condition;
    QString criteria;
    QString cause;
    QString effect;
    QString severity; ///< one of the engagement's severity scale, or empty
    QString response; ///< the CSP's management response
    QString status = QStringLiteral("draft"); ///< draft, open, agreed, closed
    QString raisedBy;
    QString raisedAt;
};

/**
 * A deviation recorded on an item, which a finding is raised from: a step whose result is a deviation, or a sample
 * item that failed. The engine raises a draft finding from it when the result is recorded (unless one covers it
 * already); a person may raise a further one from it (the app's findings tab).
 */
struct Deviation
{
    QString itemId;
    std::optional<qint64> stepId; ///< the step; for a sample item, the step its sample was drawn for (if any)
    std::optional<qint64> sampleItemId; ///< a failed sample item; none for a step's deviation
    int stepSeq = 0; ///< a step's deviation: the step's number on the item
    qint64 setId = 0; ///< a failed sample item: its sample set …
    int sampleSeq = 0; ///< … its number in the set …
    qint64 populationIndex = 0; ///< … and its position in the population (1-based)
    QString notes; ///< what was noted on the step or sample item: the finding's condition
    /// The finding that covers it (F-001), or empty. A finding on a step covers the step's deviation, even one
    /// raised from a sample drawn for that step; a failed sample item is covered by a finding raised from it.
    QString coveredBy;
    /// The draft finding raised from it: its source, a generated title (stored as a TextCode), the notes as the
    /// condition. Raise it with Findings::raise (a person) or raiseInTransaction (the engine, with the result).
    Finding draft() const;
};

/** The fields an edit changes: only those set. */
struct FindingEdit
{
    std::optional<QString> title, condition, criteria, cause, effect, severity, response, status;
};

/**
 * Findings of the engagement. A deviation (a step result or a failing sample item) raises a draft
 * finding automatically; auditors complete and edit them. Every change is trailed and voids the item's
 * sign-offs. Closing or agreeing a finding needs a reviewer or the lead. A finding states its condition
 * (what was found); only a draft may go without one, and then it has a title.
 */
class Findings
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
public:
    static QStringList statuses();
    static QStringList severityScale(Workbook& wb);

    /// Raises a finding on @p f.itemId (its own transaction).
    static Finding raise(Workbook& wb, const Finding& f);
    /// The same inside the caller's transaction (for automatic draft findings); no sign-off check.
    static Finding raiseInTransaction(Workbook& wb, const Finding& f);
    static Finding edit(Workbook& wb, const QString& ref, const FindingEdit& edit);
    /// Withdraws a draft finding raised in error (undo of a raise in the desktop app, `finding withdraw`): the
    /// row and its evidence links go, the trail keeps what it said (finding.withdraw). Only a draft; staff only
    /// their own; an open, agreed or closed finding is closed instead, never withdrawn.
    static void withdraw(Workbook& wb, const QString& ref);

    static QList<Finding> all(Workbook& wb);
    static QList<Finding> forItem(Workbook& wb, const QString& itemId);
    static std::optional<Finding> byRef(Workbook& wb, const QString& ref);
    static std::optional<Finding> byId(Workbook& wb, qint64 id);
    /// The deviations recorded on @p itemId (its active steps' deviations in step order, then its failed sample
    /// items by set and number), each with the finding that covers it.
    static QList<Deviation> deviations(Workbook& wb, const QString& itemId);

    /// Findings per item ID (only @p itemId if given); items without findings are absent.
    static QHash<QString, int> countByItem(Workbook& wb, const QString& itemId = {});
    /// Findings counted by severity key; "unrated" for a finding without one.
    static QMap<QString, int> countBySeverity(Workbook& wb);
    static QString severityDisplayName(const QString& key);
};

} // namespace ismap
