#include "catalog/CatalogImport.h"

#include "common/AuditError.h"
#include "workbook/Workbook.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ismap {

namespace {

enum class Field { None, Id, Title, Text, Part, Level, Baseline, Revision, Basis };
enum class Lang { Unmarked, Ja, En };

struct Alias
{
    Field field;
    const char16_t* name; ///< normalised: NFKC, lower case, no spaces or punctuation
};

// Header names seen in official and firm-made catalogs, Japanese and English.
const Alias kAliases[] = {
    { Field::Id, u"管理策番号" },
    { Field::Id, u"番号" },
    { Field::Id, u"id" },
    { Field::Id, u"項番" },
    { Field::Id, u"no" },
    { Field::Id, u"管理番号" },
    { Field::Id, u"項目番号" },
    { Field::Id, u"controlno" },
    { Field::Id, u"controlid" },
    { Field::Id, u"controlnumber" },
    { Field::Id, u"itemno" },
    { Field::Id, u"itemid" },
    { Field::Id, u"number" },
    { Field::Id, u"詳細管理策番号" },
    { Field::Id, u"識別子" },
    { Field::Id, u"管理策id" },
    { Field::Id, u"criteriaid" },
    { Field::Id, u"ref" },
    { Field::Title, u"管理策" },
    { Field::Title, u"タイトル" },
    { Field::Title, u"項目名" },
    { Field::Title, u"title" },
    { Field::Title, u"control" },
    { Field::Title, u"名称" },
    { Field::Title, u"見出し" },
    { Field::Title, u"管理策名" },
    { Field::Title, u"controltitle" },
    { Field::Title, u"controlname" },
    { Field::Title, u"項目" },
    { Field::Title, u"name" },
    { Field::Title, u"管理策名称" },
    { Field::Text, u"管理策の内容" },
    { Field::Text, u"本文" },
    { Field::Text, u"記述" },
    { Field::Text, u"text" },
    { Field::Text, u"description" },
    { Field::Text, u"内容" },
    { Field::Text, u"詳細" },
    { Field::Text, u"管理策本文" },
    { Field::Text, u"controltext" },
    { Field::Text, u"requirement" },
    { Field::Text, u"要求事項" },
    { Field::Text, u"説明" },
    { Field::Text, u"管理策の記述" },
    { Field::Part, u"区分" },
    { Field::Part, u"基準" },
    { Field::Part, u"part" },
    { Field::Part, u"基準区分" },
    { Field::Part, u"criteria" },
    { Field::Part, u"管理基準" },
    { Field::Level, u"レベル" },
    { Field::Level, u"level" },
    { Field::Level, u"階層" },
    { Field::Level, u"種類" },
    { Field::Level, u"種別" },
    { Field::Level, u"type" },
    { Field::Level, u"分類" },
    { Field::Level, u"itemtype" },
    { Field::Baseline, u"基本言明要件" },
    { Field::Baseline, u"baseline" },
    { Field::Baseline, u"基本言明" },
    { Field::Baseline, u"baselinerequirement" },
    { Field::Baseline, u"必須" },
    { Field::Baseline, u"mandatory" },
    { Field::Revision, u"改訂" },
    { Field::Revision, u"版" },
    { Field::Revision, u"revision" },
    { Field::Revision, u"version" },
    { Field::Revision, u"改訂版" },
    { Field::Revision, u"版数" },
    { Field::Revision, u"改訂日" },
    { Field::Basis, u"準拠" },
    { Field::Basis, u"参照規格" },
    { Field::Basis, u"basis" },
    { Field::Basis, u"規格" },
};

QString squeeze(const QString& raw)
{
    static const QString punctuation = QStringLiteral("()（）[]［］【】「」『』<>＜＞_-‐:：/／・.。,、#＃*＊");
    QString out;
    for (QChar c : raw.normalized(QString::NormalizationForm_KC).toLower()) {
        if (c.isSpace() || punctuation.contains(c))
            continue;
        out.append(c);
    }
    return out;
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

/** One header cell understood: which field, in which language. */
struct Column
{
    Field field = Field::None;
    Lang lang = Lang::Unmarked;
};

Field matchAlias(const QString& h)
{
    if (h.isEmpty())
        return Field::None;
    for (const Alias& a : kAliases)
        if (h == QStringView(a.name))
            return a.field;
    // Longer names around a known one ("詳細管理策の内容", "管理策番号ismap"): the longest alias inside wins.
    Field best = Field::None;
    qsizetype bestLength = 0;
    for (const Alias& a : kAliases) {
        const QStringView name(a.name);
        const bool cjk = isCjk(name.front());
        if (name.size() < (cjk ? 2 : 4) || name.size() <= bestLength)
            continue;
        if (h.contains(name)) {
            best = a.field;
            bestLength = name.size();
        }
    }
    return best;
}

Column understandHeader(const QString& cell)
{
    QString h = squeeze(cell);
    Column col;
    for (const auto& marker : { u"英語", u"英文", u"english", u"英" }) {
        if (h.contains(QStringView(marker)) && h != u"英") {
            col.lang = Lang::En;
            h.remove(QStringView(marker).toString());
            break;
        }
    }
    if (col.lang == Lang::Unmarked)
        for (const auto& marker : { u"日本語", u"和文", u"japanese" }) {
            if (h.contains(QStringView(marker))) {
                col.lang = Lang::Ja;
                h.remove(QStringView(marker).toString());
                break;
            }
        }
    if (col.lang != Lang::Unmarked && h.isEmpty()) {
        col.field = Field::Title; // a column headed just "英語" / "English"
        return col;
    }
    col.field = matchAlias(h);
    if (col.field == Field::None && col.lang == Lang::Unmarked && h.size() > 2
        && (h.endsWith(u"en") || h.endsWith(u"ja"))) {
        col.field = matchAlias(h.chopped(2)); // title_en, text_ja
        if (col.field != Field::None)
            col.lang = h.endsWith(u"en") ? Lang::En : Lang::Ja;
    }
    return col;
}

QString fieldKey(Field f, Lang l)
{
    static const char* const names[] = { "", "id", "title", "text", "part", "level", "baseline", "revision", "basis" };
    QString key = QString::fromLatin1(names[int(f)]);
    if (f == Field::Title || f == Field::Text)
        key += l == Lang::En ? QStringLiteral("_en") : QStringLiteral("_ja");
    return key;
}

std::optional<QString> partFromCell(const QString& raw)
{
    const QString v = squeeze(raw);
    if (v.isEmpty())
        return QString();
    if (v.contains(u"ガバナンス") || v.contains(u"govern"))
        return QStringLiteral("governance");
    if (v.contains(u"マネジメント") || v.contains(u"manage"))
        return QStringLiteral("management");
    if (v.contains(u"管理策") || v.contains(u"control"))
        return QStringLiteral("controls");
    return std::nullopt;
}

std::optional<QString> levelFromCell(const QString& raw)
{
    const QString v = squeeze(raw);
    if (v.isEmpty())
        return QString();
    static const QHash<QString, QString> levels {
        { u"分野"_qs, u"domain"_qs },         { u"ドメイン"_qs, u"domain"_qs },
        { u"domain"_qs, u"domain"_qs },       { u"章"_qs, u"domain"_qs },
        { u"大分類"_qs, u"domain"_qs },       { u"領域"_qs, u"domain"_qs },
        { u"テーマ"_qs, u"domain"_qs },       { u"theme"_qs, u"domain"_qs },
        { u"chapter"_qs, u"domain"_qs },      { u"カテゴリ"_qs, u"category"_qs },
        { u"カテゴリー"_qs, u"category"_qs }, { u"category"_qs, u"category"_qs },
        { u"中分類"_qs, u"category"_qs },     { u"管理目的"_qs, u"category"_qs },
        { u"節"_qs, u"category"_qs },         { u"統制目標"_qs, u"objective"_qs },
        { u"objective"_qs, u"objective"_qs }, { u"controlobjective"_qs, u"objective"_qs },
        { u"3桁"_qs, u"objective"_qs },       { u"詳細管理策"_qs, u"detailed"_qs },
        { u"detailed"_qs, u"detailed"_qs },   { u"detailedcontrol"_qs, u"detailed"_qs },
        { u"detail"_qs, u"detailed"_qs },     { u"管理策"_qs, u"detailed"_qs },
        { u"control"_qs, u"detailed"_qs },    { u"4桁"_qs, u"detailed"_qs }
    };
    const auto it = levels.constFind(v);
    if (it == levels.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<bool> flagFromCell(const QString& raw)
{
    const QString v = squeeze(raw);
    static const QSet<QString> yes { u"○"_qs,
                                     u"〇"_qs,
                                     u"●"_qs,
                                     u"◯"_qs,
                                     u"✓"_qs,
                                     u"✔"_qs,
                                     u"yes"_qs,
                                     u"y"_qs,
                                     u"true"_qs,
                                     u"1"_qs,
                                     u"b"_qs,
                                     u"pb"_qs,
                                     u"基本言明要件"_qs,
                                     u"必須"_qs,
                                     u"対象"_qs };
    static const QSet<QString> no { QString(), u"×"_qs,     u"✕"_qs, u"ー"_qs,     u"no"_qs,
                                    u"n"_qs,   u"false"_qs, u"0"_qs, u"対象外"_qs, u"なし"_qs };
    if (yes.contains(v))
        return true;
    if (no.contains(v) || raw.trimmed() == u"-" || raw.trimmed() == u"－")
        return false;
    return std::nullopt;
}

QString isoDate(int y, int m, int d)
{
    const QDate date(y, m, d == 0 ? 1 : d);
    if (!date.isValid())
        return {};
    return d == 0 ? date.toString(QStringLiteral("yyyy-MM")) : date.toString(Qt::ISODate);
}

/** Collects problems with their rows, so one import reports them all at once. */
class Problems
{
public:
    explicit Problems(QString source)
        : m_source(std::move(source))
    { }
    void add(int row, const QString& what)
    {
        m_lines << (row > 0 ? CatalogImport::tr("%1, row %2: %3").arg(m_source).arg(row).arg(what)
                            : CatalogImport::tr("%1: %2").arg(m_source, what));
    }
    bool isEmpty() const { return m_lines.isEmpty(); }
    void throwIfAny() const
    {
        if (m_lines.isEmpty())
            return;
        QStringList shown = m_lines.mid(0, CatalogImport::kMaxListedProblems);
        if (m_lines.size() > shown.size())
            shown << CatalogImport::tr("%1: … and %2 more problems.").arg(m_source).arg(m_lines.size() - shown.size());
        throw AuditError(ErrorCode::InvalidInput, shown.join(u'\n'));
    }

private:
    QString m_source;
    QStringList m_lines;
};

} // namespace

QString CatalogImport::revisionFromText(const QString& raw)
{
    const QString text = raw.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression fiscal(QStringLiteral("(令和|平成)\\s*(\\d{1,2}|元)\\s*年度"));
    static const QRegularExpression era(
        QStringLiteral("(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?"));
    static const QRegularExpression kanji(
        QStringLiteral("((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?"));
    static const QRegularExpression iso(QStringLiteral("\\b((?:19|20)\\d\\d)[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?\\b"));
    auto eraYear = [](const QString& eraName, const QString& n) {
        const int year = n == u"元" ? 1 : n.toInt();
        return (eraName == u"令和" ? 2018 : 1988) + year;
    };
    if (const auto m = era.match(text); m.hasMatch())
        return isoDate(eraYear(m.captured(1), m.captured(2)), m.captured(3).toInt(), m.captured(4).toInt());
    if (const auto m = fiscal.match(text); m.hasMatch())
        return m.captured(1) + (m.captured(2) == u"元" ? QStringLiteral("1") : m.captured(2)) + QStringLiteral("年度");
    if (const auto m = kanji.match(text); m.hasMatch())
        return isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

ImportedCatalog CatalogImport::read(const QString& path, const CatalogImportOptions& options)
{
    QFile f(path);
    const bool zip = f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("PK\x03\x04");
    f.close();
    const bool xlsx = zip || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !options.sheet.isEmpty())
        throw AuditError(ErrorCode::InvalidInput,
                         tr("%1: a sheet was named, but the file is not XLSX.").arg(QFileInfo(path).fileName()));
    const Table table = xlsx ? TableReader::readXlsx(path, options.limits, options.sheet)
                             : TableReader::read(path, options.encoding, options.limits);
    return parse(table, options);
}

ImportedCatalog CatalogImport::parse(const Table& table, const CatalogImportOptions& options)
{
    ImportedCatalog out;
    out.source = table.source;
    out.encoding = table.encoding;
    Problems problems(table.source);

    // The header: the row among the first ones that names the most known columns.
    int headerIndex = -1;
    int bestScore = 0;
    const int scan = int(std::min<qsizetype>(table.rows.size(), kHeaderScanRows));
    for (int r = 0; r < scan; ++r) {
        QSet<Field> fields;
        for (const QString& cell : table.rows[r]) {
            const Field f = understandHeader(cell).field;
            if (f != Field::None)
                fields.insert(f);
        }
        const int score = int(fields.size()) + (fields.contains(Field::Id) ? 2 : 0);
        if (fields.size() >= 2 && score > bestScore) {
            bestScore = score;
            headerIndex = r;
        }
    }
    if (headerIndex < 0) {
        problems.add(0,
                     tr("no header row in the first %1 rows; expected columns such as 管理策番号/ID and "
                        "タイトル/Title.")
                         .arg(kHeaderScanRows));
        problems.throwIfAny();
    }
    out.headerRow = table.rowNumbers.value(headerIndex);
    const QStringList& header = table.rows[headerIndex];

    // Which column holds what; unmarked title/text columns get their language from their content.
    QHash<QString, int> columnOf;
    for (int c = 0; c < header.size(); ++c) {
        Column col = understandHeader(header[c]);
        if (col.field == Field::None)
            continue;
        if ((col.field == Field::Title || col.field == Field::Text) && col.lang == Lang::Unmarked) {
            int filled = 0, japanese = 0;
            for (int r = headerIndex + 1; r < table.rows.size() && filled < 200; ++r) {
                const QString v = table.rows[r].value(c);
                if (v.trimmed().isEmpty())
                    continue;
                ++filled;
                if (std::any_of(v.cbegin(), v.cend(), isCjk))
                    ++japanese;
            }
            col.lang = (filled == 0 || japanese * 2 >= filled) ? Lang::Ja : Lang::En;
            if (columnOf.contains(fieldKey(col.field, col.lang)))
                col.lang = col.lang == Lang::Ja ? Lang::En : Lang::Ja;
        }
        const QString key = fieldKey(col.field, col.lang);
        if (!columnOf.contains(key)) {
            columnOf.insert(key, c);
            out.columns << key + u'=' + header[c].trimmed();
        }
    }
    const auto cell = [&](const QStringList& row, const char* key) {
        const int c = columnOf.value(QString::fromLatin1(key), -1);
        return c < 0 ? QString() : row.value(c).trimmed();
    };
    if (!columnOf.contains(QStringLiteral("id")))
        problems.add(out.headerRow, tr("no ID column (管理策番号, 番号, ID, 項番 or No) in the header."));
    if (!columnOf.contains(QStringLiteral("title_ja")) && !columnOf.contains(QStringLiteral("title_en")))
        problems.add(out.headerRow, tr("no title column (管理策, タイトル, 項目名, Title or Control) in the header."));
    problems.throwIfAny();

    // The revision: the option, else a revision column, else a cell above the header.
    QStringList columnRevisions;
    out.revision = options.revision.trimmed();
    out.revisionFrom = QStringLiteral("option");

    QHash<QString, int> rowOfNumber;
    QSet<QString> baseline;
    for (int r = headerIndex + 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        const int rowNumber = table.rowNumbers.value(r);
        const QString rawId = cell(row, "id");
        if (rawId.isEmpty()) {
            ++out.skippedRows;
            continue;
        }
        CatalogItem it;
        it.id = ItemId::normalize(rawId);
        QString number, suffix;
        static const QStringList knownSuffixes { QString(), QStringLiteral("P"), QStringLiteral("B"),
                                                 QStringLiteral("PB") };
        if (!ItemId::split(it.id, &number, &suffix) || !knownSuffixes.contains(suffix)) {
            problems.add(rowNumber,
                         tr("\"%1\" is not a criteria ID (expected numbers with dots, like 5.1.1.1 or "
                            "6.3.1.P, with .P, .B or .PB as the only suffixes).")
                             .arg(rawId));
            continue;
        }
        if (const auto first = rowOfNumber.constFind(number); first != rowOfNumber.constEnd()) {
            problems.add(rowNumber, tr("ID %1 appears twice (first in row %2).").arg(it.id).arg(*first));
            continue;
        }
        rowOfNumber.insert(number, rowNumber);
        it.titleJa = cell(row, "title_ja");
        it.titleEn = cell(row, "title_en");
        it.textJa = cell(row, "text_ja");
        it.textEn = cell(row, "text_en");
        it.basis = cell(row, "basis");
        if (it.titleJa.isEmpty() && it.titleEn.isEmpty())
            problems.add(rowNumber, tr("item %1 has no title.").arg(it.id));
        if (const auto part = partFromCell(cell(row, "part")))
            it.part = *part;
        else
            problems.add(rowNumber,
                         tr("\"%1\" is not a part of the criteria (ガバナンス基準, マネジメント基準 or "
                            "管理策基準).")
                             .arg(cell(row, "part")));
        if (const auto level = levelFromCell(cell(row, "level")))
            it.level = *level;
        else
            problems.add(rowNumber,
                         tr("\"%1\" is not a level (分野, カテゴリ, 統制目標 or 詳細管理策).").arg(cell(row, "level")));
        if (const auto flag = flagFromCell(cell(row, "baseline"))) {
            if (*flag)
                baseline.insert(it.id);
        } else {
            problems.add(
                rowNumber,
                tr("\"%1\" in the baseline column is neither a mark (○) nor empty.").arg(cell(row, "baseline")));
        }
        const QString revisionCell = cell(row, "revision");
        if (!revisionCell.isEmpty()) {
            const QString parsed = revisionFromText(revisionCell);
            const QString value = parsed.isEmpty() ? revisionCell : parsed;
            if (!columnRevisions.contains(value))
                columnRevisions << value;
        }
        out.items.append(it);
    }
    if (out.items.isEmpty() && problems.isEmpty()) {
        problems.add(0, tr("no criteria items below the header (row %1).").arg(out.headerRow));
        problems.throwIfAny();
    }

    if (out.revision.isEmpty() && columnRevisions.size() > 1)
        problems.add(0,
                     tr("the revision column names several revisions (%1); import one revision at a time.")
                         .arg(columnRevisions.join(QStringLiteral(", "))));
    if (out.revision.isEmpty() && columnRevisions.size() == 1) {
        out.revision = columnRevisions.first();
        out.revisionFrom = QStringLiteral("column");
    }
    if (out.revision.isEmpty()) {
        // Prefer a cell that says it is a revision; else the first date above the header.
        QString anyDate;
        for (int r = 0; r < headerIndex && out.revision.isEmpty(); ++r)
            for (const QString& c : table.rows[r]) {
                const QString found = revisionFromText(c);
                if (found.isEmpty())
                    continue;
                const QString s = squeeze(c);
                if (s.contains(u"改訂") || s.contains(u"版") || s.contains(u"年度") || s.contains(u"revis")
                    || s.contains(u"version")) {
                    out.revision = found;
                    break;
                }
                if (anyDate.isEmpty())
                    anyDate = found;
            }
        if (out.revision.isEmpty())
            out.revision = anyDate;
        out.revisionFrom = QStringLiteral("file");
    }
    if (out.revision.isEmpty())
        problems.add(0,
                     tr("the file does not say which revision of the criteria it is; give it with --revision "
                        "(for example --revision 2023-10)."));
    problems.throwIfAny();

    for (CatalogItem& it : out.items)
        it.revision = out.revision;
    Catalog::complete(out.items, out.source);
    for (CatalogItem& it : out.items)
        if (baseline.contains(it.id))
            it.mandatory = true;
    return out;
}

CatalogImportResult CatalogImport::importInto(Workbook& wb, const QString& path, const CatalogImportOptions& options)
{
    wb.requireWritable();
    CatalogImportResult result;
    // The whole file is read and checked before the workbook is touched.
    result.catalog = read(path, options);
    Transaction tx(wb.db());
    result.install = Catalog::install(wb, result.catalog.items, result.catalog.revision, result.catalog.source);
    tx.commit();
    wb.notifyChanged(QStringLiteral("catalog"));
    return result;
}

} // namespace ismap
