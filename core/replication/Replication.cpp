#include "replication/Replication.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "common/TextCode.h"
#include "evidence/BulkWrite.h"
#include "evidence/EvidenceTransfer.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "sync/Changeset.h"
#include "sync/SyncPackage.h"
#include "trail/RowState.h"
#include "trail/Trail.h"
#include "workbook/MemberKeys.h"
#include "workbook/Schema.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <map>

namespace ismap {

namespace {

using sync::ChangeConflict;
using sync::ChangesetSection;
using sync::SyncHeader;
using sync::SyncPackageReader;
using sync::SyncPackageWriter;
using sync::TrailRowRecord;

constexpr const char* kPackageKind = "sync-package";

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// A row of trail as a replica stores it: "1:17" for replica 1's 17th row, "17" for the origin's.
QString rowName(qint64 seq)
{
    const int r = Database::replicaOf(seq);
    return r == 0 ? QString::number(seq) : QStringLiteral("%1:%2").arg(r).arg(seq - Database::rangeStart(r));
}

/// The heads a merge or a replica's creation recorded: {"replica": [seq, hash]} or {"replica": seq}.
QMap<int, qint64> headsFrom(const QJsonObject& heads)
{
    QMap<int, qint64> out;
    for (auto it = heads.begin(); it != heads.end(); ++it) {
        const QJsonValue v = it.value();
        out.insert(it.key().toInt(), qint64(v.isArray() ? v.toArray().at(0).toDouble() : v.toDouble()));
    }
    return out;
}

void raiseTo(QMap<int, qint64>& into, const QMap<int, qint64>& from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (it.value() > into.value(it.key(), 0))
            into[it.key()] = it.value();
}

/// What replica @p number is known to hold, per chain (the last seq): its base when made, its own chain as held
/// here, and what its latest merge held here says it had.
QMap<int, qint64> knownHeads(Workbook& wb, int number)
{
    QMap<int, qint64> known;
    for (const ReplicaRecord& r : wb.replicaRecords())
        if (r.number == number)
            known = headsFrom(QJsonDocument::fromJson(r.base.toUtf8()).object());
    const auto held = Trail::heads(wb.db());
    if (held.contains(number))
        raiseTo(known, { { number, held.value(number).first } });
    if (const auto merge = Trail::lastOfChain(wb.db(), number, QStringLiteral("sync.import")))
        raiseTo(known,
                headsFrom(
                    QJsonDocument::fromJson(merge->after.toUtf8()).object().value(QStringLiteral("heads")).toObject()));
    return known;
}

QMap<int, std::pair<qint64, QString>> heldHeads(Database& db)
{
    return Trail::heads(db);
}

QJsonObject headsJson(Database& db)
{
    QJsonObject heads;
    const auto held = heldHeads(db);
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        heads.insert(QString::number(it.key()), QJsonArray { double(it->first), it->second });
    return heads;
}

/// Tables whose concurrent changes are decided without asking anyone: sign-off records (a void on both sides is
/// the same outcome) and the replica list.
bool decidedWithoutPeople(const QString& table)
{
    static const QSet<QString> tables { QStringLiteral("signoff"), QStringLiteral("engagement_signoff"),
                                        QStringLiteral("lock_signature"), QStringLiteral("replica") };
    return tables.contains(table);
}

QJsonValue jsonOf(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    if (v.metaType().id() == QMetaType::QByteArray)
        return QJsonObject { { QStringLiteral("sha256"), Sha256::hex(v.toByteArray()) } };
    if (v.metaType().id() == QMetaType::LongLong)
        return double(v.toLongLong());
    return QJsonValue::fromVariant(v);
}

QString conflictId(const QString& table, const QString& key)
{
    return Sha256::hex((table + u'/' + key).toUtf8()).left(10);
}

/// What people call a row: its reference where it has one, else the table and key; and its item.
std::pair<QString, QString> describeRow(Workbook& wb, const QString& table, const QVariantList& key)
{
    Database& db = wb.db();
    const QString keyText = key.isEmpty() ? QString() : key.first().toString();
    QString item;
    QString label = QStringLiteral("%1 %2").arg(table, keyText);
    try {
        Query cols = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList names;
        while (cols.step())
            names << cols.text(0);
        if (names.contains(QStringLiteral("item_id")) && key.size() == 1 && names.first() == u"id") {
            Query q = db.prepare(
                QStringLiteral("SELECT item_id%1 FROM \"%2\" WHERE id = ?")
                    .arg(names.contains(QStringLiteral("ref")) ? QStringLiteral(", ref") : QString(), table));
            q.bind(1, key.first().toLongLong());
            if (q.step()) {
                item = q.text(0);
                label = names.contains(QStringLiteral("ref"))
                    ? QStringLiteral("%1 %2").arg(table, q.text(1))
                    : QStringLiteral("%1 %2 (item %3)").arg(table, keyText, item);
            }
        } else if (table == u"statement_item" || table == u"item_plan") {
            item = keyText;
            label = QStringLiteral("%1 %2").arg(table, keyText);
        } else if (names.contains(QStringLiteral("sample_set_id")) && key.size() == 1) {
            // A sample item: its set says which item it belongs to.
            Query q = db.prepare(QStringLiteral("SELECT sample_set_id, seq FROM \"%1\" WHERE id = ?").arg(table));
            q.bind(1, key.first().toLongLong());
            if (q.step())
                if (const auto set = Sampling::set(wb, q.int64(0))) {
                    item = set->itemId;
                    label = QStringLiteral("%1 %2/%3 (item %4)").arg(table).arg(q.int64(0)).arg(q.int64(1)).arg(item);
                }
        }
    } catch (const AuditError&) {
        // A label is a courtesy; the key names the row.
    }
    return { label, item };
}

QList<ConflictVersion> versionsFrom(const QString& json)
{
    QList<ConflictVersion> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << ConflictVersion { o.value(QStringLiteral("replica")).toInt(),
                                 o.value(QStringLiteral("member")).toString(),
                                 o.value(QStringLiteral("stamp")).toString(),
                                 o.value(QStringLiteral("values")).toObject(),
                                 o.value(QStringLiteral("deleted")).toBool() };
    }
    return out;
}

QString versionsJson(const QList<ConflictVersion>& versions)
{
    QJsonArray a;
    for (const ConflictVersion& v : versions)
        a.append(QJsonObject { { QStringLiteral("replica"), v.replica },
                               { QStringLiteral("member"), v.member },
                               { QStringLiteral("stamp"), v.stamp },
                               { QStringLiteral("values"), v.values },
                               { QStringLiteral("deleted"), v.deleted } });
    return compact(a);
}

SyncConflict conflictFrom(Query& q)
{
    SyncConflict c;
    c.id = q.text(0);
    c.table = q.text(1);
    c.rowKey = q.text(2);
    const QJsonObject label = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
    c.label = label.value(QStringLiteral("label")).toString();
    c.itemId = label.value(QStringLiteral("item")).toString();
    c.current = label.value(QStringLiteral("current")).toString();
    c.versions = versionsFrom(q.text(4));
    c.open = q.text(5) == u"open";
    c.detectedAt = q.text(6);
    c.resolvedBy = q.text(7);
    c.resolvedAt = q.text(8);
    c.resolution = q.text(9);
    return c;
}

constexpr const char* kConflictColumns
    = "SELECT id, tbl, row_key, label, versions, status, detected_at, coalesce(resolved_by, ''), "
      "coalesce(resolved_at, ''), resolution FROM sync_conflict ";

std::optional<SyncConflict> conflictById(Database& db, const QString& id)
{
    Query q = db.prepare(QString::fromLatin1(kConflictColumns) + QStringLiteral("WHERE id = ?"));
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return conflictFrom(q);
}

/// Which version the row holds now: a deletion wins (no replica can bring a deleted row back whole), else the
/// latest change — the same on every replica, whatever the order the changes arrived in.
QString holding(const QList<ConflictVersion>& versions)
{
    const ConflictVersion* best = nullptr;
    for (const ConflictVersion& v : versions)
        if (!best || (v.deleted && !best->deleted) || (v.deleted == best->deleted && v.stamp > best->stamp))
            best = &v;
    return best ? QString::number(best->replica) : QString();
}

bool sameField(const QVariant& a, const QVariant& b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return a.metaType() == b.metaType() && a == b;
}

QStringList columnNames(Database& db, const QString& table, QStringList* keyColumns = nullptr)
{
    QStringList names;
    Query cols = db.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (cols.step()) {
        names << cols.text(0);
        if (keyColumns && cols.int64(1) > 0)
            keyColumns->append(cols.text(0));
    }
    return names;
}

/// Sets @p fields (column → value) of the row keyed @p keyValues of @p table, generically: merges and resolutions
/// work on any table the changesets name, in the changesets' own terms.
void setFields(Database& db, const QString& table, const QVariantList& keyValues,
               const QList<QPair<QString, QVariant>>& fields)
{
    if (fields.isEmpty())
        return;
    QStringList keyColumns;
    columnNames(db, table, &keyColumns);
    QStringList sets;
    for (const auto& f : fields)
        sets << QStringLiteral("\"%1\" = ?").arg(f.first);
    QStringList where;
    for (const QString& k : keyColumns)
        where << QStringLiteral("\"%1\" = ?").arg(k);
    Query up = db.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE %3")
                              .arg(table, sets.join(QStringLiteral(", ")), where.join(QStringLiteral(" AND "))));
    int n = 1;
    for (const auto& f : fields)
        up.bind(n++, f.second.isValid() ? f.second : QVariant::fromValue(nullptr));
    for (const QVariant& k : keyValues)
        up.bind(n++, k);
    up.run();
}

