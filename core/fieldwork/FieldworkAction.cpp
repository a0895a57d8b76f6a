#include "fieldwork/FieldworkAction.h"

#include <QJsonDocument>

namespace ismap {

FieldworkAction::FieldworkAction(Workbook& wb)
    : m_wb(wb)
{
    wb.requireWritable();
    m_tx = std::make_unique<Transaction>(wb.db());
    // Again under the write lock: another process may have finalised the engagement meanwhile.
    wb.requireWritable();
    m_member = wb.actingMember();
}

void FieldworkAction::requireRole(std::initializer_list<Role> roles, const QString& what) const
{
    for (Role r : roles)
        if (r == m_member.role)
            return;
    QStringList allowed;
    for (Role r : roles)
        allowed << roleDisplayName(r);
    throw AuditError(ErrorCode::Forbidden,
                     tr("%1 (%2) may not %3: only %4 may.")
                         .arg(m_member.name, roleDisplayName(m_member.role), what, allowed.join(tr(" or "))));
}

void FieldworkAction::commit()
{
    m_tx->commit();
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace ismap
