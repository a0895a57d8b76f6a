#pragma once

#include "fieldwork/Sampling.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ismap::ui {

/**
 * The drawn items of one sample set as a table: draw order, population position, label, result,
 * attributes, notes, and the finding a failing item (a deviation) raised. Read-only: results are
 * recorded through SetSampleResultCommand and the model is reloaded from the engine.
 */
class SampleItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColSeq, ColIndex, ColLabel, ColResult, ColAttributes, ColNotes, ColFinding, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, DeviationRole, SampleItemIdRole };

    using QAbstractTableModel::QAbstractTableModel;
    /// Shows @p set; @p findingRefs maps a sample item id to the ref of the finding it raised.
    void setSampleSet(const std::optional<SampleSet>& set, const QHash<qint64, QString>& findingRefs);
    const std::optional<SampleSet>& sampleSet() const { return m_set; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "name=value; name=value" of an item's attributes (the form the attributes field takes).
    static QString attributesText(const QJsonObject& attributes);
    /// Reads "name=value; …"; a part without "=" is a name with the value "yes".
    static QJsonObject parseAttributes(const QString& text);

private:
    std::optional<SampleSet> m_set;
    QHash<qint64, QString> m_findingRefs;
};

} // namespace ismap::ui
