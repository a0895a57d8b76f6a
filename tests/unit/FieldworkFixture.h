#pragma once
// Shared set-up for the fieldwork tests: a workbook with the demo team, a statement over the skeleton, steps.

#include "TestSupport.h"
#include "fieldwork/Procedures.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QSet>

namespace ismap::test {

/// Puts every objective and detailed control in scope except @p outOfScope (with a reason); @p frequencies
/// gives some items a frequency key and population.
inline void writeStatement(Workbook& wb, const QSet<QString>& outOfScope = {},
                           const QHash<QString, QPair<QString, qint64>>& frequencies = {})
{
    QList<StatementEntry> entries;
    Query q = wb.db().prepare("SELECT id FROM catalog_item WHERE level IN ('objective', 'detailed') ORDER BY sort_key");
    while (q.step()) {
        StatementEntry e;
        e.itemId = q.text(0);
        e.applicability = outOfScope.contains(e.itemId) ? Applicability::OutOfScope : Applicability::InScope;
        if (e.applicability == Applicability::OutOfScope)
            e.reason = QStringLiteral("not used by the service");
        e.description = QStringLiteral("統制の記述 %1").arg(e.itemId);
        const auto f = frequencies.constFind(e.itemId);
        if (f != frequencies.constEnd()) {
            e.frequency = f->first;
            e.population = f->second;
        }
        entries << e;
    }
    Transaction tx(wb.db());
    StatementBook::write(wb, entries, QStringLiteral("statement.test"));
    tx.commit();
}

/// A workbook with the team (staff1, staff2, reviewer, lead), a statement and generated steps; actor staff1.
struct FieldworkBook : TempWorkbook
{
    explicit FieldworkBook(const QSet<QString>& outOfScope = {},
                           const QHash<QString, QPair<QString, qint64>>& frequencies = {})
    {
        addTeam();
        writeStatement(*wb, outOfScope, frequencies);
        wb->setActor(QStringLiteral("staff1"));
        Procedures::refresh(*wb);
    }
    void as(const char* member) { wb->setActor(QString::fromUtf8(member)); }
    /// Records no_exception on every active step of @p itemId.
    void completeSteps(const QString& itemId)
    {
        for (const ProcedureStep& s : Procedures::steps(*wb, itemId))
            Procedures::setResult(*wb, s.id, StepResult::NoException, QStringLiteral("ok"));
    }
};

} // namespace ismap::test
