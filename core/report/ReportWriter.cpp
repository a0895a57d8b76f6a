#include "report/ReportWriter.h"

#include "common/AuditError.h"
#include "common/TextCode.h"
#include "report/PageLayout.h"
#include "report/ReportData.h"
#include "report/ReportLanguage.h"
#include "report/ReportManifest.h"
#include "signing/MemberKey.h"
#include "signing/ToUnicodeFix.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

namespace ismap {

using namespace report;

namespace {

/** An entry of the table of contents: level 1 sections, level 2 items; page relative to the body. */
struct TocEntry
{
    int level;
    QString text;
    int page;
};

QString sizeText(qint64 bytes)
{
    return QLocale::c().toString(bytes);
}

/** Composes the report's pages from the data: cover, contents, body. */
class Composer
{
public:
    Composer(const ReportData& data, const ReportOptions& options, const FontSet& fonts, const QRectF& content)
        : d(data)
        , o(options)
        , L(options.language)
        , f(fonts)
        , m_content(content)
    { }

    /// Returns all pages in order; throws Cancelled when the progress callback says so.
    std::vector<LaidOutPage> compose()
    {
        PageFlow body(f, m_content, 1);
        engagement(body);
        report(5);
        statement(body);
        report(8);
        procedures(body);
        findings(body);
        report(60);
        evidence(body);
        report(66);
        trail(body);
        reissue(body);
        signature(body);
        samplingAppendix(body);
        std::vector<LaidOutPage> bodyPages = body.takePages();

        // The contents' length does not depend on the numbers it prints (one line per entry), so a
        // first run with the body's relative numbers tells how many pages precede the body.
        const int tocPages = int(contents(0).size());
        std::vector<LaidOutPage> pages;
        pages.reserve(1 + tocPages + bodyPages.size());
        pages.push_back(std::move(cover()));
        for (LaidOutPage& p : contents(1 + tocPages))
            pages.push_back(std::move(p));
        for (LaidOutPage& p : bodyPages)
            pages.push_back(std::move(p));
        report(70);
        return pages;
    }

    void report(int percent) const
    {
        if (o.progress && !o.progress(percent))
            throw AuditError(ErrorCode::Cancelled, ReportWriter::tr("The report was cancelled; no file was written."));
    }

private:
    QDate reportDate() const { return o.reportDate.isValid() ? o.reportDate : d.reportDate; }
    /// A final report (the engagement finalised) states no undecided items; a draft shows the column only when
    /// something is undecided.
    bool showUndecided() const { return !d.engagement.locked && d.anyUndecided(); }

    void section(PageFlow& flow, const QString& title, bool newPage = true)
    {
        if (newPage && flow.y() > flow.content().top())
            flow.newPage();
        m_toc.push_back({ 1, title, flow.pageNumber() });
        flow.heading(title, Style::H1, f.lineHeight(Style::Body) * 3);
        flow.addRule(QLineF(m_content.left(), flow.y() - f.pt(1), m_content.right(), flow.y() - f.pt(1)));
        flow.space(f.pt(4));
    }

    QString itemTitle(const QString& id, const QString& ja, const QString& en) const
    {
        return id + QStringLiteral("  ") + L.pick(ja, en, QStringLiteral(" / "));
    }

    LaidOutPage cover()
    {
        PageFlow flow(f, m_content, 1);
        flow.setChrome(false);
        flow.moveTo(m_content.top() + f.mm(38));
        if (L.ja())
            flow.paragraph(o.draft ? QStringLiteral("実施結果報告書（ドラフト）") : QStringLiteral("実施結果報告書"),
                           Style::Title, 0, Qt::AlignHCenter);
        flow.paragraph(o.draft ? QStringLiteral("DRAFT — Report of the Results of Procedures Performed")
                               : QStringLiteral("Report of the Results of Procedures Performed"),
                       L.ja() ? Style::Subtitle : Style::Title, 0, Qt::AlignHCenter);
        flow.space(f.mm(4));
        flow.paragraph(L.label(u"ISMAP（政府情報システムのためのセキュリティ評価制度）",
                               "ISMAP — Information system Security Management and Assessment Program"),
                       Style::Body, 0, Qt::AlignHCenter);
        flow.space(f.mm(10));
        if (o.draft)
            draftNotice(flow);
        if (o.demo) {
            const qreal top = flow.y();
            flow.space(f.mm(2));
            flow.paragraph(L.label(u"DEMO — 架空の監査業務とデモ用証明書による見本です。提出には使用できません。",
                                   "DEMO — a fictional engagement signed with a demo certificate; not for submission."),
                           Style::Warning, f.mm(4));
            flow.space(f.mm(2));
            flow.addFill(QRectF(m_content.left(), top, m_content.width(), flow.y() - top), qRgb(0xfd, 0xe8, 0xe8));
            flow.space(f.mm(8));
        }
        const Engagement& e = d.engagement;
        const QString period = L.both() ? L.date(e.periodStart) + QStringLiteral(" –\n") + L.date(e.periodEnd)
                                        : L.date(e.periodStart) + QStringLiteral(" – ") + L.date(e.periodEnd);
        flow.keyValues({ { L.label(u"クラウドサービス事業者", "Cloud service provider"), e.csp },
                         { L.label(u"クラウドサービス", "Cloud service"), e.service },
                         { L.label(u"対象範囲", "Scope"), e.scope.isEmpty() ? QStringLiteral("—") : e.scope },
                         { L.label(u"管理基準の版", "Criteria revision"), e.criteriaRevision },
                         { L.label(u"制度", "Scheme"), L.scheme(e.scheme) },
                         { L.label(u"監査の種類", "Audit"), L.auditKind(e.auditKind) },
                         { L.label(u"対象期間", "Audit period"), period },
                         { L.label(u"監査機関", "Audit firm"), e.firm.isEmpty() ? QStringLiteral("—") : e.firm },
                         { L.label(u"業務執行責任者", "Engagement lead"),
                           d.leadName().isEmpty() ? QStringLiteral("—") : d.leadName() },
                         { L.label(u"報告日", "Date of report"), L.date(reportDate()) } },
                       0.3, Style::Body);
        flow.moveTo(m_content.bottom() - f.lineHeight(Style::Small) * 2);
        flow.paragraph(L.label(u"業務ID", "Engagement ID") + QStringLiteral(": ") + e.uuid, Style::Small, 0,
                       Qt::AlignHCenter);
        std::vector<LaidOutPage> pages = flow.takePages();
        return std::move(pages.front());
    }

