#pragma once
// Shared set-up for the fieldwork tests: a workbook with the demo team, a statement over the skeleton, steps.

#include "TestSupport.h"
#include "fieldwork/Procedures.h"
#include "statement/StatementBook.h"
#include "trail/Trail.h"
#include "workbook/Workbook.h"

#include <QSet>
#include <QtTest>
#include <functional>

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

/// Runs @p action, which must be refused with @p code and a message containing @p text, and checks that it changed
/// nothing: the same trail length, the same file.
inline void expectRefused(FieldworkBook& t, ErrorCode code, const QString& text, const std::function<void()>& action)
{
    const QString digest = fileDigest(t.path);
    const qint64 trail = Trail::count(t.wb->db());
    try {
        action();
        QFAIL("the action should have been refused");
    } catch (const AuditError& e) {
        QCOMPARE(int(e.code()), int(code));
        QVERIFY2(e.message().contains(text), qPrintable(e.message()));
    }
    QCOMPARE(Trail::count(t.wb->db()), trail);
    QCOMPARE(fileDigest(t.path), digest);
}

} // namespace ismap::test
