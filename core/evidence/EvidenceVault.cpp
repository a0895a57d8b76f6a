#include "evidence/EvidenceVault.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "common/TextCode.h"
#include "evidence/BlobReader.h"
#include "evidence/BulkWrite.h"
#include "evidence/ChunkChannel.h"
#include "fieldwork/EvidenceLinks.h"
#include "fieldwork/EvidenceRecords.h"
#include "fieldwork/FieldworkAction.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Requests.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "platform/FileHints.h"
#include "trail/Trail.h"
#include "workbook/Workbook.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>

namespace ismap {

/** A target checked against the workbook: canonical item id, and steps etc. that belong to it. */
struct EvidenceVault::ResolvedTarget
{
    EvidenceTarget target;
    QString entity;
};

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject describe(const EvidenceRecord& r)
{
    return { { QStringLiteral("name"), r.name },
             { QStringLiteral("sha256"), r.sha256 },
             { QStringLiteral("size"), r.size },
             { QStringLiteral("mime"), r.mime },
             { QStringLiteral("obtained_from"), r.obtainedFrom },
             { QStringLiteral("obtained_at"), r.obtainedAt },
             { QStringLiteral("description"), r.description } };
}

/// The date a piece of evidence was obtained, checked: a date (YYYY-MM-DD), not after today in Japan (the
/// engagement's calendar); empty is today. @p kept: the date already recorded, taken as it is (an edit that leaves it).
QString checkedDate(const QString& date, const QString& where, const QString& kept = {})
{
    const QDate today = Clock::todayInJapan();
    if (date.isEmpty())
        return today.toString(Qt::ISODate);
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid())
        throw AuditError(ErrorCode::InvalidInput,
                         EvidenceVault::tr("%1: date obtained \"%2\" is not a date (YYYY-MM-DD).").arg(where, date));
    if (d > today && d.toString(Qt::ISODate) != kept)
        throw AuditError(ErrorCode::InvalidInput,
                         EvidenceVault::tr("%1: date obtained %2 is in the future (today is %3 in Japan).")
                             .arg(where, d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return d.toString(Qt::ISODate);
}

} // namespace

QString EvidenceTarget::entity() const
{
    QString e = QStringLiteral("item/") + itemId;
    if (stepId)
        e += QStringLiteral("/step/%1").arg(*stepId);
    if (sampleItemId)
        e += QStringLiteral("/sample/%1").arg(*sampleItemId);
    if (findingId)
        e += QStringLiteral("/finding/%1").arg(*findingId);
    return e;
}

EvidenceVault::EvidenceVault(Workbook& wb)
    : m_wb(wb)
{ }

QString EvidenceVault::mimeTypeFor(const QString& path)
{
    static const QMimeDatabase db;
    return db.mimeTypeForFile(path).name();
}

EvidenceVault::ResolvedTarget EvidenceVault::resolveTarget(const EvidenceTarget& target)
{
    const std::optional<QString> item = Catalog::resolve(m_wb, target.itemId);
    if (!item)
        throw AuditError(ErrorCode::NotFound,
                         tr("item %1: not in the criteria catalog of this workbook.").arg(target.itemId));
    ResolvedTarget r { target, {} };
    r.target.itemId = *item;
    // Fieldwork owns steps, samples and findings: it says which item each belongs to.
    auto belongs = [&](const std::optional<QString>& owner, qint64 id, const QString& what) {
        if (!owner)
            throw AuditError(ErrorCode::NotFound, tr("%1 %2: does not exist.").arg(what).arg(id));
        if (*owner != *item)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1 %2: belongs to item %3, not to item %4.").arg(what).arg(id).arg(*owner, *item));
    };
    if (target.stepId) {
        const std::optional<ProcedureStep> step = Procedures::step(m_wb, *target.stepId);
        belongs(step ? std::optional<QString>(step->itemId) : std::nullopt, *target.stepId, tr("step"));
    }
    if (target.sampleItemId)
        belongs(Sampling::itemOfSampleItem(m_wb, *target.sampleItemId), *target.sampleItemId, tr("sample item"));
    if (target.findingId) {
        const std::optional<Finding> finding = Findings::byId(m_wb, *target.findingId);
        belongs(finding ? std::optional<QString>(finding->itemId) : std::nullopt, *target.findingId, tr("finding"));
    }
    r.entity = r.target.entity();
    return r;
}

QString EvidenceVault::nextRef()
{
    // A removed piece's reference is never given again: the trail and any report keep naming it.
    QStringList removed;
    for (const QString& entity : Trail::entitiesOf(m_wb.db(), QStringLiteral("evidence.remove")))
        removed << Trail::entityPart(entity, u"evidence");
    return m_wb.nextRef("evidence", u'E', 4, removed);
}

bool EvidenceVault::insertLink(qint64 evidenceId, const QString& ref, const ResolvedTarget& t)
{
    // Fieldwork keeps the links (the rows linked to are its own); UNIQUE treats NULLs as distinct, so it looks.
    const EvidenceLink link { evidenceId, t.target.itemId, t.target.stepId, t.target.sampleItemId, t.target.findingId };
    if (EvidenceLinks::exists(m_wb, link))
        return false;
    EvidenceLinks::insert(m_wb, link);
    m_wb.record(QStringLiteral("evidence.link"), t.entity, {}, ref);
    // Evidence links are part of what a sign-off covers.
    Review::invalidateSignOffs(m_wb, t.target.itemId,
                               TextCode::make("signoff.void.evidence_linked", { { QStringLiteral("ref"), ref } }));
    return true;
}

EvidenceImport EvidenceVault::add(const EvidenceFile& file, const EvidenceTarget& target, const ProgressFn& progress)
{
    return add(QList<EvidenceFile> { file }, target, progress).first();
}

QList<EvidenceImport> EvidenceVault::add(const QList<EvidenceFile>& files, const EvidenceTarget& target,
                                         const ProgressFn& progress)
{
    m_wb.requireWritable();
    const TeamMember member = m_wb.actingMember();
    if (files.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("evidence: no file given."));
    qint64 total = 0;
    for (const EvidenceFile& f : files) {
        const QFileInfo info(f.path);
        if (!info.exists())
            throw AuditError(ErrorCode::NotFound, tr("%1: no such file.").arg(f.path));
        if (info.isDir())
            throw AuditError(ErrorCode::InvalidInput, tr("%1: is a folder, not a file.").arg(f.path));
        if (!info.isFile())
            throw AuditError(ErrorCode::InvalidInput, tr("%1: not a regular file.").arg(f.path));
        QFile probe(f.path);
        if (!probe.open(QIODevice::ReadOnly))
            throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(f.path, probe.errorString()));
        checkedDate(f.metadata.obtainedAt, f.path);
        total += info.size();
    }

