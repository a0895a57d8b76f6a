#pragma once

#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <initializer_list>
#include <memory>

namespace ismap {

/**
 * One engine action (internal to core/fieldwork and the vault): refuses a read-only or finalised workbook,
 * identifies the acting member, and holds the action's single transaction. Construct it first in every
 * mutation; commit() last, then notify.
 */
class FieldworkAction
{
    Q_DECLARE_TR_FUNCTIONS(FieldworkAction)
public:
    explicit FieldworkAction(Workbook& wb);
    const TeamMember& member() const { return m_member; }
    /// Throws Forbidden unless the member has one of @p roles; @p what names the action ("sign off as reviewer").
    void requireRole(std::initializer_list<Role> roles, const QString& what) const;
    void commit();

private:
    Workbook& m_wb;
    std::unique_ptr<Transaction> m_tx;
    TeamMember m_member;
};

/// Compact JSON text of @p o, for trail before/after columns.
QString jsonText(const QJsonObject& o);

} // namespace ismap
