#pragma once
// A worked engagement written straight into a workbook's tables, for the report's tests and benchmark:
// statement, procedure steps with results, sample sets, findings, evidence with real SHA-256, sign-offs.
// Header-only so the unit tests and the benchmark share it without touching the support library.

#include "catalog/CatalogItem.h"
#include "common/Sha256.h"
#include "workbook/Workbook.h"

#include <QStringList>

namespace ismap::test {

/** How much work the worked workbook holds. */
struct WorkedScale
{
    int catalogItems = 0; ///< pad the catalog with synthetic detailed items up to this many statement items (0 = as is)
    int inScope = 12;
    int outOfScope = 3;
    int stepsPerItem = 3;
    int sampleSets = 2;
    int sampleSize = 5;
    int findings = 2;
    int evidence = 6;
    bool signOffs = true;
};

/** What the worked workbook contains that a test looks for. */
struct WorkedFacts
{
    QStringList inScopeIds;
    QStringList outOfScopeIds;
    QStringList findingRefs;
    QStringList evidenceRefs;
    QStringList evidenceSha256;
};

inline WorkedFacts fillWorkedWorkbook(Workbook& wb, const WorkedScale& scale)
{
    Database& db = wb.db();
    WorkedFacts facts;
    Transaction tx(db);
    if (db.scalar("SELECT count(*) FROM team_member").toInt() == 0) {
        wb.addMember(QStringLiteral("山本 彩"), Role::Staff);
        wb.addMember(QStringLiteral("中村 翔太"), Role::Staff);
        wb.addMember(QStringLiteral("小林 由紀"), Role::Reviewer);
        wb.addMember(QStringLiteral("渡辺 誠"), Role::Lead);
    }
    const qint64 staff = db.scalar("SELECT min(id) FROM team_member WHERE role = 'staff'").toLongLong();
    const qint64 reviewer = db.scalar("SELECT min(id) FROM team_member WHERE role = 'reviewer'").toLongLong();
    const QString revision = db.scalar("SELECT criteria_revision FROM engagement").toString();

    // Pad the catalog with synthetic detailed controls under the existing objectives (the skeleton has 261).
    QStringList statementIds;
    {
        Query q = db.prepare("SELECT id, part FROM catalog_item WHERE level IN ('objective', 'detailed') "
                             "AND retired_in IS NULL ORDER BY sort_key");
        while (q.step())
            statementIds << q.text(0);
    }
    if (scale.catalogItems > statementIds.size()) {
        QStringList objectives;
        Query q = db.prepare("SELECT id, part FROM catalog_item WHERE level = 'objective' AND part = 'controls' "
                             "AND suffix = '' ORDER BY sort_key");
        while (q.step())
            objectives << q.text(0);
        Query ins = db.prepare("INSERT OR IGNORE INTO catalog_item(id, number, revision, part, parent, level, depth, "
                               "suffix, mandatory, sort_key, title_ja, title_en) "
                               "VALUES (?, ?, ?, 'controls', ?, 'detailed', 4, '', 0, ?, ?, ?)");
        for (int n = 50; statementIds.size() < scale.catalogItems; ++n) {
            for (const QString& parent : objectives) {
                if (statementIds.size() >= scale.catalogItems)
                    break;
                const QString id = parent + u'.' + QString::number(n);
                ins.bind(1, id)
                    .bind(2, id)
                    .bind(3, revision)
                    .bind(4, parent)
                    .bind(5, ItemId::sortKey(id))
                    .bind(6, QStringLiteral("詳細管理策（合成）%1 アクセス権の定期的な見直しと承認").arg(id))
                    .bind(7,
                          QStringLiteral("Synthetic detailed control %1: periodic review and approval of access rights")
                              .arg(id))
                    .run();
                ins.reset();
                statementIds << id;
            }
        }
    }

    // Statement: the first inScope items in scope, the next outOfScope out with a reason, the rest undecided.
    Query st = db.prepare("INSERT OR REPLACE INTO statement_item(item_id, applicability, reason, description, "
                          "frequency, population) VALUES (?, ?, ?, ?, ?, ?)");
    const char* frequencies[] = { "annual", "quarterly", "monthly", "weekly", "daily", "event" };
    for (int i = 0; i < statementIds.size() && i < scale.inScope + scale.outOfScope; ++i) {
        const bool in = i < scale.inScope;
        st.bind(1, statementIds[i])
            .bind(2, in ? "in_scope" : "out_of_scope")
            .bind(3, in ? QString() : QStringLiteral("当該サービスでは物理媒体を取り扱わないため適用しない。"))
            .bind(4, QStringLiteral("統制の記述 %1").arg(statementIds[i]))
            .bind(5, frequencies[i % 6])
            .bind(6, qint64(12 + i % 300))
            .run();
        st.reset();
        (in ? facts.inScopeIds : facts.outOfScopeIds) << statementIds[i];
    }

    const char* types[] = { "inspection", "inquiry", "observation", "reperformance" };
    const char* results[] = { "no_exception", "no_exception", "no_exception", "deviation", "not_applicable" };
    Query step = db.prepare("INSERT INTO procedure_step(item_id, template_id, seq, phase, type, instruction_ja, "
                            "instruction_en, status, result, notes, preparer, performed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'done', ?, ?, ?, '2025-06-12T01:30:00.000Z')");
    QList<qint64> firstStep;
    int n = 0;
    for (const QString& id : facts.inScopeIds) {
        for (int s = 1; s <= scale.stepsPerItem; ++s, ++n) {
            step.bind(1, id)
                .bind(2, QStringLiteral("T%1").arg(s))
                .bind(3, s)
                .bind(4, s == 1 ? "design" : "operating")
                .bind(5, types[n % 4])
                .bind(
                    6,
                    QStringLiteral("管理策 %1 に関する規程を閲覧し、承認日と承認者を確かめた。日次の方針に従っている。")
                        .arg(id))
                .bind(7,
                      QStringLiteral("Inspected the rules for control %1 and checked the approval date and approver.")
                          .arg(id))
                .bind(8, results[n % 5])
                .bind(9, n % 5 == 3 ? QStringLiteral("承認記録が1件欠落していた。") : QString())
                .bind(10, staff)
                .run();
            step.reset();
            if (s == 1)
                firstStep << db.lastInsertRowId();
        }
    }

    Query set = db.prepare("INSERT INTO sample_set(item_id, step_id, population, frequency, size, seed, algorithm, "
                           "sampling_table, drawn_by, drawn_at) VALUES (?, ?, ?, 'daily', ?, ?, "
                           "'mt19937_64-rejection', 'firm-default-2025', ?, '2025-06-10T00:00:00.000Z')");
    Query sample = db.prepare("INSERT INTO sample_item(sample_set_id, seq, population_index, label, result, notes) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < scale.sampleSets && !facts.inScopeIds.isEmpty(); ++i) {
        const int item = i % int(facts.inScopeIds.size());
        set.bind(1, facts.inScopeIds[item])
            .bind(2, firstStep.value(item))
            .bind(3, qint64(365))
            .bind(4, scale.sampleSize)
            .bind(5, QStringLiteral("%1").arg(0x5eed0000u + unsigned(i), 8, 16, QLatin1Char('0')))
            .bind(6, staff)
            .run();
        set.reset();
        const qint64 setId = db.lastInsertRowId();
        for (int k = 1; k <= scale.sampleSize; ++k) {
            sample.bind(1, setId)
                .bind(2, k)
                .bind(3, qint64((k * 37 + i) % 365 + 1))
                .bind(4, QStringLiteral("アクセス申請 REQ-%1").arg((k * 37 + i) % 365 + 1, 4, 10, QLatin1Char('0')))
                .bind(5, k == 3 ? "fail" : "pass")
                .bind(6, k == 3 ? QStringLiteral("承認者の押印なし") : QString())
                .run();
            sample.reset();
        }
    }

    Query finding
        = db.prepare("INSERT INTO finding(ref, item_id, title, condition, criteria, cause, effect, severity, "
                     "response, status, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'agreed', ?, "
                     "'2025-06-13T00:00:00.000Z')");
    for (int i = 0; i < scale.findings && !facts.inScopeIds.isEmpty(); ++i) {
        const QString ref = QStringLiteral("F-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        finding.bind(1, ref)
            .bind(2, facts.inScopeIds[(i * 7) % facts.inScopeIds.size()])
            .bind(3, QStringLiteral("アクセス権の承認記録の欠落"))
            .bind(
                4,
                QStringLiteral("抽出した25件のうち1件（REQ-0112）で、アクセス権付与の承認記録が保存されていなかった。"))
            .bind(5, QStringLiteral("アクセス権の付与は事前に承認されなければならない。"))
            .bind(6, QStringLiteral("繁忙期に承認手順が口頭で代替された。"))
            .bind(7, QStringLiteral("承認されていないアクセス権が付与されるおそれがある。"))
            .bind(8, i % 3 == 0 ? "high" : "medium")
            .bind(9, QStringLiteral("2025年7月以降、ワークフローシステムで承認を必須化した。"))
            .bind(10, reviewer)
            .run();
        finding.reset();
        facts.findingRefs << ref;
    }

    Query blob = db.prepare(
        "INSERT OR IGNORE INTO evidence_blob(sha256, size, chunk_size, chunk_count) VALUES (?, ?, 1048576, 1)");
    Query chunk = db.prepare("INSERT OR IGNORE INTO evidence_chunk(blob_id, seq, sha256, data) "
                             "SELECT id, 0, sha256, ? FROM evidence_blob WHERE sha256 = ?");
    Query ev = db.prepare(
        "INSERT INTO evidence(ref, sha256, size, name, mime, obtained_from, obtained_at, added_by, "
        "added_at) VALUES (?, ?, ?, ?, 'application/pdf', ?, '2025-06-01', ?, '2025-06-01T00:00:00.000Z')");
    Query link = db.prepare("INSERT INTO evidence_link(evidence_id, item_id) VALUES (?, ?)");
    for (int i = 0; i < scale.evidence && !facts.inScopeIds.isEmpty(); ++i) {
        const QByteArray content = QStringLiteral("evidence %1 アクセス権レビュー記録").arg(i).toUtf8();
        const QString sha = Sha256::hex(content);
        blob.bind(1, sha).bind(2, qint64(content.size())).run();
        blob.reset();
        chunk.bindBlob(1, content).bind(2, sha).run();
        chunk.reset();
        const QString ref = QStringLiteral("E-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        ev.bind(1, ref)
            .bind(2, sha)
            .bind(3, qint64(content.size()))
            .bind(4, QStringLiteral("アクセス権レビュー記録_%1.pdf").arg(i + 1))
            .bind(5, QStringLiteral("情報システム部 山田"))
            .bind(6, staff)
            .run();
        ev.reset();
        link.bind(1, db.lastInsertRowId()).bind(2, facts.inScopeIds[i % facts.inScopeIds.size()]).run();
        link.reset();
        facts.evidenceRefs << ref;
        facts.evidenceSha256 << sha;
    }

    if (scale.signOffs) {
        Query so = db.prepare("INSERT INTO signoff(item_id, role, member_id, at, content_hash) VALUES (?, ?, ?, "
                              "'2025-06-20T02:00:00.000Z', 'x')");
        for (int i = 0; i < facts.inScopeIds.size(); i += 2) {
            so.bind(1, facts.inScopeIds[i]).bind(2, "preparer").bind(3, staff).run();
            so.reset();
            so.bind(1, facts.inScopeIds[i]).bind(2, "reviewer").bind(3, reviewer).run();
            so.reset();
        }
    }
    wb.setActor(QStringLiteral("渡辺 誠"));
    wb.record(QStringLiteral("test.worked"), QStringLiteral("engagement"), {},
              QStringLiteral("{\"in_scope\":%1}").arg(facts.inScopeIds.size()));
    tx.commit();
    return facts;
}

} // namespace ismap::test