    /// The cover's box saying the report is a draft, not the firm's report, and what still blocks the final one.
    void draftNotice(PageFlow& flow)
    {
        const qreal top = flow.y();
        flow.space(f.mm(2));
        flow.paragraph(L.label(u"DRAFT / ドラフト — 最終の報告書ではない。監査機関の署名はなく、提出には使用できない。",
                               "DRAFT / ドラフト — not the final report: it carries no signature of the audit firm "
                               "and is not for submission."),
                       Style::Warning, f.mm(4));
        constexpr int kShown = 8;
        for (int i = 0; i < o.draftReasons.size() && i < kShown; ++i)
            flow.paragraph(QStringLiteral("• ") + o.draftReasons.at(i), Style::Small, f.mm(4));
        if (o.draftReasons.size() > kShown)
            flow.paragraph(L.label(u"ほか %1 件", "and %1 more").arg(o.draftReasons.size() - kShown), Style::Small,
                           f.mm(4));
        flow.space(f.mm(2));
        flow.addFill(QRectF(m_content.left(), top, m_content.width(), flow.y() - top), qRgb(0xf3, 0xf3, 0xf3));
        flow.space(f.mm(6));
    }

    /// The earlier final reports this one replaces and each reopening of the engagement since, with its reason.
    void reissue(PageFlow& flow)
    {
        if (d.earlierFinals.isEmpty())
            return;
        section(flow, L.label(u"再発行", "Reissue"), false);
        flow.paragraph(L.label(u"本報告書は、以下の既に発行された報告書を置き換えるものである。",
                               "This report replaces the report(s) issued earlier, listed below."));
        for (const IssuedReport& r : d.earlierFinals) {
            flow.space(f.pt(4));
            flow.keyValues(
                { { L.label(u"発行日時", "Issued at"), ReportLanguage::timestamp(r.issuedAt) },
                  { L.label(u"発行者", "Issued by"), r.issuedBy.isEmpty() ? QStringLiteral("—") : r.issuedBy },
                  { L.label(u"署名者", "Signed by"), r.signer.isEmpty() ? QStringLiteral("—") : r.signer },
                  { QStringLiteral("SHA-256"), r.sha256 } },
                0.24);
        }
        bool heading = false;
        // The reopenings before the first issue belong to the fieldwork, not to a reissue.
        for (qsizetype i = d.earlierFinals.first().unlocksBefore; i < d.unlocks.size(); ++i) {
            const EngagementUnlock& u = d.unlocks.at(i);
            if (!heading) {
                flow.heading(L.label(u"業務の再開とその理由", "Reopening of the engagement and its reason"), Style::H3,
                             f.lineHeight(Style::Small) * 3);
                heading = true;
            }
            flow.keyValues({ { L.label(u"再開日時", "Reopened at"), ReportLanguage::timestamp(u.at) },
                             { L.label(u"再開者", "Reopened by"), u.member },
                             { L.label(u"理由", "Reason"), u.reason } },
                           0.24);
        }
    }

    std::vector<LaidOutPage> contents(int offset)
    {
        PageFlow flow(f, m_content, 2);
        flow.heading(L.label(u"目次", "Contents"), Style::H1, f.lineHeight(Style::Body) * 3);
        flow.space(f.pt(4));
        const qreal numberWidth = f.width(Style::Bold, QStringLiteral("00000"));
        for (const TocEntry& t : m_toc) {
            const Style style = t.level == 1 ? Style::Bold : Style::Small;
            const qreal lh = f.lineHeight(style) + (t.level == 1 ? f.pt(3) : 0);
            if (flow.y() + lh > m_content.bottom())
                flow.newPage();
            const qreal indent = t.level == 1 ? 0 : f.mm(6);
            const qreal base = flow.y() + (t.level == 1 ? f.pt(3) : 0) + f.baseline(style);
            flow.addText({ m_content.left() + indent, base },
                         f.elide(t.text, style, m_content.width() - indent - numberWidth - f.mm(3)), style);
            const QString number = QString::number(t.page + offset);
            flow.addText({ m_content.right() - f.width(style, number), base }, number, style);
            flow.moveTo(flow.y() + lh);
        }
        return flow.takePages();
    }

