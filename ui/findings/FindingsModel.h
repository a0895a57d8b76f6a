#pragma once

#include "fieldwork/Findings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ismap::ui {

/**
 * An item's findings as a table: reference, title, severity, status, the deviation it came from and who
 * raised it. Read-only; edits go through EditFindingCommand and the model is reloaded from the engine.
 */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColRef, ColSeverity, ColStatus, ColTitle, ColSource, ColRaised, ColumnCount };
    enum Role { RefRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;
    /// Shows @p findings; @p sources describes where each came from, by finding id ("step 3", "sample 1 item 2").
    void setFindings(const QList<Finding>& findings, const QHash<qint64, QString>& sources);
    const QList<Finding>& findings() const { return m_findings; }
    /// The row of @p ref, or -1.
    int rowOf(const QString& ref) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Translated names of the finding statuses (draft, open, agreed, closed) and of the usual severities.
    static QString statusDisplayName(const QString& key);
    static QString severityDisplayName(const QString& key);

private:
    QList<Finding> m_findings;
    QHash<qint64, QString> m_sources;
};

} // namespace ismap::ui
