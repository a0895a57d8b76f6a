#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;

/** One piece of evidence as registered: its reference, what it is and where it came from, its content's hash. */
struct EvidenceRecord
{
    qint64 id = 0;
    QString ref; ///< E-0001 …
    QString sha256;
    qint64 size = 0;
    QString name;
    QString mime;
    QString obtainedFrom;
    QString obtainedAt;
    QString description;
    QString addedBy;
    QString addedAt;
};

/** Evidence files and bytes of one kind (image, pdf, text, spreadsheet, archive, other). */
struct EvidenceKindCount
{
    QString kind;
    int count = 0;
    qint64 bytes = 0;
};

/**
 * The `evidence` table: the register of evidence pieces (E-0001 …), each naming its content by SHA-256 and size.
 * Fieldwork owns it beside the links (`EvidenceLinks`) because its own rows name the pieces: a request lists the
 * pieces that answer it, and a sign-off's content hash covers each linked piece's reference and SHA-256. The vault
 * (evidence/, above) stores the content, decides what may be added, changed or removed, records the trail row and
 * calls these for the rows. No transaction or trail row here: the caller's action holds them.
 */
class EvidenceRecords
{
public:
    /// The piece registered as @p ref (compared as stored: upper case, no spaces).
    static std::optional<EvidenceRecord> byRef(Workbook& wb, const QString& ref);
    /// Every piece, in the order it was added.
    static QList<EvidenceRecord> all(Workbook& wb);
    /// The pieces of @p ids, in the order they were added.
    static QList<EvidenceRecord> byIds(Workbook& wb, const QList<qint64>& ids);
    /// The row id of @p ref.
    static std::optional<qint64> idOf(Workbook& wb, const QString& ref);
    /// Every piece's reference by row id.
    static QHash<qint64, QString> refsById(Workbook& wb);
    /// The first piece (by id) whose content is @p sha256.
    static std::optional<QString> firstWithContent(Workbook& wb, const QString& sha256);
    /// How many pieces name content @p sha256.
    static qint64 countWithContent(Workbook& wb, const QString& sha256);
    /// Files and bytes by kind, in key order (archive, image, other, pdf, spreadsheet, text).
    static QList<EvidenceKindCount> countByKind(Workbook& wb);

    /// Registers @p r (its id is ignored) as added by member @p memberId; returns the new row id.
    static qint64 insert(Workbook& wb, const EvidenceRecord& r, qint64 memberId);
    /// Writes @p r's name, source, date obtained and description to its row.
    static void updateDescription(Workbook& wb, const EvidenceRecord& r);
    static void remove(Workbook& wb, qint64 id);
};

} // namespace ismap
