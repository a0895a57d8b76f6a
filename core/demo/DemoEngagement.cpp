#include "demo/DemoEngagement.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "demo/DemoEvidence.h"
#include "engagement/ItemStatusBook.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Planning.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Review.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"
#include "tabular/Table.h"
#include "workbook/MemberKeys.h"
#include "workbook/Workbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ismap {

namespace {

QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/ismap/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw AuditError(ErrorCode::Internal, DemoEngagement::tr("%1: the demo data is missing.").arg(f.fileName()));
    return f.readAll();
}

QList<StatementEntry> demoStatement(Workbook& wb)
{
    const Table table = TableReader::readCsv(resource(QStringLiteral("demo-statement.csv")),
                                             QStringLiteral("demo-statement.csv"), TableReader::Encoding::Utf8);
    const QHash<QString, QString> resolver = Catalog::resolver(wb);
    QList<StatementEntry> out;
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        if (row.size() < 7 || row.at(0).trimmed().isEmpty())
            continue;
        StatementEntry e;
        e.itemId = resolver.value(ItemId::normalize(row.at(0)));
        if (e.itemId.isEmpty())
            throw AuditError(ErrorCode::Internal,
                             DemoEngagement::tr("demo-statement.csv row %1: unknown item %2.")
                                 .arg(table.rowNumbers.at(r))
                                 .arg(row.at(0)));
        e.applicability = row.at(1) == u"in_scope" ? Applicability::InScope : Applicability::OutOfScope;
        e.reason = row.at(2);
        e.description = row.at(3);
        e.descriptionEn = row.at(4);
        e.frequency = SamplingTable::frequencyKey(row.at(5));
        bool ok = false;
        const qint64 pop = row.at(6).toLongLong(&ok);
        if (ok)
            e.population = pop;
        e.source = QStringLiteral("demo-statement.csv");
        e.sourceRow = table.rowNumbers.at(r);
        out << e;
    }
    return out;
}

/// What an auditor writes after each type of step, when nothing was wrong.
QString cleanNote(ProcedureType type, const QString& itemId)
{
    switch (type) {
    case ProcedureType::Inspection:
        return DemoEngagement::tr("Inspected the current document and records for %1 (approved, revision history "
                                  "complete). No exception.")
            .arg(itemId);
    case ProcedureType::Inquiry:
        return DemoEngagement::tr("Inquired of the control owner; the description in the statement agrees with "
                                  "practice and nothing changed in the period.");
    case ProcedureType::Observation:
        return DemoEngagement::tr("Observed the setting in the production console with the administrator; it matches "
                                  "the standard. Screen captured.");
    case ProcedureType::Reperformance:
        return DemoEngagement::tr("Reperformed the check against an export of the settings; all values agree.");
    }
    return {};
}

/// A fixed fieldwork clock: each call moves on by seven minutes from 2026-04-13 09:00 JST.
struct DemoClock
{
    DemoClock()
    {
        auto start = std::make_shared<QDateTime>(QDateTime(QDate(2026, 4, 13), QTime(0, 0), Qt::UTC));
        Clock::setOverride([start] {
            *start = start->addSecs(7 * 60);
            return *start;
        });
    }
    ~DemoClock() { Clock::setOverride({}); }
};

struct DemoDeviation
{
    const char* item;
    const char* condition;
    const char* cause;
    const char* effect;
    const char* severity;
    const char* response;
};

// The demo's deviations: what a real engagement typically turns up, with the CSP's responses.
const DemoDeviation kDeviations[] = {
    { "9.2.5", "四半期のアクセス権レビューのうち、2025年第3四半期分について承認者の記録がなかった。",
      "レビュー担当者の異動に伴い、承認手順の引継ぎが行われなかった。",
      "不要なアクセス権が見直されずに残存するおそれがある。", "medium",
      "2026年1月に手順書を改訂し、代理承認者を定めた。第3四半期分は2026年2月に遡って承認済み。" },
    { "12.4.1", "抽出したログ保管記録のうち1件で、ログ転送の失敗が3日間検知されていなかった。",
      "SIEMの監視ルールが転送失敗を警告対象としていなかった。", "セキュリティイベントの検知が遅れるおそれがある。",
      "high", "2025年12月に監視ルールを追加し、転送失敗を即時に通知するよう変更した。" },
    { "7.2.2", "新規入社者1名について、情報セキュリティ研修の受講記録が入社後60日を超えて未登録であった。",
      "人事部門と情報セキュリティ部門の間で受講対象者リストの連携が漏れた。",
      "規程を理解しないまま業務に従事するおそれがある。", "low",
      "当該社員は2026年1月に受講済み。入社手続チェックリストに受講確認を追加した。" },
};

} // namespace

