// Texts the engine stores for people are codes with parameters, rendered in the reader's language; workbooks of
// format 4, which stored them translated, migrate to codes and read in either language.
#include "FieldworkFixture.h"
#include "common/Language.h"
#include "common/TextCode.h"
#include "engagement/Verifier.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Review.h"
#include "workbook/Schema.h"

#include <QFile>
#include <QJsonObject>
#include <QtTest>

using namespace ismap;

namespace {

QString firstOtherItem(Workbook& wb, const QString& not_)
{
    Query q = wb.db().prepare("SELECT item_id FROM procedure_step WHERE item_id <> ? AND retired = 0 "
                              "ORDER BY item_id LIMIT 1");
    q.bind(1, not_);
    return q.step() ? q.text(0) : QString();
}

} // namespace

class TestTextCode : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void rendersEachCodeInBothLanguages_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ja");
        auto row = [](const char* code, const QJsonObject& args, const QString& en, const QString& ja) {
            QTest::newRow(code) << QString::fromLatin1(code) << args << en << ja;
        };
        row("finding.title.step_deviation", { { u"step"_qs, 2 } }, u"Deviation in step 2"_qs,
            u"ステップ 2 での逸脱"_qs);
        row("finding.title.sample_failed", { { u"set"_qs, 73 }, { u"item"_qs, 1 }, { u"index"_qs, 2 } },
            u"Sample 73 item 1 (population #2) failed"_qs, u"サンプル 73 の項目 1（母集団 #2）で逸脱"_qs);
        row("signoff.void.steps_changed", {}, u"the item's procedure steps changed"_qs, u"項目の手続ステップの変更"_qs);
        row("signoff.void.step_changed", { { u"step"_qs, 1 } }, u"step 1 was changed"_qs, u"ステップ 1 の変更"_qs);
        row("signoff.void.sample_drawn", {}, u"a sample was drawn"_qs, u"サンプルの抽出"_qs);
        row("signoff.void.sample_discarded", {}, u"a sample was discarded"_qs, u"サンプルが破棄されました"_qs);
        row("signoff.void.sample_result_recorded", {}, u"a sample result was recorded"_qs, u"サンプル結果の記録"_qs);
        row("signoff.void.sample_result_changed", {}, u"a sample result was changed"_qs, u"サンプル結果の変更"_qs);
        row("signoff.void.evidence_linked", { { u"ref"_qs, u"E-0007"_qs } }, u"evidence E-0007 was linked"_qs,
            u"証跡 E-0007 が紐付けられました"_qs);
        row("signoff.void.evidence_unlinked", { { u"ref"_qs, u"E-0007"_qs } }, u"evidence E-0007 was unlinked"_qs,
            u"証跡 E-0007 の紐付けが解除されました"_qs);
        row("signoff.void.finding_raised", { { u"ref"_qs, u"F-004"_qs } }, u"finding F-004 was raised"_qs,
            u"発見事項 F-004 の起票"_qs);
        row("signoff.void.finding_changed", { { u"ref"_qs, u"F-004"_qs } }, u"finding F-004 was changed"_qs,
            u"発見事項 F-004 の変更"_qs);
        row("signoff.void.finding_withdrawn", { { u"ref"_qs, u"F-004"_qs } }, u"finding F-004 was withdrawn"_qs,
            u"発見事項 F-004 が取り下げられました"_qs);
        row("signoff.void.merged", { { u"member"_qs, u"alice"_qs } }, u"changed by a merge from alice"_qs,
            u"alice からの統合により変更"_qs);
        row("signoff.void.item_signed_off", { { u"item"_qs, u"5.1.1"_qs }, { u"role"_qs, u"preparer"_qs } },
            u"item 5.1.1 was signed off as preparer"_qs, u"項目 5.1.1 が preparer としてサインオフされました"_qs);
    }

    void rendersEachCodeInBothLanguages()
    {
        QFETCH(QString, code);
        QFETCH(QJsonObject, args);
        QFETCH(QString, en);
        QFETCH(QString, ja);
        const QString stored = TextCode::make(code.toLatin1().constData(), args);
        QVERIFY2(stored.startsWith(QStringLiteral("{\"tc\":\"%1\"").arg(code)), qPrintable(stored));
        QVERIFY(TextCode::isCoded(stored));
        QCOMPARE(TextCode::code(stored), code);
        Language::apply(QStringLiteral("en"));
        QCOMPARE(TextCode::render(stored), en);
        Language::apply(QStringLiteral("ja"));
        QCOMPARE(TextCode::render(stored), ja);
        // A chosen language, whatever the UI's (the report).
        QCOMPARE(TextCode::render(stored, QStringLiteral("en")), en);
        Language::apply(QStringLiteral("en"));
        QCOMPARE(TextCode::render(stored, QStringLiteral("ja")), ja);
        // What a format 4 build stored, in either language, becomes this code with these parameters.
        for (const QString& old : { en, ja }) {
            const QString coded = TextCode::fromLegacy(old);
            QCOMPARE(TextCode::code(coded), code);
            QCOMPARE(TextCode::render(coded), en);
            QCOMPARE(TextCode::signedForm(coded), old);
        }
    }

    void everyKnownCodeIsTested()
    {
        QStringList tested;
        for (const char* c :
             { "finding.title.step_deviation", "finding.title.sample_failed", "signoff.void.steps_changed",
               "signoff.void.step_changed", "signoff.void.sample_drawn", "signoff.void.sample_discarded",
               "signoff.void.sample_result_recorded", "signoff.void.sample_result_changed",
               "signoff.void.evidence_linked", "signoff.void.evidence_unlinked", "signoff.void.finding_raised",
               "signoff.void.finding_changed", "signoff.void.item_signed_off", "signoff.void.merged",
               "signoff.void.finding_withdrawn" })
            tested << QString::fromLatin1(c);
        QCOMPARE(TextCode::knownCodes(), tested);
    }

    void unknownCodesAndLiteralsAreShownVerbatim()
    {
        const QString unknown = QStringLiteral("{\"tc\":\"finding.title.from_the_future\",\"step\":3}");
        QVERIFY(TextCode::isCoded(unknown));
        QCOMPARE(TextCode::render(unknown), unknown);
        for (const QString& literal : { QStringLiteral("承認記録なし"), QStringLiteral("{\"note\":1}"),
                                        QStringLiteral("{\"tc\":"), QString(), QStringLiteral("Deviation in step") }) {
            QVERIFY(!TextCode::isCoded(literal));
            QCOMPARE(TextCode::render(literal), literal);
            QCOMPARE(TextCode::fromLegacy(literal), literal);
            QCOMPARE(TextCode::signedForm(literal), literal);
        }
        // A sentence that only begins like a known text is a person's: kept.
        QCOMPARE(TextCode::fromLegacy(QStringLiteral("ステップ 2 での逸脱について再確認")),
                 QStringLiteral("ステップ 2 での逸脱について再確認"));
    }

    void editingAGeneratedTitleAsShownKeepsTheCode()
    {
        test::FieldworkBook t;
        const ProcedureStep s = Procedures::steps(*t.wb, QStringLiteral("5.1.1")).first();
        Procedures::setResult(*t.wb, s.id, StepResult::Deviation, QStringLiteral("承認記録なし"));
        const Finding f = Findings::forItem(*t.wb, QStringLiteral("5.1.1")).first();
        QCOMPARE(TextCode::code(f.title), QStringLiteral("finding.title.step_deviation"));
        QCOMPARE(f.titleText(), QStringLiteral("Deviation in step 1"));
        // The editor gives the title back as shown, in Japanese after a switch: still the code.
        Language::apply(QStringLiteral("ja"));
        FindingEdit e;
        e.title = f.titleText();
        e.cause = QStringLiteral("引継ぎ漏れ");
        QVERIFY(TextCode::isCoded(Findings::edit(*t.wb, f.ref, e).title));
        // A title a person typed is theirs.
        e.title = QStringLiteral("承認の記録漏れ");
        QCOMPARE(Findings::edit(*t.wb, f.ref, e).title, QStringLiteral("承認の記録漏れ"));
        // Sign-offs voided by the engine say why in the reader's language.
        Language::apply(QStringLiteral("en"));
        const QList<SignOff> none = Review::signOffs(*t.wb, QStringLiteral("5.1.1"));
        QVERIFY(none.isEmpty());
    }

    void formatFourWorkbookMigratesAndReadsInEnglish()
    {
        auto t = std::make_unique<test::FieldworkBook>();
        const QString item = QStringLiteral("5.1.1");
        const QString other = firstOtherItem(*t->wb, item);
        QVERIFY(!other.isEmpty());
        t->completeSteps(item);
        // What a Japanese session of a format 4 build stored: the generated title translated.
        Finding generated;
        generated.itemId = item;
        generated.title = QStringLiteral("ステップ 1 での逸脱");
        generated.condition = QStringLiteral("承認記録なし");
        const QString generatedRef = Findings::raise(*t->wb, generated).ref;
        Finding typed;
        typed.itemId = item;
        typed.title = QStringLiteral("手書きの表題");
        typed.condition = QStringLiteral("記録の保存期間が規程より短い");
        const QString typedRef = Findings::raise(*t->wb, typed).ref;
        Review::signOff(*t->wb, item); // over the Japanese title: must stay valid through the migration
        t->completeSteps(other);
        Review::signOff(*t->wb, other);
        const ProcedureStep first = Procedures::steps(*t->wb, other).first();
        Procedures::setResult(*t->wb, first.id, StepResult::NoException, QStringLiteral("再確認"));
        QCOMPARE(Review::signOffs(*t->wb, other).first().valid(), false);
        const QString path = t->path;
        t->wb.reset();
        test::rawExec(path, test::kUndoFormat8);
        test::rawExec(path,
                      "UPDATE signoff SET void_reason = 'ステップ 1 の変更' WHERE voided_at IS NOT NULL; "
                      // what formats 6 and 7 added, so that the workbook is a format 4 one again
                      "DROP TABLE member_key; DROP TABLE engagement_signoff; DROP TABLE lock_signature; "
                      "ALTER TABLE signoff DROP COLUMN signature; ALTER TABLE signoff DROP COLUMN key_fingerprint; "
                      "ALTER TABLE review_note DROP COLUMN resolution_signature; "
                      "ALTER TABLE review_note DROP COLUMN resolution_key; "
                      "DROP TABLE report_issue; DROP TABLE engagement_unlock; "
                      "ALTER TABLE engagement DROP COLUMN retention_years; "
                      "ALTER TABLE engagement DROP COLUMN retain_until; "
                      "PRAGMA user_version = 4;");

        auto wb = Workbook::open(path);
        wb->setActor(QStringLiteral("staff1"));
        QCOMPARE(wb->db().scalar("PRAGMA user_version").toInt(), Schema::kCurrentVersion);
        QVERIFY(QFile::exists(path + QStringLiteral(".v4.bak")));
        const auto upgrades = wb->history(QStringLiteral("workbook"));
        QVERIFY(std::any_of(upgrades.cbegin(), upgrades.cend(), [](const auto& h) {
            return h.before == QStringLiteral("format 4") && h.after == QStringLiteral("format 5");
        }));
        Language::apply(QStringLiteral("en"));
        const Finding g = *Findings::byRef(*wb, generatedRef);
        QCOMPARE(TextCode::code(g.title), QStringLiteral("finding.title.step_deviation"));
        QCOMPARE(g.titleText(), QStringLiteral("Deviation in step 1"));
        QCOMPARE(Findings::byRef(*wb, typedRef)->titleText(), QStringLiteral("手書きの表題")); // kept verbatim
        const SignOff voided = Review::signOffs(*wb, other).first();
        QCOMPARE(TextCode::render(voided.voidReason), QStringLiteral("step 1 was changed"));
        Language::apply(QStringLiteral("ja"));
        QCOMPARE(TextCode::render(voided.voidReason), QStringLiteral("ステップ 1 の変更"));
        QCOMPARE(g.titleText(), QStringLiteral("ステップ 1 での逸脱"));
        // The sign-off made over the Japanese title is still valid, and its hash is the one verify recomputes from the
        // migrated rows. (Verifier::run as a whole cannot pass here: the test made this format 4 workbook by dropping
        // what formats 6 and 7 added, rows the trail had recorded.)
        const SignOff kept = Review::signOffs(*wb, item).first();
        QVERIFY(kept.valid());
        QCOMPARE(kept.contentHash, Review::contentHash(*wb, item));
        // A later change to the finding voids it as before.
        FindingEdit e;
        e.cause = QStringLiteral("引継ぎ漏れ");
        Findings::edit(*wb, generatedRef, e);
        QVERIFY(!Review::signOffs(*wb, item).first().valid());
    }
};

QTEST_GUILESS_MAIN(TestTextCode)
#include "tst_textcode.moc"
