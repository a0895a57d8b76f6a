#pragma once

#include "catalog/CatalogImport.h"

namespace ismap {

class Workbook;

/**
 * Installing an official catalog (管理基準) as one user action, and telling which items the new revision no longer
 * has although work was recorded on them (a statement entry, a done step, evidence, a finding, a review note or a
 * sample): the catalog module installs; the statement, fieldwork and evidence modules say what they hold.
 */
class CatalogIntake
{
public:
    /// CatalogImport::importInto(), then `install.disappearedWithWork` from the modules that own the work.
    static CatalogImportResult importInto(Workbook& wb, const QString& path, const CatalogImportOptions& options = {});
    /// Whether any module holds work on @p itemId.
    static bool hasRecordedWork(Workbook& wb, const QString& itemId);
};

} // namespace ismap