/// Decides one incoming change that met a change made here since: field by field, the later writer's value stays
/// (a deletion always wins), the same on every replica. Who must look at it is derived from the history
/// (ConflictBook), not from the order the changes arrived in.
void settle(Database& db, const ChangeConflict& c, const TrailEntry& by)
{
    if (c.op == sync::ChangeOp::Delete || c.kind == sync::ConflictKind::NotFound)
        return; // the deletion won
    const QString key = Database::keyText(c.primaryKey);
    const QString incomingStamp = Trail::stampOf(by);
    QList<QPair<QString, QVariant>> winners;
    for (int i = 0; i < c.columns.size(); ++i) {
        const QVariant in = c.incomingNew.value(i);
        if (!in.isValid() || sameField(c.local.value(i), in))
            continue; // a field the incoming update does not set, or sets as it is here
        if (incomingStamp > Trail::lastWriter(db, c.table, key, i).first)
            winners << qMakePair(c.columns[i], in);
    }
    setFields(db, c.table, c.primaryKey, winners);
}

/// What each replica's rows knew of the others: a replica's base when it was made, raised by each of its merges
/// (whose heads say what the file held), in its chain's order. Two changes neither of which knew the other were
/// made concurrently.
class Knowledge
{
public:
    explicit Knowledge(Workbook& wb)
    {
        for (const ReplicaRecord& r : wb.replicaRecords())
            m_base.insert(r.number, headsFrom(QJsonDocument::fromJson(r.base.toUtf8()).object()));
        for (const TrailEntry& e : Trail::entriesOf(wb.db(), QStringLiteral("sync.import"))) {
            const int chain = Database::replicaOf(e.seq);
            auto& merges = m_merges[chain];
            QMap<int, qint64> heads = merges.empty() ? m_base.value(chain) : merges.back().second;
            raiseTo(heads,
                    headsFrom(
                        QJsonDocument::fromJson(e.after.toUtf8()).object().value(QStringLiteral("heads")).toObject()));
            merges.emplace_back(e.seq, heads);
        }
    }
    /// Whether trail row @p later was made knowing row @p earlier.
    bool knows(qint64 later, qint64 earlier) const
    {
        const int chain = Database::replicaOf(later);
        const int other = Database::replicaOf(earlier);
        if (chain == other)
            return earlier <= later;
        qint64 known = m_base.value(chain).value(other, 0);
        const auto merges = m_merges.find(chain);
        if (merges != m_merges.end()) {
            const auto& list = merges->second;
            const auto after = std::lower_bound(list.begin(), list.end(), later,
                                                [](const auto& m, qint64 seq) { return m.first < seq; });
            if (after != list.begin())
                known = qMax(known, std::prev(after)->second.value(other, 0));
        }
        return known >= earlier;
    }
    bool concurrent(qint64 a, qint64 b) const { return !knows(a, b) && !knows(b, a); }

private:
    QMap<int, QMap<int, qint64>> m_base;
    std::map<int, std::vector<std::pair<qint64, QMap<int, qint64>>>> m_merges;
};

/// The conflicts of rows, derived from the history every replica ends up holding: two changes made concurrently
/// on different replicas that set a field to different values (or deleted the row the other changed) are in
/// dispute until a resolution made knowing both. The same history gives the same list on every replica, whatever
/// the order the packages came in.
class ConflictBook
{
public:
    explicit ConflictBook(Workbook& wb)
        : m_wb(wb)
        , m_knowledge(wb)
    {
        for (const TrailEntry& e : Trail::entriesOf(wb.db(), QStringLiteral("sync.resolve")))
            m_resolutions
                [QJsonDocument::fromJson(e.after.toUtf8()).object().value(QStringLiteral("conflict")).toString()]
                    .append(e);
    }

    /// Derives and stores the conflict (or none) of each of @p rows; returns the ids of those open now.
    QStringList refresh(const std::set<std::pair<QString, QString>>& rows)
    {
        std::set<std::pair<QString, QString>> disputed;
        for (const auto& r : rows)
            if (!decidedWithoutPeople(r.first))
                disputed.insert(r);
        QStringList open;
        const auto writes = Trail::writesTo(m_wb.db(), disputed);
        for (const auto& row : disputed) {
            const auto found = writes.find(row);
            static const std::vector<RowWrite> none;
            if (store(row.first, row.second, found == writes.end() ? none : found->second))
                open << conflictId(row.first, row.second);
        }
        return open;
    }

private:
    struct Dispute
    {
        const RowWrite* a;
        const RowWrite* b;
        QSet<int> columns;
        bool settled;
    };

    static bool deletes(const RowWrite& w) { return w.op == 9 /*SQLITE_DELETE*/; }

