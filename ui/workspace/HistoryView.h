#pragma once

#include "engagement/HistoryText.h"

#include <QWidget>

class QPlainTextEdit;
class QSplitter;
class QTreeWidget;

namespace ismap::ui {

/**
 * An item's history for people: one row per trail row — when (local time), who, what (a sentence) and the changed
 * fields as before → after — and, below, the whole change of the selected row. The texts come from the engine's
 * HistoryText, the same renderer as `ismapctl history`.
 */
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget* parent = nullptr);
    /// Shows @p lines (newest first); keeps the selected trail row selected when it is still there.
    void setLines(const QList<HistoryLine>& lines);
    void clear();
    QTreeWidget* tree() const { return m_tree; }
    QPlainTextEdit* details() const { return m_details; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetails();
    QSplitter* m_splitter;
    QTreeWidget* m_tree;
    QPlainTextEdit* m_details;
    QList<HistoryLine> m_lines;
};

} // namespace ismap::ui
