#pragma once

#include "engagement/IssuedReports.h"
#include "fieldwork/Review.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace ismap {

/** A procedure step as the report prints it. */
struct ReportStep
{
    qint64 id = 0;
    int seq = 0;
    QString phase; ///< design | operating
    QString type; ///< inspection | inquiry | observation | reperformance
    QString instructionJa;
    QString instructionEn;
    QString status; ///< pending | done
    QString result; ///< no_exception | deviation | not_performed | not_applicable, or empty
    QString notes;
    QString preparer;
    QString performedAt;
};

/** One item drawn into a sample and what testing it gave. */
struct ReportSampleItem
{
    int seq = 0;
    qint64 populationIndex = 0;
    QString label;
    QString result; ///< pass | fail | not_applicable, or empty
    QString notes;
};

/** A sample set: population, frequency, size and the reproducible selection (seed, algorithm). */
struct ReportSampleSet
{
    qint64 id = 0;
    qint64 stepId = 0;
    qint64 population = 0;
    QString frequency;
    int size = 0;
    QString seed;
    QString algorithm;
    QString samplingTable; ///< the table as stored with the draw (JSON); printed once, in the appendix
    QString populationList; ///< the evidence ref of the CSP's ledger the sample was drawn from, if any
    QString drawnBy;
    QString drawnAt;
    QString description;
    QList<ReportSampleItem> items;
};

/** A deviation or finding with the CSP's management response. */
struct ReportFinding
{
    QString ref;
    QString itemId;
    QString title;
    QString condition;
    QString criteria;
    QString cause;
    QString effect;
    QString severity;
    QString response;
    QString status; ///< draft | open | agreed | closed
    QString raisedBy;
    QString raisedAt;
};

/** One row of the evidence index: what was obtained, from whom, when, and its SHA-256. */
struct ReportEvidence
{
    QString ref;
    QString name;
    qint64 size = 0;
    QString sha256;
    QString mime;
    QString obtainedFrom;
    QString obtainedAt;
    QString description;
    QStringList items; ///< item IDs it supports
};

/** A sign-off on an item (voided ones are kept: the report says they were voided). */
struct ReportSignOff
{
    QString role; ///< preparer | reviewer (items); lead | quality_reviewer (the engagement)
    QString member;
    QString at;
    bool voided = false;
    QString keyFingerprint; ///< SHA-256 of the member key that signed it (empty: signed before format 6)
};

/** An in-scope item with the work performed on it. */
struct ReportItem
{
    QString id;
    QString part;
    QString level;
    QString titleJa;
    QString titleEn;
    QString frequency;
    QString populationText; ///< the records as the CSP names them
    std::optional<qint64> populationCount;
    QString populationRationale;
    QString statementText; ///< the CSP's description of the control (言明書), as written
    QString statementTextEn;
    bool inCycle = true; ///< false: not audited this year (multi-year cycle, or outside the ISMAP-LIU scope)
    QList<ReportStep> steps;
    QList<ReportSampleSet> samples;
    QStringList findingRefs;
    QStringList evidenceRefs;
    QList<ReportSignOff> signOffs;
};

/** A sampling table used by the engagement's draws, as printed in the appendix. */
struct ReportSamplingTable
{
    QString nameJa;
    QString nameEn;
    QString version;
    QString note;
    QList<QPair<QString, qint64>> sizes; ///< frequency key → sample size, in the natural order of frequencies
    QList<QPair<qint64, qint64>> eventBands; ///< (max population, or -1 for the rest; size)
    QByteArray stored; ///< the compact JSON the draws stored (identity of the table)

    /// Reads a stored table; unknown fields are ignored, a table without a name gets its version only.
    static ReportSamplingTable fromStored(const QString& json);
};

/** An out-of-scope item and the CSP's reason. */
struct ReportExclusion
{
    QString id;
    QString titleJa;
    QString titleEn;
    QString reason;
};

/** Statement counts for one part of the criteria. */
struct ReportPartSummary
{
    QString part; ///< governance | management | controls
    int inScope = 0;
    int outOfScope = 0;
    int undecided = 0;
};

/**
 * Everything the 実施結果報告書 prints, read from a workbook in one read-only pass. The one place the
 * report touches the workbook's tables, so it can later move onto the engine's own APIs.
 */
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)
public:
    Engagement engagement;
    QList<TeamMember> team;
    QList<ReportPartSummary> parts;
    QList<ReportExclusion> exclusions;
    QList<ReportItem> items; ///< in scope, in catalog order
    QList<ReportSignOff> engagementSignOffs; ///< the lead's and the quality reviewer's, voided ones included
    QList<ReportFinding> findings;
    QList<ReportEvidence> evidence;
    QList<ReportSamplingTable> samplingTables; ///< every table a draw used, once each, in order of first use
    StatementInfo statementInfo; ///< the statement's own content (date, version, scope, overview, …)
    QString trailHead;
    qint64 trailCount = 0;
    QList<IssuedReport> earlierFinals; ///< final reports issued before this one, oldest first
    QList<EngagementUnlock> unlocks; ///< reopenings of the engagement, oldest first
    QDateTime generatedAt;
    QDate reportDate; ///< the date printed as the report's date (chosen by the user; default today in Japan)

    int inScopeCount() const { return int(items.size()); }
    /// The engagement lead's name (first member with the lead role), or empty.
    QString leadName() const;
    /// Whether any item of the criteria is still undecided (no statement entry).
    bool anyUndecided() const;
    /// The index in samplingTables of a draw's stored table, or -1.
    int samplingTableIndex(const QString& stored) const;

    /// Reads the report's content. Throws AuditError(InvalidInput) if no item is in scope.
    static ReportData gather(Workbook& wb);
};

} // namespace ismap