    QList<EvidenceImport> out;
    ResolvedTarget t;
    bool wroteOnce = false;
    {
        const BulkEvidenceWrite bulk(m_wb.db(), total >= BulkEvidenceWrite::kLargeBytes);
        wroteOnce = bulk.writesOnce();
        m_writebackPath = bulk.pagesPath();
        Transaction tx(m_wb.db());
        t = resolveTarget(target);
        qint64 done = 0;
        for (const EvidenceFile& f : files) {
            out.append(importOne(f, t, member.id, done, total, progress));
            done += out.last().record.size;
        }
        tx.commit();
    }
    // The import is durable now (committed to the WAL with synchronous = FULL). Copying it into the workbook
    // file is housekeeping: done here on the importing connection unless the caller takes it on.
    if (m_checkpointAfterImport && !wroteOnce)
        checkpoint(m_wb);
    for (const EvidenceImport& i : out)
        m_wb.notifyChanged(QStringLiteral("evidence/") + i.record.ref);
    m_wb.notifyItemChanged(t.target.itemId, t.entity);
    return out;
}

EvidenceImport EvidenceVault::importOne(const EvidenceFile& file, const ResolvedTarget& target, qint64 memberId,
                                        qint64 doneBefore, qint64 total, const ProgressFn& progress)
{
    Database& db = m_wb.db();
    db.exec("SAVEPOINT evidence_import");
    // A failure inside must not leave the savepoint open; the outer Transaction rolls the rest back.
    struct Savepoint
    {
        Database& db;
        bool open = true;
        ~Savepoint()
        {
            if (open && db.inTransaction()) {
                try {
                    db.exec("ROLLBACK TO evidence_import; RELEASE evidence_import");
                } catch (...) { }
            }
        }
    } savepoint { db };

    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        throw AuditError(ErrorCode::Io, tr("%1: cannot read the file (%2).").arg(file.path, in.errorString()));
    FileHints::adviseSequential(in);

    // The blob row comes first under a provisional key so its chunks can reference it while streaming.
    db.prepare("INSERT INTO evidence_blob(sha256, size, chunk_size, chunk_count) VALUES (?, 0, ?, 0)")
        .bind(1, QStringLiteral("pending:") + QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, kChunkSize)
        .run();
    const qint64 blobId = db.lastInsertRowId();

    // Three threads: the reader reads and hashes each chunk, a second one hashes the whole file (in order) and
    // starts the WAL's disk write, this one inserts. Memory: six chunk buffers, whatever the file size.
    ChunkChannel channel(6, kChunkSize, 2);
    Sha256 whole;
    ChunkWorker reader(channel, [&] {
        for (qint64 seq = 1;; ++seq) {
            Chunk* c = channel.acquire();
            if (!c)
                return;
            qint64 n = 0;
            while (n < kChunkSize) {
                const qint64 r = in.read(c->buffer.data() + n, kChunkSize - n);
                if (r < 0)
                    throw AuditError(ErrorCode::Io, tr("%1: reading failed (%2).").arg(file.path, in.errorString()));
                if (r == 0)
                    break;
                n += r;
            }
            if (n == 0) {
                channel.release(c);
                return;
            }
            c->seq = seq;
            c->size = n;
            c->sha256 = Sha256::hex(c->buffer.constData(), n);
            channel.push(c, 0);
        }
    });
    // Starts the WAL's disk write while the import still streams, so the fsync at COMMIT waits only for the
    // last few MiB instead of the whole file.
    FileHints::WriteBehind writeback(m_writebackPath);
    ChunkWorker hasher(
        channel,
        [&] {
            while (Chunk* c = channel.pop(0)) {
                whole.add(c->buffer.constData(), c->size);
                channel.push(c, 1);
                writeback.written(c->size);
            }
        },
        1);

    // Chunks pass through SQLite's page cache once: a small cache keeps memory flat at no cost in speed.
    const StreamingCacheSize smallCache(db);
    Query insert = db.prepare("INSERT INTO evidence_chunk(blob_id, seq, sha256, data) VALUES (?, ?, ?, ?)");
    qint64 size = 0;
    qint64 chunks = 0;
    if (progress && !progress(doneBefore, total))
        throw AuditError(ErrorCode::Cancelled, tr("%1: import cancelled; nothing was added.").arg(file.path));
    while (Chunk* c = channel.pop(1)) {
        insert.bind(1, blobId).bind(2, c->seq).bind(3, c->sha256).bindBlob(4, c->buffer.constData(), int(c->size));
        insert.run();
        size += c->size;
        ++chunks;
        channel.release(c);
        if (progress && !progress(doneBefore + size, total))
            throw AuditError(ErrorCode::Cancelled, tr("%1: import cancelled; nothing was added.").arg(file.path));
    }
    reader.join();
    hasher.join();
    const QString sha = whole.hexDigest();

    EvidenceImport result;
    if (const std::optional<QString> ref = EvidenceRecords::firstWithContent(m_wb, sha)) {
        db.exec("ROLLBACK TO evidence_import; RELEASE evidence_import");
        savepoint.open = false;
        result.record = get(*ref);
        result.duplicate = true;
    } else {
        // A blob without an evidence row cannot exist (same transaction), but a stale one would block the key.
        db.prepare("UPDATE evidence_blob SET sha256 = ?, size = ?, chunk_count = ? WHERE id = ?")
            .bind(1, sha)
            .bind(2, size)
            .bind(3, chunks)
            .bind(4, blobId)
            .run();
        EvidenceRecord& r = result.record;
        r.ref = nextRef();
        r.sha256 = sha;
        r.size = size;
        r.name = file.metadata.name.isEmpty() ? QFileInfo(file.path).fileName() : file.metadata.name;
        r.mime = mimeTypeFor(file.path);
        r.obtainedFrom = file.metadata.obtainedFrom;
        r.obtainedAt = checkedDate(file.metadata.obtainedAt, file.path);
        r.description = file.metadata.description;
        r.addedBy = m_wb.actor();
        r.addedAt = Clock::nowIso();
        r.id = EvidenceRecords::insert(m_wb, r, memberId);
        m_wb.record(QStringLiteral("evidence.add"), QStringLiteral("evidence/") + r.ref, {}, json(describe(r)));
        db.exec("RELEASE evidence_import");
        savepoint.open = false;
    }
    result.linked = insertLink(result.record.id, result.record.ref, target);
    return result;
}

