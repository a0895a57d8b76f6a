#include "export/WorkPaperExport.h"

#include "catalog/Catalog.h"
#include "common/AuditError.h"
#include "common/Clock.h"
#include "common/TextCode.h"
#include "engagement/ItemStatusBook.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Requests.h"
#include "fieldwork/Sampling.h"
#include "report/ReportLanguage.h"
#include "workbook/Workbook.h"

#include <QHash>

namespace ismap {

using report::ReportLanguage;

namespace {

QString itemStatus(const ReportLanguage& L, ItemStatus s)
{
    switch (s) {
    case ItemStatus::NotStarted:
        return L.label(u"未着手", "not started");
    case ItemStatus::InProgress:
        return L.label(u"実施中", "in progress");
    case ItemStatus::Prepared:
        return L.label(u"作成済", "prepared");
    case ItemStatus::Reviewed:
        return L.label(u"査閲済", "reviewed");
    case ItemStatus::NeedsAttention:
        return L.label(u"要対応", "needs attention");
    case ItemStatus::OutOfCycle:
        return L.label(u"今期対象外", "not in this year's cycle");
    }
    return {};
}

QString yesNo(const ReportLanguage& L, bool v)
{
    return v ? L.label(u"はい", "yes") : L.label(u"いいえ", "no");
}

/// Adds a column: header, width in characters, whether it holds whole numbers.
void column(Sheet& s, const QString& header, int width, bool numeric = false)
{
    s.headers << header;
    s.widths << width;
    s.numeric << numeric;
}

QHash<QString, QString> titles(Workbook& wb, const QString& lang)
{
    QHash<QString, QString> out;
    for (const CatalogItem& c : Catalog::items(wb))
        out.insert(c.id, c.title(lang));
    return out;
}

Sheet findings(Workbook& wb, const ReportLanguage& L, const QString& lang)
{
    Sheet s;
    s.name = L.label(u"発見事項", "Findings");
    column(s, L.label(u"番号", "Ref"), 8);
    column(s, L.label(u"管理策", "Item"), 12);
    column(s, L.label(u"管理策名", "Item title"), 30);
    column(s, L.label(u"表題", "Title"), 30);
    column(s, L.label(u"重要度", "Severity"), 9);
    column(s, L.label(u"状態", "Status"), 9);
    column(s, L.label(u"状況", "Condition"), 40);
    column(s, L.label(u"規準", "Criteria"), 30);
    column(s, L.label(u"原因", "Cause"), 30);
    column(s, L.label(u"影響", "Effect"), 30);
    column(s, L.label(u"経営者の回答", "Management response"), 40);
    column(s, L.label(u"起票者", "Raised by"), 14);
    column(s, L.label(u"起票日時 (JST)", "Raised at (JST)"), 17);
    const QHash<QString, QString> title = titles(wb, lang);
    for (const Finding& f : Findings::all(wb))
        s.rows.append({ f.ref, f.itemId, title.value(f.itemId), TextCode::render(f.title, lang), L.severity(f.severity),
                        L.findingStatus(f.status), f.condition, f.criteria, f.cause, f.effect, f.response, f.raisedBy,
                        Clock::japanTime(f.raisedAt) });
    return s;
}

Sheet samples(Workbook& wb, const ReportLanguage& L, const QString& lang)
{
    Sheet s;
    s.name = L.label(u"サンプル抽出", "Samples");
    column(s, L.label(u"管理策", "Item"), 12);
    column(s, L.label(u"管理策名", "Item title"), 28);
    column(s, L.label(u"サンプル", "Sample"), 9, true);
    column(s, L.label(u"説明", "Description"), 24);
    column(s, L.label(u"頻度", "Frequency"), 10);
    column(s, L.label(u"母集団件数", "Population"), 11, true);
    column(s, L.label(u"サンプル数", "Sample size"), 11, true);
    column(s, L.label(u"順番", "No."), 6, true);
    column(s, L.label(u"母集団内の位置", "Population index"), 14, true);
    column(s, L.label(u"対象記録", "Record"), 30);
    column(s, L.label(u"結果", "Result"), 10);
    column(s, L.label(u"備考", "Notes"), 30);
    column(s, L.label(u"シード", "Seed"), 22);
    column(s, L.label(u"抽出者", "Drawn by"), 14);
    column(s, L.label(u"抽出日時 (JST)", "Drawn at (JST)"), 17);
    const QHash<QString, QString> title = titles(wb, lang);
    for (const SampleSet& set : Sampling::allSets(wb))
        for (const SampleItem& i : set.items)
            s.rows.append({ set.itemId, title.value(set.itemId), QString::number(set.id), set.description,
                            L.frequency(set.frequency), QString::number(set.population), QString::number(set.size),
                            QString::number(i.seq), QString::number(i.populationIndex), i.label,
                            i.result ? L.sampleResult(FieldworkText::key(*i.result)) : L.sampleResult(QString()),
                            i.notes, set.seed, set.drawnBy, Clock::japanTime(set.drawnAt) });
    return s;
}

Sheet evidence(Workbook& wb, const ReportLanguage& L)
{
    Sheet s;
    s.name = L.label(u"証跡一覧", "Evidence");
    column(s, L.label(u"番号", "Ref"), 9);
    column(s, L.label(u"ファイル名", "Name"), 30);
    column(s, L.label(u"サイズ (バイト)", "Size (bytes)"), 13, true);
    column(s, QStringLiteral("SHA-256"), 66);
    column(s, L.label(u"管理策", "Items"), 20);
    column(s, L.label(u"入手先", "Obtained from"), 20);
    column(s, L.label(u"入手日", "Obtained on"), 11);
    column(s, L.label(u"説明", "Description"), 36);
    column(s, L.label(u"登録者", "Added by"), 14);
    column(s, L.label(u"登録日時 (JST)", "Added at (JST)"), 17);
    EvidenceVault vault(wb);
    const QHash<QString, QStringList> items = vault.linkedItems();
    for (const EvidenceRecord& e : vault.list())
        s.rows.append({ e.ref, e.name, QString::number(e.size), e.sha256, items.value(e.ref).join(QStringLiteral(", ")),
                        e.obtainedFrom, e.obtainedAt, e.description, e.addedBy, Clock::japanTime(e.addedAt) });
    return s;
}

Sheet status(Workbook& wb, const ReportLanguage& L, const QString& lang)
{
    Sheet s;
    s.name = L.label(u"進捗状況", "Status");
    column(s, L.label(u"管理策", "Item"), 12);
    column(s, L.label(u"管理策名", "Item title"), 36);
    column(s, L.label(u"必須", "Mandatory"), 8);
    column(s, L.label(u"担当者", "Assignee"), 14);
    column(s, L.label(u"状態", "Status"), 14);
    column(s, L.label(u"要対応の理由", "Why it needs attention"), 30);
    column(s, L.label(u"手続（完了）", "Steps done"), 11, true);
    column(s, L.label(u"手続（全体）", "Steps"), 11, true);
    column(s, L.label(u"逸脱", "Deviations"), 9, true);
    column(s, L.label(u"未検証サンプル", "Samples pending"), 13, true);
    column(s, L.label(u"未解決の査閲メモ", "Open review notes"), 14, true);
    column(s, L.label(u"作成者サインオフ", "Preparer signed"), 13);
    column(s, L.label(u"査閲者サインオフ", "Reviewer signed"), 13);
    column(s, L.label(u"発見事項", "Findings"), 18);
    const QHash<QString, QString> title = titles(wb, lang);
    QHash<QString, QStringList> findingRefs;
    for (const Finding& f : Findings::all(wb))
        findingRefs[f.itemId].append(f.ref);
    for (const ItemState& st : ItemStatusBook::all(wb)) {
        QStringList why;
        if (st.openNotes > 0)
            why << L.label(u"未解決の査閲メモ", "open review notes");
        if (st.signOffVoided)
            why << L.label(u"サインオフ無効化", "sign-off voided");
        if (st.deviationsWithoutFinding > 0)
            why << L.label(u"発見事項のない逸脱", "deviation without a finding");
        s.rows.append({ st.itemId, title.value(st.itemId), yesNo(L, st.mandatory), st.assignee,
                        itemStatus(L, st.status), why.join(QStringLiteral(", ")), QString::number(st.stepsDone),
                        QString::number(st.steps), QString::number(st.deviations),
                        QString::number(st.sampleItemsPending), QString::number(st.openNotes),
                        yesNo(L, st.preparerSigned), yesNo(L, st.reviewerSigned),
                        findingRefs.value(st.itemId).join(QStringLiteral(", ")) });
    }
    return s;
}

QString requestStatus(const ReportLanguage& L, const QString& key)
{
    if (key == u"requested")
        return L.label(u"依頼中", "requested");
    if (key == u"received")
        return L.label(u"受領済", "received");
    if (key == u"withdrawn")
        return L.label(u"取下げ", "withdrawn");
    if (key == u"overdue")
        return L.label(u"期限超過", "overdue");
    return key;
}

/// The request list as handed to the CSP; its returned copy comes back through Requests::importReturnedCopy, which
/// reads the 番号/Ref, 状態/Status, 受領日/Received on and 備考/Note columns written here.
Sheet requests(Workbook& wb, const ReportLanguage& L, const QString& lang)
{
    Sheet s;
    s.name = L.label(u"依頼資料一覧", "Requests");
    column(s, L.label(u"番号", "Ref"), 8);
    column(s, L.label(u"管理策", "Item"), 12);
    column(s, L.label(u"管理策名", "Item title"), 28);
    column(s, L.label(u"サンプル", "Sample"), 9, true);
    column(s, L.label(u"依頼内容", "Description"), 40);
    column(s, L.label(u"依頼日", "Requested on"), 12);
    column(s, L.label(u"期限", "Due"), 12);
    column(s, L.label(u"状態", "Status"), 10);
    column(s, L.label(u"受領日", "Received on"), 12);
    column(s, L.label(u"証跡", "Evidence"), 16);
    column(s, L.label(u"備考", "Note"), 30);
    const QHash<QString, QString> title = titles(wb, lang);
    const QDate today = Clock::todayInJapan();
    for (const Request& r : Requests::all(wb))
        s.rows.append({ r.ref, r.itemId, title.value(r.itemId),
                        r.sampleSetId ? QString::number(*r.sampleSetId) : QString(), r.description, r.requestedOn,
                        r.dueOn, requestStatus(L, r.statusOn(today)), r.receivedOn,
                        r.evidenceRefs.join(QStringLiteral(", ")), r.note });
    return s;
}

} // namespace

std::optional<WorkPaperExport::Kind> WorkPaperExport::kindFromName(const QString& name)
{
    for (Kind k : kinds())
        if (WorkPaperExport::name(k) == name)
            return k;
    return std::nullopt;
}

QString WorkPaperExport::name(Kind kind)
{
    switch (kind) {
    case Kind::Findings:
        return QStringLiteral("findings");
    case Kind::Samples:
        return QStringLiteral("samples");
    case Kind::Evidence:
        return QStringLiteral("evidence");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Requests:
        return QStringLiteral("requests");
    }
    return {};
}

QList<WorkPaperExport::Kind> WorkPaperExport::kinds()
{
    return { Kind::Findings, Kind::Samples, Kind::Evidence, Kind::Status, Kind::Requests };
}

Sheet WorkPaperExport::sheet(Workbook& wb, Kind kind, const QString& lang)
{
    if (lang != u"ja" && lang != u"en")
        throw AuditError(ErrorCode::InvalidInput, tr("--lang: \"%1\" is not an export language (ja or en).").arg(lang));
    const ReportLanguage L(lang);
    switch (kind) {
    case Kind::Findings:
        return findings(wb, L, lang);
    case Kind::Samples:
        return samples(wb, L, lang);
    case Kind::Evidence:
        return evidence(wb, L);
    case Kind::Status:
        return status(wb, L, lang);
    case Kind::Requests:
        return requests(wb, L, lang);
    }
    return {};
}

qsizetype WorkPaperExport::write(Workbook& wb, Kind kind, const QString& path, const QString& lang,
                                 TableWriter::CsvEncoding encoding)
{
    const TableWriter::Format format = TableWriter::formatFor(path);
    const Sheet s = sheet(wb, kind, lang);
    if (format == TableWriter::Format::Xlsx)
        TableWriter::writeXlsx(s, path);
    else
        TableWriter::writeCsv(s, path, encoding);
    return s.rows.size();
}

} // namespace ismap