    /// The fields two concurrent changes dispute: those both set differently, or what one set in a row the other
    /// deleted.
    static QSet<int> disputedColumns(const RowWrite& a, const RowWrite& b)
    {
        QSet<int> out;
        if (deletes(a) || deletes(b)) {
            if (!(deletes(a) && deletes(b)))
                for (int c : deletes(a) ? b.columns : a.columns)
                    out.insert(c);
            return out;
        }
        for (int i = 0; i < a.columns.size(); ++i) {
            const int j = int(b.columns.indexOf(a.columns[i]));
            if (j >= 0 && !sameField(a.values[i], b.values[j]))
                out.insert(a.columns[i]);
        }
        return out;
    }

    /// Stores the conflict of one row; returns whether it is open.
    bool store(const QString& table, const QString& key, const std::vector<RowWrite>& writes)
    {
        Database& db = m_wb.db();
        const QString id = conflictId(table, key);
        const QList<TrailEntry> resolutions = m_resolutions.value(id);
        std::vector<Dispute> disputes;
        for (size_t i = 0; i < writes.size(); ++i)
            for (size_t j = i + 1; j < writes.size(); ++j) {
                const RowWrite& a = writes[i];
                const RowWrite& b = writes[j];
                if (!m_knowledge.concurrent(a.seq, b.seq))
                    continue;
                QSet<int> columns = disputedColumns(a, b);
                if (columns.isEmpty())
                    continue;
                const bool settled = std::any_of(resolutions.cbegin(), resolutions.cend(), [&](const TrailEntry& r) {
                    return m_knowledge.knows(r.seq, a.seq) && m_knowledge.knows(r.seq, b.seq);
                });
                disputes.push_back({ &a, &b, std::move(columns), settled });
            }
        if (disputes.empty()) {
            db.prepare("DELETE FROM sync_conflict WHERE id = ?").bind(1, id).run();
            return false;
        }
        const bool open = std::any_of(disputes.cbegin(), disputes.cend(), [](const Dispute& d) { return !d.settled; });
        // The versions: per replica, its latest change in the disputes still open (all, once resolved).
        QSet<int> columns;
        std::map<int, std::map<qint64, const RowWrite*>> byChain;
        QString detectedAt;
        for (const Dispute& d : disputes) {
            if (open && d.settled)
                continue;
            columns.unite(d.columns);
            for (const RowWrite* w : { d.a, d.b })
                byChain[Database::replicaOf(w->seq)].emplace(w->seq, w);
            const QString at = qMax(d.a->at, d.b->at);
            if (detectedAt.isEmpty() || at < detectedAt)
                detectedAt = at;
        }
        const QStringList names = columnNames(db, table);
        QList<ConflictVersion> versions;
        for (const auto& [chain, changes] : byChain) {
            const RowWrite& last = *changes.rbegin()->second;
            TrailEntry stamped;
            stamped.seq = last.seq;
            stamped.at = last.at;
            ConflictVersion v { chain, last.member, Trail::stampOf(stamped), {}, deletes(last) };
            if (!v.deleted)
                for (const auto& [seq, w] : changes) // oldest first: a later change of a field replaces an earlier
                    for (int i = 0; i < w->columns.size(); ++i)
                        if (columns.contains(w->columns[i]))
                            v.values.insert(names.value(w->columns[i]), jsonOf(w->values[i]));
            versions << v;
        }
        QVariantList keyValues;
        for (const QJsonValue& k : QJsonDocument::fromJson(key.toUtf8()).array())
            keyValues << k.toVariant();
        auto [label, item] = describeRow(m_wb, table, keyValues);
        if (const auto existing = conflictById(db, id); existing && item.isEmpty() && !existing->itemId.isEmpty()) {
            label = existing->label; // the row is gone here: what it was called when it was there
            item = existing->itemId;
        }
        const QJsonObject labelJson { { QStringLiteral("label"), label },
                                      { QStringLiteral("item"), item },
                                      { QStringLiteral("current"), holding(versions) } };
        const TrailEntry* resolution = nullptr;
        if (!open)
            for (const TrailEntry& r : resolutions)
                if (!resolution || Trail::stampOf(r) > Trail::stampOf(*resolution))
                    resolution = &r;
        db.prepare("INSERT INTO sync_conflict(id, tbl, row_key, label, versions, status, detected_at, resolved_by, "
                   "resolved_at, resolution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(id) DO "
                   "UPDATE SET label = ?4, versions = ?5, status = ?6, detected_at = ?7, resolved_by = ?8, "
                   "resolved_at = ?9, resolution = ?10")
            .bind(1, id)
            .bind(2, table)
            .bind(3, key)
            .bind(4, compact(labelJson))
            .bind(5, versionsJson(versions))
            .bind(6, open ? QStringLiteral("open") : QStringLiteral("resolved"))
            .bind(7, detectedAt)
            .bind(8, resolution ? QVariant(resolution->member) : QVariant::fromValue(nullptr))
            .bind(9, resolution ? QVariant(resolution->at) : QVariant::fromValue(nullptr))
            .bind(10, resolution ? resolution->after : QString())
            .run();
        return open;
    }

    Workbook& m_wb;
    Knowledge m_knowledge;
    QHash<QString, QList<TrailEntry>> m_resolutions;
};

/// The kind of work a trail row's action is, for "what came in".
void count(MemberActivity& a, const QString& action)
{
    if (action.startsWith(u"step."))
        ++a.steps;
    else if (action.startsWith(u"sample"))
        ++a.samples;
    else if (action.startsWith(u"finding."))
        ++a.findings;
    else if (action.startsWith(u"note.") || action.startsWith(u"review.note"))
        ++a.notes;
    else if (action.contains(u"signoff") || action.startsWith(u"review.sign"))
        ++a.signOffs;
    else if (action.startsWith(u"evidence."))
        ++a.evidence;
    else
        ++a.other;
}

TrailEntry entryFromCanonical(const TrailRowRecord& r, const QString& name)
{
    const QJsonArray row = QJsonDocument::fromJson(r.row).array();
    if (row.size() < 7 || row.size() > 8)
        throw AuditError(
            ErrorCode::InvalidInput,
            Replication::tr("%1: trail row %2 is not a trail row of this application.").arg(name, rowName(r.seq)));
    TrailEntry e;
    e.seq = row.at(0).toString().toLongLong();
    e.at = row.at(1).toString();
    e.member = row.at(2).toString();
    e.action = row.at(3).toString();
    e.entity = row.at(4).toString();
    e.before = row.at(5).toString();
    e.after = row.at(6).toString();
    e.state = row.size() > 7 ? row.at(7).toString() : QString();
    e.prevHash = r.prevHash;
    e.hash = r.hash;
    if (e.seq != r.seq || Trail::canonical(e) != r.row)
        throw AuditError(
            ErrorCode::Integrity,
            Replication::tr("%1: trail row %2 does not match its own number or form.").arg(name, rowName(r.seq)));
    return e;
}

int evidenceShaColumn(Database& db)
{
    Query q = db.prepare("SELECT cid FROM pragma_table_info('evidence') WHERE name = 'sha256'");
    return q.step() ? q.integer(0) : -1;
}

void requireReplicated(Workbook& wb)
{
    if (!wb.isReplicated())
        throw AuditError(ErrorCode::InvalidInput,
                         Replication::tr("%1: this workbook has no replicas. The engagement lead makes one for each "
                                         "member with: ismapctl replica create %1 -o COPY --for MEMBER")
                             .arg(wb.path()));
}

