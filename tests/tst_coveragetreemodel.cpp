#include "coveragetreemodel.h"
#include "itemroles.h"
#include "responsefile.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace kombo;

namespace {

std::shared_ptr<const Integration> load(const ParseResult &result)
{
    if (const Failure *failure = std::get_if<Failure>(&result))
        qFatal("test input does not parse: %s", qPrintable(failure->message));
    return std::make_shared<const Integration>(std::get<Integration>(result));
}

} // namespace

class TestCoverageTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester_acceptsDemoAndSeed();
    void rows_mirrorTheIntegration();
    void writeFields_haveNoScopeCells();
};

void TestCoverageTreeModel::modelTester_acceptsDemoAndSeed()
{
    CoverageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegration(load(loadDemoIntegration()));
    QVERIFY(!QTest::currentTestFailed());
    model.setIntegration(load(loadIntegrationFile(QFINDTESTDATA("data/example-response.json"))));
    QVERIFY(!QTest::currentTestFailed());
    model.setIntegration(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCoverageTreeModel::rows_mirrorTheIntegration()
{
    CoverageTreeModel model;
    const auto demo = load(loadDemoIntegration());
    model.setIntegration(demo);

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex reads = model.index(0, 0);
    const QModelIndex writes = model.index(1, 0);
    QCOMPARE(reads.data().toString(),
             QStringLiteral("Read models (%1)").arg(demo->readModels.size()));
    QCOMPARE(writes.data().toString(),
             QStringLiteral("Write actions (%1)").arg(demo->writeActions.size()));
    QCOMPARE(std::size_t(model.rowCount(reads)), demo->readModels.size());
    QCOMPARE(std::size_t(model.rowCount(writes)), demo->writeActions.size());

    const QModelIndex employees = model.index(0, 0, reads);
    QCOMPARE(employees.data().toString(), QStringLiteral("Employees (hris_employees)"));
    QCOMPARE(std::size_t(model.rowCount(employees)), std::size_t(demo->readModels[0].fieldCount));
    QCOMPARE(employees.parent(), reads);

    const QModelIndex lastWrite = model.index(model.rowCount(writes) - 1, 0, writes);
    const QModelIndex lastField = model.index(model.rowCount(lastWrite) - 1, 0, lastWrite);
    QCOMPARE(lastField.parent(), lastWrite);
    QCOMPARE(lastWrite.parent(), writes);
    const Model &action = demo->writeActions.back();
    QCOMPARE(lastField.data().toString(), demo->string(demo->fieldsEnd(action)[-1].id));

    for (int row = 0; row < model.rowCount(employees); ++row) {
        const Field &field = demo->fieldsBegin(demo->readModels[0])[row];
        const QModelIndex name = model.index(row, CoverageTreeModel::NameColumn, employees);
        QCOMPARE(name.data(IsAvailableRole).toBool(), field.isAvailable);
        QCOMPARE(name.data(CoverageStatusRole).toInt(), int(field.coverageStatus.value));
    }
}

void TestCoverageTreeModel::writeFields_haveNoScopeCells()
{
    CoverageTreeModel model;
    model.setIntegration(load(loadIntegrationFile(QFINDTESTDATA("data/example-response.json"))));
    const QModelIndex action = model.index(0, 0, model.index(1, 0));
    const QModelIndex dateOfBirth = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    const QModelIndex firstName = model.index(0, 0, action);
    QCOMPARE(firstName.data().toString(), QStringLiteral("first_name"));
    QCOMPARE(firstName.siblingAtColumn(CoverageTreeModel::ScopeSettingColumn).data().toString(),
             QString());
    QCOMPARE(firstName.siblingAtColumn(CoverageTreeModel::OptedOutColumn).data().toString(),
             QString());
    QCOMPARE(dateOfBirth.siblingAtColumn(CoverageTreeModel::ScopeSettingColumn).data().toString(),
             QStringLiteral("Optional"));
    QCOMPARE(dateOfBirth.siblingAtColumn(CoverageTreeModel::OptedOutColumn).data().toString(),
             QStringLiteral("Yes"));
    QCOMPARE(dateOfBirth.siblingAtColumn(CoverageTreeModel::AvailableColumn).data().toString(),
             QStringLiteral("No"));
}

QTEST_GUILESS_MAIN(TestCoverageTreeModel)
#include "tst_coveragetreemodel.moc"
