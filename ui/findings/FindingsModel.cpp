#include "findings/FindingsModel.h"

#include "common/Clock.h"
#include "fieldwork/Findings.h"

#include <QColor>

namespace ismap::ui {

void FindingsModel::setFindings(const QList<Finding>& findings, const QHash<qint64, QString>& sources)
{
    beginResetModel();
    m_findings = findings;
    m_sources = sources;
    endResetModel();
}

int FindingsModel::rowOf(const QString& ref) const
{
    for (int i = 0; i < m_findings.size(); ++i)
        if (m_findings.at(i).ref == ref)
            return i;
    return -1;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ColRef:
            return f.ref;
        case ColTitle:
            return f.titleText();
        case ColSeverity:
            return f.severity.isEmpty() ? tr("Not rated") : severityDisplayName(f.severity);
        case ColStatus:
            return statusDisplayName(f.status);
        case ColSource:
            return m_sources.value(f.id, tr("Raised manually"));
        case ColRaised:
            return tr("%1, %2").arg(f.raisedBy, Clock::shown(f.raisedAt));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ColStatus && f.status == u"draft")
            return QColor(0xc0, 0x30, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ColTitle && !f.condition.isEmpty())
            return f.condition;
        return {};
    case RefRole:
        return f.ref;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColRef:
        return tr("Ref");
    case ColTitle:
        return tr("Title");
    case ColSeverity:
        return tr("Severity");
    case ColStatus:
        return tr("Status");
    case ColSource:
        return tr("From");
    case ColRaised:
        return tr("Raised");
    }
    return {};
}

QString FindingsModel::statusDisplayName(const QString& key)
{
    if (key == u"draft")
        return tr("Draft");
    if (key == u"open")
        return tr("Open");
    if (key == u"agreed")
        return tr("Agreed");
    if (key == u"closed")
        return tr("Closed");
    return key;
}

QString FindingsModel::severityDisplayName(const QString& key)
{
    return Findings::severityDisplayName(key);
}

} // namespace ismap::ui