/// Receives evidence content into the vault inside the import's transaction.
class VaultSink : public sync::EvidenceSink
{
public:
    VaultSink(Database& db, const QString& pagesPath)
        : m_writer(db, pagesPath)
    { }
    void begin(const QByteArray& sha256, qint64 size) override
    {
        const QString hex = QString::fromLatin1(sha256.toHex());
        m_new = !m_writer.has(hex);
        m_size = size;
        m_writer.begin(hex, size);
    }
    void write(const char* data, qint64 size) override { m_writer.write(data, size); }
    void commit() override
    {
        m_writer.commit();
        if (m_new) {
            ++files;
            bytes += m_size;
        }
    }
    void discard() override { m_writer.discard(); }
    int files = 0;
    qint64 bytes = 0;

private:
    EvidenceContentWriter m_writer;
    bool m_new = false;
    qint64 m_size = 0;
};

} // namespace

QString Replication::defaultPrefix(const QString& member, const QStringList& taken)
{
    QString initials;
    for (const QString& word : member.split(QRegularExpression(QStringLiteral("[^A-Za-z]+")), Qt::SkipEmptyParts))
        initials += word.at(0).toUpper();
    if (initials.size() < 2) {
        QString letters = member;
        letters.remove(QRegularExpression(QStringLiteral("[^A-Za-z]")));
        initials = letters.left(2).toUpper();
    }
    if (initials.isEmpty())
        initials = QStringLiteral("R");
    initials = initials.left(3);
    QString candidate = initials;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = initials.left(2) + QString::number(n);
    return candidate;
}

namespace {

/// Why the acting member may not make a replica of this file (read-only, finalised, nobody working, not the lead,
/// not the origin), as createReplica() refuses; none when they may.
std::optional<AuditError> createProblem(Workbook& wb)
{
    TeamMember me;
    try {
        wb.requireWritable();
        me = wb.actingMember();
    } catch (const AuditError& e) {
        return e;
    }
    if (me.role != Role::Lead)
        return AuditError(ErrorCode::Forbidden,
                          Replication::tr("%1 is not the engagement lead: only the lead makes replicas of the "
                                          "engagement.")
                              .arg(me.name));
    if (wb.replicaNumber() != 0)
        return AuditError(ErrorCode::Forbidden,
                          Replication::tr("%1: this is replica %2; replicas are made only from the engagement's "
                                          "origin workbook (the lead's).")
                              .arg(wb.path())
                              .arg(wb.replicaNumber()));
    return std::nullopt;
}

} // namespace

QString Replication::createRefusal(Workbook& wb)
{
    const std::optional<AuditError> problem = createProblem(wb);
    return problem ? problem->message() : QString();
}

ReplicaInfo Replication::createReplica(Workbook& wb, const QString& copyPath, const QString& memberName,
                                       const QString& prefix)
{
    if (const std::optional<AuditError> problem = createProblem(wb))
        throw *problem;
    Database& db = wb.db();
    const TeamMember me = wb.actingMember();
    const auto member = wb.member(memberName);
    if (!member)
        throw AuditError(ErrorCode::NotFound, tr("%1 is not on the team of this engagement.").arg(memberName));
    const QFileInfo target(copyPath);
    if (target.exists())
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("%1: a file of that name already exists; it was left as it is. Choose another name.").arg(copyPath));
    if (!QFileInfo(target.absolutePath()).isDir())
        throw AuditError(ErrorCode::Io, tr("%1: the folder does not exist.").arg(target.absolutePath()));
    QStringList taken;
    int last = 0;
    for (const ReplicaRecord& r : wb.replicaRecords()) {
        taken << r.prefix;
        last = qMax(last, r.number);
    }
    const QString chosen = prefix.isEmpty() ? defaultPrefix(member->name, taken) : prefix.trimmed().toUpper();
    static const QRegularExpression valid(QStringLiteral("^[A-Z][A-Z0-9]{0,3}$"));
    if (!valid.match(chosen).hasMatch())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("reference prefix \"%1\": use 1 to 4 Latin capital letters or digits, starting with a "
                            "letter (e.g. TA); it goes into references such as F-TA-001.")
                             .arg(prefix));
    if (taken.contains(chosen))
        throw AuditError(
            ErrorCode::InvalidInput,
            tr("reference prefix \"%1\" is already used by another replica of this engagement.").arg(chosen));

    ReplicaInfo info;
    {
        Transaction tx(db);
        if (!wb.isReplicated()) {
            // The first replica: this file becomes the origin, replica 0, and its changes are captured from now.
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            wb.bindReplica(0, uid);
            wb.addReplicaRecord({ 0, uid, me.id, QString(), QStringLiteral("{}"), Clock::nowIso(), me.name });
            wb.record(QStringLiteral("replica.origin"), QStringLiteral("replica/0"), {},
                      compact(QJsonObject { { QStringLiteral("uid"), uid } }));
        }
        info.number = last + 1;
        info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        info.member = member->name;
        info.prefix = chosen;
        info.createdAt = Clock::nowIso();
        info.createdBy = me.name;
        // What the copy holds: every chain as it is, and the row about to be written.
        QJsonObject base;
        const auto held = heldHeads(db);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            base.insert(QString::number(it.key()), double(it->first + (it.key() == 0 ? 1 : 0)));
        wb.addReplicaRecord({ info.number, info.uid, member->id, chosen, compact(base), info.createdAt, me.name });
        wb.record(QStringLiteral("replica.create"), QStringLiteral("replica/%1").arg(info.number), {},
                  compact(QJsonObject { { QStringLiteral("number"), info.number },
                                        { QStringLiteral("member"), member->name },
                                        { QStringLiteral("prefix"), chosen },
                                        { QStringLiteral("uid"), info.uid } }));
        tx.commit();
    }
    // A consistent copy of the committed file, then the copy is told which replica it is.
    db.resetCached();
    Query vacuum = db.prepare("VACUUM INTO ?");
    vacuum.bind(1, target.absoluteFilePath());
    vacuum.run();
    Workbook::bindCopy(target.absoluteFilePath(), info.number, info.uid);
    wb.notifyChanged(QStringLiteral("replica"));
    return info;
}

void Replication::claim(Workbook& wb)
{
    wb.requireWritable();
    requireReplicated(wb);
    Transaction tx(wb.db());
    wb.record(QStringLiteral("replica.claim"), QStringLiteral("replica/%1").arg(wb.replicaNumber()), {},
              compact(QJsonObject { { QStringLiteral("path"), QFileInfo(wb.path()).absoluteFilePath() } }));
    tx.commit();
}

QList<ReplicaInfo> Replication::replicas(Workbook& wb)
{
    Database& db = wb.db();
    QList<ReplicaInfo> out;
    if (!wb.isReplicated())
        return out;
    const auto held = heldHeads(db);
    for (const ReplicaRecord& record : wb.replicaRecords()) {
        ReplicaInfo r;
        r.number = record.number;
        r.uid = record.uid;
        const auto member = wb.memberById(record.memberId);
        r.member = member ? member->name : QString();
        r.prefix = record.prefix;
        r.createdAt = record.createdAt;
        r.createdBy = record.createdBy;
        r.self = r.number == wb.replicaNumber();
        const QMap<int, qint64> known = r.self ? QMap<int, qint64>() : knownHeads(wb, r.number);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const qint64 seen = r.self ? it->first : qMax(known.value(it.key(), 0), Database::rangeStart(it.key()));
            r.seen.insert(it.key(), seen - Database::rangeStart(it.key()));
            r.pending += int(it->first - seen);
        }
        Query ex = db.prepare("SELECT direction, at FROM sync_exchange WHERE replica = ? OR (replica = -1 AND "
                              "direction = 'export') ORDER BY at");
        ex.bind(1, qint64(r.number));
        while (ex.step())
            (ex.text(0) == u"export" ? r.lastExport : r.lastImport) = ex.text(1);
        out << r;
    }
    return out;
}

