#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ismap {
class Workbook;
struct FolderSyncResult;
struct SyncImportResult;
} // namespace ismap

namespace ismap::ui {

/**
 * File → Synchronise…: the replica's exchanges with the others (team sync, issue 15). Export a change package (for
 * every replica, or what one replica lacks), import one, or synchronise with a shared folder (remembered per
 * workbook); what came in is shown per member as `ismapctl sync import` prints it. The engine checks and applies
 * (Replication); what it refuses is shown as it says it, and the workbook is unchanged.
 */
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(Workbook* workbook, QWidget* parent = nullptr);

    QComboBox* forReplicaCombo() const { return m_forReplica; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPlainTextEdit* summary() const { return m_summary; }
    QPushButton* conflictsButton() const { return m_conflicts; }

    /// Writes a change package to @p path (for the replica chosen in the combo); false if refused.
    bool exportTo(const QString& path);
    /// Imports the package at @p path; false if refused (the workbook is unchanged).
    bool importFrom(const QString& path);
    /// Imports the other replicas' packages in @p dir and writes this one's there; remembers the folder.
    bool syncWithFolder(const QString& dir);

    /// The folder this workbook synchronised with last (QSettings, per engagement and replica), empty if none.
    static QString rememberedFolder(Workbook& wb);

    /// What an import brought: the engine's text (SyncText), the one `ismapctl sync import` prints.
    static QString importText(const SyncImportResult& r);
    /// What `sync folder` did: each import, each package refused, and this replica's package.
    static QString folderText(const FolderSyncResult& r, const QString& signer);

signals:
    /// The user asked for the conflicts view.
    void showConflicts();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadReplicas();
    void chooseExport();
    void chooseImport();
    void chooseFolder();
    void showResult(std::function<QString()> text);

    Workbook* m_wb;
    std::function<QString()> m_lastResult; ///< the last exchange's summary, rendered in the current language
    QLabel* m_intro;
    QLabel* m_state;
    QLabel* m_forLabel;
    QComboBox* m_forReplica;
    QPushButton* m_export;
    QPushButton* m_import;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browseFolder;
    QPushButton* m_syncFolder;
    QLabel* m_summaryLabel;
    QPlainTextEdit* m_summary;
    QPushButton* m_conflicts;
    QPushButton* m_close;
};

} // namespace ismap::ui