void EvidenceVault::checkpoint(Workbook& wb)
{
    // PASSIVE: never waits for readers (the UI's connection); what it cannot copy now a later checkpoint does.
    wb.db().checkpointPassive(tr("copying the committed evidence into the workbook file"));
}

bool EvidenceVault::link(const QString& ref, const EvidenceTarget& target)
{
    m_wb.requireWritable();
    m_wb.actingMember();
    Transaction tx(m_wb.db());
    const EvidenceRecord r = get(ref);
    const ResolvedTarget t = resolveTarget(target);
    const bool linked = insertLink(r.id, r.ref, t);
    tx.commit();
    if (linked)
        m_wb.notifyItemChanged(t.target.itemId, t.entity);
    return linked;
}

void EvidenceVault::unlink(const QString& ref, const EvidenceTarget& target)
{
    m_wb.requireWritable();
    const TeamMember member = m_wb.actingMember();
    Transaction tx(m_wb.db());
    const EvidenceRecord r = get(ref);
    const ResolvedTarget t = resolveTarget(target);
    if (member.role == Role::Staff && r.addedBy != member.name)
        throw AuditError(ErrorCode::Forbidden,
                         tr("evidence %1: added by %2; staff may only unlink evidence they added themselves (a "
                            "reviewer or the lead can).")
                             .arg(r.ref, r.addedBy));
    if (!EvidenceLinks::remove(m_wb,
                               { r.id, t.target.itemId, t.target.stepId, t.target.sampleItemId, t.target.findingId }))
        throw AuditError(ErrorCode::NotFound, tr("evidence %1: not linked to %2.").arg(r.ref, t.entity));
    m_wb.record(QStringLiteral("evidence.unlink"), t.entity, r.ref, {});
    Review::invalidateSignOffs(m_wb, t.target.itemId,
                               TextCode::make("signoff.void.evidence_unlinked", { { QStringLiteral("ref"), r.ref } }));
    tx.commit();
    m_wb.notifyItemChanged(t.target.itemId, t.entity);
}

