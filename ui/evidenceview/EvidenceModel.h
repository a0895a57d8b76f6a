#pragma once

#include "evidence/EvidenceVault.h"

#include <QAbstractTableModel>
#include <QList>

namespace ismap::ui {

/**
 * The evidence linked to one item as a table: reference (E-0001), name, type, source, date obtained,
 * size and SHA-256. Read-only; setRecords() replaces the rows (the panel reads them through the vault).
 */
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColRef, ColName, ColType, ColSource, ColObtained, ColSize, ColSha256, ColumnCount };
    enum Role { RefRole = Qt::UserRole + 1, SortRole };

    explicit EvidenceModel(QObject* parent = nullptr);

    void setRecords(const QList<EvidenceRecord>& records);
    const QList<EvidenceRecord>& records() const { return m_records; }
    const EvidenceRecord* record(const QModelIndex& index) const;
    /// The row of @p ref, or an invalid index.
    QModelIndex indexOf(const QString& ref) const;

    /// A byte count for people: "512 bytes", "1.5 MiB" …
    static QString sizeText(qint64 bytes);
    /// A MIME type in words where we know one ("PDF document"), else the MIME type itself.
    static QString typeText(const QString& mime);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-emits the header after a language change.
    void retranslate();

private:
    QList<EvidenceRecord> m_records;
};

} // namespace ismap::ui
