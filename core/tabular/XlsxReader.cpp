#include "common/AuditError.h"
#include "tabular/Table.h"

#include <QFileInfo>

namespace ismap {

Table TableReader::readXlsx(const QString& path, const TableLimits& limits, const QString& sheet)
{
    Q_UNUSED(limits);
    Q_UNUSED(sheet);
    throw AuditError(ErrorCode::InvalidInput, tr("%1: XLSX reading is not available yet.").arg(QFileInfo(path).fileName()));
}

} // namespace ismap
