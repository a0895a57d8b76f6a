#pragma once
// Shared set-up for the offscreen UI tests: isolated settings, captured message boxes, a workbook with a
// team and a statement, and a pseudo-translator that marks every translated string.

#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engagementview/MemberDialog.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "signing/MemberKey.h"
#include "statement/StatementBook.h"
#include "workbook/MemberKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWidget>

namespace ismap::test {

/// Wraps every translated string in ⟦…⟧, so a test can see which visible strings went through tr().
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        QString s = QString::fromUtf8(source);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        return u"⟦" + s + u"⟧";
    }
};

/// Saves a picture of @p w as @p name in $ISMAP_SCREENSHOT_DIR when set (docs/make-screenshots.sh sets it), so a
/// person can look at the dialog; does nothing otherwise.
inline void saveScreenshot(QWidget& w, const QString& name)
{
    const QString folder = qEnvironmentVariable("ISMAP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    w.show();
    QCoreApplication::processEvents();
    w.grab().save(QDir(folder).filePath(name));
}

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ismap-workbench-tests"));
    // Each test program its own settings file: the UI tests run in parallel (ctest -j) and clear their settings.
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QSettings().clear();
}

/// Switches who is working in @p wb as a window would: the member's key unlocked for the session.
inline void actAs(Workbook& wb, const QString& member)
{
    wb.setActor(member);
    ui::MemberDialog::unlockKey(nullptr, wb, member);
}

/// The passphrase of the team's keys in the UI tests (given through MemberDialog's test seam).
constexpr const char* kUiPassphrase = "ui-test-passphrase";

/// Gives every member of @p wb's team a key on "their machine" (one key folder for the test program), unlocked for
/// the session with kUiPassphrase, and has @p lead register each public key; the actor is @p lead afterwards.
inline void giveKeys(Workbook& wb, const QString& lead)
{
    static QTemporaryDir keyDir;
    qputenv("ISMAP_KEY_DIR", keyDir.path().toUtf8());
    ui::MemberDialog::setPassphraseAnswer(kUiPassphrase);
    for (const TeamMember& m : wb.team()) {
        if (!MemberKeyFiles::exists(m.name))
            MemberKeyFiles::create(m.name, kUiPassphrase);
        wb.addUnlockedKey(m.name, MemberKeyFiles::unlock(m.name, kUiPassphrase));
    }
    wb.setActor(lead);
    for (const TeamMember& m : wb.team())
        if (!MemberKeys::activeKey(wb, m.name))
            MemberKeys::registerKey(wb, m.name, wb.unlockedKey(m.name).publicPem(), QStringLiteral("test"));
}

/// A workbook with the demo team and a small statement: 5.1.1, 5.1.2 and 10.1.1 in scope, 11.1.1 out.
inline std::unique_ptr<TempWorkbook> makeWorkbook()
{
    auto t = std::make_unique<TempWorkbook>();
    {
        Transaction tx(t->wb->db());
        t->wb->addMember(QStringLiteral("staff1"), Role::Staff);
        t->wb->addMember(QStringLiteral("staff2"), Role::Staff);
        t->wb->addMember(QStringLiteral("reviewer"), Role::Reviewer);
        t->wb->addMember(QStringLiteral("lead"), Role::Lead);
        tx.commit();
    }
    // Each member's key on "their machine", registered in every workbook the test makes and unlocked by the window
    // with kUiPassphrase (MemberDialog's test seam).
    giveKeys(*t->wb, QStringLiteral("lead"));
    t->wb->setActor(QStringLiteral("lead"));
    QList<StatementEntry> entries;
    auto add = [&](const char* id, Applicability a, const QString& text) {
        StatementEntry e;
        e.itemId = QString::fromLatin1(id);
        e.applicability = a;
        e.description = text;
        if (a == Applicability::OutOfScope)
            e.reason = QStringLiteral("対象外の理由");
        entries << e;
    };
    add("5.1.1", Applicability::InScope, QStringLiteral("情報セキュリティ方針を年次で見直す。"));
    add("5.1.2", Applicability::InScope, QStringLiteral("方針を半期ごとに見直す。"));
    add("10.1.1", Applicability::InScope, QStringLiteral("暗号化の方針を定める。"));
    add("11.1.1", Applicability::OutOfScope, {});
    Transaction tx(t->wb->db());
    StatementBook::write(*t->wb, entries, QStringLiteral("statement.import"));
    tx.commit();
    return t;
}

/// A workbook whose issuance check is clean (every item decided: 5.1.1 in scope, the rest out of scope; its steps
/// done, prepared by staff1, reviewed by reviewer; the engagement signed off by the lead and the quality reviewer qr)
/// and finalised by the lead, who is acting: a report signed with the
/// firm's certificate is final and is recorded in it.
inline std::unique_ptr<TempWorkbook> makeCleanFinalisedWorkbook()
{
    auto t = std::make_unique<TempWorkbook>();
    t->addTeam();
    {
        Transaction tx(t->wb->db());
        t->wb->addMember(QStringLiteral("qr"), Role::QualityReviewer);
        tx.commit();
    }
    test::giveKeys(*t->wb);
    QList<StatementEntry> entries;
    for (const CatalogItem& c : Catalog::items(*t->wb)) {
        if (!c.isStatementItem())
            continue;
        StatementEntry e;
        e.itemId = c.id;
        e.applicability = c.id == u"5.1.1" ? Applicability::InScope : Applicability::OutOfScope;
        e.description = QStringLiteral("情報セキュリティ方針を年次で見直す。");
        e.reason = e.applicability == Applicability::OutOfScope ? QStringLiteral("対象外の理由") : QString();
        entries << e;
    }
    {
        Transaction tx(t->wb->db());
        StatementBook::write(*t->wb, entries, QStringLiteral("statement.import"));
        tx.commit();
    }
    t->wb->setActor(QStringLiteral("staff1"));
    Procedures::refresh(*t->wb);
    for (const ProcedureStep& s : Procedures::steps(*t->wb, QStringLiteral("5.1.1")))
        Procedures::setResult(*t->wb, s.id, StepResult::NoException, QStringLiteral("閲覧済み"));
    Review::signOff(*t->wb, QStringLiteral("5.1.1"), SignOffRole::Preparer);
    t->wb->setActor(QStringLiteral("reviewer"));
    Review::signOff(*t->wb, QStringLiteral("5.1.1"), SignOffRole::Reviewer);
    t->wb->setActor(QStringLiteral("lead"));
    Review::signOffEngagement(*t->wb);
    t->wb->setActor(QStringLiteral("qr"));
    Review::signOffEngagement(*t->wb);
    t->wb->setActor(QStringLiteral("lead"));
    Review::finalise(*t->wb);
    return t;
}

/// After a final report: the lead reopens the engagement with a reason and finalises it again, so that another final
/// report may be issued (a reissue).
inline void reopenForReissue(Workbook& wb)
{
    wb.setActor(QStringLiteral("lead"));
    Review::unlock(wb, QStringLiteral("another signed copy for the test"));
    Review::finalise(wb);
}

} // namespace ismap::test