SyncExportResult Replication::exportPackage(Workbook& wb, const QString& path, std::optional<int> forReplica)
{
    requireReplicated(wb);
    Database& db = wb.db();
    const TeamMember me = wb.actingMember();
    const auto key = MemberKeys::activeKey(wb, me.name);
    if (!key)
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1 has no registered member key: a change package is signed by the member who makes "
                            "it. Create a key (ismapctl member key create) and have the lead register it.")
                             .arg(me.name));
    // What the other side holds: one replica's known heads, or what every other replica is known to hold.
    QMap<int, qint64> known;
    bool first = true;
    for (const ReplicaInfo& r : replicas(wb)) {
        if (r.self || (forReplica && r.number != *forReplica))
            continue;
        const QMap<int, qint64> k = knownHeads(wb, r.number);
        if (first) {
            known = k;
            first = false;
        } else {
            for (auto it = known.begin(); it != known.end(); ++it)
                it.value() = qMin(it.value(), k.value(it.key(), 0));
            for (auto it = k.cbegin(); it != k.cend(); ++it)
                if (!known.contains(it.key()))
                    known.insert(it.key(), 0);
        }
    }
    if (forReplica && first) {
        // A replica made after this one last heard from the origin: unknown here, so it gets everything held here
        // (it skips what it has). A number no replica can have is a typing error.
        if (*forReplica < 0 || *forReplica >= 8192)
            throw AuditError(
                ErrorCode::NotFound,
                tr("replica %1: this engagement has no such replica (see ismapctl sync status).").arg(*forReplica));
        known.clear();
    }
    std::vector<ChainRow> rows;
    {
        const auto held = heldHeads(db);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            for (ChainRow& r : Trail::chainAfter(db, it.key(), known.value(it.key(), 0)))
                rows.push_back(std::move(r));
    }
    // Changesets in the order they reached this file (which respects what each was made after), then each chain's
    // rows in its own order, then the evidence content they add.
    std::vector<const ChainRow*> byArrival;
    for (const ChainRow& r : rows)
        byArrival.push_back(&r);
    std::sort(byArrival.begin(), byArrival.end(),
              [](const ChainRow* a, const ChainRow* b) { return a->arrival < b->arrival; });
    const Engagement engagement = wb.engagement();
    SyncHeader header;
    header.engagementId = engagement.uuid;
    header.replicaId = wb.replicaUid();
    header.member = me.name;
    header.keyFingerprint = key->fingerprint;
    header.createdAt = Clock::nowIso();
    SyncExportResult result;
    result.file = path;
    result.forReplica = forReplica;
    const QString role = roleKey(me.role);
    SyncPackageWriter writer(path, header, [&](QByteArrayView digest) {
        const QString hex = QString::fromLatin1(digest.toByteArray().toHex());
        const ActionSignature s
            = MemberKeys::sign(wb, me,
                               MemberKeys::payload(QString::fromLatin1(kPackageKind), engagement.uuid, header.replicaId,
                                                   me.name, role, header.createdAt, hex));
        return s.signature.toLatin1();
    });
    const int shaColumn = evidenceShaColumn(db);
    QStringList contents;
    for (const ChainRow* r : byArrival) {
        if (r->changeset.isEmpty())
            continue;
        writer.addChangeset(ChangesetSection { QString::number(Database::replicaOf(r->entry.seq)), r->entry.seq,
                                               r->entry.seq, r->changeset });
        for (const QVariant& sha : sync::Changeset::insertedValues(r->changeset, QStringLiteral("evidence"), shaColumn))
            if (!contents.contains(sha.toString()))
                contents << sha.toString();
    }
    std::vector<const ChainRow*> bySeq = byArrival;
    std::sort(bySeq.begin(), bySeq.end(),
              [](const ChainRow* a, const ChainRow* b) { return a->entry.seq < b->entry.seq; });
    for (const ChainRow* r : bySeq)
        writer.addTrailRow(TrailRowRecord { QString::number(Database::replicaOf(r->entry.seq)), r->entry.seq,
                                            r->entry.prevHash, r->entry.hash, Trail::canonical(r->entry) });
    for (const QString& sha : contents) {
        EvidenceContentReader content(db, sha);
        writer.addEvidence(content, QByteArray::fromHex(sha.toLatin1()), content.contentSize());
        ++result.evidenceFiles;
        result.evidenceBytes += content.contentSize();
    }
    result.digest = QString::fromLatin1(writer.finish().toHex());
    result.actions = int(rows.size());
    {
        Transaction tx(db);
        db.prepare("INSERT INTO sync_exchange(replica, direction, at, file, digest, actions) VALUES (?, 'export', ?, "
                   "?, ?, ?) ON CONFLICT(replica, direction) DO UPDATE SET at = excluded.at, file = excluded.file, "
                   "digest = excluded.digest, actions = excluded.actions")
            .bind(1, qint64(forReplica.value_or(-1)))
            .bind(2, Clock::nowIso())
            .bind(3, QFileInfo(path).absoluteFilePath())
            .bind(4, result.digest)
            .bind(5, qint64(result.actions))
            .run();
        tx.commit();
    }
    return result;
}

SyncImportResult Replication::importPackage(Workbook& wb, const QString& path)
{
    if (!wb.engagement().locked)
        return importInto(wb, path);
    // Finalised here: a package that would change anything is refused naming what; one that cannot even be read is
    // refused as well, as finalised (nothing is taken in until the lead reopens the engagement).
    try {
        return importInto(wb, path);
    } catch (const AuditError& e) {
        if (e.code() == ErrorCode::Finalised)
            throw;
        throw AuditError(ErrorCode::Finalised,
                         tr("%1: the engagement is finalised; nothing is imported until the lead reopens it (%2).")
                             .arg(QFileInfo(path).fileName(), e.message()));
    }
}

