#include "statement/StatementImport.h"

#include "catalog/Catalog.h"
#include "common/AuditError.h"
#include "common/Sha256.h"
#include "workbook/Workbook.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace ismap {

namespace {

enum Column {
    IdColumn,
    ApplicabilityColumn,
    ReasonColumn,
    DescriptionColumn,
    DescriptionEnColumn,
    FrequencyColumn,
    PopulationColumn,
    PopulationCountColumn,
    PopulationRationaleColumn,
    ColumnCount
};

constexpr int kHeaderScanRows = 30;

/// How a word in a cell is compared: NFKC (full-width letters and digits), lower case, no spaces; in words of more
/// than one character '_' and '-' are dropped too, so "In scope", "in_scope" and "in-scope" are one word.
QString wordKey(const QString& text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out.append(c);
    if (out.size() > 1) {
        out.remove(u'_');
        out.remove(u'-');
    }
    return out;
}

/// A cell that says nothing: empty, a dash or "n/a" (a dash in the reason column is no reason).
bool isNoText(const QString& text)
{
    static const QSet<QString> none { u"-"_s, u"―"_s, u"ー"_s, u"—"_s, u"−"_s, u"n/a"_s, u"na"_s, u"なし"_s };
    const QString key = wordKey(text);
    return key.isEmpty() || none.contains(key);
}

QString headerKey(const QString& text)
{
    QString k = wordKey(text);
    k.remove(u'*').remove(u'※');
    return k;
}

const QHash<QString, Column>& headerAliases()
{
    static const QHash<QString, Column> map = [] {
        const std::array<std::pair<Column, QStringList>, ColumnCount> groups { {
            { IdColumn,
              { u"管理策番号"_s, u"番号"_s, u"ID"_s, u"項番"_s, u"項目番号"_s, u"管理基準番号"_s, u"管理策ID"_s,
                u"統制番号"_s, u"No"_s, u"No."_s, u"Item ID"_s, u"Item"_s, u"Control ID"_s, u"Control No"_s,
                u"Criteria ID"_s } },
            { ApplicabilityColumn,
              { u"採否"_s, u"適用"_s, u"対象"_s, u"適用有無"_s, u"適用可否"_s, u"採用"_s, u"採用有無"_s,
                u"対象/対象外"_s, u"適用/非適用"_s, u"Applicability"_s, u"In scope"_s, u"Applicable"_s, u"Scope"_s } },
            { ReasonColumn,
              { u"非採用理由"_s, u"対象外理由"_s, u"理由"_s, u"非適用理由"_s, u"除外理由"_s, u"適用除外理由"_s,
                u"Reason"_s, u"Reason for exclusion"_s, u"Exclusion reason"_s, u"Justification"_s } },
            { DescriptionColumn,
              { u"実施内容"_s, u"統制の記述"_s, u"統制内容"_s, u"記述"_s, u"内部統制の記述"_s, u"実施状況"_s,
                u"Description"_s, u"description_ja"_s, u"Description (JA)"_s, u"Control description"_s } },
            { DescriptionEnColumn,
              { u"英語記述"_s, u"実施内容(英語)"_s, u"統制の記述(英語)"_s, u"Description (EN)"_s, u"description_en"_s,
                u"English description"_s, u"Control description (EN)"_s } },
            { FrequencyColumn, { u"頻度"_s, u"実施頻度"_s, u"統制頻度"_s, u"Frequency"_s, u"Control frequency"_s } },
            { PopulationColumn, { u"母集団"_s, u"母集団の内容"_s, u"母集団の記録"_s, u"Population"_s } },
            { PopulationCountColumn,
              { u"母集団件数"_s, u"母集団数"_s, u"件数"_s, u"Population size"_s, u"Population count"_s } },
            { PopulationRationaleColumn,
              { u"母集団の根拠"_s, u"母集団根拠"_s, u"根拠"_s, u"母集団の説明"_s, u"母集団の考え方"_s,
                u"Population rationale"_s, u"Population basis"_s, u"Rationale"_s } },
        } };
        QHash<QString, Column> m;
        for (const auto& [column, names] : groups)
            for (const QString& n : names)
                m.insert(headerKey(n), column);
        return m;
    }();
    return map;
}

std::optional<Column> columnForKey(const QString& key)
{
    const QHash<QString, Column>& aliases = headerAliases();
    auto it = aliases.constFind(key);
    if (it != aliases.constEnd())
        return *it;
    // "採否(○/×)", "母集団（件数）": the words before a trailing parenthesis name the column.
    static const QRegularExpression trailingParen(QStringLiteral("^(.+?)\\(.*\\)$"));
    const auto m = trailingParen.match(key);
    if (m.hasMatch()) {
        it = aliases.constFind(m.captured(1));
        if (it != aliases.constEnd())
            return *it;
    }
    return std::nullopt;
}

std::optional<Column> columnFor(const QString& cell)
{
    const QString key = headerKey(cell);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto column = columnForKey(key))
        return column;
    // Bilingual templates: "採否 / Applicability", "実施内容／Description".
    for (const QString& part : key.split(u'/', Qt::SkipEmptyParts))
        if (const auto column = columnForKey(part))
            return column;
    return std::nullopt;
}