    void engagement(PageFlow& flow)
    {
        section(flow, L.label(u"1. 業務の概要と対象範囲", "1. Engagement and scope"), false);
        const Engagement& e = d.engagement;
        if (L.ja())
            flow.paragraph(
                QStringLiteral("本報告書は、ISMAP標準監査手続に基づき当監査機関が実施した手続及びその結果を、"
                               "ISMAP管理基準の項目ごとに記載したものである。"));
        if (L.en())
            flow.paragraph(QStringLiteral("This report sets out, item by item of the ISMAP control criteria, the "
                                          "procedures the audit firm performed under the ISMAP standard audit "
                                          "procedures and their results."));
        flow.space(f.pt(6));
        flow.keyValues(
            { { L.label(u"クラウドサービス事業者", "Cloud service provider"), e.csp },
              { L.label(u"クラウドサービス", "Cloud service"), e.service },
              { L.label(u"対象範囲", "Scope"), e.scope.isEmpty() ? QStringLiteral("—") : e.scope },
              { L.label(u"管理基準の版", "Criteria revision"),
                e.criteriaRevision + QStringLiteral(" (") + e.criteriaSource + u')' },
              { L.label(u"対象期間", "Audit period"),
                e.periodStart.toString(Qt::ISODate) + QStringLiteral(" – ") + e.periodEnd.toString(Qt::ISODate) },
              { L.label(u"監査の種類", "Audit"), L.scheme(e.scheme) + QStringLiteral(", ") + L.auditKind(e.auditKind) },
              { L.label(u"監査機関", "Audit firm"), e.firm.isEmpty() ? QStringLiteral("—") : e.firm },
              { L.label(u"対象項目数", "Items in scope"), QString::number(d.inScopeCount()) } });
        flow.heading(L.label(u"監査チーム", "Engagement team"), Style::H3, f.lineHeight(Style::Small) * 3);
        flow.beginTable({ { L.label(u"氏名", "Name"), 0.4 },
                          { L.label(u"役割", "Role"), 0.3 },
                          { L.label(u"連絡先", "E-mail"), 0.3 } });
        for (const TeamMember& m : d.team)
            flow.row({ m.name, L.role(roleKey(m.role)), m.email });
        flow.endTable();
    }

    void statement(PageFlow& flow)
    {
        section(flow, L.label(u"2. 言明書の概要（対象・対象外）", "2. Statement summary (in and out of scope)"));
        statementContent(flow);
        const bool undecidedColumn = showUndecided();
        QList<TableColumn> columns { { L.label(u"基準", "Part"), 0.34 },
                                     { L.label(u"対象", "In scope"), 0.165, Qt::AlignRight },
                                     { L.label(u"対象外", "Out of scope"), 0.165, Qt::AlignRight } };
        if (undecidedColumn)
            columns.append({ L.label(u"未決定", "Undecided"), 0.165, Qt::AlignRight });
        columns.append({ L.label(u"計", "Total"), 0.165, Qt::AlignRight });
        flow.beginTable(columns);
        int in = 0, out = 0, undecided = 0;
        const auto summaryRow = [&](const QString& label, int inScope, int outOfScope, int open) {
            QStringList cells { label, QString::number(inScope), QString::number(outOfScope) };
            if (undecidedColumn)
                cells << QString::number(open);
            cells << QString::number(inScope + outOfScope + (undecidedColumn ? open : 0));
            flow.row(cells);
        };
        for (const ReportPartSummary& p : d.parts) {
            summaryRow(L.part(p.part), p.inScope, p.outOfScope, p.undecided);
            in += p.inScope;
            out += p.outOfScope;
            undecided += p.undecided;
        }
        summaryRow(L.label(u"合計", "All parts"), in, out, undecided);
        flow.endTable();
        flow.heading(L.label(u"対象外とした項目と理由", "Items out of scope and the reasons given"), Style::H3,
                     f.lineHeight(Style::Small) * 3);
        if (d.exclusions.isEmpty()) {
            flow.paragraph(L.label(u"対象外の項目はない。", "No item is out of scope."), Style::Small);
            return;
        }
        flow.beginTable({ { L.label(u"項目", "Item"), 0.12 },
                          { L.label(u"名称", "Title"), 0.38 },
                          { L.label(u"理由", "Reason"), 0.5 } });
        for (const ReportExclusion& x : d.exclusions)
            flow.row({ x.id, L.pick(x.titleJa, x.titleEn), x.reason.isEmpty() ? QStringLiteral("—") : x.reason });
        flow.endTable();
    }

    void procedures(PageFlow& flow)
    {
        section(flow, L.label(u"3. 実施した手続と結果", "3. Procedures performed and results"));
        int steps = 0, deviations = 0, samples = 0;
        for (const ReportItem& it : d.items) {
            steps += int(it.steps.size());
            samples += int(it.samples.size());
            for (const ReportStep& s : it.steps)
                deviations += s.result == u"deviation" ? 1 : 0;
        }
        flow.keyValues({ { L.label(u"対象項目", "Items in scope"), QString::number(d.inScopeCount()) },
                         { L.label(u"手続", "Procedure steps"), QString::number(steps) },
                         { L.label(u"逸脱のあった手続", "Steps with deviations"), QString::number(deviations) },
                         { L.label(u"サンプル", "Sample sets"), QString::number(samples) },
                         { L.label(u"発見事項", "Findings"), QString::number(d.findings.size()) } });
        const int total = int(d.items.size());
        for (int i = 0; i < total; ++i) {
            item(flow, d.items[i]);
            if (i % 25 == 0)
                report(8 + 47 * i / total);
        }
    }