SyncImportResult Replication::importInto(Workbook& wb, const QString& path)
{
    requireReplicated(wb);
    if (wb.isReadOnly())
        throw AuditError(ErrorCode::ReadOnly, tr("%1: the workbook is open read-only.").arg(wb.path()));
    Database& db = wb.db();
    const QString name = QFileInfo(path).fileName();
    const TeamMember me = wb.actingMember();
    const Engagement engagement = wb.engagement();
    SyncImportResult result;
    result.file = path;

    // A package with evidence content writes it like an evidence import: once, with a small page cache.
    const BulkEvidenceWrite bulk(db, QFileInfo(path).size() >= BulkEvidenceWrite::kLargeBytes);
    Transaction tx(db);
    std::vector<ChangesetSection> changesets;
    std::vector<TrailRowRecord> rows;
    SyncHeader header;
    VaultSink sink(db, bulk.pagesPath());
    sync::SyncPackageVisitor visit;
    visit.header = [&](const SyncHeader& h) {
        if (h.engagementId != engagement.uuid)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: the package belongs to another engagement (%2); this workbook is engagement %3. "
                                "Nothing was imported.")
                                 .arg(name, h.engagementId, engagement.uuid));
        header = h;
    };
    visit.changeset = [&](const ChangesetSection& s) {
        changesets.push_back(s);
    };
    visit.trailRow = [&](const TrailRowRecord& r) {
        rows.push_back(r);
    };
    visit.evidence = &sink;
    const MemberKeys::Checker checker(wb);
    const sync::SyncPackageSummary summary = SyncPackageReader::read(
        path,
        [&](const SyncHeader& h, QByteArrayView digest, QByteArrayView signature) {
            const QList<RegisteredKey> keys = MemberKeys::keys(wb, h.member);
            const auto it = std::find_if(keys.cbegin(), keys.cend(),
                                         [&](const RegisteredKey& k) { return k.fingerprint == h.keyFingerprint; });
            if (it == keys.cend())
                throw AuditError(ErrorCode::Integrity,
                                 tr("%1: the package is signed by %2 with key %3, which is not registered for %2 in "
                                    "this engagement. Nothing was imported.")
                                     .arg(name, h.member, h.keyFingerprint));
            if (it->status == u"revoked")
                throw AuditError(ErrorCode::Integrity,
                                 tr("%1: the package is signed with %2's key %3, which was revoked. Nothing was "
                                    "imported.")
                                     .arg(name, h.member, h.keyFingerprint));
            const QString digestHex = QString::fromLatin1(digest.toByteArray().toHex());
            const QString problem = checker.problem(
                h.member, h.createdAt, h.keyFingerprint, QString::fromLatin1(signature.toByteArray()),
                MemberKeys::payload(QString::fromLatin1(kPackageKind), h.engagementId, h.replicaId, h.member,
                                    roleKey(wb.member(h.member) ? wb.member(h.member)->role : Role::Staff), h.createdAt,
                                    digestHex));
            if (!problem.isEmpty())
                throw AuditError(
                    ErrorCode::Integrity,
                    tr("%1: the package's signature does not hold (%2). Nothing was imported.").arg(name, problem));
            return true;
        },
        visit);
    result.fromMember = header.member;

    // Which rows are new here: each chain must continue what this file holds, and what it holds must be the same.
    const auto held = heldHeads(db);
    std::map<int, std::vector<const TrailRowRecord*>> chains;
    for (const TrailRowRecord& r : rows) {
        bool ok = false;
        const int chain = r.replicaId.toInt(&ok);
        if (!ok || chain < 0 || Database::replicaOf(r.seq) != chain)
            throw AuditError(ErrorCode::Integrity,
                             tr("%1: trail row %2 is filed under replica \"%3\", which is not its chain. Nothing was "
                                "imported.")
                                 .arg(name, rowName(r.seq), r.replicaId));
        chains[chain].push_back(&r);
    }
    std::vector<TrailEntry> fresh;
    for (auto& [chain, list] : chains) {
        const auto head = held.value(chain, { Database::rangeStart(chain), QString() });
        qint64 expected = head.first + 1;
        QString prev = head.second;
        if (prev.isEmpty()) {
            // A chain new here begins at the origin's row that created the replica: held, or in this package.
            prev = Trail::chainAnchor(db, chain);
            for (const TrailEntry& e : fresh)
                if (Database::replicaOf(e.seq) == 0 && e.action == u"replica.create"
                    && e.entity == QStringLiteral("replica/%1").arg(chain))
                    prev = e.hash;
        }
        for (const TrailRowRecord* r : list) {
            if (r->seq <= head.first) {
                const auto mine = Trail::entry(db, r->seq);
                if (!mine || mine->hash != r->hash)
                    throw AuditError(ErrorCode::Integrity,
                                     tr("%1: trail row %2 differs from the row %2 this workbook holds: two files are "
                                        "working as the same replica (a copy of a replica?), or the row was "
                                        "edited. Nothing was imported.")
                                         .arg(name, rowName(r->seq)));
                ++result.alreadyHeld;
                continue;
            }
            if (chain == wb.replicaNumber())
                throw AuditError(ErrorCode::Integrity,
                                 tr("%1: the package holds row %2 of this replica's own trail, which this file does "
                                    "not have: this file is an older copy of the replica. Nothing was imported.")
                                     .arg(name, rowName(r->seq)));
            if (r->seq != expected || r->prevHash != prev)
                throw AuditError(ErrorCode::Integrity,
                                 tr("%1: trail row %2 does not follow row %3 held here: rows of replica %4 are "
                                    "missing in between (import the packages in between first). Nothing was "
                                    "imported.")
                                     .arg(name, rowName(r->seq), rowName(expected - 1))
                                     .arg(chain));
            fresh.push_back(entryFromCanonical(*r, name));
            prev = r->hash;
            ++expected;
        }
    }
    if (fresh.empty())
        return result; // nothing new: the transaction is rolled back, the workbook unchanged

    std::map<qint64, const TrailEntry*> freshBySeq;
    for (const TrailEntry& e : fresh)
        freshBySeq[e.seq] = &e;
    std::map<qint64, QByteArray> freshChanges;
    for (const ChangesetSection& s : changesets)
        if (freshBySeq.count(s.lastSeq))
            freshChanges[s.lastSeq] = s.changeset;
    if (engagement.locked) {
        QStringList what;
        for (const auto& [seq, cs] : freshChanges) {
            const TrailEntry& e = *freshBySeq[seq];
            if (what.size() < 5)
                what << QStringLiteral("%1 %2 (%3)").arg(e.action, e.entity, e.member);
        }
        if (!what.isEmpty())
            throw AuditError(ErrorCode::Finalised,
                             tr("%1: the engagement is finalised here, and the package would change it: %2%3. "
                                "Nothing was imported.")
                                 .arg(name, what.join(QStringLiteral("; ")),
                                      freshChanges.size() > 5
                                          ? tr(" and %n more", nullptr, int(freshChanges.size()) - 5)
                                          : QString()));
    }

    // Apply the changes in the order the exporter made or received them. Changes of rows this side changed since
    // are decided field by field, the same on every replica, and what both changed is recorded for a person.
    // What the package's evidence wrote (blobs) is recorded by this merge too.
    // The step notes' search rows are rebuilt once per item after the changes, not once per change.
    Schema::setAsideStepSearch(db);
    std::set<Database::RowChange> touched = db.takeChanges();
    QSet<QString> items;
    QHash<QString, QString> itemMember;
    std::set<std::pair<QString, QString>> changedRows;
    // Consecutive changesets that change different rows are applied together (one apply per run instead of one per
    // action: SQLite prepares its statements once per apply); each conflict still knows the change it came from.
    std::vector<std::pair<const ChangesetSection*, const TrailEntry*>> run;
    std::map<std::pair<QString, QString>, const TrailEntry*> runRows;
    const auto applyRun = [&] {
        if (run.empty())
            return;
        QList<QByteArray> parts;
        for (const auto& [section, by] : run)
            parts << section->changeset;
        // A deletion wins over changes made since (no replica could bring the row back whole); the rest after.
        const sync::ApplyResult applied
            = sync::Changeset::apply(db, parts.size() == 1 ? parts.first() : sync::Changeset::combine(parts),
                                     [](const ChangeConflict& c) { return c.op == sync::ChangeOp::Delete; });
        for (const ChangeConflict& c : applied.conflicts) {
            const auto by = runRows.find({ c.table, Database::keyText(c.primaryKey) });
            if (by == runRows.end())
                throw AuditError(ErrorCode::Internal,
                                 tr("%1: a conflict on %2 %3 names no change of the package.")
                                     .arg(name, c.table, Database::keyText(c.primaryKey)));
            settle(db, c, *by->second);
        }
        for (const auto& [section, by] : run)
            Trail::stamp(db, section->changeset, *by);
        for (const auto& w : db.takeChanges())
            touched.insert(w);
        run.clear();
        runRows.clear();
    };
    for (const ChangesetSection& s : changesets) {
        const auto found = freshBySeq.find(s.lastSeq);
        if (found == freshBySeq.end())
            continue;
        const QList<Database::ChangedRow> rowsChanged = Database::changedRows(s.changeset);
        if (std::any_of(rowsChanged.cbegin(), rowsChanged.cend(), [&](const Database::ChangedRow& r) {
                return runRows.count({ r.table, r.key }) > 0;
            }))
            applyRun();
        for (const Database::ChangedRow& row : rowsChanged) {
            runRows.emplace(std::make_pair(row.table, row.key), found->second);
            changedRows.emplace(row.table, row.key);
        }
        run.emplace_back(&s, found->second);
    }
    applyRun();
    {
        QList<qint64> steps;
        for (const auto& [table, key] : changedRows)
            if (table == u"procedure_step")
                steps << qint64(QJsonDocument::fromJson(key.toUtf8()).array().at(0).toDouble());
        Schema::rebuildStepSearch(db, steps);
    }
    // This side's record of the merge does not travel as a change of its own: the rows above carry it.
    db.restartCapture();

    // The new rows join their chains; the changes they made are kept to pass on to other replicas. They reach this
    // file in the order their changes were applied (the exporter's, which respects what each change was made after),
    // each chain's rows in their own order, so that a package made from this file applies in that order too.
    std::vector<const TrailEntry*> ordered;
    {
        std::map<int, std::vector<const TrailEntry*>> pending;
        for (const TrailEntry& e : fresh)
            pending[Database::replicaOf(e.seq)].push_back(&e);
        std::map<int, size_t> next;
        const auto emitUpTo = [&](int chain, qint64 seq) {
            const auto& list = pending[chain];
            size_t& i = next[chain];
            while (i < list.size() && list[i]->seq <= seq)
                ordered.push_back(list[i++]);
        };
        for (const ChangesetSection& s : changesets)
            if (freshBySeq.count(s.lastSeq))
                emitUpTo(Database::replicaOf(s.lastSeq), s.lastSeq);
        for (const auto& [chain, list] : pending)
            emitUpTo(chain, std::numeric_limits<qint64>::max());
    }
    for (const TrailEntry* e : ordered) {
        Trail::store(db, *e);
        const auto change = freshChanges.find(e->seq);
        if (change != freshChanges.end())
            Trail::storeChange(db, e->seq, change->second);
        count(result.byMember[e->member], e->action);
        if (const QString item = Trail::itemOfEntity(e->entity); !item.isEmpty()) {
            items.insert(item);
            itemMember[item] = e->member;
        }
        // Rows named by another replica's action are recorded again, as they are here, by this merge.
        if (e->action != u"sync.import")
            for (const QJsonValue& v : QJsonDocument::fromJson(e->state.toUtf8()).array()) {
                const QJsonArray r = v.toArray();
                const QString table = r.at(0).toString();
                if (RowState::travels(table.toUtf8().constData()))
                    touched.insert({ table, qint64(r.at(1).toDouble()) });
            }
        if (e->action == u"sync.resolve") {
            // A resolution that set nothing here (the row already held its choice) still decides the conflict.
            const QJsonObject after = QJsonDocument::fromJson(e->after.toUtf8()).object();
            QString table = after.value(QStringLiteral("table")).toString();
            QString key = after.value(QStringLiteral("key")).toString();
            if (table.isEmpty()) // a resolution recorded before it named its row
                if (const auto c = conflictById(db, after.value(QStringLiteral("conflict")).toString())) {
                    table = c->table;
                    key = c->rowKey;
                }
            if (!table.isEmpty())
                changedRows.emplace(table, key);
        }
    }
    // Who must look at what: derived from the history held now, the same on every replica that holds it.
    result.conflicts = ConflictBook(wb).refresh(changedRows);
    result.actions = int(fresh.size());
    result.evidenceFiles = sink.files;
    result.evidenceBytes = sink.bytes;
    {
        const QList<ReplicaRecord> known = wb.replicaRecords();
        const auto from = std::find_if(known.cbegin(), known.cend(),
                                       [&](const ReplicaRecord& r) { return r.uid == header.replicaId; });
        if (from == known.cend())
            throw AuditError(ErrorCode::Integrity,
                             tr("%1: the package comes from replica %2, which this engagement does not know. Nothing "
                                "was imported.")
                                 .arg(name, header.replicaId));
        result.fromReplica = from->number;
    }
    if (!result.byMember.isEmpty() && sink.bytes > 0)
        result.byMember[header.member].evidenceBytes = sink.bytes;

    // Only other replicas' records of their merges came in: kept, but nothing here changed to record (recording
    // it would send a merge back and forth for ever).
    const bool onlyMerges
        = std::all_of(fresh.cbegin(), fresh.cend(), [](const TrailEntry& e) { return e.action == u"sync.import"; });
    if (onlyMerges) {
        tx.commit();
        return result;
    }
    for (const auto& t : touched)
        db.noteChange(t.first, t.second, true);
    QJsonObject after { { QStringLiteral("package"), QString::fromLatin1(summary.digest.toHex()) },
                        { QStringLiteral("from"), header.member },
                        { QStringLiteral("replica"), result.fromReplica },
                        { QStringLiteral("actions"), result.actions },
                        { QStringLiteral("heads"), headsJson(db) } };
    // The merge row records the rows as they are; it wrote none of them (their last writers stay as stamped).
    db.setCapture(nullptr);
    wb.record(QStringLiteral("sync.import"), QStringLiteral("replica/%1").arg(result.fromReplica), {}, compact(after));
    db.setCapture(&RowState::travels);

    // Sign-offs whose content the merge changed are void — an ordinary change of this replica, which travels.
    QStringList sortedItems = items.values();
    std::sort(sortedItems.begin(), sortedItems.end());
    for (const QString& item : sortedItems)
        result.signOffsVoided += Review::invalidateSignOffs(
            wb, item, TextCode::make("signoff.void.merged", { { QStringLiteral("member"), itemMember.value(item) } }));

    db.prepare("INSERT INTO sync_exchange(replica, direction, at, file, digest, actions) VALUES (?, 'import', ?, ?, "
               "?, ?) ON CONFLICT(replica, direction) DO UPDATE SET at = excluded.at, file = excluded.file, "
               "digest = excluded.digest, actions = excluded.actions")
        .bind(1, qint64(result.fromReplica))
        .bind(2, Clock::nowIso())
        .bind(3, QFileInfo(path).absoluteFilePath())
        .bind(4, QString::fromLatin1(summary.digest.toHex()))
        .bind(5, qint64(result.actions))
        .run();
    Q_UNUSED(me);
    tx.commit();
    // Durable in the WAL now; copying the evidence into the workbook file is done here rather than by a later save.
    if (sink.bytes > 0 && !bulk.writesOnce())
        EvidenceVault::checkpoint(wb);
    result.conflicts.removeDuplicates();
    wb.notifyChanged(QStringLiteral("sync"));
    return result;
}

