#include "catalog/Catalog.h"

#include "common/AuditError.h"
#include "tabular/Table.h"
#include "workbook/Search.h"
#include "workbook/Workbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ismap {

QList<CatalogItem> Catalog::builtinSkeleton()
{
    QFile f(QStringLiteral(":/ismap/catalog/ismap-2022-skeleton.csv"));
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Internal, tr("the built-in criteria skeleton is missing from this build."));
    return parseSkeleton(f.readAll(), QString::fromLatin1(kBuiltinRevision), QStringLiteral("builtin"));
}

QList<CatalogItem> Catalog::parseSkeleton(const QByteArray& csv, const QString& revision, const QString& source)
{
    const Table t = TableReader::readCsv(csv, source, TableReader::Encoding::Utf8);
    const QStringList header = t.rows.value(0);
    const QStringList expected { QStringLiteral("id"),      QStringLiteral("part"),  QStringLiteral("level"),
                                 QStringLiteral("suffix"),  QStringLiteral("basis"), QStringLiteral("title_ja"),
                                 QStringLiteral("title_en") };
    if (header != expected)
        throw AuditError(ErrorCode::InvalidInput, tr("%1: unexpected header.").arg(source));
    QList<CatalogItem> items;
    for (int r = 1; r < t.rows.size(); ++r) {
        const QStringList& row = t.rows[r];
        CatalogItem it;
        it.id = ItemId::normalize(row.value(0));
        it.part = row.value(1);
        it.level = row.value(2);
        it.suffix = row.value(3);
        it.basis = row.value(4);
        it.titleJa = row.value(5);
        it.titleEn = row.value(6);
        it.revision = revision;
        items.append(it);
    }
    complete(items, source);
    return items;
}

void Catalog::complete(QList<CatalogItem>& items, const QString& source)
{
    QHash<QString, int> byNumber;
    QSet<QString> ids;
    for (int i = 0; i < items.size(); ++i) {
        CatalogItem& it = items[i];
        QString number, suffix;
        if (!ItemId::split(it.id, &number, &suffix))
            throw AuditError(ErrorCode::InvalidInput, tr("%1: \"%2\" is not a criteria ID.").arg(source, it.id));
        if (ids.contains(it.id) || byNumber.contains(number))
            throw AuditError(ErrorCode::InvalidInput, tr("%1: ID %2 appears twice.").arg(source, it.id));
        ids.insert(it.id);
        byNumber.insert(number, i);
        it.number = number;
        if (it.suffix.isEmpty())
            it.suffix = suffix;
        it.depth = ItemId::depth(number);
        if (it.part.isEmpty())
            it.part = ItemId::defaultPart(number);
        if (it.level.isEmpty())
            it.level = ItemId::defaultLevel(it.part, it.depth);
    }
    for (CatalogItem& it : items) {
        // Parent: the longest numeric prefix that is itself in the catalog (no fixed depth assumed).
        it.parent.clear();
        QString prefix = it.number;
        while (prefix.contains(u'.')) {
            prefix = prefix.section(u'.', 0, -2);
            if (byNumber.contains(prefix)) {
                it.parent = items[byNumber.value(prefix)].id;
                break;
            }
        }
        it.mandatory = ItemId::isMandatory(it.part, it.level, it.suffix);
    }
}

