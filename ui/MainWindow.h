#pragma once

#include <QMainWindow>
#include <memory>

class QTreeView;
class QLabel;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

class CatalogTreeModel;

/** The main window: the catalog navigator of the open workbook, menus and status bar. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path; shows a translated error and returns false if it cannot be opened.
    bool openWorkbook(const QString& path);
    Workbook* workbook() const { return m_workbook.get(); }
    QTreeView* navigator() const { return m_tree; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void setLanguage(const QString& code);

    std::unique_ptr<Workbook> m_workbook;
    CatalogTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_englishAction = nullptr;
};

} // namespace ismap::ui