void EvidenceVault::remove(const QString& ref)
{
    FieldworkAction action(m_wb);
    const EvidenceRecord r = get(ref);
    if (action.member().role == Role::Staff && r.addedBy != action.member().name)
        throw AuditError(ErrorCode::Forbidden,
                         tr("evidence %1: added by %2; staff may only remove evidence they added themselves (a "
                            "reviewer or the lead can).")
                             .arg(r.ref, r.addedBy));
    const QList<EvidenceTarget> targets = links(r.ref);
    if (!targets.isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("evidence %1: still linked to %2; unlink it first.").arg(r.ref, targets.first().entity()));
    for (const Request& q : Requests::all(m_wb))
        if (q.evidenceRefs.contains(r.ref))
            throw AuditError(ErrorCode::InvalidInput,
                             tr("evidence %1: it answers request %2 and cannot be removed.").arg(r.ref, q.ref));
    for (const SampleSet& s : Sampling::allSets(m_wb))
        if (s.populationEvidence == r.ref)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("evidence %1: it is the population list of a sample of %2 and cannot be removed.")
                                 .arg(r.ref, s.itemId));
    Database& db = m_wb.db();
    EvidenceRecords::remove(m_wb, r.id);
    if (EvidenceRecords::countWithContent(m_wb, r.sha256) == 0) {
        db.prepare("DELETE FROM evidence_chunk WHERE blob_id = (SELECT id FROM evidence_blob WHERE sha256 = ?)")
            .bind(1, r.sha256)
            .run();
        db.prepare("DELETE FROM evidence_blob WHERE sha256 = ?").bind(1, r.sha256).run();
    }
    m_wb.record(QStringLiteral("evidence.remove"), QStringLiteral("evidence/") + r.ref, json(describe(r)), {});
    action.commit();
    m_wb.notifyChanged(QStringLiteral("evidence/") + r.ref);
}

EvidenceRecord EvidenceVault::editMetadata(const QString& ref, const EvidenceMetadata& metadata)
{
    m_wb.requireWritable();
    m_wb.actingMember();
    Transaction tx(m_wb.db());
    const EvidenceRecord before = get(ref);
    EvidenceRecord after = before;
    const QString name = metadata.name.trimmed();
    if (name.isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("evidence %1: the name is empty.").arg(before.ref));
    after.name = name;
    after.obtainedFrom = metadata.obtainedFrom;
    after.obtainedAt = checkedDate(metadata.obtainedAt, QStringLiteral("evidence ") + before.ref, before.obtainedAt);
    after.description = metadata.description;
    EvidenceRecords::updateDescription(m_wb, after);
    m_wb.record(QStringLiteral("evidence.edit"), QStringLiteral("evidence/") + before.ref, json(describe(before)),
                json(describe(after)));
    tx.commit();
    m_wb.notifyChanged(QStringLiteral("evidence/") + before.ref);
    return after;
}

