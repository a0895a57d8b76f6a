#include "sampling/SampleItemsModel.h"

#include <QColor>
#include <QJsonValue>

namespace ismap::ui {

void SampleItemsModel::setSampleSet(const std::optional<SampleSet>& set, const QHash<qint64, QString>& findingRefs)
{
    beginResetModel();
    m_set = set;
    m_findingRefs = findingRefs;
    endResetModel();
}

int SampleItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_set ? 0 : int(m_set->items.size());
}

int SampleItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_set)
        return {};
    const SampleItem& i = m_set->items.at(index.row());
    const bool deviation = i.result == SampleResult::Fail;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ColSeq:
            return i.seq;
        case ColIndex:
            return i.populationIndex;
        case ColLabel:
            return i.label;
        case ColResult:
            if (!i.result)
                return tr("Pending");
            return deviation ? tr("Fail — deviation") : FieldworkText::displayName(*i.result);
        case ColAttributes:
            return attributesText(i.attributes);
        case ColNotes:
            return i.notes;
        case ColFinding:
            if (const QString ref = m_findingRefs.value(i.id); !ref.isEmpty())
                return ref;
            return deviation ? tr("No finding yet") : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (deviation && (index.column() == ColResult || index.column() == ColFinding))
            return QColor(0xc0, 0x30, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ColIndex)
            return tr("Position %1 in the population list of %2").arg(i.populationIndex).arg(m_set->population);
        if (deviation)
            return tr("A failing item is a deviation; the engine raised a draft finding for it.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ColSeq || index.column() == ColIndex)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return i.seq;
    case DeviationRole:
        return deviation;
    case SampleItemIdRole:
        return i.id;
    }
    return {};
}

QVariant SampleItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColSeq:
        return tr("#");
    case ColIndex:
        return tr("Population #");
    case ColLabel:
        return tr("Label");
    case ColResult:
        return tr("Result");
    case ColAttributes:
        return tr("Attributes");
    case ColNotes:
        return tr("Notes");
    case ColFinding:
        return tr("Finding");
    }
    return {};
}

QString SampleItemsModel::attributesText(const QJsonObject& attributes)
{
    QStringList parts;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
            : v.isDouble()               ? QString::number(v.toDouble())
                                         : v.toString();
        parts << it.key() + u'=' + value;
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject SampleItemsModel::parseAttributes(const QString& text)
{
    QJsonObject out;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const int eq = int(part.indexOf(u'='));
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        if (name.isEmpty())
            continue;
        out.insert(name, eq < 0 ? QStringLiteral("yes") : part.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace ismap::ui
