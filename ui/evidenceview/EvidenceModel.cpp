#include "evidenceview/EvidenceModel.h"

#include "common/Clock.h"

#include <QLocale>

namespace ismap::ui {

EvidenceModel::EvidenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EvidenceModel::setRecords(const QList<EvidenceRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

const EvidenceRecord* EvidenceModel::record(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_records.size())
        return nullptr;
    return &m_records[index.row()];
}

QModelIndex EvidenceModel::indexOf(const QString& ref) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records[i].ref == ref)
            return index(i, 0);
    return {};
}

QString EvidenceModel::sizeText(qint64 bytes)
{
    if (bytes == 1)
        return tr("1 byte");
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString EvidenceModel::typeText(const QString& mime)
{
    if (mime == u"application/pdf")
        return tr("PDF document");
    if (mime.startsWith(u"image/"))
        return tr("Image (%1)").arg(mime.mid(6).toUpper());
    if (mime == u"text/csv")
        return tr("CSV text");
    if (mime.startsWith(u"text/"))
        return tr("Text");
    if (mime.contains(u"spreadsheet") || mime.contains(u"ms-excel"))
        return tr("Spreadsheet");
    if (mime.contains(u"wordprocessing") || mime == u"application/msword")
        return tr("Word document");
    if (mime == u"application/zip")
        return tr("ZIP archive");
    return mime;
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    const EvidenceRecord* r = record(index);
    if (!r)
        return {};
    if (role == RefRole)
        return r->ref;
    if (role == Qt::TextAlignmentRole && index.column() == ColSize)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == ColType)
            return r->mime;
        if (index.column() == ColSize)
            return tr("%1 bytes").arg(QLocale().toString(r->size));
        if (index.column() == ColSha256)
            return r->sha256;
        if (index.column() == ColName && !r->description.isEmpty())
            return r->description;
        return {};
    }
    if (role == SortRole && index.column() == ColSize)
        return r->size;
    if (role == SortRole && index.column() == ColObtained)
        return r->obtainedAt; // ISO: sorts by date

    if (role != Qt::DisplayRole && role != SortRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ColRef:
        return r->ref;
    case ColName:
        return r->name;
    case ColType:
        return typeText(r->mime);
    case ColSource:
        return r->obtainedFrom;
    case ColObtained:
        return Clock::shownDate(r->obtainedAt);
    case ColSize:
        return sizeText(r->size);
    case ColSha256:
        // The start is what people compare by eye; the tooltip and the preview carry the whole hash.
        return role == Qt::DisplayRole ? r->sha256.left(16) + u'…' : r->sha256;
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColRef:
        return tr("Ref");
    case ColName:
        return tr("Name");
    case ColType:
        return tr("Type");
    case ColSource:
        return tr("Source");
    case ColObtained:
        return tr("Obtained");
    case ColSize:
        return tr("Size");
    case ColSha256:
        return tr("SHA-256");
    default:
        return {};
    }
}

void EvidenceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
}

} // namespace ismap::ui