    void item(PageFlow& flow, const ReportItem& it)
    {
        flow.space(f.pt(6));
        m_toc.push_back({ 2, itemTitle(it.id, it.titleJa, it.titleEn), flow.pageNumber() });
        flow.heading(itemTitle(it.id, it.titleJa, it.titleEn), Style::H2, f.lineHeight(Style::Small) * 4);
        if (m_toc.back().page != flow.pageNumber())
            m_toc.back().page = flow.pageNumber(); // the heading moved to the next page with what follows it
        QStringList facts;
        facts << L.label(u"頻度", "Frequency") + QStringLiteral(": ") + L.frequency(it.frequency);
        if (!it.findingRefs.isEmpty())
            facts << L.label(u"発見事項", "Findings") + QStringLiteral(": ")
                    + it.findingRefs.join(QStringLiteral(", "));
        if (!it.evidenceRefs.isEmpty())
            facts << L.label(u"証跡", "Evidence") + QStringLiteral(": ") + it.evidenceRefs.join(QStringLiteral(", "));
        flow.paragraph(facts.join(QStringLiteral("   ")), Style::Small);
        statementOf(flow, it);
        flow.space(f.pt(2));
        if (!it.inCycle) {
            flow.paragraph(
                d.engagement.scheme == u"ismap-liu"
                    ? L.label(u"ISMAP-LIUの外部監査の対象範囲外の項目であり、本年度は手続を実施していない。",
                              "Outside the ISMAP-LIU external-audit scope: no procedures this year.")
                    : L.label(u"複数年の監査サイクルにより本年度の対象外であり、本年度は手続を実施していない。",
                              "Outside this year's audit cycle (multi-year cycle): no procedures this year."),
                Style::Small);
        } else if (it.steps.isEmpty()) {
            flow.paragraph(L.label(u"手続は記録されていない。", "No procedure step is recorded."), Style::Small);
        } else {
            flow.beginTable({ { QStringLiteral("#"), 0.05 },
                              { L.label(u"評価・種類", "Phase, type"), 0.13 },
                              { L.label(u"実施した手続", "Procedure performed"), 0.4 },
                              { L.label(u"結果", "Result"), 0.12 },
                              { L.label(u"備考", "Notes"), 0.19 },
                              { L.label(u"実施者", "Performed by"), 0.11 } });
            for (const ReportStep& s : it.steps)
                flow.row({ QString::number(s.seq), L.phase(s.phase) + u'\n' + L.procedureType(s.type),
                           L.pick(s.instructionJa, s.instructionEn), L.stepResult(s.status, s.result), s.notes,
                           s.preparer
                               + (s.performedAt.isEmpty() ? QString()
                                                          : u'\n' + ReportLanguage::timestamp(s.performedAt, false)) });
            flow.endTable();
        }
        for (const ReportSampleSet& s : it.samples)
            sample(flow, s);
        if (!it.signOffs.isEmpty()) {
            QStringList parts;
            for (const ReportSignOff& so : it.signOffs)
                parts << signOffText(so);
            flow.paragraph(L.label(u"サインオフ", "Sign-offs") + QStringLiteral(": ")
                               + parts.join(QStringLiteral("; ")),
                           Style::Small);
        }
    }

    /// The statement's own content: date, version, regions, underlying services, overview, changes, subsequent events.
    void statementContent(PageFlow& flow)
    {
        const StatementInfo& i = d.statementInfo;
        if (i.isEmpty())
            return;
        QList<QPair<QString, QString>> rows;
        const auto add = [&](const QString& label, const QString& value) {
            if (!value.isEmpty())
                rows.append({ label, value });
        };
        const QDate date = QDate::fromString(i.statementDate, Qt::ISODate);
        add(L.label(u"言明書の日付", "Date of the statement"), date.isValid() ? L.date(date) : i.statementDate);
        add(L.label(u"版", "Version"), i.version);
        add(L.label(u"リージョン", "Regions"), i.regions);
        QStringList services;
        for (const UnderlyingService& s : i.underlyingServices)
            services << (s.ismapRegistered ? s.name + QStringLiteral(" (")
                                 + (*s.ismapRegistered ? L.label(u"ISMAP登録済", "ISMAP-registered")
                                                       : L.label(u"ISMAP未登録", "not ISMAP-registered"))
                                 + u')'
                                           : s.name);
        add(L.label(u"基盤サービス", "Underlying services"), services.join(u'\n'));
        add(L.label(u"システム概要", "System overview"), i.systemOverview);
        add(L.label(u"期間中の変更", "Changes during the period"), i.changesInPeriod);
        add(L.label(u"後発事象", "Subsequent events"), i.subsequentEvents);
        flow.keyValues(rows, 0.25);
        flow.space(f.pt(6));
    }

