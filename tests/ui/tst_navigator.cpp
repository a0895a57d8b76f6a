// The navigator: the catalog tree model, the filter bar (search as you type, status, assignee, mandatory,
// deviations), model consistency under QAbstractItemModelTester, and the dashboard's charts.
#include "UiTestSupport.h"
#include "engagement/EngagementProgress.h"
#include "navigator/CatalogTreeModel.h"
#include "navigator/NavigatorFilter.h"
#include "navigator/NavigatorWidget.h"
#include "workspace/DashboardWidget.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QTreeView>
#include <QtTest>

using namespace ismap;
using namespace ismap::ui;

class TestNavigator : public QObject
{
    Q_OBJECT

private:
    QStringList shown() const { return m_nav->visibleItems(); }
    /// Shown items, leaving out those shown only because an ancestor matched.
    QStringList shownMatches() const
    {
        QStringList out;
        for (const QString& id : shown()) {
            bool underShown = false;
            for (const QString& other : out)
                underShown = underShown || id.startsWith(other + u'.');
            if (!underShown)
                out << id;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_t = test::makeWorkbook();
        Database& db = m_t->wb->db();
        // Fieldwork as the engine leaves it: a deviation on 10.1.1, 5.1.1 assigned to staff1 and prepared.
        db.exec("INSERT INTO procedure_step(item_id, template_id, seq, phase, type, instruction_ja, instruction_en, "
                "status, result) VALUES ('10.1.1', 't1', 1, 'design', 'inspection', '閲覧', 'Inspect', 'done', "
                "'deviation'), ('5.1.1', 't1', 1, 'design', 'inspection', '閲覧', 'Inspect', 'done', 'no_exception')");
        db.exec("INSERT INTO item_plan(item_id, assignee) VALUES ('5.1.1', (SELECT id FROM team_member WHERE name = "
                "'staff1'))");
        db.exec("INSERT INTO signoff(item_id, role, member_id, at, content_hash) VALUES ('5.1.1', 'preparer', "
                "(SELECT id FROM team_member WHERE name = 'staff1'), '2025-06-01', 'x')");
        db.exec(
            "INSERT INTO finding(ref, item_id, severity, raised_at) VALUES ('F-0001', '10.1.1', 'high', '2025-06-01')");
        m_nav = std::make_unique<NavigatorWidget>();
        new QAbstractItemModelTester(m_nav->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_nav.get());
        new QAbstractItemModelTester(m_nav->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_nav.get());
        m_nav->setWorkbook(m_t->wb.get());
        m_nav->show();
    }

    void treeShowsWorkAtAGlance()
    {
        CatalogTreeModel* model = m_nav->model();
        QCOMPARE(model->rowCount(), 3); // governance, management, controls
        const QModelIndex prepared = model->indexForItem(QStringLiteral("5.1.1"));
        QCOMPARE(prepared.data(CatalogTreeModel::StatusRole).toString(), QStringLiteral("prepared"));
        QCOMPARE(prepared.siblingAtColumn(CatalogTreeModel::ColAssignee).data().toString(), QStringLiteral("staff1"));
        QCOMPARE(prepared.siblingAtColumn(CatalogTreeModel::ColProgress).data().toString(),
                 QStringLiteral("1 / 1 steps"));
        QVERIFY(
            !prepared.siblingAtColumn(CatalogTreeModel::ColStatus).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex deviation = model->indexForItem(QStringLiteral("10.1.1"));
        QCOMPARE(deviation.data(CatalogTreeModel::DeviationsRole).toInt(), 1);
        const QModelIndex out = model->indexForItem(QStringLiteral("11.1.1"));
        QCOMPARE(out.siblingAtColumn(CatalogTreeModel::ColStatus).data().toString(), QString());
        // Branch counts: the controls part has 3 in scope, 1 of them done.
        const QModelIndex controls = model->index(2, CatalogTreeModel::ColProgress);
        QCOMPARE(controls.data().toString(), QStringLiteral("1 / 3 done"));
    }

    void searchUpdatesAsYouType()
    {
        QLineEdit* search = m_nav->searchField();
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QStringLiteral("年"), Qt::NoModifier);
        QCOMPARE(shownMatches(), QStringList { QStringLiteral("5.1.1") }); // one character: a substring scan
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QStringLiteral("次"), Qt::NoModifier);
        QCOMPARE(shownMatches(), QStringList { QStringLiteral("5.1.1") });
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QStringLiteral("扉"), Qt::NoModifier);
        QCOMPARE(shown(), QStringList {});
        search->setText(QStringLiteral("見直"));
        QCOMPARE(shownMatches(), (QStringList { QStringLiteral("5.1.1"), QStringLiteral("5.1.2") }));
        search->setText(QStringLiteral("暗号化の方針"));
        QCOMPARE(shownMatches(), QStringList { QStringLiteral("10.1.1") });
        search->setText(QStringLiteral("情報セキュリティ方針を年次"));
        QCOMPARE(shownMatches(), QStringList { QStringLiteral("5.1.1") });
        // Ancestors of a match stay visible so the tree reads as a tree.
        QVERIFY(m_nav->filter()->mapFromSource(m_nav->model()->indexForItem(QStringLiteral("5.1"))).isValid());
        search->clear();
        QVERIFY(shown().size() > 250);
    }

    void statusAssigneeMandatoryDeviationFilters()
    {
        m_nav->searchField()->clear();
        QComboBox* status = m_nav->statusBox();
        status->setCurrentIndex(status->findData(QStringLiteral("prepared")));
        QCOMPARE(shown(), QStringList { QStringLiteral("5.1.1") });
        status->setCurrentIndex(0);

        QComboBox* assignee = m_nav->assigneeBox();
        assignee->setCurrentIndex(assignee->findData(QStringLiteral("staff1")));
        QCOMPARE(shown(), QStringList { QStringLiteral("5.1.1") });
        assignee->setCurrentIndex(assignee->findData(NavigatorFilter::kUnassigned));
        QVERIFY(!shown().contains(QStringLiteral("5.1.1")));
        assignee->setCurrentIndex(0);

        m_nav->deviationsBox()->setChecked(true);
        QCOMPARE(shown(), QStringList { QStringLiteral("10.1.1") });
        m_nav->deviationsBox()->setChecked(false);

        m_nav->mandatoryBox()->setChecked(true);
        const QStringList mandatory = shown();
        QVERIFY(mandatory.contains(QStringLiteral("15.1.1.14.B")));
        QVERIFY(mandatory.contains(QStringLiteral("5.1.1")));
        for (const QString& id : mandatory)
            QVERIFY2(m_nav->model()->indexForItem(id).data(CatalogTreeModel::MandatoryRole).toBool(), qPrintable(id));
        m_nav->mandatoryBox()->setChecked(false);
    }

    void selectingAnItemAnnouncesIt()
    {
        QSignalSpy spy(m_nav.get(), &NavigatorWidget::itemSelected);
        m_nav->statusBox()->setCurrentIndex(m_nav->statusBox()->findData(QStringLiteral("prepared")));
        m_nav->selectItem(QStringLiteral("10.1.1")); // hidden by the filter: the filter is cleared to show it
        QCOMPARE(m_nav->statusBox()->currentIndex(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("10.1.1"));
        QCOMPARE(m_nav->currentItem(), QStringLiteral("10.1.1"));
    }

    void refreshAfterAnEdit()
    {
        m_t->wb->db().exec("INSERT INTO review_note(item_id, text, raised_at) VALUES ('5.1.2', 'Why?', '2025-06-02')");
        m_nav->model()->refreshItem(QStringLiteral("5.1.2"));
        QCOMPARE(m_nav->model()->indexForItem(QStringLiteral("5.1.2")).data(CatalogTreeModel::StatusRole).toString(),
                 QStringLiteral("needs_attention"));
    }

    void dashboardCharts()
    {
        DashboardWidget dash;
        dash.setWorkbook(m_t->wb.get());
        QVERIFY(dash.summaryLabel()->text().contains(QStringLiteral("Test CSP")));
        auto* parts = qobject_cast<QHorizontalStackedBarSeries*>(dash.partChart()->series().value(0));
        QVERIFY(parts);
        QCOMPARE(parts->count(), FieldworkText::statusKeys().size()); // one bar set per status
        int total = 0;
        for (QBarSet* set : parts->barSets())
            total += int(set->sum());
        QCOMPARE(total, 3); // in-scope items
        auto* statuses = qobject_cast<QPieSeries*>(dash.statusChart()->series().value(0));
        QVERIFY(statuses);
        QCOMPARE(int(statuses->sum()), 3);
        auto* findings = qobject_cast<QAbstractBarSeries*>(dash.findingsChart()->series().value(0));
        QVERIFY(findings);
        QCOMPARE(int(findings->barSets().first()->sum()), 1);
        QVERIFY(!dash.domainChart()->series().isEmpty());
    }

    void branchFiguresAreTheEngines()
    {
        // The navigator's part and domain rows and the dashboard's part and domain charts show EngagementProgress's
        // figures (the ones `ismapctl status` prints), after a reload and after one item's change alike.
        auto check = [this](const char* when) {
            const EngagementProgress p = EngagementProgress::compute(*m_t->wb);
            CatalogTreeModel* model = m_nav->model();
            QCOMPARE(model->rowCount(), int(p.parts.size()));
            int domainsSeen = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex part = model->index(r, 0);
                const EngagementProgress::Branch& b = p.parts[r];
                QCOMPARE(part.data(CatalogTreeModel::PartRole).toString(), b.id);
                QCOMPARE(part.siblingAtColumn(CatalogTreeModel::ColApplicability).data().toString(),
                         QStringLiteral("%1 / %2 in scope").arg(b.count.inScope).arg(b.count.total));
                QCOMPARE(part.siblingAtColumn(CatalogTreeModel::ColProgress).data().toString(),
                         QStringLiteral("%1 / %2 done").arg(b.count.done).arg(b.count.inScope));
                for (int c = 0; c < model->rowCount(part); ++c) {
                    const QModelIndex domain = model->index(c, 0, part);
                    if (domain.data(CatalogTreeModel::LevelRole).toString() != u"domain")
                        continue;
                    const QString id = domain.data(CatalogTreeModel::ItemIdRole).toString();
                    auto d = std::find_if(p.domains.cbegin(), p.domains.cend(),
                                          [&](const EngagementProgress::Branch& x) { return x.id == id; });
                    if (d == p.domains.cend()) { // a domain without statement items has no figures
                        QCOMPARE(domain.siblingAtColumn(CatalogTreeModel::ColApplicability).data().toString(),
                                 QStringLiteral("0 / 0 in scope"));
                        continue;
                    }
                    ++domainsSeen;
                    QCOMPARE(domain.siblingAtColumn(CatalogTreeModel::ColApplicability).data().toString(),
                             QStringLiteral("%1 / %2 in scope").arg(d->count.inScope).arg(d->count.total));
                    QCOMPARE(domain.siblingAtColumn(CatalogTreeModel::ColProgress).data().toString(),
                             QStringLiteral("%1 / %2 done").arg(d->count.done).arg(d->count.inScope));
                }
            }
            QCOMPARE(domainsSeen, int(p.domains.size()));

            DashboardWidget dash;
            dash.setWorkbook(m_t->wb.get());
            auto* parts = qobject_cast<QHorizontalStackedBarSeries*>(dash.partChart()->series().value(0));
            QVERIFY(parts);
            for (int i = 0; i < p.parts.size(); ++i) {
                int inScope = 0;
                for (QBarSet* set : parts->barSets())
                    inScope += int(set->at(i));
                QVERIFY2(inScope == p.parts[i].count.inScope, when);
            }
            auto* domains = qobject_cast<QHorizontalStackedBarSeries*>(dash.domainChart()->series().value(0));
            QVERIFY(domains);
            QBarSet* done = domains->barSets().value(0);
            QCOMPARE(done->count(), int(p.domains.size()));
            for (int i = 0; i < p.domains.size(); ++i) // bottom to top
                QVERIFY2(int(done->at(i)) == p.domains[p.domains.size() - 1 - i].count.done, when);
        };
        check("after a reload");
        const EngagementProgress before = EngagementProgress::compute(*m_t->wb);
        // 5.1.2 gets its preparer sign-off and loses its open note: it is done now.
        m_t->wb->db().exec("DELETE FROM review_note WHERE item_id = '5.1.2'");
        m_t->wb->db().exec("INSERT INTO signoff(item_id, role, member_id, at, content_hash) VALUES ('5.1.2', "
                           "'preparer', (SELECT id FROM team_member WHERE name = 'staff1'), '2025-06-03', 'x')");
        m_nav->model()->refreshItem(QStringLiteral("5.1.2"));
        QCOMPARE(EngagementProgress::compute(*m_t->wb).done, before.done + 1);
        check("after one item changed");
    }

private:
    std::unique_ptr<test::TempWorkbook> m_t;
    std::unique_ptr<NavigatorWidget> m_nav;
};

QTEST_MAIN(TestNavigator)
#include "tst_navigator.moc"
