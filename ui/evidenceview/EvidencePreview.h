#pragma once

#include "evidence/EvidenceVault.h"

#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QTableWidget;
class QScrollArea;
class QStackedWidget;

namespace ismap::ui {

/**
 * Shows one piece of evidence: its metadata and hash, and its content where we can show it (images,
 * the first 64 KiB of text, PDF pages). The content comes from a file the vault exported and checked;
 * this widget never reads the workbook.
 */
class EvidencePreview : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { None, Image, Text, Pdf, Table };
    /// How much of a text file is shown.
    static constexpr qint64 kTextLimit = 64 * 1024;
    /// Larger evidence is not exported for preview (export it to open it).
    static constexpr qint64 kPreviewLimit = 128 * 1024 * 1024;

    explicit EvidencePreview(QWidget* parent = nullptr);
    ~EvidencePreview() override;

    static Kind kindOf(const QString& mime);
    /// Shows @p record's metadata; the content area says "loading" if @p loading, else why none is shown.
    void showRecord(const EvidenceRecord& record, bool loading);
    /// Shows the content of the current record from @p path (its verified export).
    void showContent(const QString& path);
    /// Says the content could not be shown and why.
    void showProblem(const QString& message);
    void clear();

    const QString& ref() const { return m_record.ref; }
    Kind shownKind() const { return m_shown; }
    QLabel* details() const { return m_details; }
    QPlainTextEdit* textView() const { return m_text; }
    /// CSV evidence as a table: its first row the header, at most kTableRows rows.
    QTableWidget* tableView() const { return m_table; }
    static constexpr int kTableRows = 1000;
    QLabel* imageView() const { return m_image; }
    QPdfDocument* pdfDocument() const { return m_pdf; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Shows CSV @p bytes as a table; false if they do not read as CSV (then they are shown as text).
    bool showTable(const QByteArray& bytes, bool cut);
    void retranslateUi();
    void showMessage(const QString& text);
    void fillDetails();

    EvidenceRecord m_record;
    Kind m_shown = Kind::None;
    QLabel* m_details;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    QPlainTextEdit* m_text;
    QTableWidget* m_table;
    QPdfDocument* m_pdf;
    QPdfView* m_pdfView;
};

} // namespace ismap::ui
