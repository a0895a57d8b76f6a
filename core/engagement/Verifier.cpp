#include "engagement/Verifier.h"

#include "evidence/BlobReader.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Review.h"
#include "trail/RowState.h"
#include "trail/Trail.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <future>

namespace ismap {

namespace {

/// Lets a long SQLite statement be cancelled through the progress callback.
class InterruptOnCancel
{
public:
    InterruptOnCancel(Database& db, const Verifier::Progress& progress)
        : m_db(db)
    {
        if (progress)
            m_db.setProgressHandler(200000, [this, &progress] {
                m_cancelled = !progress(0, -1);
                return m_cancelled;
            });
    }
    ~InterruptOnCancel() { m_db.setProgressHandler(0, {}); }
    InterruptOnCancel(const InterruptOnCancel&) = delete;
    InterruptOnCancel& operator=(const InterruptOnCancel&) = delete;
    bool cancelled() const { return m_cancelled; }

private:
    Database& m_db;
    bool m_cancelled = false;
};

} // namespace

Verifier::Verifier(Workbook& wb, ContentHasher contentHasher)
    : m_wb(wb)
    , m_contentHasher(contentHasher ? std::move(contentHasher) : ContentHasher(&Review::contentHash))
{ }

VerifyReport Verifier::run(const Progress& progress)
{
    VerifyReport report;
    const StreamingCacheSize smallCache(m_wb.db()); // every page is read once: keep memory flat
    startSignatureCheck();
    checkSqlite(report, progress);
    checkTrail(report);
    checkEvidence(report, progress);
    checkSignOffs(report);
    checkRows(report);
    finishSignatureCheck(report);
    return report;
}

void Verifier::checkSqlite(VerifyReport& report, const Progress& progress)
{
    Database& db = m_wb.db();
    InterruptOnCancel guard(db, progress);
    try {
        Query q = db.prepare("PRAGMA integrity_check");
        while (q.step())
            if (q.text(0) != u"ok")
                report.problems << tr("integrity_check: %1").arg(q.text(0));
        Query fk = db.prepare("PRAGMA foreign_key_check");
        while (fk.step())
            report.problems
                << tr("%1 row %2: refers to a missing %3 row").arg(fk.text(0)).arg(fk.int64(1)).arg(fk.text(2));
    } catch (const AuditError&) {
        if (guard.cancelled())
            throw AuditError(ErrorCode::Cancelled, tr("%1: verification cancelled.").arg(m_wb.path()));
        throw;
    }
}

void Verifier::checkTrail(VerifyReport& report)
{
    Database& db = m_wb.db();
    report.trailRows = Trail::count(db);
    report.trailHead = Trail::head(db);
    if (const auto problem = Trail::verify(db))
        report.problems << *problem;
    for (const QString& trigger : Trail::missingGuards(db))
        report.problems << tr("trail: the append-only guard %1 is missing (removed with an outside tool)").arg(trigger);
}

void Verifier::checkEvidence(VerifyReport& report, const Progress& progress)
{
    Database& db = m_wb.db();
    // What the trail recorded at import: an outside tool that swaps content and hashes consistently
    // still cannot make the content match the chained trail.
    QHash<QString, QJsonObject> recorded;
    for (const auto& [entity, after] : Trail::aftersOf(db, QStringLiteral("evidence.add")))
        recorded.insert(entity.mid(9), QJsonDocument::fromJson(after.toUtf8()).object());
    // The vault checks its records and contents (evidence/ owns them) against what the trail recorded.
    const VaultCheck vault = EvidenceVault(m_wb).check(recorded, progress);
    report.evidence += vault.evidence;
    report.blobs += vault.blobs;
    report.chunks += vault.chunks;
    report.bytes += vault.bytes;
    report.problems << vault.problems;
}

namespace {

/// A value as a problem message shows it: short ones quoted, digests and long ones by kind.
QString shownValue(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("NULL");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isString())
        return u'"' + v.toString() + u'"';
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("int")))
        return o.value(QStringLiteral("int")).toString();
    return QStringLiteral("%1 with SHA-256 %2…")
        .arg(o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("sha256")).toString().left(12));
}

} // namespace