    /// The CSP's statement for the item (言明書): the control as the CSP describes it and its population.
    void statementOf(PageFlow& flow, const ReportItem& it)
    {
        QList<QPair<QString, QString>> rows;
        const QString text = L.pick(it.statementText, it.statementTextEn, QStringLiteral("\n"));
        if (!text.isEmpty())
            rows.append({ L.label(u"言明書の記述", "Statement of the CSP"), text });
        if (!it.populationText.isEmpty() || it.populationCount) {
            QString pop = it.populationText;
            const QString countText = it.populationCount ? QLocale::c().toString(*it.populationCount) : QString();
            if (pop.isEmpty())
                pop = countText;
            else if (it.populationCount
                     && pop.normalized(QString::NormalizationForm_KC).remove(u',').trimmed()
                         != QString::number(*it.populationCount))
                pop += QStringLiteral(" (") + L.label(u"件数", "count") + QStringLiteral(": ") + countText + u')';
            rows.append({ L.label(u"母集団", "Population"), pop });
        }
        if (!it.populationRationale.isEmpty())
            rows.append({ L.label(u"母集団の根拠", "Population rationale"), it.populationRationale });
        if (rows.isEmpty())
            return;
        flow.space(f.pt(2));
        flow.keyValues(rows, 0.2);
    }

    QString tableName(const ReportSampleSet& s) const
    {
        const int i = d.samplingTableIndex(s.samplingTable);
        if (i < 0)
            return QStringLiteral("—");
        const ReportSamplingTable& t = d.samplingTables[i];
        QString name = L.pick(t.nameJa, t.nameEn, QStringLiteral(" / "));
        if (name.isEmpty())
            name = L.label(u"サンプリング表", "Sampling table");
        return name + u' ' + L.label(u"版", "version") + u' ' + (t.version.isEmpty() ? QStringLiteral("—") : t.version)
            + QStringLiteral(" (") + L.label(u"付録A", "Appendix A") + QStringLiteral("-") + QString::number(i + 1)
            + u')';
    }

    void sample(PageFlow& flow, const ReportSampleSet& s)
    {
        flow.space(f.pt(3));
        const QString head = L.label(u"サンプル", "Sample") + QStringLiteral(" #") + QString::number(s.id)
            + (s.description.isEmpty() ? QString() : QStringLiteral(" — ") + s.description);
        flow.heading(head, Style::SmallBold, f.lineHeight(Style::Small) * 5);
        flow.paragraph(L.label(u"母集団", "Population") + QStringLiteral(": ") + QLocale::c().toString(s.population)
                           + QStringLiteral("   ") + L.label(u"頻度", "Frequency") + QStringLiteral(": ")
                           + L.frequency(s.frequency) + QStringLiteral("   ") + L.label(u"サンプル数", "Sample size")
                           + QStringLiteral(": ") + QString::number(s.size) + QStringLiteral("   ")
                           + L.label(u"抽出表", "Table") + QStringLiteral(": ") + tableName(s)
                           + (s.populationList.isEmpty()
                                  ? QString()
                                  : QStringLiteral("   ") + L.label(u"母集団リスト", "Population list")
                                      + QStringLiteral(": ") + s.populationList),
                       Style::Small);
        flow.paragraph(L.label(u"シード", "Seed") + QStringLiteral(": ") + s.seed + QStringLiteral("   ")
                           + L.label(u"アルゴリズム", "Algorithm") + QStringLiteral(": ") + s.algorithm
                           + QStringLiteral("   ") + L.label(u"抽出者", "Drawn by") + QStringLiteral(": ") + s.drawnBy
                           + u' ' + ReportLanguage::timestamp(s.drawnAt, false),
                       Style::Small);
        if (s.items.isEmpty())
            return;
        flow.beginTable({ { QStringLiteral("#"), 0.06 },
                          { L.label(u"母集団内の番号", "Population index"), 0.14, Qt::AlignRight },
                          { L.label(u"抽出項目", "Item sampled"), 0.34 },
                          { L.label(u"結果", "Result"), 0.14 },
                          { L.label(u"備考", "Notes"), 0.32 } });
        for (const ReportSampleItem& si : s.items)
            flow.row({ QString::number(si.seq), QString::number(si.populationIndex), si.label,
                       L.sampleResult(si.result), si.notes });
        flow.endTable();
    }

    void findings(PageFlow& flow)
    {
        section(
            flow,
            L.label(u"4. 逸脱事項・発見事項と経営者の対応", "4. Deviations and findings with management responses"));
        if (d.findings.isEmpty()) {
            flow.paragraph(L.label(u"発見事項はない。", "No deviation or finding was identified."));
            return;
        }
        for (int i = 0; i < d.findings.size(); ++i) {
            const ReportFinding& x = d.findings[i];
            flow.space(f.pt(4));
            flow.heading(x.ref + QStringLiteral("  ")
                             + (x.title.isEmpty() ? x.itemId
                                    : TextCode::isCoded(x.title)
                                    ? L.pick(TextCode::render(x.title, QStringLiteral("ja")),
                                             TextCode::render(x.title, QStringLiteral("en")), QStringLiteral(" / "))
                                    : x.title),
                         Style::H3, f.lineHeight(Style::Small) * 4);
            flow.keyValues(
                { { L.label(u"項目", "Item"), x.itemId },
                  { L.label(u"重要度", "Severity"), L.severity(x.severity) },
                  { L.label(u"状況", "Status"), L.findingStatus(x.status) },
                  { L.label(u"事象", "Condition"), x.condition },
                  { L.label(u"基準", "Criteria"), x.criteria },
                  { L.label(u"原因", "Cause"), x.cause },
                  { L.label(u"影響", "Effect"), x.effect },
                  { L.label(u"経営者の対応", "Management response"),
                    x.response.isEmpty() ? QStringLiteral("—") : x.response },
                  { L.label(u"起票", "Raised by"), x.raisedBy + u' ' + ReportLanguage::timestamp(x.raisedAt, false) } },
                0.24);
            if (i % 25 == 0)
                report(55 + 5 * i / int(d.findings.size()));
        }
    }

