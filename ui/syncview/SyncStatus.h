#pragma once

#include <QCoreApplication>
#include <QLabel>
#include <memory>

namespace ismap {
class Workbook;
}

namespace ismap::ui {

/**
 * The status bar's word on team sync: which replica this file is, its last exchange with another replica (local
 * time) and the open conflicts; a click on it opens the conflicts view. Hidden for a workbook without replicas.
 */
class SyncStatus : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatus(QWidget* parent = nullptr);

    /// Shows @p wb's state (nullptr or not replicated: hidden).
    void refresh(Workbook* wb);
    /// "Replica 2 · bob · last exchange … · 1 open conflict", in the UI's language; empty if not replicated.
    static QString describe(Workbook& wb);

    /// A replica copied or moved (ErrorCode::CopiedReplica): what the user chose.
    enum class CopiedChoice { Claim, ReadOnly, Cancel };
    /// Asks what to do with the replica at @p path the engine refused with @p reason.
    static CopiedChoice askCopied(QWidget* parent, const QString& path, const QString& reason);
    /// Test seam: askCopied answers @p answer without showing anything, and keeps the text it would have shown.
    static void setCopiedAnswer(std::optional<CopiedChoice> answer);
    static QString lastCopiedText();

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
};

} // namespace ismap::ui
