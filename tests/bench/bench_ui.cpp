// Desktop app at engagement scale: 1,159 criteria items, 5,000 evidence files, 50,000 trail rows.
// Prints: window ready time, filter keystroke time, item selection time, peak memory (targets 1 s, 50 ms,
// 50 ms, 250 MiB). --small builds a smaller workbook and only checks that everything runs.
//
//   bench_ui [--small] [--workbook WB] [--verbose]
//
// --workbook: measure on a copy of WB (run-benchmarks.sh passes bench_scale's engagement-scale workbook: 1,159
// items, 5,000 evidence files, 300 findings, 50,000 trail rows) instead of building one; it opens as the first
// staff member of the team. The filter figure is keystroke to updated tree, the selection figure is select to
// workspace shown, both with the events they post processed; worst and mean over every keystroke and pick, in
// wall time and in the process's CPU time (which a loaded machine does not inflate); then the same with the
// history tab showing (the item's rows from the trail). --verbose prints each step.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "evidence/EvidenceVault.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorWidget.h"
#include "shell/MainWindow.h"
#include "statement/StatementBook.h"
#include "trail/Trail.h"
#include "workspace/HistoryView.h"
#include "workspace/ItemWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ismap;

namespace {
/// CPU time of the whole process so far, in ms.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

/// The built-in skeleton plus numbered detailed controls under the 管理策基準 objectives, up to @p total.
QList<CatalogItem> engagementCatalog(int total)
{
    QList<CatalogItem> items = Catalog::builtinSkeleton();
    QSet<QString> numbers;
    QStringList objectives;
    for (const CatalogItem& it : items) {
        numbers.insert(it.number.isEmpty() ? it.id : it.number);
        if (it.level == u"objective" && it.part == u"controls")
            objectives << it.id;
    }
    QList<CatalogItem> extra;
    for (int n = 1; items.size() + extra.size() < total; ++n)
        for (const QString& obj : objectives) {
            if (items.size() + extra.size() >= total)
                break;
            const QString number = obj.section(u'.', 0, 2) + u'.' + QString::number(n);
            if (numbers.contains(number))
                continue;
            CatalogItem c;
            c.id = number;
            c.part = QStringLiteral("controls");
            c.level = QStringLiteral("detailed");
            c.titleJa = QStringLiteral("詳細管理策 %1 のアクセス権レビューとログ監視").arg(number);
            c.titleEn = QStringLiteral("Detailed control %1: access review and log monitoring").arg(number);
            extra << c;
        }
    items += extra;
    Catalog::complete(items, QStringLiteral("bench"));
    return items;
}

QString buildWorkbook(const QString& dir, int items, int evidence, int trailRows)
{
    const QString path = dir + QStringLiteral("/bench.ismapwb");
    Engagement e;
    e.csp = QStringLiteral("Bench CSP");
    e.service = QStringLiteral("Bench Cloud");
    e.periodStart = QDate(2025, 4, 1);
    e.periodEnd = QDate(2026, 3, 31);
    e.criteriaRevision = QStringLiteral("bench");
    const QList<CatalogItem> catalog = engagementCatalog(items);
    auto wb = Workbook::create(path, e, [&](Workbook& w) {
        Catalog::install(w, catalog, QStringLiteral("bench"), QStringLiteral("bench"));
        w.addMember(QStringLiteral("staff1"), Role::Staff);
        w.addMember(QStringLiteral("reviewer"), Role::Reviewer);
    });
    wb->setActor(QStringLiteral("staff1"));
    QList<StatementEntry> entries;
    QStringList ids;
    int i = 0;
    for (const CatalogItem& c : catalog) {
        if (!c.isStatementItem())
            continue;
        StatementEntry s;
        s.itemId = c.id;
        s.applicability = (i++ % 5 == 4 && !c.mandatory) ? Applicability::OutOfScope : Applicability::InScope;
        s.reason
            = s.applicability == Applicability::OutOfScope ? QStringLiteral("該当するシステムがないため") : QString();
        s.description = QStringLiteral("%1: 管理者が月次でアクセス権限を見直し、承認記録を保管する。").arg(c.id);
        s.frequency = QStringLiteral("monthly");
        s.population = 12;
        entries << s;
        ids << c.id;
    }
    {
        Transaction tx(wb->db());
        StatementBook::write(*wb, entries, QStringLiteral("statement.import"));
        const int extraTrail = qMax(0, trailRows - int(Trail::count(wb->db())) - evidence);
        for (int t = 0; t < extraTrail; ++t)
            wb->record(QStringLiteral("step.result"), QStringLiteral("item/%1/step/%2").arg(ids[t % ids.size()]).arg(t),
                       QStringLiteral("{\"result\":null}"), QStringLiteral("{\"result\":\"no_exception\"}"));
        tx.commit();
    }
    QTemporaryDir files;
    QList<EvidenceFile> batch;
    for (int k = 0; k < evidence; ++k) {
        const QString f = files.filePath(QStringLiteral("evidence-%1.txt").arg(k));
        QFile out(f);
        out.open(QIODevice::WriteOnly);
        out.write(QStringLiteral("access review log %1\n").arg(k).toUtf8().repeated(20));
        out.close();
        batch << EvidenceFile { f, {} };
        if (batch.size() == 500 || k == evidence - 1) {
            EvidenceVault(*wb).add(batch, EvidenceTarget { ids[k % ids.size()], {}, {}, {} });
            batch.clear();
        }
    }
    return path;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ismap-workbench-bench"));
    QSettings().clear();
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int items = 1159;
    const int evidence = small ? 200 : 5000;
    const int trailRows = small ? 2000 : 50000;

    QTemporaryDir dir;
    QString path;
    QString member = QStringLiteral("staff1");
    const qsizetype wbAt = app.arguments().indexOf(QStringLiteral("--workbook"));
    if (wbAt > 0 && wbAt + 1 < app.arguments().size()) {
        const QString source = app.arguments().at(wbAt + 1);
        path = dir.filePath(QStringLiteral("bench.ismapwb"));
        if (!QFile::copy(source, path)) {
            std::fprintf(stderr, "bench_ui: cannot copy %s\n", qPrintable(source));
            return 1;
        }
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        try {
            auto wb = Workbook::open(path);
            member.clear();
            for (const TeamMember& m : wb->team())
                if (member.isEmpty() && m.role == Role::Staff)
                    member = m.name;
            if (member.isEmpty() && !wb->team().isEmpty())
                member = wb->team().first().name;
            std::printf("workbook: %s: %lld items, %lld evidence, %lld findings, %lld trail rows\n", qPrintable(source),
                        wb->db().scalar("SELECT count(*) FROM catalog_item").toLongLong(),
                        wb->db().scalar("SELECT count(*) FROM evidence").toLongLong(),
                        wb->db().scalar("SELECT count(*) FROM finding").toLongLong(),
                        wb->db().scalar("SELECT count(*) FROM trail").toLongLong());
        } catch (const AuditError& e) {
            std::fprintf(stderr, "bench_ui: %s\n", e.what());
            return 1;
        }
    } else {
        QElapsedTimer build;
        build.start();
        path = buildWorkbook(dir.path(), items, evidence, trailRows);
        std::printf("workbook: %d items, %d evidence, %d trail rows (built in %.1f s)\n", items, evidence, trailRows,
                    build.elapsed() / 1000.0);
    }

    const bool verbose = app.arguments().contains(QStringLiteral("--verbose"));
    QElapsedTimer t;
    t.start();
    double c0 = cpuMs();
    ui::MainWindow window;
    window.show();
    if (!window.openWorkbook(path, member))
        return 1;
    QCoreApplication::processEvents();
    const double readyMs = t.nsecsElapsed() / 1e6;
    const double readyCpu = cpuMs() - c0;

    // Wall and CPU time of one step (a keystroke or a pick) and of the events it posted (layout, paint).
    struct Figure
    {
        double worst = 0, total = 0, worstCpu = 0, totalCpu = 0;
        int n = 0;
        void add(double ms, double cpu)
        {
            worst = std::max(worst, ms);
            worstCpu = std::max(worstCpu, cpu);
            total += ms;
            totalCpu += cpu;
            ++n;
        }
    };
    auto step = [&](Figure& f, const QString& what, const auto& action) {
        t.restart();
        c0 = cpuMs();
        action();
        QCoreApplication::processEvents();
        const double ms = t.nsecsElapsed() / 1e6, cpu = cpuMs() - c0;
        f.add(ms, cpu);
        if (verbose)
            std::printf("  %-14s %7.1f ms (CPU %.1f ms)\n", qPrintable(what), ms, cpu);
    };

    // Typing a search, one keystroke at a time; the worst keystroke counts.
    QLineEdit* search = window.navigatorWidget()->searchField();
    Figure keys;
    for (const QString& text : { QStringLiteral("ア"), QStringLiteral("アク"), QStringLiteral("アクセ"),
                                 QStringLiteral("アクセス"), QStringLiteral("アクセス権"), QStringLiteral("月"),
                                 QStringLiteral("月次"), QStringLiteral("5.1"), QString() })
        step(keys, QStringLiteral("key \"%1\"").arg(text), [&] { search->setText(text); });

    // Selecting items: the workspace shows each.
    const QStringList ids = window.navigatorWidget()->model()->statementItemIds();
    Figure picks;
    for (int k = 0; k < 40; ++k) {
        const QString id = ids[(k * 97) % ids.size()];
        step(picks, QStringLiteral("select ") + id, [&] { window.navigatorWidget()->selectItem(id); });
        if (window.workspace()->itemId() != id)
            return 2;
    }
    // The same picks with the history tab showing: each fills the item's rows from the 50,000-row trail.
    window.workspace()->tabs()->setCurrentWidget(window.workspace()->historyView());
    Figure historyPicks;
    for (int k = 0; k < 40; ++k) {
        const QString id = ids[(k * 89 + 1) % ids.size()];
        step(historyPicks, QStringLiteral("history ") + id, [&] { window.navigatorWidget()->selectItem(id); });
        if (window.workspace()->itemId() != id)
            return 2;
    }
    const double peakMiB = peakRssKiB() / 1024.0;
    // CPU time is the process's (all threads): on a loaded machine the wall time can be several times higher.
    std::printf("window ready:        %7.1f ms   (CPU %.1f ms; target 1000 ms)\n", readyMs, readyCpu);
    std::printf("filter keystroke:    %7.1f ms worst, %.1f ms mean (CPU %.1f worst, %.1f mean; target 50 ms)\n",
                keys.worst, keys.total / keys.n, keys.worstCpu, keys.totalCpu / keys.n);
    std::printf("item selection:      %7.1f ms worst, %.1f ms mean (CPU %.1f worst, %.1f mean; target 50 ms)\n",
                picks.worst, picks.total / picks.n, picks.worstCpu, picks.totalCpu / picks.n);
    std::printf("selection, history:  %7.1f ms worst, %.1f ms mean (CPU %.1f worst, %.1f mean; target 50 ms)\n",
                historyPicks.worst, historyPicks.total / historyPicks.n, historyPicks.worstCpu,
                historyPicks.totalCpu / historyPicks.n);
    std::printf("peak memory:         %7.1f MiB  (target 250 MiB)\n", peakMiB);
    return 0;
}
