#include "shell/Screenshots.h"

#include "common/Language.h"
#include "evidence/EvidenceVault.h"
#include "evidenceview/EvidenceModel.h"
#include "evidenceview/EvidencePanel.h"
#include "fieldwork/Findings.h"
#include "findings/FindingsPanel.h"
#include "navigator/NavigatorWidget.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueue.h"
#include "sampling/SampleItemsModel.h"
#include "sampling/SamplingPanel.h"
#include "shell/MainWindow.h"
#include "workbook/Workbook.h"
#include "workspace/DashboardWidget.h"
#include "workspace/HistoryView.h"
#include "workspace/ItemWorkspace.h"
#include "workspace/StepsPanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace ismap::ui {

namespace {
QSize g_size;

bool shoot(MainWindow& w, const QString& folder, const QString& name)
{
    QApplication::processEvents();
    const QString file
        = QStringLiteral("%1-%2x%3-%4.png").arg(name).arg(g_size.width()).arg(g_size.height()).arg(Language::current());
    return w.grab().save(QDir(folder).filePath(file));
}
} // namespace

QSize Screenshots::parseSize(const QString& text)
{
    const QStringList parts = text.split(u'x');
    bool okW = false;
    bool okH = false;
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(&okW), parts[1].toInt(&okH)) : QSize();
    return okW && okH && size.width() >= 640 && size.height() >= 480 ? size : QSize();
}

int Screenshots::render(MainWindow& w, const QString& folder, const QString& itemId, const QSize& size)
{
    QDir().mkpath(folder);
    g_size = size;
    w.resize(size);
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
    // Sampling and findings are shown on an item with a failing sample item and the finding it raised.
    std::optional<Finding> deviation;
    for (const Finding& f : Findings::all(*w.workbook()))
        if (f.sampleItemId && !deviation)
            deviation = f;
    if (deviation)
        w.navigatorWidget()->selectItem(deviation->itemId);
    SamplingPanel* sampling = w.workspace()->sampling();
    w.workspace()->tabs()->setCurrentWidget(sampling);
    for (int row = 0; row < sampling->model()->rowCount(); ++row)
        if (sampling->model()->index(row, 0).data(SampleItemsModel::DeviationRole).toBool()) {
            sampling->table()->setCurrentIndex(sampling->model()->index(row, 0));
            break;
        }
    n += shoot(w, folder, QStringLiteral("item-sampling"));
    w.workspace()->tabs()->setCurrentWidget(w.workspace()->findings());
    if (deviation)
        w.workspace()->findings()->selectFinding(deviation->ref);
    n += shoot(w, folder, QStringLiteral("item-findings"));
    // The same item's history: what the sample, the step and the finding did, in sentences and local time.
    w.workspace()->tabs()->setCurrentWidget(w.workspace()->historyView());
    n += shoot(w, folder, QStringLiteral("item-history"));
    EvidencePanel* evidence = w.workspace()->evidence();
    w.workspace()->tabs()->setCurrentWidget(evidence);
    if (evidence->model()->rowCount() == 0) {
        // The evidence view is shown on an item that has some: the first with a screen capture.
        EvidenceVault vault(*w.workbook());
        for (const EvidenceRecord& r : vault.list()) {
            const QList<EvidenceTarget> links = vault.links(r.ref);
            if (r.mime.startsWith(u"image/") && !links.isEmpty()) {
                w.navigatorWidget()->selectItem(links.first().itemId);
                break;
            }
        }
    }
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