    void evidence(PageFlow& flow)
    {
        section(flow, L.label(u"5. 証跡一覧（SHA-256）", "5. Evidence index (SHA-256)"));
        if (d.evidence.isEmpty()) {
            flow.paragraph(L.label(u"証跡は登録されていない。", "No evidence is recorded."));
            return;
        }
        // The hash column is exactly as wide as a SHA-256 so that each one stays on one line.
        qreal widest = 0;
        for (const QChar c : QStringLiteral("0123456789abcdef"))
            widest = std::max(widest, f.width(Style::Hash, QString(c)));
        const qreal hashShare = (widest * 64 + f.pt(8)) / m_content.width();
        const qreal rest = 1 - hashShare;
        flow.beginTable({ { L.label(u"番号", "Ref"), rest * 0.16 },
                          { L.label(u"名称・入手先・入手日・項目", "Name, obtained from / at, items"), rest * 0.66 },
                          { L.label(u"サイズ", "Bytes"), rest * 0.18, Qt::AlignRight },
                          { QStringLiteral("SHA-256"), hashShare, Qt::AlignLeft, Style::Hash } });
        for (const ReportEvidence& e : d.evidence) {
            QString what = e.name;
            QStringList more { e.obtainedFrom, ReportLanguage::timestamp(e.obtainedAt, false) };
            if (!e.items.isEmpty())
                more << QStringLiteral("→ ") + e.items.join(QStringLiteral(", "));
            more.removeAll(QString());
            if (!more.isEmpty())
                what += u'\n' + more.join(u' ');
            flow.row({ e.ref, what, sizeText(e.size), e.sha256 });
        }
        flow.endTable();
    }

    void trail(PageFlow& flow)
    {
        section(flow, L.label(u"6. 監査証跡（ハッシュチェーン）", "6. Audit trail (hash chain)"), false);
        if (L.ja())
            flow.paragraph(
                QStringLiteral("ワークブックの変更はすべてハッシュチェーンで連結された監査証跡に記録されている。"
                               "本報告書作成時点の先頭ハッシュを以下に記載する。"));
        if (L.en())
            flow.paragraph(QStringLiteral("Every change to the workbook is recorded in a hash-chained audit trail. "
                                          "The head of the chain when this report was composed:"));
        flow.space(f.pt(4));
        flow.keyValues({ { L.label(u"先頭ハッシュ", "Trail head (SHA-256)"), d.trailHead },
                         { L.label(u"記録件数", "Trail rows"), QString::number(d.trailCount) },
                         { L.label(u"業務ID", "Engagement ID"), d.engagement.uuid },
                         { L.label(u"作成日時", "Composed at"),
                           d.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) },
                         { L.label(u"添付ファイル", "Attachment"), QString::fromLatin1(ReportManifest::kFileName) } },
                       0.24, Style::Body);
    }

    /// "Preparer: Tanaka 2026-12-06 10:00 (key 1a2b 3c4d 5e6f 7a8b)": who signed, when, with which member key.
    QString signOffText(const ReportSignOff& so) const
    {
        return L.signOffRole(so.role) + QStringLiteral(": ") + so.member + u' ' + ReportLanguage::timestamp(so.at)
            + (so.keyFingerprint.isEmpty() ? QString()
                                           : u' ' + L.label(u"（鍵 ", "(key ")
                       + MemberKey::grouped(so.keyFingerprint.left(16)) + L.label(u"）", ")"))
            + (so.voided ? u' ' + L.label(u"（無効）", "(voided)") : QString());
    }

    void signature(PageFlow& flow)
    {
        section(flow, L.label(u"7. 署名", "7. Signature"));
        if (!d.engagementSignOffs.isEmpty()) {
            QStringList parts;
            for (const ReportSignOff& so : d.engagementSignOffs)
                parts << signOffText(so);
            flow.paragraph(L.label(u"業務全体のサインオフ", "Engagement sign-offs") + QStringLiteral(": ")
                               + parts.join(QStringLiteral("; ")),
                           Style::Small);
        }
        const QString signer = o.signer.isEmpty() ? d.leadName() : o.signer;
        flow.keyValues({ { L.label(u"監査機関", "Audit firm"),
                           d.engagement.firm.isEmpty() ? QStringLiteral("—") : d.engagement.firm },
                         { L.label(u"業務執行責任者", "Engagement lead"),
                           d.leadName().isEmpty() ? QStringLiteral("—") : d.leadName() },
                         { L.label(u"署名者", "Signed by"), signer.isEmpty() ? QStringLiteral("—") : signer },
                         { L.label(u"日付", "Date"), L.date(reportDate()) } },
                       0.28, Style::Body);
        flow.space(f.mm(6));
        const qreal top = flow.y();
        flow.space(f.mm(3));
        if (o.draft) {
            flow.paragraph(
                L.label(u"この写しはドラフトであり、監査機関の報告書ではない。監査機関の証明書による署名はない。",
                        "This copy is a draft, not the audit firm's report; it is not signed with the "
                        "firm's certificate."),
                Style::Warning, f.mm(4));
        } else if (!o.signer.isEmpty()) {
            if (L.ja())
                flow.paragraph(
                    QStringLiteral("本報告書には電子署名が付されている。署名者、署名日時及び署名後に改変がないことは、"
                                   "PDF閲覧ソフトの署名パネルで確認できる。"),
                    Style::Body, f.mm(4));
            if (L.en())
                flow.paragraph(QStringLiteral("Digitally signed — see the signature panel of your PDF reader for who "
                                              "signed, when, and that nothing changed since."),
                               Style::Body, f.mm(4));
        } else {
            flow.paragraph(
                L.label(u"この写しには電子署名が付されていない。", "This copy carries no digital signature."),
                Style::Warning, f.mm(4));
        }
        flow.space(f.mm(3));
        flow.addRule(QLineF(m_content.left(), top, m_content.right(), top));
        flow.addRule(QLineF(m_content.left(), flow.y(), m_content.right(), flow.y()));
    }

