#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ismap {

/// The three parts of the ISMAP control criteria.
enum class CriteriaPart { Governance, Management, Controls };
QString partKey(CriteriaPart part);
QString partDisplayName(const QString& partKey);

/**
 * One node of the criteria catalog: a domain, a category, a control objective (統制目標) or a
 * detailed control (詳細管理策). IDs keep their suffix (.P cloud, .B baseline, .PB both); `number` is the
 * ID without it. Nothing assumes a fixed depth: parent is the longest existing numeric prefix.
 */
struct CatalogItem
{
    QString id;
    QString number;
    QString revision;
    QString part; ///< "governance", "management" or "controls"
    QString parent;
    QString level; ///< "domain", "category", "objective" or "detailed"
    int depth = 0;
    QString suffix; ///< "", "P", "B" or "PB"
    bool mandatory = false;
    QString basis;
    QString titleJa;
    QString titleEn;
    QString textJa;
    QString textEn;
    QString retiredIn;
    QString
        sortKey; ///< the stored catalog order (ItemId::sortKey at install); empty for an item not read from a workbook

    /// Title in the language asked for, falling back to the other one.
    QString title(const QString& lang) const;
    bool isStatementItem() const { return level == u"objective" || level == u"detailed"; }
};

/** Rules for criteria IDs: normalisation of what people type or export, suffixes, ordering. */
class ItemId
{
    Q_DECLARE_TR_FUNCTIONS(ItemId)
public:
    /// NFKC (full-width digits, letters and dots), spaces removed, 。/．/・ read as dots, suffix upper-cased.
    static QString normalize(const QString& raw);
    /// Splits "6.3.1.1.PB" into number "6.3.1.1" and suffix "PB". Returns false if it is not an ID.
    static bool split(const QString& id, QString* number, QString* suffix);
    /// Numbers padded so that text order is natural order (5.1.1.10 after 5.1.1.9).
    static QString sortKey(const QString& number, const QString& suffix = {});
    static int depth(const QString& number) { return int(number.count(u'.')) + 1; }
    /// The part an ID belongs to in the 2022 numbering (3 governance, 4 management, 5+ controls).
    static QString defaultPart(const QString& number);
    /// Level from depth in the 2022 structure.
    static QString defaultLevel(const QString& part, int depth);
    /// Mandatory in the statement: every governance/management item, every objective, .B/.PB.
    static bool isMandatory(const QString& part, const QString& level, const QString& suffix);
};

} // namespace ismap
