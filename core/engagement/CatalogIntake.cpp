#include "engagement/CatalogIntake.h"

#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"

#include <algorithm>

namespace ismap {

CatalogImportResult CatalogIntake::importInto(Workbook& wb, const QString& path, const CatalogImportOptions& options)
{
    CatalogImportResult r = CatalogImport::importInto(wb, path, options);
    const QStringList& gone = r.install.disappeared;
    std::copy_if(gone.cbegin(), gone.cend(), std::back_inserter(r.install.disappearedWithWork),
                 [&](const QString& itemId) { return hasRecordedWork(wb, itemId); });
    return r;
}

bool CatalogIntake::hasRecordedWork(Workbook& wb, const QString& itemId)
{
    if (StatementBook::entry(wb, itemId))
        return true;
    const QList<ProcedureStep> steps = Procedures::steps(wb, itemId, true);
    if (std::any_of(steps.cbegin(), steps.cend(), [](const ProcedureStep& s) { return s.done; }))
        return true;
    return !EvidenceVault(wb).itemsWithLinks(itemId).isEmpty() || !Findings::countByItem(wb, itemId).isEmpty()
        || !Review::notes(wb, itemId).isEmpty() || !Sampling::sets(wb, itemId).isEmpty();
}

} // namespace ismap