CatalogInstallResult Catalog::install(Workbook& wb, const QList<CatalogItem>& items, const QString& revision,
                                      const QString& source)
{
    Database& db = wb.db();
    CatalogInstallResult result;
    result.revision = revision;
    QHash<QString, CatalogItem> existing;
    for (const CatalogItem& it : Catalog::items(wb, true))
        existing.insert(it.id, it);

    Query upsert = db.prepare(
        "INSERT INTO catalog_item(id, number, revision, part, parent, level, depth, suffix, mandatory, sort_key, "
        "basis, title_ja, title_en, text_ja, text_en, retired_in) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL) "
        "ON CONFLICT(id) DO UPDATE SET number=excluded.number, revision=excluded.revision, part=excluded.part, "
        "parent=excluded.parent, level=excluded.level, depth=excluded.depth, suffix=excluded.suffix, "
        "mandatory=excluded.mandatory, sort_key=excluded.sort_key, basis=excluded.basis, title_ja=excluded.title_ja, "
        "title_en=excluded.title_en, text_ja=excluded.text_ja, text_en=excluded.text_en, retired_in=NULL");
    QSet<QString> incoming;
    for (const CatalogItem& it : items) {
        incoming.insert(it.id);
        const auto old = existing.constFind(it.id);
        if (old == existing.constEnd())
            ++result.added;
        else if (old->titleJa == it.titleJa && old->titleEn == it.titleEn && old->textJa == it.textJa
                 && old->textEn == it.textEn && old->parent == it.parent && old->level == it.level
                 && old->retiredIn.isEmpty())
            ++result.unchanged;
        else
            ++result.updated;
        upsert.bind(1, it.id)
            .bind(2, it.number)
            .bind(3, revision)
            .bind(4, it.part)
            .bindNullable(5, it.parent)
            .bind(6, it.level)
            .bind(7, it.depth)
            .bind(8, it.suffix)
            .bind(9, it.mandatory ? 1 : 0)
            .bind(10, ItemId::sortKey(it.number, it.suffix))
            .bind(11, it.basis)
            .bind(12, it.titleJa)
            .bind(13, it.titleEn)
            .bind(14, it.textJa)
            .bind(15, it.textEn);
        upsert.run();
        upsert.reset();
    }
    Query retire = db.prepare("UPDATE catalog_item SET retired_in = ? WHERE id = ?");
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (incoming.contains(it.key()) || !it->retiredIn.isEmpty())
            continue;
        result.disappeared << it.key();
        retire.bind(1, revision).bind(2, it.key()).run();
        retire.reset();
    }
    std::sort(result.disappeared.begin(), result.disappeared.end(),
              [](const QString& a, const QString& b) { return ItemId::sortKey(a) < ItemId::sortKey(b); });

    const QString before = wb.engagementField(Workbook::EngagementField::CriteriaRevision);
    wb.writeEngagementField(Workbook::EngagementField::CriteriaRevision, revision);
    wb.writeEngagementField(Workbook::EngagementField::CriteriaSource, source);
    // Keep the search index in step with the titles and texts.
    QList<Search::Entry> texts;
    Query all = db.prepare("SELECT id, id || ' ' || title_ja || ' ' || title_en || ' ' || text_ja || ' ' || text_en "
                           "FROM catalog_item");
    while (all.step())
        texts.append({ all.text(0), all.text(1) });
    Search::reindex(wb, QStringLiteral("catalog"), texts, true);
    const QJsonObject after { { QStringLiteral("revision"), revision },
                              { QStringLiteral("source"), source },
                              { QStringLiteral("added"), result.added },
                              { QStringLiteral("updated"), result.updated },
                              { QStringLiteral("disappeared"), QJsonArray::fromStringList(result.disappeared) } };
    wb.record(QStringLiteral("catalog.install"), QStringLiteral("catalog"), before,
              QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    return result;
}

namespace {

CatalogItem readItem(const Query& st)
{
    CatalogItem it;
    it.id = st.text(0);
    it.number = st.text(1);
    it.revision = st.text(2);
    it.part = st.text(3);
    it.parent = st.text(4);
    it.level = st.text(5);
    it.depth = st.integer(6);
    it.suffix = st.text(7);
    it.mandatory = st.int64(8) != 0;
    it.basis = st.text(9);
    it.titleJa = st.text(10);
    it.titleEn = st.text(11);
    it.textJa = st.text(12);
    it.textEn = st.text(13);
    it.retiredIn = st.text(14);
    it.sortKey = st.text(15);
    return it;
}

constexpr const char* kItemColumns
    = "SELECT id, number, revision, part, parent, level, depth, suffix, mandatory, "
      "basis, title_ja, title_en, text_ja, text_en, retired_in, sort_key FROM catalog_item ";

} // namespace

QList<CatalogItem> Catalog::items(Workbook& wb, bool includeRetired)
{
    QList<CatalogItem> out;
    Query st = wb.db().prepare(QString::fromLatin1(kItemColumns)
                               + (includeRetired ? QString() : QStringLiteral("WHERE retired_in IS NULL "))
                               + QStringLiteral("ORDER BY sort_key"));
    while (st.step())
        out.append(readItem(st));
    return out;
}

QHash<QString, QString> Catalog::auditedItemParts(Workbook& wb)
{
    QHash<QString, QString> out;
    Query q = wb.db().prepare(
        "SELECT id, part FROM catalog_item WHERE retired_in IS NULL AND level IN ('objective', 'detailed')");
    while (q.step())
        out.insert(q.text(0), q.text(1));
    return out;
}

QHash<QString, QString> Catalog::sortKeys(Workbook& wb)
{
    QHash<QString, QString> out;
    Query q = wb.db().prepare("SELECT id, sort_key FROM catalog_item");
    while (q.step())
        out.insert(q.text(0), q.text(1));
    return out;
}

std::optional<CatalogItem> Catalog::item(Workbook& wb, const QString& id)
{
    Query st = wb.db().prepare(QString::fromLatin1(kItemColumns) + QStringLiteral("WHERE id = ?"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readItem(st);
}

QHash<QString, QString> Catalog::resolver(Workbook& wb)
{
    QHash<QString, QString> map;
    Query st = wb.db().prepare("SELECT id, number FROM catalog_item WHERE retired_in IS NULL");
    while (st.step()) {
        map.insert(st.text(0), st.text(0));
        map.insert(st.text(1), st.text(0));
    }
    return map;
}

std::optional<QString> Catalog::resolve(Workbook& wb, const QString& raw)
{
    const QString id = ItemId::normalize(raw);
    Query st = wb.db().prepare("SELECT id FROM catalog_item WHERE (id = ?1 OR number = ?1) AND retired_in IS NULL");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

} // namespace ismap
