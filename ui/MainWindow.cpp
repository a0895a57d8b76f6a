#include "MainWindow.h"

#include "CatalogTreeModel.h"
#include "common/AuditError.h"
#include "common/Language.h"
#include "workbook/Workbook.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>

namespace ismap::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new CatalogTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::ColTitle, QHeaderView::Stretch);
    m_tree->header()->resizeSection(CatalogTreeModel::ColId, 180);
    m_tree->header()->resizeSection(CatalogTreeModel::ColApplicability, 160);
    setCentralWidget(m_tree);
    statusBar()->addPermanentWidget(m_statusLabel);
    buildMenus();
    retranslateUi();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workbook"), QString(),
                                                          tr("ISMAP workbooks (*.ismapwb)"));
        if (!path.isEmpty())
            openWorkbook(path);
    });
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(this);
    m_japaneseAction = m_languageMenu->addAction(QStringLiteral("日本語"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction* a : {m_japaneseAction, m_englishAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (Language::current() == u"ja" ? m_japaneseAction : m_englishAction)->setChecked(true);
    connect(m_japaneseAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("ja")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::setLanguage(const QString& code)
{
    Language::apply(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
    // Qt sends LanguageChange to every widget; changeEvent() retranslates.
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_tree->setAccessibleName(tr("Criteria navigator"));
    m_model->retranslate();
    if (m_workbook) {
        const Engagement e = m_workbook->engagement();
        setWindowTitle(tr("%1 — %2 (%3)").arg(e.csp, e.service, QFileInfo(m_workbook->path()).fileName()));
        m_statusLabel->setText(tr("Criteria revision %1").arg(e.criteriaRevision));
    } else {
        setWindowTitle(tr("ISMAP Audit Workbench"));
        m_statusLabel->setText(tr("No workbook open"));
    }
}

bool MainWindow::openWorkbook(const QString& path)
{
    try {
        auto wb = Workbook::open(path);
        m_model->reload(wb.get());
        m_workbook = std::move(wb);
        m_tree->expandToDepth(0);
        retranslateUi();
        return true;
    } catch (const AuditError& e) {
        QMessageBox::critical(this, tr("Cannot open workbook"), e.message());
        return false;
    }
}

} // namespace ismap::ui
