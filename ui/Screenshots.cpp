#include "Screenshots.h"

#include "DashboardWidget.h"
#include "EvidenceModel.h"
#include "EvidencePanel.h"
#include "ItemWorkspace.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "ReviewPanel.h"
#include "StepsPanel.h"
#include "common/Language.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace ismap::ui {

namespace {
bool shoot(MainWindow& w, const QString& folder, const QString& name)
{
    QApplication::processEvents();
    return w.grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, Language::current())));
}
} // namespace

int Screenshots::render(MainWindow& w, const QString& folder, const QString& itemId)
{
    QDir().mkpath(folder);
    w.resize(1440, 900);
    int n = 0;
    w.views()->setCurrentWidget(w.dashboard());
    n += shoot(w, folder, QStringLiteral("dashboard"));
    w.navigatorWidget()->searchField()->setText(Language::current() == u"ja" ? QStringLiteral("暗号")
                                                                             : QStringLiteral("crypto"));
    n += shoot(w, folder, QStringLiteral("navigator-search"));
    w.navigatorWidget()->searchField()->clear();
    w.navigatorWidget()->selectItem(itemId);
    w.views()->setCurrentWidget(w.workspace());
    w.workspace()->tabs()->setCurrentIndex(0);
    n += shoot(w, folder, QStringLiteral("item-criteria"));
    w.workspace()->showSteps();
    n += shoot(w, folder, QStringLiteral("item-steps"));
    w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
    n += shoot(w, folder, QStringLiteral("item-review"));
    EvidencePanel* evidence = w.workspace()->evidence();
    w.workspace()->tabs()->setCurrentWidget(evidence);
    // Show the last piece of evidence with its preview, which is exported on the worker thread.
    if (const int rows = evidence->model()->rowCount())
        evidence->table()->selectRow(rows - 1);
    for (QDeadlineTimer deadline(10000); evidence->isBusy() && !deadline.hasExpired();) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
    n += shoot(w, folder, QStringLiteral("item-evidence"));
    return n;
}

} // namespace ismap::ui
