#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QRgb>
#include <QStringList>
#include <array>
#include <vector>

class QPaintDevice;
class QPainter;

namespace ismap::report {

/// The report's type styles. Each maps to one QFont at the output device's resolution.
enum class Style : quint8 { Body, Bold, Small, SmallBold, H1, H2, H3, Title, Subtitle, Margin, Hash, Warning, Count };

/**
 * The fonts of one report, measured on the output device: wrapping, eliding and line heights.
 * The Japanese font is loaded from Debian's fonts-noto-cjk or fonts-ipaexfont; without either the
 * report cannot be written (a PDF with tofu instead of kanji would be worse than no report).
 */
class FontSet
{
    Q_DECLARE_TR_FUNCTIONS(FontSet)
public:
    /// Loads the CJK family for @p device. Throws AuditError(NotFound) naming the files looked for.
    explicit FontSet(const QPaintDevice* device);

    const QFont& font(Style s) const { return m_fonts[size_t(s)]; }
    const QFontMetricsF& metrics(Style s) const { return m_metrics[size_t(s)]; }
    /// Distance between baselines of two lines of @p s.
    qreal lineHeight(Style s) const { return m_lineHeight[size_t(s)]; }
    /// From the top of a line to its baseline.
    qreal baseline(Style s) const { return m_baseline[size_t(s)]; }
    qreal width(Style s, const QString& text) const { return m_metrics[size_t(s)].horizontalAdvance(text); }
    /// Breaks @p text into lines no wider than @p width (explicit newlines kept; CJK breaks anywhere).
    QStringList wrap(const QString& text, Style s, qreal width) const;
    QString elide(const QString& text, Style s, qreal width) const;
    QString family() const { return m_family; }
    /// Device units per millimetre and per point.
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    qreal pt(qreal v) const { return v * m_dpi / 72.0; }

    /// The font files tried, in order (ISMAP_REPORT_FONT may name one first).
    static QStringList candidateFiles();
    /// Registers the first usable CJK font and returns its family. Throws AuditError(NotFound).
    static QString loadFamily();

private:
    const QPaintDevice* m_device;
    qreal m_dpi;
    QString m_family;
    std::array<QFont, size_t(Style::Count)> m_fonts;
    std::vector<QFontMetricsF> m_metrics;
    std::array<qreal, size_t(Style::Count)> m_lineHeight {};
    std::array<qreal, size_t(Style::Count)> m_baseline {};
};

/** One piece of text at its baseline position. */
struct TextRun
{
    QPointF at;
    QString text;
    Style style;
};

/** A rectangle filled with a colour (table header shading, banners). */
struct Fill
{
    QRectF rect;
    QRgb colour;
};

/** A laid-out page: everything to paint except the running header and footer. */
struct LaidOutPage
{
    std::vector<TextRun> texts;
    std::vector<QLineF> rules;
    std::vector<Fill> fills;
    bool chrome = true; ///< running header and footer (not on the cover)
};

/** A column of a table: header text, share of the table's width, alignment. */
struct TableColumn
{
    QString header;
    qreal share = 1;
    Qt::Alignment align = Qt::AlignLeft;
    Style style = Style::Small;
};

/**
 * The report's small layout engine: flows headings, paragraphs, key/value blocks and tables down
 * pages, wrapping text and splitting long tables (header rows repeated on each page) and long rows.
 * The result is a display list per page; painting is a separate, cheap pass. We draw with QPainter
 * instead of QTextDocument::print, which adds its own page numbers and is several times slower.
 */
class PageFlow
{
public:
    PageFlow(const FontSet& fonts, const QRectF& content, int firstPageNumber);

    const FontSet& fonts() const { return m_fonts; }
    /// The absolute page number (1-based) of the page being filled.
    int pageNumber() const { return m_firstPage + int(m_pages.size()) - 1; }
    int pageCount() const { return int(m_pages.size()); }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    const QRectF& content() const { return m_content; }

    void newPage(bool chrome = true);
    /// Whether the page being filled gets the running header and footer.
    void setChrome(bool chrome) { page().chrome = chrome; }
    /// Starts a new page unless @p height still fits on this one.
    void ensure(qreal height);
    void space(qreal height);
    void moveTo(qreal y) { m_y = y; }

    /// Wrapped text, split across pages line by line.
    void paragraph(const QString& text, Style style = Style::Body, qreal indent = 0,
                   Qt::Alignment align = Qt::AlignLeft);
    /// A heading kept with at least @p keep of what follows.
    void heading(const QString& text, Style style, qreal keep);
    /// Label/value rows without header (a definition list with rules).
    void keyValues(const QList<QPair<QString, QString>>& rows, qreal labelShare = 0.28, Style style = Style::Small);

    void beginTable(const QList<TableColumn>& columns);
    void row(const QStringList& cells);
    void endTable();

    void addText(const QPointF& at, const QString& text, Style style);
    void addRule(const QLineF& line) { page().rules.push_back(line); }
    void addFill(const QRectF& rect, QRgb colour) { page().fills.push_back({ rect, colour }); }

    std::vector<LaidOutPage> takePages() { return std::move(m_pages); }

private:
    LaidOutPage& page() { return m_pages.back(); }
    void tableHeader();
    void closeTableSegment();
    void drawRowLines(const std::vector<QStringList>& lines, int from, int count, qreal top, Style headerStyle);

    const FontSet& m_fonts;
    QRectF m_content;
    int m_firstPage;
    qreal m_y = 0;
    std::vector<LaidOutPage> m_pages;

    // The open table.
    QList<TableColumn> m_columns;
    std::vector<qreal> m_x; ///< left edge of each column, plus the right edge of the table
    qreal m_segmentTop = -1;
    int m_rowsInSegment = 0;
    qreal m_padH = 0;
    qreal m_padV = 0;
    bool m_inTable = false;
};

} // namespace ismap::report