QString EvidenceVault::safeFileName(const QString& storedName, const QString& fallback)
{
    QString name = storedName;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);
    QString clean;
    for (const QChar ch : std::as_const(name))
        if (ch.category() != QChar::Other_Control && ch != u':')
            clean.append(ch);
    clean = clean.trimmed();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    return clean.isEmpty() ? fallback : clean;
}

void EvidenceVault::exportTo(const QString& ref, const QString& outPath, const ProgressFn& progress)
{
    const EvidenceRecord r = get(ref);
    Database& db = m_wb.db();
    Query q = db.prepare("SELECT id FROM evidence_blob WHERE sha256 = ?");
    q.bind(1, r.sha256);
    if (!q.step())
        throw AuditError(ErrorCode::Integrity, tr("evidence %1: its content is missing from the vault.").arg(r.ref));
    const StoredBlob blob = BlobReader::find(db, q.int64(0));
    if (blob.size != r.size)
        throw AuditError(ErrorCode::Integrity,
                         tr("evidence %1: recorded size %2 differs from the stored %3 bytes.")
                             .arg(r.ref)
                             .arg(r.size)
                             .arg(blob.size));

    const StreamingCacheSize smallCache(db);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot write the file (%2).").arg(outPath, out.errorString()));
    const QString label = tr("evidence %1").arg(r.ref);
    bool writeFailed = false;
    try {
        BlobReader::read(
            db, blob, label,
            [&](const char* data, qint64 size) {
                if (!writeFailed && out.write(data, size) != size)
                    writeFailed = true;
            },
            [&](qint64 bytes) { return !progress || progress(bytes, blob.size); });
    } catch (...) {
        out.cancelWriting();
        throw;
    }
    if (writeFailed || !out.commit())
        throw AuditError(ErrorCode::Io,
                         tr("%1: writing failed (%2); nothing was written.").arg(outPath, out.errorString()));
}

QString EvidenceVault::exportToFolder(const QString& ref, const QString& folder, const ProgressFn& progress)
{
    const EvidenceRecord r = get(ref);
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        throw AuditError(ErrorCode::NotFound, tr("%1: no such folder.").arg(folder));
    const QString path = dir.absoluteFilePath(safeFileName(r.name, r.ref));
    if (QFileInfo(path).absolutePath() != QFileInfo(dir.absolutePath()).absoluteFilePath())
        throw AuditError(ErrorCode::Internal, tr("%1: would be written outside %2.").arg(path, folder));
    if (QFileInfo::exists(path))
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: a file of that name already exists; it was left as it is.").arg(path));
    exportTo(ref, path, progress);
    return path;
}

std::optional<EvidenceRecord> EvidenceVault::find(const QString& ref)
{
    return EvidenceRecords::byRef(m_wb, ref.trimmed().toUpper());
}

EvidenceRecord EvidenceVault::get(const QString& ref)
{
    auto r = find(ref);
    if (!r)
        throw AuditError(ErrorCode::NotFound, tr("evidence %1: no such evidence in this workbook.").arg(ref));
    return *r;
}

QList<EvidenceRecord> EvidenceVault::list()
{
    return EvidenceRecords::all(m_wb);
}

QList<EvidenceRecord> EvidenceVault::listForItem(const QString& itemId)
{
    const std::optional<QString> item = Catalog::resolve(m_wb, itemId);
    if (!item)
        throw AuditError(ErrorCode::NotFound, tr("item %1: not in the criteria catalog of this workbook.").arg(itemId));
    return EvidenceRecords::byIds(m_wb, EvidenceLinks::evidenceOfItem(m_wb, *item));
}

QList<EvidenceTarget> EvidenceVault::links(const QString& ref)
{
    const EvidenceRecord r = get(ref);
    QList<EvidenceTarget> out;
    for (const EvidenceLink& l : EvidenceLinks::ofEvidence(m_wb, r.id))
        out.append({ l.itemId, l.stepId, l.sampleItemId, l.findingId });
    return out;
}

QSet<QString> EvidenceVault::itemsWithLinks(const QString& itemId)
{
    return EvidenceLinks::itemsWithLinks(m_wb, itemId);
}

QList<EvidenceVault::KindCount> EvidenceVault::countByKind()
{
    return EvidenceRecords::countByKind(m_wb);
}

