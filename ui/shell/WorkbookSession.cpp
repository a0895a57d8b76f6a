#include "shell/WorkbookSession.h"

#include "navigator/NavigatorWidget.h"
#include "workbook/Workbook.h"
#include "workspace/ItemWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTreeView>

namespace ismap::ui {

namespace {
void selectData(QComboBox* box, const QString& data)
{
    box->setCurrentIndex(qMax(0, box->findData(data)));
}
} // namespace

WorkbookSession::WorkbookSession(NavigatorWidget* navigator, QTabWidget* views, ItemWorkspace* workspace)
    : m_navigator(navigator)
    , m_views(views)
    , m_workspace(workspace)
{ }

QString WorkbookSession::settingsGroup(Workbook& wb)
{
    return QStringLiteral("workbooks/") + wb.engagement().uuid;
}

void WorkbookSession::reset()
{
    m_navigator->searchField()->clear();
    m_navigator->statusBox()->setCurrentIndex(0);
    m_navigator->assigneeBox()->setCurrentIndex(0);
    m_navigator->mandatoryBox()->setChecked(false);
    m_navigator->deviationsBox()->setChecked(false);
    m_navigator->tree()->clearSelection();
    m_workspace->tabs()->setCurrentIndex(0);
    m_views->setCurrentIndex(0);
}

void WorkbookSession::remember(Workbook& wb) const
{
    QSettings s;
    s.beginGroup(settingsGroup(wb));
    s.setValue(QStringLiteral("item"), m_navigator->currentItem());
    s.setValue(QStringLiteral("search"), m_navigator->searchField()->text());
    s.setValue(QStringLiteral("status"), m_navigator->statusBox()->currentData());
    s.setValue(QStringLiteral("assignee"), m_navigator->assigneeBox()->currentData());
    s.setValue(QStringLiteral("mandatory"), m_navigator->mandatoryBox()->isChecked());
    s.setValue(QStringLiteral("deviations"), m_navigator->deviationsBox()->isChecked());
    s.setValue(QStringLiteral("view"), m_views->currentIndex());
    s.setValue(QStringLiteral("itemTab"), m_workspace->tabs()->currentIndex());
}

bool WorkbookSession::restore(Workbook& wb)
{
    QSettings s;
    s.beginGroup(settingsGroup(wb));
    if (!s.contains(QStringLiteral("view")))
        return false;
    m_navigator->searchField()->setText(s.value(QStringLiteral("search")).toString());
    selectData(m_navigator->statusBox(), s.value(QStringLiteral("status")).toString());
    selectData(m_navigator->assigneeBox(), s.value(QStringLiteral("assignee")).toString());
    m_navigator->mandatoryBox()->setChecked(s.value(QStringLiteral("mandatory")).toBool());
    m_navigator->deviationsBox()->setChecked(s.value(QStringLiteral("deviations")).toBool());
    m_workspace->tabs()->setCurrentIndex(s.value(QStringLiteral("itemTab")).toInt());
    const QString item = s.value(QStringLiteral("item")).toString();
    if (!item.isEmpty())
        m_navigator->selectItem(item);
    m_views->setCurrentIndex(s.value(QStringLiteral("view")).toInt());
    return true;
}

} // namespace ismap::ui