    /// Appendix A: each sampling table the draws used, once, as a table (the draws name it by name and version).
    void samplingAppendix(PageFlow& flow)
    {
        if (d.samplingTables.isEmpty())
            return;
        section(flow, L.label(u"付録A サンプリング表", "Appendix A. Sampling tables"));
        for (int i = 0; i < d.samplingTables.size(); ++i) {
            const ReportSamplingTable& t = d.samplingTables[i];
            QString name = L.pick(t.nameJa, t.nameEn, QStringLiteral(" / "));
            if (name.isEmpty())
                name = L.label(u"サンプリング表", "Sampling table");
            flow.heading(L.label(u"付録A", "Appendix A") + QStringLiteral("-") + QString::number(i + 1)
                             + QStringLiteral("  ") + name + u' ' + L.label(u"版", "version") + u' ' + t.version,
                         Style::H3, f.lineHeight(Style::Small) * 6);
            flow.beginTable({ { L.label(u"統制の頻度", "Control frequency"), 0.6 },
                              { L.label(u"サンプル数", "Sample size"), 0.4, Qt::AlignRight } });
            for (const auto& [freq, size] : t.sizes)
                flow.row({ L.frequency(freq), QString::number(size) });
            qint64 from = 1;
            for (const auto& [max, size] : t.eventBands) {
                const QString band = max < 0 ? L.label(u"母集団 %1件以上", "population %1 or more").arg(from)
                                             : L.label(u"母集団 %1〜%2件", "population %1 to %2").arg(from).arg(max);
                flow.row(
                    { L.frequency(QStringLiteral("event")) + QStringLiteral(" — ") + band, QString::number(size) });
                if (max >= 0)
                    from = max + 1;
            }
            flow.endTable();
            flow.paragraph(L.label(u"母集団がサンプル数以下の場合は全件を検証する。",
                                   "When the population is at or below the size, every item is tested."),
                           Style::Small);
            if (!t.note.isEmpty() && L.en())
                flow.paragraph(t.note, Style::Small);
        }
    }

    const ReportData& d;
    const ReportOptions& o;
    const ReportLanguage L;
    const FontSet& f;
    QRectF m_content;
    std::vector<TocEntry> m_toc;
};

QColor colourOf(Style s)
{
    switch (s) {
    case Style::H1:
    case Style::H2:
    case Style::Title:
        return QColor(0x1b, 0x3a, 0x5c);
    case Style::Warning:
        return QColor(0xb0, 0x1c, 0x1c);
    case Style::Margin:
        return QColor(0x55, 0x55, 0x55);
    default:
        return Qt::black;
    }
}

/// "DRAFT / ドラフト" across the page, light, under the text: every page of a draft shows it, the cover too. Drawn as
/// outlines, not text, so that it never mixes into the words a reader copies or searches (the header says DRAFT).
void watermark(QPainter& p, const FontSet& f, const QRectF& content)
{
    static const QString text = QStringLiteral("DRAFT / ドラフト");
    QFont font = f.font(Style::Title);
    font.setPixelSize(int(f.mm(24)));
    QPainterPath path;
    path.addText(QPointF(0, 0), font, text);
    const QRectF box = path.boundingRect();
    p.save();
    p.translate(content.center());
    p.rotate(-40);
    p.translate(-box.center());
    p.fillPath(path, QColor(0xd8, 0xd8, 0xd8));
    p.restore();
}

void paint(QPdfWriter& writer, const FontSet& f, std::vector<LaidOutPage>& pages, const ReportData& d,
           const ReportOptions& o, const QRectF& content, const std::function<void(int)>& progress)
{
    QPainter p;
    if (!p.begin(&writer))
        throw AuditError(ErrorCode::Io, ReportWriter::tr("The PDF could not be started."));
    const QString total = QString::number(pages.size());
    const QString running = (o.draft ? QStringLiteral("DRAFT / ドラフト — ") : QString())
        + (o.demo ? QStringLiteral("DEMO — ") : QString()) + d.engagement.csp + QStringLiteral(" / ")
        + d.engagement.service + QStringLiteral(" / ") + d.engagement.periodStart.toString(Qt::ISODate)
        + QStringLiteral(" – ") + d.engagement.periodEnd.toString(Qt::ISODate);
    const ReportLanguage lang(o.language);
    const QString title = o.draft ? lang.label(u"実施結果報告書（ドラフト）", "Draft report")
                                  : lang.label(u"実施結果報告書", "Report of Procedures Performed");
    const QPen rulePen(QColor(0x8a, 0x94, 0xa0), f.pt(0.5));
    const qreal headerBase = content.top() - f.mm(7);
    const qreal footerBase = content.bottom() + f.mm(9);
    const QString runningElided
        = f.elide(running, Style::Margin, content.width() - f.width(Style::Margin, title) - f.mm(8));
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        LaidOutPage& page = pages[i];
        for (const Fill& fill : page.fills)
            p.fillRect(fill.rect, QColor(fill.colour));
        if (o.draft)
            watermark(p, f, content);
        p.setPen(rulePen);
        if (!page.rules.empty())
            p.drawLines(page.rules.data(), int(page.rules.size()));
        Style current = Style::Count;
        for (const TextRun& t : page.texts) {
            if (t.style != current) {
                current = t.style;
                p.setFont(f.font(current));
                p.setPen(colourOf(current));
            }
            p.drawText(t.at, t.text);
        }
        if (page.chrome) {
            p.setFont(f.font(Style::Margin));
            p.setPen(colourOf(Style::Margin));
            p.drawText(QPointF(content.left(), headerBase), runningElided);
            p.drawText(QPointF(content.right() - f.width(Style::Margin, title), headerBase), title);
            const QString number = QString::number(i + 1) + QStringLiteral(" / ") + total;
            p.drawText(QPointF(content.center().x() - f.width(Style::Margin, number) / 2, footerBase), number);
            p.setPen(rulePen);
            p.drawLine(QLineF(content.left(), headerBase + f.mm(2), content.right(), headerBase + f.mm(2)));
        }
        // Free each page as soon as it is painted: peak memory is the display list, not twice it.
        LaidOutPage().texts.swap(page.texts);
        if (i % 20 == 0)
            progress(70 + int(25 * i / pages.size()));
    }
    if (!p.end())
        throw AuditError(ErrorCode::Io, ReportWriter::tr("The PDF could not be finished."));
}

} // namespace

