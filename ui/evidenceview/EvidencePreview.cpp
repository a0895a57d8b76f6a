#include "evidenceview/EvidencePreview.h"

#include "common/AuditError.h"
#include "common/Clock.h"
#include "evidenceview/EvidenceModel.h"
#include "tabular/Table.h"

#include <QEvent>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {
/// Text decoded as UTF-8, or Shift_JIS (common in Japanese evidence) when it is not valid UTF-8.
QString decodeText(const QByteArray& bytes)
{
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString s = utf8.decode(bytes);
        if (!utf8.hasError())
            return s;
    }
    QStringDecoder sjis("Shift_JIS");
    if (sjis.isValid()) {
        const QString s = sjis.decode(bytes);
        if (!sjis.hasError())
            return s;
    }
    return QString::fromUtf8(bytes);
}
} // namespace

EvidencePreview::EvidencePreview(QWidget* parent)
    : QWidget(parent)
    , m_details(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel)
    , m_text(new QPlainTextEdit(this))
    , m_table(new QTableWidget(this))
    , m_pdf(new QPdfDocument(this))
    , m_pdfView(new QPdfView(this))
{
    setObjectName(QStringLiteral("evidencePreview"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setFocusPolicy(Qt::StrongFocus);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_stack->addWidget(m_pdfView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_stack, 1);
    retranslateUi();
    clear();
}

EvidencePreview::~EvidencePreview()
{
    // QPdfView renders on a QThread that Qt 6.4's QPdfPageRenderer stops but never deletes (LeakSanitizer);
    // switching its renderer back to single-threaded deletes that thread now.
    if (auto* renderer = m_pdfView->findChild<QPdfPageRenderer*>())
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
}

EvidencePreview::Kind EvidencePreview::kindOf(const QString& mime)
{
    if (mime == u"application/pdf")
        return Kind::Pdf;
    if (mime.startsWith(u"image/") && QImageReader::supportedMimeTypes().contains(mime.toLatin1()))
        return Kind::Image;
    if (mime.startsWith(u"text/") || mime == u"application/json" || mime == u"application/xml"
        || mime == u"application/x-yaml" || mime == u"application/yaml" || mime == u"application/x-shellscript"
        || mime == u"application/sql" || mime == u"application/x-subrip")
        return Kind::Text;
    return Kind::None;
}

void EvidencePreview::clear()
{
    m_record = {};
    m_shown = Kind::None;
    m_details->clear();
    m_pdf->close();
    m_text->clear();
    m_image->clear();
    showMessage(tr("Select a piece of evidence to see it here."));
}

void EvidencePreview::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void EvidencePreview::showRecord(const EvidenceRecord& record, bool loading)
{
    m_record = record;
    m_shown = Kind::None;
    m_pdf->close();
    m_text->clear();
    m_image->clear();
    fillDetails();
    const Kind kind = kindOf(record.mime);
    if (loading)
        showMessage(tr("Loading the preview…"));
    else if (kind == Kind::None)
        showMessage(tr("No preview for this type of file (%1). Export it to open it.").arg(record.mime));
    else
        showMessage(tr("Too large to preview (%1). Export it to open it.").arg(EvidenceModel::sizeText(record.size)));
}

void EvidencePreview::fillDetails()
{
    const EvidenceRecord& r = m_record;
    auto row = [](const QString& label, const QString& value) -> QString {
        return u"<tr><td><b>" + label.toHtmlEscaped() + u"</b></td><td>" + value.toHtmlEscaped() + u"</td></tr>";
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Evidence"), r.ref + u"  " + r.name);
    html += row(tr("Type"), EvidenceModel::typeText(r.mime) + u" (" + r.mime + u')');
    html += row(tr("Size"), tr("%1 (%2 bytes)").arg(EvidenceModel::sizeText(r.size), QLocale().toString(r.size)));
    html += row(tr("SHA-256"), r.sha256);
    html += row(tr("Source"), r.obtainedFrom.isEmpty() ? tr("not recorded") : r.obtainedFrom);
    html += row(tr("Obtained"), Clock::shownDate(r.obtainedAt));
    html += row(tr("Added"), tr("%1 by %2").arg(Clock::shown(r.addedAt), r.addedBy));
    if (!r.description.isEmpty())
        html += row(tr("Description"), r.description);
    html += u"</table>";
    m_details->setText(html);
}

void EvidencePreview::showContent(const QString& path)
{
    switch (kindOf(m_record.mime)) {
    case Kind::Image: {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            showProblem(tr("The image cannot be shown (%1).").arg(reader.errorString()));
            return;
        }
        // Large photos are shown at most 1600 pixels wide; the export keeps the original.
        m_image->setPixmap(
            QPixmap::fromImage(image.width() > 1600 ? image.scaledToWidth(1600, Qt::SmoothTransformation) : image));
        m_stack->setCurrentWidget(m_imageArea);
        m_shown = Kind::Image;
        return;
    }
    case Kind::Text: {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            showProblem(f.errorString());
            return;
        }
        const QByteArray bytes = f.read(kTextLimit);
        if ((m_record.mime == u"text/csv" || m_record.name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            && showTable(bytes, f.size() > kTextLimit))
            return;
        QString text = decodeText(bytes);
        if (f.size() > kTextLimit)
            text += u"\n\n"
                + tr("[Only the first %1 of %2 are shown.]")
                      .arg(EvidenceModel::sizeText(kTextLimit), EvidenceModel::sizeText(f.size()));
        m_text->setPlainText(text);
        m_stack->setCurrentWidget(m_text);
        m_shown = Kind::Text;
        return;
    }
    case Kind::Pdf:
        if (m_pdf->load(path) != QPdfDocument::Error::None) {
            showProblem(tr("The PDF cannot be shown; it may be damaged or encrypted."));
            return;
        }
        m_stack->setCurrentWidget(m_pdfView);
        m_shown = Kind::Pdf;
        return;
    case Kind::Table: // kindOf() never gives it: a table is text that reads as CSV
    case Kind::None:
        return;
    }
}

bool EvidencePreview::showTable(const QByteArray& bytes, bool cut)
{
    // The CSV as the table reader sees it (UTF-8 or CP932); a file it cannot read is shown as text instead.
    QByteArray whole = bytes;
    if (cut) // the last line may be cut in the middle: drop it
        whole.truncate(qMax(qsizetype(0), whole.lastIndexOf('\n') + 1));
    Table t;
    try {
        TableLimits limits;
        limits.maxRows = kTableRows + 1;
        t = TableReader::readCsv(whole, m_record.name, TableReader::Encoding::Auto, limits);
    } catch (const AuditError&) {
        return false;
    }
    if (t.rows.isEmpty())
        return false;
    int columns = 0;
    for (const QStringList& r : std::as_const(t.rows))
        columns = qMax(columns, int(r.size()));
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(t.rows.size()) - 1);
    m_table->setHorizontalHeaderLabels(t.rows.first());
    for (int r = 1; r < t.rows.size(); ++r)
        for (int c = 0; c < t.rows[r].size(); ++c)
            m_table->setItem(r - 1, c, new QTableWidgetItem(t.rows[r][c]));
    QStringList numbers;
    for (int r = 0; r < t.rowNumbers.size() - 1; ++r)
        numbers << QString::number(t.rowNumbers[r + 1]); // the row numbers a spreadsheet shows
    m_table->setVerticalHeaderLabels(numbers);
    m_table->resizeColumnsToContents();
    m_table->setToolTip(cut ? tr("Only the first %1 of the file are shown.").arg(EvidenceModel::sizeText(kTextLimit))
                            : QString());
    m_stack->setCurrentWidget(m_table);
    m_shown = Kind::Table;
    return true;
}

void EvidencePreview::showProblem(const QString& message)
{
    m_shown = Kind::None;
    showMessage(tr("No preview: %1").arg(message));
}

void EvidencePreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_record.ref.isEmpty())
            fillDetails();
    }
    QWidget::changeEvent(event);
}

void EvidencePreview::retranslateUi()
{
    m_details->setAccessibleName(tr("Evidence details and SHA-256"));
    m_message->setAccessibleName(tr("Preview status"));
    m_imageArea->setAccessibleName(tr("Image preview"));
    m_image->setAccessibleName(tr("Image preview"));
    m_text->setAccessibleName(tr("Text preview"));
    m_pdfView->setAccessibleName(tr("PDF preview"));
}

} // namespace ismap::ui
