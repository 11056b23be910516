// SPDX-License-Identifier: MIT
#include "history/treediff.h"
#include "load/responsefile.h"
#include "model/changestyle.h"
#include "model/columns.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QtTest>

using namespace kombo;

// The tree with the changes between two responses of tests/data/history (the pair whose
// changes report is models.csv): marks, old → new, ghost rows and "changes only".
class TestTreeDiff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rows_areMarkedAddedChangedOrRemoved();
    void changedCells_sayOldAndNew();
    void ghostRows_followTheirParent();
    void changesOnly_keepsChangedRowsAndGhosts();
    void filter_appliesToGhostsToo();
    void anotherIntegration_dropsTheChanges();
    void noOlderResponse_marksEverythingAdded();

private:
    std::shared_ptr<const Integration> load(const char *name);
    QModelIndex child(const QModelIndex &parent, const QString &id) const;

    std::unique_ptr<CoverageTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::shared_ptr<const Integration> m_base;
    std::shared_ptr<const Integration> m_models;
};

std::shared_ptr<const Integration> TestTreeDiff::load(const char *name)
{
    ParseResult parsed =
        loadIntegrationFile(QFINDTESTDATA(QStringLiteral("data/history/") + QLatin1String(name)));
    if (parsed.failure())
        qFatal("cannot read %s", name);
    return std::make_shared<const Integration>(std::move(parsed).value());
}

QModelIndex TestTreeDiff::child(const QModelIndex &parent, const QString &id) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(IdRole).toString() == id)
            return index;
    }
    return {};
}

void TestTreeDiff::init()
{
    m_base = load("base.json");
    m_models = load("models.json");
    m_model = std::make_unique<CoverageTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setIntegration(m_models);
    m_model->setChanges(std::make_shared<const TreeDiff>(m_base, m_models, QStringLiteral("May")));
}