QList<SyncConflict> Replication::conflicts(Workbook& wb, bool openOnly)
{
    QList<SyncConflict> out;
    if (wb.formatVersion() < 8)
        return out;
    Query q = wb.db().prepare(
        QString::fromLatin1(kConflictColumns)
        + (openOnly ? QStringLiteral("WHERE status = 'open' ORDER BY id") : QStringLiteral("ORDER BY status, id")));
    while (q.step())
        out << conflictFrom(q);
    return out;
}

SyncConflict Replication::resolve(Workbook& wb, const QString& id, ConflictTake take, int replica,
                                  const QJsonObject& values)
{
    wb.requireWritable();
    Database& db = wb.db();
    const TeamMember me = wb.actingMember();
    if (me.role != Role::Lead && me.role != Role::Reviewer)
        throw AuditError(ErrorCode::Forbidden,
                         tr("%1 is not a reviewer or the engagement lead: conflicts between replicas are decided by "
                            "a reviewer or the lead.")
                             .arg(me.name));
    const auto found = conflictById(db, id);
    if (!found)
        throw AuditError(ErrorCode::NotFound,
                         tr("conflict %1: no such conflict (see ismapctl sync conflicts).").arg(id));
    if (!found->open)
        throw AuditError(ErrorCode::InvalidInput,
                         tr("conflict %1 was resolved by %2 at %3.").arg(id, found->resolvedBy, found->resolvedAt));
    const SyncConflict& c = *found;
    std::optional<ConflictVersion> chosen;
    auto versionOf = [&](int r) -> std::optional<ConflictVersion> {
        for (const ConflictVersion& v : c.versions)
            if (v.replica == r)
                return v;
        return std::nullopt;
    };
    switch (take) {
    case ConflictTake::Mine:
        chosen = versionOf(wb.replicaNumber());
        if (!chosen)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("conflict %1: this replica (%2) made none of its versions; take a replica's version "
                                "by number or give the values.")
                                 .arg(id)
                                 .arg(wb.replicaNumber()));
        break;
    case ConflictTake::Theirs: {
        QList<ConflictVersion> others;
        for (const ConflictVersion& v : c.versions)
            if (v.replica != wb.replicaNumber())
                others << v;
        if (others.size() != 1)
            throw AuditError(
                ErrorCode::InvalidInput,
                tr("conflict %1 has %n other version(s); take one by its replica number.", nullptr, int(others.size()))
                    .arg(id));
        chosen = others.first();
        break;
    }
    case ConflictTake::Replica:
        chosen = versionOf(replica);
        if (!chosen)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("conflict %1 has no version of replica %2.").arg(id).arg(replica));
        break;
    case ConflictTake::Values:
        chosen = ConflictVersion { wb.replicaNumber(), me.name, {}, values, false };
        break;
    }
    QVariantList key;
    for (const QJsonValue& k : QJsonDocument::fromJson(c.rowKey.toUtf8()).array())
        key << k.toVariant();
    QStringList keyColumns;
    const QStringList columns = columnNames(db, c.table, &keyColumns);
    QStringList where;
    for (const QString& k : keyColumns)
        where << QStringLiteral("\"%1\" = ?").arg(k);
    Transaction tx(db);
    Query exists = db.prepare(QStringLiteral("SELECT 1 FROM \"%1\" WHERE %2").arg(c.table, where.join(u" AND ")));
    for (int i = 0; i < key.size(); ++i)
        exists.bind(i + 1, key.at(i));
    const bool present = exists.step();
    exists.reset();
    if (chosen->deleted) {
        if (present) {
            Query del = db.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE %2").arg(c.table, where.join(u" AND ")));
            for (int i = 0; i < key.size(); ++i)
                del.bind(i + 1, key.at(i));
            del.run();
        }
    } else {
        if (!present)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("conflict %1: %2 was deleted here, so a changed version cannot be taken; record the "
                                "work again, then resolve the conflict by taking the deletion.")
                                 .arg(id, c.label));
        QList<QPair<QString, QVariant>> fields;
        for (auto it = chosen->values.begin(); it != chosen->values.end(); ++it) {
            if (!columns.contains(it.key()) || keyColumns.contains(it.key()))
                throw AuditError(ErrorCode::InvalidInput,
                                 tr("conflict %1: %2 has no field \"%3\" that can be set.").arg(id, c.table, it.key()));
            if (it.value().isObject())
                continue; // a BLOB shown by its hash: kept as it is
            fields << qMakePair(it.key(), it.value().isNull() ? QVariant::fromValue(nullptr) : it.value().toVariant());
        }
        setFields(db, c.table, key, fields);
    }
    const QJsonObject resolution { { QStringLiteral("conflict"), id },
                                   { QStringLiteral("table"), c.table },
                                   { QStringLiteral("key"), c.rowKey },
                                   { QStringLiteral("take"),
                                     chosen->deleted ? QStringLiteral("deletion") : QStringLiteral("values") },
                                   { QStringLiteral("replica"), chosen->replica },
                                   { QStringLiteral("values"), chosen->values } };
    wb.record(QStringLiteral("sync.resolve"),
              c.itemId.isEmpty() ? QStringLiteral("conflict/%1").arg(id)
                                 : QStringLiteral("item/%1/conflict/%2").arg(c.itemId, id),
              {}, compact(resolution));
    if (!c.itemId.isEmpty())
        Review::invalidateSignOffs(wb, c.itemId,
                                   TextCode::make("signoff.void.merged", { { QStringLiteral("member"), me.name } }));
    ConflictBook(wb).refresh({ { c.table, c.rowKey } });
    tx.commit();
    if (!c.itemId.isEmpty())
        wb.notifyItemChanged(c.itemId, QStringLiteral("item/%1/conflict/%2").arg(c.itemId, id));
    wb.notifyChanged(QStringLiteral("sync"));
    return *conflictById(db, id);
}

QString Replication::folderFileName(Workbook& wb)
{
    return QStringLiteral("replica-%1-%2.ismapsync").arg(wb.replicaNumber()).arg(wb.replicaUid().left(8));
}

FolderSyncResult Replication::syncFolder(Workbook& wb, const QString& dir)
{
    // A finalised engagement takes nothing in; its final state goes out with `sync export`.
    wb.requireWritable();
    requireReplicated(wb);
    const QDir folder(dir);
    if (!folder.exists())
        throw AuditError(ErrorCode::NotFound, tr("%1: the folder does not exist.").arg(dir));
    FolderSyncResult result;
    const QString own = folderFileName(wb);
    // The others' packages first, so this replica's package carries what it merged.
    const QStringList files = folder.entryList({ QStringLiteral("*.ismapsync") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (file == own)
            continue;
        try {
            result.imported << importPackage(wb, folder.filePath(file));
        } catch (const AuditError& e) {
            result.refused << QStringLiteral("%1: %2").arg(file, e.message());
        }
    }
    result.exported = folder.filePath(own);
    result.exportResult = exportPackage(wb, result.exported);
    return result;
}

} // namespace ismap