std::unique_ptr<Workbook> DemoEngagement::create(const QString& path, DemoSummary* summary)
{
    const QJsonObject info = QJsonDocument::fromJson(resource(QStringLiteral("demo-engagement.json"))).object();
    Engagement e;
    e.csp = info.value(QStringLiteral("csp_ja")).toString();
    e.service = info.value(QStringLiteral("service_ja")).toString();
    e.firm = info.value(QStringLiteral("firm_ja")).toString();
    e.scope = info.value(QStringLiteral("scope_ja")).toString();
    e.periodStart = QDate::fromString(info.value(QStringLiteral("period_start")).toString(), Qt::ISODate);
    e.periodEnd = QDate::fromString(info.value(QStringLiteral("period_end")).toString(), Qt::ISODate);
    e.auditKind = QStringLiteral("renewal");
    e.criteriaRevision = QString::fromLatin1(Catalog::kBuiltinRevision);
    QStringList staff, reviewers, leads;
    DemoClock clock;
    auto wb = Workbook::create(path, e, [&](Workbook& w) {
        Catalog::install(w, Catalog::builtinSkeleton(), QString::fromLatin1(Catalog::kBuiltinRevision),
                         QStringLiteral("builtin"));
        for (const QJsonValue& v : info.value(QStringLiteral("team")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(QStringLiteral("name")).toString();
            const Role role = roleFromKey(m.value(QStringLiteral("role")).toString()).value_or(Role::Staff);
            w.addMember(name, role);
            (role == Role::Staff ? staff : role == Role::Reviewer ? reviewers : leads) << name;
        }
        StatementBook::write(w, demoStatement(w), QStringLiteral("statement.import"));
        Procedures::refreshInTransaction(w);
    });
    if (staff.size() < 2 || reviewers.isEmpty() || leads.isEmpty())
        throw AuditError(ErrorCode::Internal,
                         tr("demo-engagement.json: the team needs two staff, a reviewer and a lead."));
    Workbook& w = *wb;
    // Every member signs with their own key: registered by the lead, unlocked for the demo's own work.
    w.setActor(leads.first());
    QHash<QString, MemberKey> keys;
    for (const TeamMember& m : w.team()) {
        MemberKey key;
        try {
            if (MemberKeyFiles::exists(m.name))
                key = MemberKeyFiles::unlock(m.name, kKeyPassphrase);
        } catch (const AuditError&) {
            key = {}; // someone else's key under the demo name: the demo makes its own
        }
        if (key.isNull())
            key = MemberKey::generate();
        MemberKeys::registerKey(w, m.name, key.publicPem(), QStringLiteral("demo"));
        w.addUnlockedKey(m.name, key);
        keys.insert(m.name, key);
    }
    if (summary)
        summary->keys = keys;
    // A fresh demo has nothing to lose in a crash: skip the per-commit fsync while building it (13 s -> ~2 s).
    w.db().exec("PRAGMA synchronous = OFF");
    QTemporaryDir scratch;
    EvidenceVault vault(w);
    auto addEvidence = [&](const QString& item, std::optional<qint64> stepId, const QString& name,
                           const QByteArray& bytes, const QString& from, const QString& description) {
        const QString file = scratch.filePath(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw AuditError(ErrorCode::Io, tr("%1: cannot write demo evidence.").arg(file));
        f.close();
        EvidenceTarget target;
        target.itemId = item;
        target.stepId = stepId;
        vault.add(EvidenceFile { file, { name, from, QStringLiteral("2026-04-10"), description } }, target);
    };

    const QList<ItemState> items = ItemStatusBook::all(w);
    QStringList toReview, withNotes;
    int n = 0;
    for (const ItemState& s : items) {
        const int i = n++;
        const QString preparer = s.part == u"controls" && s.domain.toInt() >= 11 ? staff.at(1) : staff.at(0);
        w.setActor(leads.first());
        Planning::assign(w, { s.itemId }, preparer);
        // 0-7 reviewed, 8-11 prepared, 12-14 in progress, 15-19 not started: roughly 40/20/15/25 %.
        const int phase = i % 20;
        if (phase >= 15)
            continue;
        w.setActor(preparer);
        const QList<ProcedureStep> steps = Procedures::steps(w, s.itemId);
        const auto entry = StatementBook::entry(w, s.itemId);
        const bool recurring = entry && entry->population && *entry->population > 1 && !entry->frequency.isEmpty();
        const int done = phase >= 12 ? int(steps.size()) / 2 : int(steps.size());
        for (int k = 0; k < done; ++k)
            Procedures::setResult(w, steps.at(k).id, StepResult::NoException, cleanNote(steps.at(k).type, s.itemId));
        if (recurring && phase < 12) {
            const SampleSet set
                = Sampling::draw(w, s.itemId, *entry->population, entry->frequency, std::uint64_t(20260413 + i),
                                 std::nullopt, tr("Occurrences in the period per the CSP's ledger"));
            for (const SampleItem& si : set.items)
                Sampling::setResult(
                    w, set.id, si.seq, SampleResult::Pass, tr("Approval, date and performer agree with the record."),
                    QJsonObject { { QStringLiteral("approved"), true }, { QStringLiteral("on_time"), true } },
                    QStringLiteral("#%1").arg(si.populationIndex));
        }
        if (i % 23 == 0 && !steps.isEmpty()) {
            const ProcedureStep& first = steps.first();
            addEvidence(s.itemId, first.id, QStringLiteral("%1-policy.pdf").arg(s.itemId),
                        demo::textPdf(QStringLiteral("Harunire Cloud Systems - control %1").arg(s.itemId),
                                      { QStringLiteral("Document: rules for control %1, version 3.2").arg(s.itemId),
                                        QStringLiteral("Approved by: CISO, 2025-03-10"),
                                        QStringLiteral("Revision history: 3.0 (2023), 3.1 (2024), 3.2 (2025)") }),
                        QStringLiteral("CSP document system"), tr("Current rules as provided by the CSP"));
        }
        if (i % 29 == 5 && !steps.isEmpty())
            addEvidence(s.itemId, steps.last().id, QStringLiteral("%1-console.png").arg(s.itemId),
                        demo::consolePng(i, false), QStringLiteral("IaaS management console"),
                        tr("Screen capture of the production setting, taken during observation"));
        if (phase < 12)
            Review::signOff(w, s.itemId);
        if (phase < 8)
            toReview << s.itemId;
        else if (phase < 12 && withNotes.size() < 4)
            withNotes << s.itemId;
    }

    // Deviations with findings, samples that failed, and evidence of what was found.
    int d = 0;
    for (const DemoDeviation& dev : kDeviations) {
        const QString item = QString::fromLatin1(dev.item);
        const auto st = ItemStatusBook::state(w, item);
        if (!st)
            continue;
        const QString preparer = staff.at(d++ % 2);
        w.setActor(preparer);
        const QList<ProcedureStep> steps = Procedures::steps(w, item);
        if (steps.isEmpty())
            continue;
        const auto entry = StatementBook::entry(w, item);
        const qint64 pop = entry && entry->population ? *entry->population : 12;
        const QString freq = entry && !entry->frequency.isEmpty() ? entry->frequency : QStringLiteral("monthly");
        const SampleSet set = Sampling::draw(w, item, pop, freq, std::uint64_t(777 + d), steps.last().id,
                                             tr("Population per the CSP's records"));
        for (const SampleItem& si : set.items)
            Sampling::setResult(w, set.id, si.seq, si.seq == 1 ? SampleResult::Fail : SampleResult::Pass,
                                si.seq == 1 ? QString::fromUtf8(dev.condition) : tr("No exception."));
        Procedures::setResult(w, steps.last().id, StepResult::Deviation, QString::fromUtf8(dev.condition));
        addEvidence(item, steps.last().id, QStringLiteral("%1-log.csv").arg(item),
                    demo::csvLog(d == 2       ? QStringLiteral("backup")
                                     : d == 1 ? QStringLiteral("access")
                                              : QStringLiteral("change"),
                                 120, 4200 + d),
                    QStringLiteral("CSP operations"), tr("Log extract for the period, population of the sample"));
        addEvidence(item, std::nullopt, QStringLiteral("%1-exception.png").arg(item), demo::consolePng(d, true),
                    QStringLiteral("IaaS management console"), tr("Screen capture showing the exception"));
        for (const Finding& f : Findings::forItem(w, item)) {
            FindingEdit fe;
            fe.criteria = tr("The control as described in the statement for item %1.").arg(item);
            fe.cause = QString::fromUtf8(dev.cause);
            fe.effect = QString::fromUtf8(dev.effect);
            fe.severity = QString::fromLatin1(dev.severity);
            fe.response = QString::fromUtf8(dev.response);
            fe.status = QStringLiteral("open");
            Findings::edit(w, f.ref, fe);
        }
    }

    // Review: most prepared items reviewed; a few carry open review notes.
    w.setActor(reviewers.first());
    for (const QString& item : toReview) {
        const auto st = ItemStatusBook::state(w, item);
        if (st && st->status == ItemStatus::Prepared)
            Review::signOff(w, item);
    }
    static const char* const notes[] = {
        "母集団の網羅性をどのように確かめたか、調書に記載してください。",
        "閲覧した規程の版数と承認日を手続の記録に追記してください。",
        "質問の相手（氏名・役職）と実施日を記録してください。",
        "観察時の画面キャプチャを証跡として添付してください。",
    };
    for (int k = 0; k < withNotes.size(); ++k)
        Review::addNote(w, withNotes.at(k), QString::fromUtf8(notes[k % 4]));
    w.setActor(QString());
    w.db().exec("PRAGMA synchronous = FULL");

    if (summary) {
        const QHash<QString, int> by = ItemStatusBook::countByStatus(w);
        summary->inScope = int(items.size());
        summary->reviewed = by.value(QStringLiteral("reviewed"));
        summary->prepared = by.value(QStringLiteral("prepared"));
        summary->inProgress = by.value(QStringLiteral("in_progress")) + by.value(QStringLiteral("needs_attention"));
        summary->findings = int(Findings::all(w).size());
        summary->samples = int(Sampling::allSets(w).size());
        summary->openNotes = int(Review::notes(w, {}, true).size());
        summary->evidence = int(EvidenceVault(w).list().size());
    }
    return wb;
}

} // namespace ismap