void TestTreeDiff::rows_areMarkedAddedChangedOrRemoved()
{
    QCOMPARE(m_model->changes()->changeCount(), std::size_t(20)); // the rows of models.csv
    const QModelIndex read = m_model->index(0, 0);
    const QModelIndex employees = child(read, QStringLiteral("employees"));
    QCOMPARE(employees.data(ChangeRole).toInt(), int(RowChange::Changed));
    QCOMPARE(child(employees, QStringLiteral("nickname")).data(ChangeRole).toInt(),
             int(RowChange::Added));
    QCOMPARE(child(employees, QStringLiteral("last_name")).data(ChangeRole).toInt(),
             int(RowChange::None));
    QCOMPARE(child(read, QStringLiteral("locations")).data(ChangeRole).toInt(),
             int(RowChange::Added));
    QVERIFY(child(read, QStringLiteral("locations")).data(Qt::BackgroundRole).isValid());
    const QModelIndex jobs = child(read, QStringLiteral("jobs"));
    QCOMPARE(jobs.data(ChangeRole).toInt(), int(RowChange::Removed));
    QVERIFY(jobs.data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(jobs.data(ChangeTextRole).toString(), QStringLiteral("Removed since May"));
    QVERIFY(!m_model->index(0, 0).data(ChangeRole).isValid()); // group rows have none
}

void TestTreeDiff::changedCells_sayOldAndNew()
{
    const QModelIndex employees = child(m_model->index(0, 0), QStringLiteral("employees"));
    const QModelIndex firstName = child(employees, QStringLiteral("first_name"));
    const int available = treeColumnNumber(Column::IsAvailable);
    QCOMPARE(firstName.siblingAtColumn(available).data().toString(), QStringLiteral("Yes → No"));
    QVERIFY(firstName.siblingAtColumn(available).data(Qt::BackgroundRole).isValid());
    QVERIFY(!firstName.siblingAtColumn(kCoverageColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(firstName.siblingAtColumn(kCoverageColumn).data().toString(),
             columnSpec(Column::CoverageStatus).text(*m_model->rowAt(firstName)));
    const QString tip = employees.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Label: Employees → Employees, all")), qPrintable(tip));
    QCOMPARE(firstName.data(ChangeTextRole).toString(),
             QStringLiteral("Available: Yes → No\nScope setting: Enabled → Disabled\n"
                            "Opted out: No → Yes"));
}

void TestTreeDiff::ghostRows_followTheirParent()
{
    const QModelIndex read = m_model->index(0, 0);
    const QModelIndex employees = child(read, QStringLiteral("employees"));
    const QModelIndex removed = child(employees, QStringLiteral("date_of_birth"));
    QVERIFY(removed.isValid());
    QCOMPARE(removed.row(), m_model->rowCount(employees) - 1); // after the fields still there
    QCOMPARE(removed.parent(), employees);
    QCOMPARE(removed.data(ChangeRole).toInt(), int(RowChange::Removed));
    QCOMPARE(removed.siblingAtColumn(kCoverageColumn).data().toString(),
             columnSpec(Column::CoverageStatus)
                 .text(CoverageRow{*m_base, ModelKind::ReadModel, m_base->readModels[0],
                                   &m_base->fields[2]}));
    const QModelIndex jobs = child(read, QStringLiteral("jobs"));
    QCOMPARE(m_model->rowCount(jobs), 2);
    QCOMPARE(m_model->index(1, 0, jobs).data(IdRole).toString(), QStringLiteral("remote_id"));
    QCOMPARE(m_model->index(1, 0, jobs).parent(), jobs);
    QCOMPARE(m_model->rowAt(m_model->index(1, 0, jobs))->integration.id, m_base->id);
}

void TestTreeDiff::changesOnly_keepsChangedRowsAndGhosts()
{
    FilterCriteria criteria;
    criteria.changesOnly = true;
    m_model->setFilter(criteria);
    const QModelIndex read = m_model->index(0, 0);
    const QModelIndex employees = child(read, QStringLiteral("employees"));
    QVERIFY(!child(employees, QStringLiteral("last_name")).isValid());
    QVERIFY(child(employees, QStringLiteral("first_name")).isValid());
    QVERIFY(child(employees, QStringLiteral("date_of_birth")).isValid());
    QVERIFY(child(read, QStringLiteral("jobs")).isValid());
    // first_name, remote_id, nickname and the two of locations; the ghost comes on top.
    QCOMPARE(m_model->visibleRows().shownFieldCount(), std::size_t(1 + 2 + 2 + 2));
}

void TestTreeDiff::filter_appliesToGhostsToo()
{
    FilterCriteria criteria;
    criteria.text = QStringLiteral("title");
    m_model->setFilter(criteria);
    const QModelIndex read = m_model->index(0, 0);
    const QModelIndex jobs = child(read, QStringLiteral("jobs"));
    QVERIFY(jobs.isValid());
    QCOMPARE(m_model->rowCount(jobs), 1);
    QVERIFY(!child(read, QStringLiteral("employees")).isValid());
}

void TestTreeDiff::anotherIntegration_dropsTheChanges()
{
    m_model->setIntegration(m_base);
    QVERIFY(!m_model->changes());
    QVERIFY(!child(m_model->index(0, 0), QStringLiteral("locations")).isValid());
}

void TestTreeDiff::noOlderResponse_marksEverythingAdded()
{
    m_model->setChanges(std::make_shared<const TreeDiff>(nullptr, m_models, QStringLiteral("-")));
    const QModelIndex employees = child(m_model->index(0, 0), QStringLiteral("employees"));
    QCOMPARE(employees.data(ChangeRole).toInt(), int(RowChange::Added));
    QCOMPARE(m_model->index(0, 0, employees).data(ChangeRole).toInt(), int(RowChange::Added));
}

QTEST_GUILESS_MAIN(TestTreeDiff)
#include "tst_treediff.moc"
