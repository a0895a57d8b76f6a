#include "Screenshots.h"

#include "DashboardWidget.h"
#include "ItemWorkspace.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "ReviewPanel.h"
#include "ReviewQueue.h"
#include "StepsPanel.h"
#include "common/Language.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>

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
    w.views()->setCurrentWidget(w.reviewQueue());
    n += shoot(w, folder, QStringLiteral("review-queue"));
    w.navigatorWidget()->selectItem(itemId);
    w.views()->setCurrentWidget(w.workspace());
    w.workspace()->tabs()->setCurrentIndex(0);
    n += shoot(w, folder, QStringLiteral("item-criteria"));
    w.workspace()->showSteps();
    n += shoot(w, folder, QStringLiteral("item-steps"));
    w.workspace()->tabs()->setCurrentWidget(w.workspace()->review());
    n += shoot(w, folder, QStringLiteral("item-review"));
    return n;
}

} // namespace ismap::ui