QByteArray ReportWriter::render(const ReportData& data, const ReportOptions& options, ReportResult* result)
{
    const ReportLanguage lang(options.language); // validates the language before any work
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::vector<LaidOutPage> pages;
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("ISMAP Audit Workbench"));
        writer.setTitle((options.draft ? lang.label(u"実施結果報告書（ドラフト）", "Draft report")
                                       : lang.label(u"実施結果報告書", "Report of the Results of Procedures Performed"))
                        + QStringLiteral(" — ") + data.engagement.csp + QStringLiteral(" / ")
                        + data.engagement.service);
        const FontSet fonts(&writer);
        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF content = page.adjusted(fonts.mm(18), fonts.mm(22), -fonts.mm(18), -fonts.mm(20));
        Composer composer(data, options, fonts, content);
        pages = composer.compose();
        pageCount = int(pages.size());
        paint(writer, fonts, pages, data, options, content, [&](int percent) { composer.report(percent); });
    }
    const ReportManifest manifest = ReportManifest::from(data, options.language, options.draft);
    const QByteArray json = manifest.toJson();
    // Attach first, then make the text extractable (Qt's ToUnicode maps name some kanji as Kangxi radicals);
    // signing, if any, comes after both as an incremental update.
    QByteArray pdf = ToUnicodeFix::apply(ReportManifest::embed(buffer.data(), json));
    if (options.progress && !options.progress(98))
        throw AuditError(ErrorCode::Cancelled, tr("The report was cancelled; no file was written."));
    if (result) {
        result->pages = pageCount;
        result->bytes = pdf.size();
        result->manifest = json;
    }
    return pdf;
}

void ReportWriter::checkOutputPath(const QString& outPath)
{
    if (outPath.trimmed().isEmpty())
        throw AuditError(ErrorCode::InvalidInput, tr("No output file given for the report (-o OUT.pdf)."));
    const QFileInfo info(outPath);
    if (info.isDir())
        throw AuditError(ErrorCode::InvalidInput, tr("%1: is a folder; give the report's file name.").arg(outPath));
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        throw AuditError(ErrorCode::Io, tr("%1: the folder %2 does not exist.").arg(outPath, dir.filePath()));
    if (!dir.isWritable() || (info.exists() && !info.isWritable()))
        throw AuditError(ErrorCode::ReadOnly, tr("%1: cannot be written (no permission).").arg(outPath));
}

ReportResult ReportWriter::write(Workbook& wb, const QString& outPath, const ReportOptions& options,
                                 const std::function<QByteArray(const QByteArray&)>& finish)
{
    const ReportLanguage lang(options.language);
    checkOutputPath(outPath);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw AuditError(ErrorCode::Io, tr("%1: cannot be written (%2).").arg(outPath, file.errorString()));
    const ReportData data = ReportData::gather(wb);
    ReportResult result;
    QByteArray pdf = render(data, options, &result);
    if (finish)
        pdf = finish(pdf);
    result.bytes = pdf.size();
    if (file.write(pdf) != pdf.size() || !file.commit())
        throw AuditError(
            ErrorCode::Io,
            tr("%1: writing the report failed (%2); no file was written.").arg(outPath, file.errorString()));
    if (options.progress)
        options.progress(100);
    return result;
}

} // namespace ismap