QString EvidenceVault::kindDisplayName(const QString& kind)
{
    if (kind == u"image")
        return tr("Images");
    if (kind == u"pdf")
        return tr("PDF");
    if (kind == u"text")
        return tr("Text and logs");
    if (kind == u"spreadsheet")
        return tr("Spreadsheets");
    if (kind == u"archive")
        return tr("Archives");
    return tr("Other");
}

VaultCheck EvidenceVault::check(const QHash<QString, QJsonObject>& recorded,
                                const std::function<bool(qint64, qint64)>& progress)
{
    Database& db = m_wb.db();
    VaultCheck report;
    // Each registered piece (fieldwork's register) against the stored contents (the vault's), by content hash.
    QHash<QString, qint64> storedSizes;
    {
        Query q = db.prepare("SELECT sha256, size FROM evidence_blob");
        while (q.step())
            storedSizes.insert(q.text(0), q.int64(1));
    }
    QHash<QString, QString> firstRefs; // content hash → the smallest reference naming it
    for (const EvidenceRecord& r : EvidenceRecords::all(m_wb)) {
        ++report.evidence;
        const auto stored = storedSizes.constFind(r.sha256);
        if (stored == storedSizes.cend())
            report.problems << tr("evidence %1: its content (SHA-256 %2) is missing").arg(r.ref, r.sha256);
        else if (r.size != *stored)
            report.problems << tr("evidence %1: recorded size %2 differs from the stored %3 bytes")
                                   .arg(r.ref)
                                   .arg(r.size)
                                   .arg(*stored);
        const auto it = recorded.constFind(r.ref);
        if (it == recorded.cend())
            report.problems << tr("evidence %1: not in the trail (added with an outside tool)").arg(r.ref);
        else if (it->value(QStringLiteral("sha256")).toString() != r.sha256
                 || it->value(QStringLiteral("size")).toInteger() != r.size)
            report.problems << tr("evidence %1: content differs from what the trail recorded at import").arg(r.ref);
        QString& first = firstRefs[r.sha256];
        if (first.isEmpty() || r.ref < first)
            first = r.ref;
    }
    const qint64 orphans
        = db.scalar("SELECT count(*) FROM evidence_chunk WHERE blob_id NOT IN (SELECT id FROM evidence_blob)")
              .toLongLong();
    if (orphans > 0)
        report.problems << tr("evidence: %1 chunks belong to no stored content").arg(orphans);

    const qint64 total = db.scalar("SELECT coalesce(sum(size), 0) FROM evidence_blob").toLongLong();
    Query blobs = db.prepare("SELECT id, sha256, size, chunk_size, chunk_count FROM evidence_blob ORDER BY id");
    qint64 done = 0;
    while (blobs.step()) {
        const StoredBlob blob { blobs.int64(0), blobs.text(1), blobs.int64(2), blobs.int64(3), blobs.int64(4) };
        ++report.blobs;
        report.chunks += blob.chunkCount;
        const QString ref = firstRefs.value(blob.sha256);
        const QString label
            = ref.isEmpty() ? tr("stored content %1").arg(blob.sha256.left(16)) : tr("evidence %1").arg(ref);
        if (ref.isEmpty())
            report.problems << tr("%1: no evidence record refers to it").arg(label);
        try {
            BlobReader::read(db, blob, label, {},
                             [&](qint64 bytes) { return !progress || progress(done + qMin(bytes, blob.size), total); });
        } catch (const AuditError& e) {
            if (e.code() != ErrorCode::Integrity)
                throw;
            report.problems << e.message();
        }
        done += blob.size;
        report.bytes += blob.size;
    }
    return report;
}

QHash<QString, QStringList> EvidenceVault::linkedItems()
{
    const QHash<qint64, QString> refs = EvidenceRecords::refsById(m_wb);
    QHash<QString, QStringList> out;
    for (const auto& [evidenceId, itemId] : EvidenceLinks::evidenceItems(m_wb)) {
        const auto ref = refs.constFind(evidenceId);
        if (ref != refs.cend()) // a link whose record is gone (an outside tool) names nothing, as the join did
            out[*ref].append(itemId);
    }
    // Each piece's items in catalog order (an item the catalog does not know by its id).
    const QHash<QString, QString> order = Catalog::sortKeys(m_wb);
    for (QStringList& items : out)
        std::sort(items.begin(), items.end(),
                  [&](const QString& a, const QString& b) { return order.value(a, a) < order.value(b, b); });
    return out;
}

} // namespace ismap
