#include "report/PageLayout.h"

#include "common/AuditError.h"

#include <QFile>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QTextLayout>
#include <cmath>

namespace ismap::report {

namespace {

struct StyleSpec
{
    qreal points;
    bool bold;
};

// Indexed by Style. Sizes chosen for A4 with 18 mm margins: body 9 pt, tables 7.5 pt.
constexpr StyleSpec kStyles[] = {
    { 9.0, false }, // Body
    { 9.0, true }, // Bold
    { 7.5, false }, // Small
    { 7.5, true }, // SmallBold
    { 15.0, true }, // H1
    { 11.0, true }, // H2
    { 9.5, true }, // H3
    { 24.0, true }, // Title
    { 13.0, false }, // Subtitle
    { 7.0, false }, // Margin
    { 6.6, false }, // Hash
    { 11.0, true }, // Warning
};
static_assert(sizeof(kStyles) / sizeof(kStyles[0]) == size_t(Style::Count));

} // namespace

QStringList FontSet::candidateFiles()
{
    QStringList files;
    const QString env = qEnvironmentVariable("ISMAP_REPORT_FONT");
    if (!env.isEmpty())
        return { env }; // an explicit choice is the only one tried, so a wrong path is reported, not masked
    files << QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
          << QStringLiteral("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
          << QStringLiteral("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf")
          << QStringLiteral("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc");
    return files;
}

QString FontSet::loadFamily()
{
    static QString loaded;
    if (!loaded.isEmpty())
        return loaded;
    const QStringList files = candidateFiles();
    for (const QString& file : files) {
        if (!QFile::exists(file))
            continue;
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            continue;
        // A .ttc holds several families (Noto: JP, KR, SC, TC, HK, each also Mono): take the proportional JP one.
        loaded = families.first();
        for (const QString& f : families)
            if (f.contains(QLatin1String("JP")) && !f.contains(QLatin1String("Mono")))
                loaded = f;
        // The bold face of Noto Sans CJK lives in its own file beside the regular one.
        QString bold = file;
        bold.replace(QLatin1String("-Regular."), QLatin1String("-Bold."));
        if (bold != file && QFile::exists(bold))
            QFontDatabase::addApplicationFont(bold);
        return loaded;
    }
    throw AuditError(ErrorCode::NotFound,
                     tr("No Japanese font for the report: none of %1 could be loaded. Install the Debian package "
                        "fonts-noto-cjk or fonts-ipaexfont.")
                         .arg(files.join(QStringLiteral(", "))));
}

FontSet::FontSet(const QPaintDevice* device)
    : m_device(device)
    , m_dpi(device->logicalDpiY())
    , m_family(loadFamily())
{
    for (size_t i = 0; i < size_t(Style::Count); ++i) {
        QFont f(m_family);
        f.setPointSizeF(kStyles[i].points);
        f.setBold(kStyles[i].bold);
        f.setKerning(false); // identical advances in layout and paint, and faster shaping
        f.setHintingPreference(QFont::PreferNoHinting);
        // Shaping Latin runs lets Noto's GSUB swap in ligatures and alternate digits that have no entry
        // in the font's cmap, so Qt's ToUnicode map would drop them from the text (copy, search, pdftotext).
        f.setStyleStrategy(QFont::PreferNoShaping);
        m_fonts[i] = f;
        m_metrics.emplace_back(f, const_cast<QPaintDevice*>(device));
        const qreal em = pt(kStyles[i].points);
        m_lineHeight[i] = std::ceil(em * 1.42);
        m_baseline[i] = std::round(em * 1.08);
    }
}

QStringList FontSet::wrap(const QString& text, Style s, qreal width) const
{
    QStringList out;
    const QFontMetricsF& fm = metrics(s);
    QString normalised = text;
    normalised.remove(u'\r');
    const QStringList paragraphs = normalised.split(u'\n');
    for (const QString& para : paragraphs) {
        if (para.isEmpty() || fm.horizontalAdvance(para) <= width) {
            out << para;
            continue;
        }
        QTextLayout layout(para, font(s), const_cast<QPaintDevice*>(m_device));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.setCacheEnabled(false);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            QString piece = para.mid(line.textStart(), line.textLength());
            while (!piece.isEmpty() && piece.back().isSpace())
                piece.chop(1);
            out << piece;
        }
        layout.endLayout();
    }
    return out;
}

QString FontSet::elide(const QString& text, Style s, qreal width) const
{
    return metrics(s).elidedText(text, Qt::ElideRight, width);
}

PageFlow::PageFlow(const FontSet& fonts, const QRectF& content, int firstPageNumber)
    : m_fonts(fonts)
    , m_content(content)
    , m_firstPage(firstPageNumber)
{
    m_padH = fonts.pt(3);
    m_padV = fonts.pt(1.6);
    newPage();
}

void PageFlow::newPage(bool chrome)
{
    if (m_inTable && !m_pages.empty())
        closeTableSegment();
    m_pages.emplace_back();
    m_pages.back().chrome = chrome;
    m_y = m_content.top();
    if (m_inTable)
        tableHeader();
}

void PageFlow::ensure(qreal height)
{
    if (height > remaining() && m_y > m_content.top())
        newPage();
}

void PageFlow::space(qreal height)
{
    if (m_y + height >= m_content.bottom())
        newPage();
    else if (m_y > m_content.top())
        m_y += height;
}

void PageFlow::addText(const QPointF& at, const QString& text, Style style)
{
    if (!text.isEmpty())
        page().texts.push_back({ at, text, style });
}

void PageFlow::paragraph(const QString& text, Style style, qreal indent, Qt::Alignment align)
{
    const qreal width = m_content.width() - indent;
    const qreal lh = m_fonts.lineHeight(style);
    for (const QString& line : m_fonts.wrap(text, style, width)) {
        if (m_y + lh > m_content.bottom())
            newPage();
        qreal x = m_content.left() + indent;
        if (align & Qt::AlignHCenter)
            x += (width - m_fonts.width(style, line)) / 2;
        else if (align & Qt::AlignRight)
            x += width - m_fonts.width(style, line);
        addText({ x, m_y + m_fonts.baseline(style) }, line, style);
        m_y += lh;
    }
}

void PageFlow::heading(const QString& text, Style style, qreal keep)
{
    const QStringList lines = m_fonts.wrap(text, style, m_content.width());
    const qreal height = lines.size() * m_fonts.lineHeight(style);
    ensure(height + keep);
    for (const QString& line : lines) {
        addText({ m_content.left(), m_y + m_fonts.baseline(style) }, line, style);
        m_y += m_fonts.lineHeight(style);
    }
    m_y += m_fonts.pt(2);
}

void PageFlow::keyValues(const QList<QPair<QString, QString>>& rows, qreal labelShare, Style style)
{
    beginTable({ { QString(), labelShare, Qt::AlignLeft, style == Style::Small ? Style::SmallBold : Style::Bold },
                 { QString(), 1 - labelShare, Qt::AlignLeft, style } });
    for (const auto& r : rows)
        row({ r.first, r.second });
    endTable();
}

void PageFlow::beginTable(const QList<TableColumn>& columns)
{
    m_columns = columns;
    qreal total = 0;
    for (const TableColumn& c : columns)
        total += c.share;
    m_x.clear();
    qreal x = m_content.left();
    for (const TableColumn& c : columns) {
        m_x.push_back(x);
        x += m_content.width() * c.share / total;
    }
    m_x.push_back(m_content.right());
    // Keep the header with at least two lines of the first row. The table opens only after that page break: a
    // page started while a table is open draws its header, so opening first printed the header twice.
    ensure(m_fonts.lineHeight(Style::SmallBold) * 3 + 4 * m_padV);
    m_inTable = true;
    tableHeader();
}

void PageFlow::tableHeader()
{
    m_segmentTop = m_y;
    m_rowsInSegment = 0;
    bool any = false;
    for (const TableColumn& c : m_columns)
        any = any || !c.header.isEmpty();
    if (!any)
        return;
    std::vector<QStringList> lines;
    int rowLines = 1;
    for (size_t i = 0; i < size_t(m_columns.size()); ++i) {
        lines.push_back(m_fonts.wrap(m_columns[int(i)].header, Style::SmallBold, m_x[i + 1] - m_x[i] - 2 * m_padH));
        rowLines = std::max(rowLines, int(lines.back().size()));
    }
    const qreal height = rowLines * m_fonts.lineHeight(Style::SmallBold) + 2 * m_padV;
    addFill(QRectF(m_content.left(), m_y, m_content.width(), height), qRgb(0xe4, 0xe9, 0xf0));
    addRule(QLineF(m_content.left(), m_y, m_content.right(), m_y));
    drawRowLines(lines, 0, rowLines, m_y, Style::SmallBold);
    m_y += height;
    addRule(QLineF(m_content.left(), m_y, m_content.right(), m_y));
}

void PageFlow::drawRowLines(const std::vector<QStringList>& lines, int from, int count, qreal top, Style headerStyle)
{
    for (size_t c = 0; c < lines.size(); ++c) {
        const Style style = headerStyle == Style::Count ? m_columns[int(c)].style : headerStyle;
        const qreal lh = m_fonts.lineHeight(style);
        const Qt::Alignment align = m_columns[int(c)].align;
        const QStringList& cell = lines[c];
        for (int i = from; i < std::min<int>(from + count, int(cell.size())); ++i) {
            qreal x = m_x[c] + m_padH;
            if (align & Qt::AlignRight)
                x = m_x[c + 1] - m_padH - m_fonts.width(style, cell[i]);
            addText({ x, top + m_padV + (i - from) * lh + m_fonts.baseline(style) }, cell[i], style);
        }
    }
}

void PageFlow::row(const QStringList& cells)
{
    std::vector<QStringList> lines;
    lines.reserve(m_columns.size());
    int rowLines = 1;
    qreal lh = 0;
    for (size_t c = 0; c < size_t(m_columns.size()); ++c) {
        const Style style = m_columns[int(c)].style;
        lh = std::max(lh, m_fonts.lineHeight(style));
        lines.push_back(
            m_fonts.wrap(int(c) < cells.size() ? cells[int(c)] : QString(), style, m_x[c + 1] - m_x[c] - 2 * m_padH));
        rowLines = std::max(rowLines, int(lines.back().size()));
    }
    int done = 0;
    while (done < rowLines) {
        const int left = rowLines - done;
        const int fit = int((m_content.bottom() - m_y - 2 * m_padV) / lh);
        // A short row moves whole to the next page; a long one is split line by line.
        if (fit < left && (left <= 4 || fit < 2) && m_rowsInSegment > 0) {
            newPage();
            continue;
        }
        const int take = std::max(1, std::min(left, fit));
        const qreal height = take * lh + 2 * m_padV;
        drawRowLines(lines, done, take, m_y, Style::Count);
        m_y += height;
        addRule(QLineF(m_content.left(), m_y, m_content.right(), m_y));
        done += take;
        ++m_rowsInSegment;
        if (done < rowLines)
            newPage();
    }
}

void PageFlow::closeTableSegment()
{
    if (m_segmentTop < 0 || m_y <= m_segmentTop)
        return;
    addRule(QLineF(m_content.left(), m_segmentTop, m_content.right(), m_segmentTop));
    for (const qreal x : m_x)
        addRule(QLineF(x, m_segmentTop, x, m_y));
}

void PageFlow::endTable()
{
    closeTableSegment();
    m_inTable = false;
    m_segmentTop = -1;
    m_y += m_fonts.pt(5);
}

} // namespace ismap::report
