#pragma once

#include "catalog/CatalogItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace ismap {

class Workbook;

/** What installing a catalog revision into a workbook changed. */
struct CatalogInstallResult
{
    QString revision;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    /// Items of the earlier revision that the new one no longer has; their work is kept.
    QStringList disappeared;
    /// The subset of `disappeared` that carries statement entries or fieldwork; filled by CatalogIntake
    /// (engagement/), which asks the modules that own that work.
    QStringList disappearedWithWork;
};

/**
 * The criteria catalog of a workbook: the built-in 2022 skeleton (IDs and the project's own short
 * titles, shipped as data in resources/catalog) or an imported official catalog, versioned by revision.
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
public:
    static constexpr const char* kBuiltinRevision = "2022-04-01";

    /// The built-in skeleton of the 2022 revision (all publicly numbered IDs, with structure).
    static QList<CatalogItem> builtinSkeleton();
    /// Parses a catalog in the skeleton's CSV form (id,part,level,suffix,basis,title_ja,title_en).
    static QList<CatalogItem> parseSkeleton(const QByteArray& csv, const QString& revision, const QString& source);
    /// Fills in number, suffix, depth, parent, sort order, level and mandatory flag where empty,
    /// and checks the set is a consistent tree. Throws InvalidInput naming the first bad ID.
    static void complete(QList<CatalogItem>& items, const QString& source);

    /// Installs @p items as revision @p revision (inside the caller's transaction): adds and updates items,
    /// marks the ones that disappeared (never deleting work), records the revision and a trail row.
    static CatalogInstallResult install(Workbook& wb, const QList<CatalogItem>& items, const QString& revision,
                                        const QString& source);

    static QList<CatalogItem> items(Workbook& wb, bool includeRetired = false);
    static std::optional<CatalogItem> item(Workbook& wb, const QString& id);
    /// The part ("governance", "management", "controls") of every current item that is audited (objective and
    /// detailed levels), by id: the light read for counts and progress.
    static QHash<QString, QString> auditedItemParts(Workbook& wb);
    /// The catalog order of every item, retired ones included, by id: what other modules sort their rows by
    /// (the natural order of the IDs, ItemId::sortKey).
    static QHash<QString, QString> sortKeys(Workbook& wb);
    /// Finds an item by what a user or a file wrote: normalised, with or without its suffix.
    static std::optional<QString> resolve(Workbook& wb, const QString& raw);
    /// Map from every accepted spelling (id and bare number) to the canonical id, for bulk resolution.
    static QHash<QString, QString> resolver(Workbook& wb);
};

} // namespace ismap
