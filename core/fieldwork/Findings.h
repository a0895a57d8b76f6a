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

    /// Findings per item ID (only @p itemId if given); items without findings are absent.
    static QHash<QString, int> countByItem(Workbook& wb, const QString& itemId = {});
    /// Findings counted by severity key; "unrated" for a finding without one.
    static QMap<QString, int> countBySeverity(Workbook& wb);
    static QString severityDisplayName(const QString& key);
};

} // namespace ismap
