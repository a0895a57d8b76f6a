#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <exception>
#include <functional>
#include <future>
#include <utility>

namespace ismap {

class Workbook;

/** What `verify` found: the problems (first one first) and what was checked. */
struct VerifyReport
{
    QStringList problems;
    qint64 trailRows = 0;
    QString trailHead;
    qint64 evidence = 0;
    qint64 blobs = 0;
    qint64 chunks = 0;
    qint64 bytes = 0;
    qint64 signOffs = 0; ///< valid (not voided) sign-offs
    bool signOffsHashed = false; ///< whether their content hashes could be recomputed
    qint64 signatures = 0; ///< member signatures checked (sign-offs, note resolutions, finalise, unlock)
    qint64 rows = -1; ///< audited rows compared with the trail's record of them; -1: format 1, not recorded
    bool ok() const { return problems.isEmpty(); }
};

/**
 * Checks that a workbook still holds what was recorded: SQLite's integrity_check and foreign keys, the
 * trail's hash chain and append-only guards, every evidence chunk's and every content's SHA-256 (streamed),
 * evidence records against their stored content, every valid sign-off against a fresh hash of the
 * content it covers, every member signature against the key registered for its member at its time (a sign-off
 * inserted, edited or copied with an outside tool, or signed with a revoked key, is named), and every audited row
 * against the state the trail last recorded for it (RowState), so a row changed, added or deleted with an outside tool
 * is named with its table, key and field. Read-only: open the workbook with Workbook::Mode::ReadOnly. What it cannot
 * see: a consistent rewrite of rows, trail and head together by someone holding the file; only an outside anchor (a
 * signed report's manifest) tells that.
 */
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
public:
    /// Computes the content hash of an item's signed work: Review::contentHash unless a test replaces it.
    using ContentHasher = std::function<QString(Workbook& wb, const QString& itemId)>;

    /// Bytes of evidence re-hashed so far of the total; return false to cancel (throws Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Verifier(Workbook& wb, ContentHasher contentHasher = {});
    VerifyReport run(const Progress& progress = {});

private:
    void checkSqlite(VerifyReport& report, const Progress& progress);
    void checkTrail(VerifyReport& report);
    void checkEvidence(VerifyReport& report, const Progress& progress);
    void checkSignOffs(VerifyReport& report);
    void checkRows(VerifyReport& report);
    /// Reads the member signatures and starts verifying them on another thread while the rest is checked.
    void startSignatureCheck();
    /// Joins that check; its problems go where checkSignOffs() names them.
    void finishSignatureCheck(VerifyReport& report);

    Workbook& m_wb;
    ContentHasher m_contentHasher;
    std::future<std::pair<qint64, QStringList>> m_signatures; ///< signatures checked, problems
    qsizetype m_signatureProblemsAt = 0;
    std::exception_ptr m_signatureReadError; ///< thrown where checkSignOffs() would have read them
};

} // namespace ismap