void Verifier::checkRows(VerifyReport& report)
{
    Database& db = m_wb.db();
    if (!Trail::recordsState(db))
        return; // format 1: the trail does not record rows (opening the workbook read-write upgrades it)
    report.rows = 0;
    // Replay: the last state the chained trail recorded for every row it names.
    struct Recorded
    {
        qint64 seq = 0;
        QJsonValue fields;
    };
    QHash<QString, QHash<qint64, Recorded>> recorded;
    {
        // In the order rows reached this file. With team sync, another replica's merge row records that replica's
        // rows, and another replica's action row its own evidence blobs: neither is this file's state (each import
        // records, in this replica's own merge row, every row it brought as it is here).
        const bool chained = db.chainedTrail();
        const int self = db.replica();
        Trail::eachState(db, [&](qint64 seq, const QString& action, const QString& state) {
            const bool foreign = chained && Database::replicaOf(seq) != self;
            if (foreign && action == u"sync.import")
                return;
            const QJsonArray rows = QJsonDocument::fromJson(state.toUtf8()).array();
            for (const QJsonValue& row : rows) {
                const QJsonArray r = row.toArray();
                const QString table = r.at(0).toString();
                if (foreign && !RowState::travels(table.toUtf8().constData()))
                    continue;
                recorded[table][qint64(r.at(1).toDouble())] = Recorded { seq, r.at(2) };
            }
        });
    }
    constexpr int kMaxProblems = 50;
    int problems = 0;
    auto problem = [&](const QString& text) {
        if (++problems <= kMaxProblems)
            report.problems << text;
    };
    for (const QString& table : RowState::auditedTables(db)) {
        QHash<qint64, Recorded> expected = recorded.take(table);
        Query q = db.prepare(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table));
        while (q.step()) {
            ++report.rows;
            const qint64 rowId = q.int64(0);
            const QJsonObject now = RowState::fields(q);
            const QString what = RowState::label(table, rowId, now);
            const auto it = expected.constFind(rowId);
            if (it == expected.cend() || !it->fields.isObject()) {
                problem(tr("%1: not in the trail (added with an outside tool)").arg(what));
            } else {
                const QJsonObject was = it->fields.toObject();
                if (was != now) {
                    QStringList columns = now.keys();
                    for (const QString& c : was.keys())
                        if (!now.contains(c))
                            columns << c;
                    for (const QString& c : columns) {
                        if (was.value(c) == now.value(c))
                            continue;
                        problem(tr("%1: %2 is %3, but the trail (row %4) recorded %5 (changed with an outside tool)")
                                    .arg(what, c, shownValue(now.value(c)))
                                    .arg(it->seq)
                                    .arg(shownValue(was.value(c))));
                        break;
                    }
                }
            }
            expected.remove(rowId);
        }
        QList<qint64> missing = expected.keys();
        std::sort(missing.begin(), missing.end());
        for (const qint64 rowId : missing) {
            const Recorded& r = expected[rowId];
            if (r.fields.isObject())
                problem(tr("%1: recorded by the trail (row %2) but missing (deleted with an outside tool)")
                            .arg(RowState::label(table, rowId, r.fields.toObject()))
                            .arg(r.seq));
        }
    }
    for (auto t = recorded.cbegin(); t != recorded.cend(); ++t)
        for (auto it = t->cbegin(); it != t->cend(); ++it)
            if (it->fields.isObject())
                problem(tr("%1: recorded by the trail (row %2) but missing (deleted with an outside tool)")
                            .arg(RowState::label(t.key(), it.key(), it->fields.toObject()))
                            .arg(it->seq));
    if (problems > kMaxProblems)
        report.problems << tr("… and %n more row(s) that differ from the trail", nullptr, problems - kMaxProblems);
}

void Verifier::startSignatureCheck()
{
    // An Ed25519 verification costs more than reading its row: the signatures are read now and verified on another
    // thread while the rest of the workbook is checked, which keeps `verify` about as fast as without signatures.
    m_signatureReadError = nullptr;
    try {
        m_signatures = std::async(std::launch::async, [check = Review::signatureCheck(m_wb)] {
            const Review::SignatureCheck done = check();
            return std::pair(done.checked, done.problems);
        });
    } catch (...) {
        m_signatureReadError = std::current_exception();
    }
}

void Verifier::finishSignatureCheck(VerifyReport& report)
{
    if (!m_signatures.valid())
        return;
    const auto [checked, problems] = m_signatures.get();
    report.signatures = checked;
    for (qsizetype i = 0; i < problems.size(); ++i)
        report.problems.insert(m_signatureProblemsAt + i, problems.at(i));
}

void Verifier::checkSignOffs(VerifyReport& report)
{
    const ContentHasher& hasher = m_contentHasher;
    report.signOffsHashed = bool(hasher);
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QHash<QString, QString> hashes;
    for (const SignOff& s : Review::signOffs(m_wb, {}, false)) {
        ++report.signOffs;
        const QString& item = s.itemId;
        const QString what
            = tr("sign-off %1 (item %2, %3 by %4)").arg(s.id).arg(item, FieldworkText::key(s.role), s.member);
        const QString& stored = s.contentHash;
        if (!hex64.match(stored).hasMatch()) {
            report.problems << tr("%1: the stored content hash is not a SHA-256").arg(what);
            continue;
        }
        if (!hasher)
            continue;
        if (!hashes.contains(item))
            hashes.insert(item, hasher(m_wb, item));
        if (hashes.value(item) != stored)
            report.problems << tr("%1: the signed content has changed but the sign-off was not voided").arg(what);
    }
    // The member signatures' problems come here; they are being verified on another thread (startSignatureCheck).
    if (m_signatureReadError)
        std::rethrow_exception(std::exchange(m_signatureReadError, nullptr));
    m_signatureProblemsAt = report.problems.size();
    const QList<SignOff> engagementSignOffs = Review::engagementSignOffs(m_wb, false);
    const QString engagementHash
        = hasher && !engagementSignOffs.isEmpty() ? Review::engagementContentHash(m_wb) : QString();
    if (hasher)
        for (const SignOff& s : engagementSignOffs)
            if (s.contentHash != engagementHash)
                report.problems << tr("engagement sign-off %1 (%2 by %3): the signed engagement has changed but the "
                                      "sign-off was not voided")
                                       .arg(s.id)
                                       .arg(FieldworkText::key(s.role), s.member);
}

} // namespace ismap