/// The criteria ID in an ID cell: the whole cell normalised, or its first word when the title follows the ID
/// ("5.1.1 情報セキュリティのための方針群"). Empty if neither is an ID.
QString idInCell(const QString& cell)
{
    const QString id = ItemId::normalize(cell);
    if (ItemId::split(id, nullptr, nullptr))
        return id;
    const QString first = cell.normalized(QString::NormalizationForm_KC).simplified().section(u' ', 0, 0);
    const QString firstId = ItemId::normalize(first);
    return ItemId::split(firstId, nullptr, nullptr) ? firstId : QString();
}

/// Where the header row is and which column holds what.
struct Header
{
    int index = -1;
    std::array<int, ColumnCount> pos { -1, -1, -1, -1, -1, -1, -1, -1, -1 };
    int found = 0;
};

Header locateHeader(const Table& table)
{
    Header best;
    for (int r = 0; r < table.rows.size() && r < kHeaderScanRows; ++r) {
        Header h;
        h.index = r;
        const QStringList& row = table.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            const auto column = columnFor(row[c]);
            if (column && h.pos[*column] < 0) {
                h.pos[*column] = c;
                ++h.found;
            }
        }
        if (h.pos[IdColumn] >= 0 && h.pos[ApplicabilityColumn] >= 0)
            return h;
        if (h.found > best.found)
            best = h;
    }
    return best;
}

QString mandatoryRule(const CatalogItem& item)
{
    if (item.part == u"governance")
        return StatementImport::tr("every governance item is mandatory");
    if (item.part == u"management")
        return StatementImport::tr("every management item is mandatory");
    if (item.level == u"objective")
        return StatementImport::tr("a control objective (統制目標) is mandatory");
    return StatementImport::tr("a baseline item (.%1) is mandatory").arg(item.suffix);
}

QString summaryJson(const StatementImportResult& r, bool merge)
{
    const QJsonObject o { { QStringLiteral("source"), r.source },
                          { QStringLiteral("sha256"), r.sha256 },
                          { QStringLiteral("encoding"), r.encoding },
                          { QStringLiteral("rows"), r.rowsRead },
                          { QStringLiteral("items"), int(r.entries.size()) },
                          { QStringLiteral("in_scope"), r.inScope },
                          { QStringLiteral("out_of_scope"), r.outOfScope },
                          { QStringLiteral("undecided"), r.undecided },
                          { QStringLiteral("cleared"), r.cleared },
                          { QStringLiteral("merge"), merge } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<Applicability> StatementImport::parseMark(const QString& text)
{
    static const QSet<QString> in { u"○"_s,       u"〇"_s,   u"●"_s,          u"◯"_s,       u"y"_s,  u"yes"_s,
                                    u"1"_s,       u"対象"_s, u"適用"_s,       u"採用"_s,    u"有"_s, u"あり"_s,
                                    u"inscope"_s, u"true"_s, u"applicable"_s, u"included"_s };
    static const QSet<QString> out { u"×"_s,
                                     u"✕"_s,
                                     u"✗"_s,
                                     u"x"_s,
                                     u"n"_s,
                                     u"no"_s,
                                     u"0"_s,
                                     u"対象外"_s,
                                     u"非適用"_s,
                                     u"不採用"_s,
                                     u"該当なし"_s,
                                     u"適用外"_s,
                                     u"無"_s,
                                     u"なし"_s,
                                     u"-"_s,
                                     u"―"_s,
                                     u"—"_s,
                                     u"−"_s,
                                     u"ー"_s,
                                     u"‐"_s,
                                     u"outofscope"_s,
                                     u"false"_s,
                                     u"notapplicable"_s,
                                     u"n/a"_s,
                                     u"excluded"_s };
    const QString key = wordKey(text);
    if (in.contains(key))
        return Applicability::InScope;
    if (out.contains(key))
        return Applicability::OutOfScope;
    return std::nullopt;
}

std::optional<QString> StatementImport::parseFrequency(const QString& text)
{
    static const QHash<QString, QString> map = [] {
        const std::array<std::pair<const char*, QStringList>, 8> groups { {
            { "annual",
              { u"年次"_s, u"年1回"_s, u"年一回"_s, u"毎年"_s, u"年度"_s, u"年度毎"_s, u"1年毎"_s, u"annual"_s,
                u"annually"_s, u"yearly"_s } },
            { "semiannual",
              { u"半期"_s, u"半期毎"_s, u"半年"_s, u"半年毎"_s, u"半年次"_s, u"年2回"_s, u"semiannual"_s,
                u"semi-annually"_s, u"half-yearly"_s, u"biannual"_s } },
            { "quarterly",
              { u"四半期"_s, u"四半期毎"_s, u"四半期ごと"_s, u"年4回"_s, u"3ヶ月毎"_s, u"3か月毎"_s, u"quarterly"_s } },
            { "monthly", { u"月次"_s, u"毎月"_s, u"月1回"_s, u"月毎"_s, u"月ごと"_s, u"monthly"_s } },
            { "weekly", { u"週次"_s, u"毎週"_s, u"週1回"_s, u"週毎"_s, u"週ごと"_s, u"weekly"_s } },
            { "daily", { u"日次"_s, u"毎日"_s, u"1日1回"_s, u"日毎"_s, u"daily"_s } },
            { "multiple_daily",
              { u"1日複数回"_s, u"随時多数"_s, u"日次複数回"_s, u"1日数回"_s, u"multiple_daily"_s, u"multiple daily"_s,
                u"multiple times a day"_s, u"several times a day"_s, u"multiple times daily"_s } },
            { "event",
              { u"随時"_s, u"都度"_s, u"変更時"_s, u"発生時"_s, u"必要時"_s, u"発生の都度"_s, u"必要の都度"_s,
                u"event"_s, u"event-driven"_s, u"as needed"_s, u"on demand"_s, u"ad hoc"_s, u"on change"_s,
                u"as required"_s } },
        } };
        QHash<QString, QString> m;
        for (const auto& [key, words] : groups)
            for (const QString& w : words)
                m.insert(wordKey(w), QString::fromLatin1(key));
        for (const QString& none : { u"-"_s, u"―"_s, u"ー"_s, u"該当なし"_s, u"なし"_s, u"n/a"_s })
            m.insert(wordKey(none), QString());
        return m;
    }();
    const QString key = wordKey(text);
    if (key.isEmpty())
        return QString();
    const auto it = map.constFind(key);
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<qint64> StatementImport::populationCount(const QString& text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (isNoText(t) || wordKey(t) == u"該当なし")
        return std::nullopt;
    QString compact;
    for (const QChar c : t)
        if (!c.isSpace())
            compact.append(c);
    // A count is a whole number with or without thousands separators, perhaps approximate (約, およそ) and scaled
    // (万, 千), followed by a unit of records (件, 日分, 枚 …) — or alone in the cell. Words around it name the
    // records ("変更管理チケット（約1,200件）"). A range, a decimal, a negative or several counts give none.
    static const QRegularExpression number(
        QStringLiteral("(約|およそ|概ね|approx\\.?|about|~)?(\\d{1,3}(?:,\\d{3})+|\\d+)(万|千)?"
                       "(件|日分|日|枚|人|名|台|通|冊|個|本|行|回分|か月分|ヶ月分|カ月分|週分|records?|items?|entries|"
                       "tickets?|days?)?"),
        QRegularExpression::CaseInsensitiveOption);
    std::optional<qint64> found;
    int candidates = 0;
    for (auto it = number.globalMatch(compact); it.hasNext();) {
        const auto m = it.next();
        const bool alone = m.capturedStart() == 0 && m.capturedEnd() == compact.size();
        const QChar before = m.capturedStart() > 0 ? compact.at(m.capturedStart() - 1) : QChar();
        const QChar after = m.capturedEnd() < compact.size() ? compact.at(m.capturedEnd()) : QChar();
        if (!m.hasCaptured(4) && !alone)
            continue; // a number without a unit inside words: a year, a version, a name
        ++candidates;
        // "100〜200件", "-5件", "1.5件": a range, a sign or a decimal is no count.
        static const QString signOrPoint = QStringLiteral("〜～~-−‐.,");
        static const QString range = QStringLiteral("〜～~-−‐");
        if (signOrPoint.contains(before) || range.contains(after))
            return std::nullopt;
        bool ok = false;
        qint64 value = m.captured(2).remove(u',').toLongLong(&ok);
        if (!ok || m.captured(2).size() > 13)
            return std::nullopt;
        if (m.captured(3) == u"万")
            value *= 10000;
        else if (m.captured(3) == u"千")
            value *= 1000;
        found = value;
    }
    if (candidates != 1 || !found || *found > 1'000'000'000'000LL)
        return std::nullopt;
    return found;
}

Table StatementImport::readTable(const QString& path, const Options& options, QString* sha256,
                                 QList<Table>* otherSheets)
{
    Table table;
    QFile probe(path);
    const bool zip = probe.open(QIODevice::ReadOnly) && probe.peek(4).startsWith("PK\x03\x04");
    probe.close();
    if (options.sheet.isEmpty()) {
        const QStringList names = zip ? TableReader::xlsxSheetNames(path, options.limits) : QStringList();
        if (names.size() > 1) {
            // The sheet that holds the item rows is the first whose header names the ID and applicability columns;
            // a cover sheet or notes may come before or after it.
            QList<Table> sheets;
            int items = -1;
            for (const QString& name : names) {
                try {
                    sheets.append(TableReader::readXlsx(path, options.limits, name));
                } catch (const AuditError&) {
                    continue; // an empty sheet holds neither
                }
                const Header h = locateHeader(sheets.last());
                if (items < 0 && h.pos[IdColumn] >= 0 && h.pos[ApplicabilityColumn] >= 0)
                    items = int(sheets.size() - 1);
            }
            if (sheets.isEmpty())
                table = TableReader::readXlsx(path, options.limits); // says why
            else
                table = sheets.takeAt(items < 0 ? 0 : items);
            if (otherSheets)
                *otherSheets = sheets;
        } else {
            table = TableReader::read(path, options.encoding, options.limits);
        }
    } else {
        if (!zip && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            throw AuditError(ErrorCode::InvalidInput,
                             tr("%1: a sheet name applies only to an XLSX workbook.").arg(QFileInfo(path).fileName()));
        table = TableReader::readXlsx(path, options.limits, options.sheet);
    }
    if (sha256) {
        QFile f(path);
        Sha256 sha;
        if (f.open(QIODevice::ReadOnly))
            while (!f.atEnd())
                sha.add(f.read(1 << 20));
        *sha256 = sha.hexDigest();
    }
    return table;
}

namespace {

enum class CoverField { Date, Version, Regions, Services, Overview, Changes, Subsequent };

std::optional<CoverField> coverFieldFor(const QString& cell)
{
    static const QHash<QString, CoverField> labels = [] {
        QHash<QString, CoverField> m;
        const std::pair<CoverField, QStringList> groups[] = {
            { CoverField::Date,
              { u"言明日"_s, u"言明書の日付"_s, u"言明書日付"_s, u"言明日付"_s, u"作成日"_s, u"日付"_s,
                u"statementdate"_s, u"dateofstatement"_s, u"date"_s } },
            { CoverField::Version, { u"版"_s, u"版数"_s, u"バージョン"_s, u"改訂版"_s, u"version"_s, u"edition"_s } },
            { CoverField::Regions,
              { u"リージョン"_s, u"対象リージョン"_s, u"地域"_s, u"データの保存場所"_s, u"region"_s, u"regions"_s } },
            { CoverField::Services,
              { u"基盤サービス"_s, u"利用する基盤サービス"_s, u"利用している基盤サービス"_s, u"基盤となるサービス"_s,
                u"外部サービス"_s, u"underlyingservices"_s, u"underlyingservice"_s } },
            { CoverField::Overview, { u"システム概要"_s, u"サービス概要"_s, u"systemoverview"_s, u"overview"_s } },
            { CoverField::Changes,
              { u"期間中の変更"_s, u"対象期間中の変更"_s, u"期間中の重要な変更"_s, u"重要な変更"_s,
                u"changesduringtheperiod"_s, u"changesintheperiod"_s, u"changes"_s } },
            { CoverField::Subsequent, { u"後発事象"_s, u"subsequentevents"_s } },
        };
        for (const auto& [field, names] : groups)
            for (const QString& n : names)
                m.insert(n, field);
        return m;
    }();
    QString key = cell.normalized(QString::NormalizationForm_KC).toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s:：・]")));
    auto it = labels.constFind(key);
    return it == labels.constEnd() ? std::nullopt : std::optional<CoverField>(*it);
}

} // namespace

std::optional<StatementInfo> StatementImport::parseCover(const Table& sheet, QStringList* errors)
{
    StatementInfo info;
    QHash<int, int> seen; // field → row it was given in
    bool any = false;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList& row = sheet.rows[r];
        const int rowNo = sheet.rowNumbers.value(r, r + 1);
        for (int c = 0; c < row.size() && c < 3; ++c) {
            const auto field = coverFieldFor(row[c]);
            if (!field)
                continue;
            QStringList values;
            for (int v = c + 1; v < row.size(); ++v)
                if (!row[v].trimmed().isEmpty())
                    values << row[v].trimmed();
            const QString value = values.join(u'\n');
            if (const auto earlier = seen.constFind(int(*field)); earlier != seen.constEnd()) {
                errors->append(tr("%1, row %2: \"%3\" is given twice (first in row %4).")
                                   .arg(sheet.source)
                                   .arg(rowNo)
                                   .arg(row[c].trimmed())
                                   .arg(*earlier));
                break;
            }
            seen.insert(int(*field), rowNo);
            any = true;
            switch (*field) {
            case CoverField::Date:
                if (const auto d = StatementInfo::parseDate(value))
                    info.statementDate = *d;
                else
                    errors->append(tr("%1, row %2: \"%3\" is not a date (2025-04-01, 2025年4月1日 or 令和7年4月1日).")
                                       .arg(sheet.source)
                                       .arg(rowNo)
                                       .arg(value));
                break;
            case CoverField::Version:
                info.version = value;
                break;
            case CoverField::Regions:
                info.regions = value;
                break;
            case CoverField::Services:
                info.underlyingServices = StatementInfo::parseServices(value);
                break;
            case CoverField::Overview:
                info.systemOverview = value;
                break;
            case CoverField::Changes:
                info.changesInPeriod = value;
                break;
            case CoverField::Subsequent:
                info.subsequentEvents = value;
                break;
            }
            break;
        }
    }
    if (!any)
        return std::nullopt;
    info.source = sheet.source;
    return info;
}

StatementImportResult StatementImport::check(Workbook& wb, const Table& table, const Options& options)
{
    StatementImportResult r;
    r.source = table.source;
    r.encoding = table.encoding;
    const QString& src = table.source;
    auto fail = [&](int row, const QString& id, const QString& reason) {
        r.errors << (id.isEmpty() ? tr("%1, row %2: %3").arg(src).arg(row).arg(reason)
                                  : tr("%1, row %2: %3: %4").arg(src).arg(row).arg(id, reason));
    };

    for (const Table& cover : options.coverSheets)
        if (auto info = parseCover(cover, &r.errors)) {
            if (r.info) // a second cover completes the first; what both give, the later one says
                info->source = r.info->source + QStringLiteral(", ") + info->source;
            r.info = info;
        }

    const Header h = locateHeader(table);
    if (h.found == 0) {
        r.errors << tr("%1: no header row in the first %2 rows; expected columns such as 管理策番号 (ID) and 採否 "
                       "(Applicability).")
                        .arg(src)
                        .arg(kHeaderScanRows);
        if (table.encoding == u"XLSX")
            r.errors.last() += u' ' + tr("If the statement is on another sheet, choose that sheet.");
        return r;
    }
    r.headerRow = table.rowNumbers.value(h.index);
    if (h.pos[IdColumn] < 0)
        fail(r.headerRow, {}, tr("no ID column (管理策番号, 番号, ID or 項番)."));
    if (h.pos[ApplicabilityColumn] < 0)
        fail(r.headerRow, {}, tr("no applicability column (採否, 適用, 対象, 適用有無, Applicability or In scope)."));
    if (!r.errors.isEmpty())
        return r;

    const QHash<QString, QString> resolver = Catalog::resolver(wb);
    QHash<QString, CatalogItem> catalog;
    for (const CatalogItem& it : Catalog::items(wb))
        catalog.insert(it.id, it);
    const QString revision = wb.engagement().criteriaRevision;
    QHash<QString, int> firstRow;

    auto cell = [&](const QStringList& row, Column c) {
        const int p = h.pos[c];
        return p >= 0 ? row.value(p).trimmed() : QString();
    };
    for (int i = h.index + 1; i < table.rows.size(); ++i) {
        const QStringList& row = table.rows[i];
        const int rowNo = table.rowNumbers.value(i);
        ++r.rowsRead;
        const QString rawId = cell(row, IdColumn);
        const QString mark = cell(row, ApplicabilityColumn);
        const QString id = idInCell(rawId);
        if (id.isEmpty()) {
            // Section titles and notes carry no mark; a mark without an ID is a mistake.
            if (mark.isEmpty()) {
                ++r.headingRows;
                continue;
            }
            fail(rowNo, {},
                 rawId.isEmpty() ? tr("a mark \"%1\" but no ID.").arg(mark)
                                 : tr("\"%1\" is not a criteria ID.").arg(rawId));
            continue;
        }
        const auto resolved = resolver.constFind(id);
        if (resolved == resolver.constEnd()) {
            // A numbered note ("1 本言明書は…") is not an item: only a cell that is an ID alone, or that carries
            // a mark, must name a known item.
            if (mark.isEmpty() && id != ItemId::normalize(rawId)) {
                ++r.headingRows;
                continue;
            }
            fail(rowNo, id, tr("unknown ID: the workbook's criteria (revision %1) have no such item.").arg(revision));
            continue;
        }
        const CatalogItem& item = catalog[*resolved];
        if (!item.isStatementItem()) {
            ++r.headingRows; // a domain or category heading: the statement states its objectives and controls
            continue;
        }
        const auto seen = firstRow.constFind(item.id);
        if (seen != firstRow.constEnd()) {
            fail(rowNo, item.id, tr("duplicate ID: already stated in row %1.").arg(*seen));
            continue;
        }
        firstRow.insert(item.id, rowNo);

        StatementEntry e;
        e.itemId = item.id;
        e.source = src;
        e.sourceRow = rowNo;
        e.reason = cell(row, ReasonColumn);
        e.description = cell(row, DescriptionColumn);
        e.descriptionEn = cell(row, DescriptionEnColumn);
        bool rowOk = true;
        if (mark.isEmpty()) {
            fail(rowNo, item.id, tr("no applicability mark (○ for in scope, × for out of scope)."));
            rowOk = false;
        } else if (const auto a = parseMark(mark)) {
            e.applicability = *a;
        } else {
            fail(rowNo, item.id,
                 tr("\"%1\" is not an applicability mark (in scope: ○ 〇 ● Y Yes 1 対象 適用 採用; out of scope: "
                    "× ✕ N No 0 対象外 非適用 不採用 該当なし －).")
                     .arg(mark));
            rowOk = false;
        }
        const QString freq = cell(row, FrequencyColumn);
        if (const auto f = parseFrequency(freq)) {
            e.frequency = *f;
        } else {
            fail(rowNo, item.id,
                 tr("\"%1\" is not a frequency (年次, 半期, 四半期, 月次, 週次, 日次, 1日複数回, 随時 or annual, "
                    "semiannual, quarterly, monthly, weekly, daily, multiple daily, event-driven; or empty).")
                     .arg(freq));
            rowOk = false;
        }
        // The population as the CSP states it: the records (text, kept as written), a count when the cell or a
        // count column carries one, and the rationale. Only a count column that holds no count is an error.
        const QString pop = cell(row, PopulationColumn);
        e.populationText = isNoText(pop) ? QString() : pop;
        e.populationRationale = cell(row, PopulationRationaleColumn);
        if (isNoText(e.populationRationale))
            e.populationRationale.clear();
        const QString count = cell(row, PopulationCountColumn);
        if (!isNoText(count)) {
            e.population = populationCount(count);
            if (!e.population) {
                fail(rowNo, item.id,
                     tr("\"%1\" is not a population count (a whole number such as 1,234 or 約120件).").arg(count));
                rowOk = false;
            }
        } else {
            e.population = populationCount(pop);
        }
        if (e.applicability == Applicability::OutOfScope && item.mandatory && isNoText(e.reason)) {
            fail(rowNo, item.id,
                 tr("out of scope without a reason; %1 unless the statement gives a reason.").arg(mandatoryRule(item)));
            rowOk = false;
        }
        if (rowOk)
            r.entries.append(e);
    }
    if (r.errors.isEmpty() && r.entries.isEmpty())
        r.errors << tr("%1: no statement rows below the header (row %2).").arg(src).arg(r.headerRow);

    // What the statement looks like afterwards.
    QHash<QString, Applicability> after;
    const QHash<QString, StatementEntry> existing = StatementBook::entries(wb);
    if (options.merge)
        for (const StatementEntry& e : existing)
            after.insert(e.itemId, e.applicability);
    for (const StatementEntry& e : std::as_const(r.entries))
        after.insert(e.itemId, e.applicability);
    if (!options.merge)
        for (const StatementEntry& e : existing)
            if (!firstRow.contains(e.itemId))
                ++r.cleared;
    for (const CatalogItem& item : std::as_const(catalog)) {
        if (!item.isStatementItem())
            continue;
        switch (after.value(item.id, Applicability::Undecided)) {
        case Applicability::InScope:
            ++r.inScope;
            break;
        case Applicability::OutOfScope:
            ++r.outOfScope;
            break;
        case Applicability::Undecided:
            ++r.undecided;
            break;
        }
    }
    return r;
}

StatementImportResult StatementImport::writeInTransaction(Workbook& wb, const Table& table, const Options& options,
                                                          const QString& sha256)
{
    StatementImportResult r = check(wb, table, options);
    r.sha256 = sha256;
    if (!r.ok()) {
        const QString summary = r.errors.size() == 1
            ? tr("%1: 1 problem; nothing was imported.").arg(r.source)
            : tr("%1: %2 problems; nothing was imported.").arg(r.source).arg(r.errors.size());
        throw AuditError(ErrorCode::InvalidInput, summary + u'\n' + r.errors.join(u'\n'));
    }
    QList<StatementEntry> changes = r.entries;
    if (!options.merge) {
        QSet<QString> stated;
        for (const StatementEntry& e : std::as_const(r.entries))
            stated.insert(e.itemId);
        for (const StatementEntry& old : StatementBook::entries(wb)) {
            if (stated.contains(old.itemId))
                continue;
            StatementEntry cleared;
            cleared.itemId = old.itemId;
            changes.append(cleared);
        }
    }
    StatementBook::write(wb, changes, QStringLiteral("statement.import"));
    if (r.info)
        StatementBook::writeInfo(wb, *r.info, QStringLiteral("statement.import"));
    wb.record(QStringLiteral("statement.import"), QStringLiteral("statement"), {}, summaryJson(r, options.merge));
    return r;
}

} // namespace ismap
