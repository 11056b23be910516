// SPDX-License-Identifier: MIT
// The core of several integrations in the window: the list of open ones, the batch loader and
// the matrix as a table, each without a widget.
#include "compare/matrixmodel.h"
#include "export/reports.h"
#include "load/batchloader.h"
#include "model/openintegrations.h"
#include "testfiles.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace kombo;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KOMBO_TEST_DATA_DIR "/") + QLatin1String(name);
}

LoadedIntegration loaded(const char *name)
{
    LoadResult result = toLoadedIntegration(readAll(fixture(name)), QLatin1String(name));
    if (const Failure *failure = result.failure())
        qFatal("%s: %s", name, qPrintable(failure->message()));
    return std::move(result).value();
}

std::vector<std::shared_ptr<const Integration>> compareInputs()
{
    return {loaded("compare-acme.json").integration,
            loaded("compare-globex-inactive.json").integration,
            loaded("compare-initech-unrecognised.json").integration};
}

// "model[.field]" of each shown row, headings as "#", in display order.
QByteArrayList shownRows(const CoverageMatrixModel &model)
{
    QByteArrayList rows;
    const CoverageMatrix &matrix = model.matrix();
    for (int row = 0; row < model.rowCount(); ++row) {
        const int at = model.index(row, 0).data(CoverageMatrixModel::MatrixRowRole).toInt();
        rows << (at < 0 ? QByteArray("#")
                        : (matrix.modelId(at) +
                           (matrix.isField(at) ? QLatin1Char('.') + matrix.fieldId(at) : QString()))
                              .toUtf8());
    }
    return rows;
}

QByteArray exported(const CoverageMatrixModel &model, bool filtered)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written =
        filtered ? writeMatrixReport(buffer, model.matrix(), model.shownMatrixRows())
                 : writeMatrixReport(buffer, model.matrix());
    return written.failure() ? QByteArray("(failed)") : buffer.data();
}

} // namespace

class TestOpenIntegrations : public QObject
{
    Q_OBJECT

private slots:
    void idsIn_oneALineWithoutBlanksOrRepeats();
    void openIntegrations_rowsFollowLoadsFailuresAndCloses();
    void matrixModel_groupsRowsAsTheTree();
    void matrixModel_filtersDiffersUnavailableTextAndStatuses();
    void matrixModel_sortsByNameAndByAnIntegration();
    void matrixModel_cellsHaveGlyphWordAndReason();
    void matrixModel_exportsAllOrTheShownRows();
    void batchLoader_keepsFourInFlightAndFinishesEach();
};

void TestOpenIntegrations::idsIn_oneALineWithoutBlanksOrRepeats()
{
    QCOMPARE(integrationIdsIn(u"  a:1 \r\nb:2\n\n \na:1\nc:3"),
             (QStringList{QStringLiteral("a:1"), QStringLiteral("b:2"), QStringLiteral("c:3")}));
    QCOMPARE(integrationIdsIn(u"single"), QStringList{QStringLiteral("single")});
    QVERIFY(integrationIdsIn(u"\n \r\n").isEmpty());
}

void TestOpenIntegrations::openIntegrations_rowsFollowLoadsFailuresAndCloses()
{
    OpenIntegrations open;
    QAbstractItemModelTester tester(&open, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&open, &OpenIntegrations::integrationsChanged);

    const int acme = open.open(LoadSource::File, QStringLiteral("/data/acme.json"));
    const int api = open.open(LoadSource::Api, QStringLiteral("personio:globex"));
    QCOMPARE(open.rowCount(), 2);
    QCOMPARE(open.open(LoadSource::Api, QStringLiteral("personio:globex")), api); // in place
    QCOMPARE(open.rowCount(), 2);
    QCOMPARE(open.index(api).data().toString(),
             QStringLiteral("personio:globex\nLoading…"));

    open.setLoaded(acme, loaded("compare-acme.json"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(open.index(acme).data().toString(), QStringLiteral("Factorial\nAcme, Inc."));
    QVERIFY(open.index(acme).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("factorial:acme1")));
    QCOMPARE(open.index(acme).data(OpenIntegrations::IntegrationIdRole).toString(),
             QStringLiteral("factorial:acme1"));

    open.setFailed(api, Failure(FailureKind::Api, Reason::HttpStatus,
                                {QStringLiteral("404 Not Found"), QStringLiteral("no such")}));
    const QString failed = open.index(api).data().toString();
    QVERIFY2(failed.startsWith(QStringLiteral("\u26A0 personio:globex\nCould not load")),
             qPrintable(failed));
    QVERIFY(open.index(api).data(Qt::ToolTipRole).toString().contains(QStringLiteral("404")));
    QCOMPARE(open.index(acme).data(OpenIntegrations::StateRole).toInt(),
             int(OpenIntegrations::State::Loaded)); // the others as they were

    // A reload that fails keeps what loaded before, marked.
    open.open(LoadSource::File, QStringLiteral("/data/acme.json"));
    open.setFailed(acme, Failure(FailureKind::Cancelled, Reason::Cancelled));
    QVERIFY(open.index(acme).data().toString().startsWith(QStringLiteral("\u26A0 Factorial")));
    QCOMPARE(open.loadedIntegrations().size(), std::size_t(1));

    // The readiness line someone else sets.
    open.setStatus(acme, QStringLiteral("14 of 16 required met"), QStringLiteral("2 unmet"));
    QVERIFY(open.index(acme).data().toString().endsWith(QStringLiteral("\n14 of 16 required met")));
    QVERIFY(open.index(acme).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 unmet")));

    // A cancelled first load leaves no row; a cancelled reload leaves the row as it was.
    const int third = open.open(LoadSource::Api, QStringLiteral("x"));
    QVERIFY(!open.setCancelled(third));
    QCOMPARE(open.rowCount(), 2);
    open.remove(acme);
    QCOMPARE(open.rowCount(), 1);
    QVERIFY(open.loadedIntegrations().empty());
    QCOMPARE(changed.size(), 2);
}

void TestOpenIntegrations::matrixModel_groupsRowsAsTheTree()
{
    CoverageMatrixModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegrations(compareInputs());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(shownRows(model),
             (QByteArrayList{"#", "hris_employees", "hris_employees.first_name",
                          "hris_employees.date_of_birth", "hris_employees.ssn",
                          "hris_employees.work_email", "hris_teams", "hris_teams.name",
                          "hris_absences", "hris_absences.type", "#", "hris_create_employee",
                          "hris_create_employee.first_name",
                          "hris_create_employee.date_of_birth"}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Read models (3)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Employees  (hris_employees)"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Factorial\nAcme, Inc."));
    QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("personio:globex")));
    QCOMPARE(model.shownMatrixRowCount(), 12);
    // The same integrations again: nothing to do.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setIntegrations(compareInputs());
    QCOMPARE(reset.size(), 1); // new values, so built again; same pointers would not be
}

void TestOpenIntegrations::matrixModel_filtersDiffersUnavailableTextAndStatuses()
{
    CoverageMatrixModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Without the inactive integration, whose words are all the same, rows can agree.
    auto inputs = compareInputs();
    inputs.erase(inputs.begin() + 1);
    model.setIntegrations(inputs);

    MatrixFilter differs;
    differs.differsOnly = true;
    model.setFilter(differs);
    QCOMPARE(shownRows(model),
             (QByteArrayList{"#", "hris_employees", "hris_employees.date_of_birth",
                          "hris_employees.ssn", "hris_teams", "hris_teams.name", "#",
                          "hris_create_employee", "hris_create_employee.first_name",
                          "hris_create_employee.date_of_birth"}));

    MatrixFilter unavailable;
    unavailable.unavailableSomewhereOnly = true;
    model.setFilter(unavailable);
    QVERIFY(!shownRows(model).contains("hris_employees.first_name"));
    QVERIFY(shownRows(model).contains("hris_teams.name"));

    MatrixFilter text;
    text.text = QStringLiteral("BIRTH");
    model.setFilter(text);
    QCOMPARE(shownRows(model),
             (QByteArrayList{"#", "hris_employees", "hris_employees.date_of_birth", "#",
                          "hris_create_employee", "hris_create_employee.date_of_birth"}));
    text.text = QStringLiteral("teams"); // a model's label or ID keeps all its fields
    model.setFilter(text);
    QCOMPARE(shownRows(model), (QByteArrayList{"#", "hris_teams", "hris_teams.name", "#"}));

    MatrixFilter statuses;
    statuses.statuses.fill(false);
    statuses.statuses[std::size_t(CoverageStatus::Unrecognised)] = true;
    model.setFilter(statuses);
    QCOMPARE(shownRows(model),
             (QByteArrayList{"#", "hris_employees", "hris_employees.date_of_birth", "#"}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Read models (1)"));
}

void TestOpenIntegrations::matrixModel_sortsByNameAndByAnIntegration()
{
    CoverageMatrixModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegrations(compareInputs());
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(shownRows(model).mid(0, 5),
             (QByteArrayList{"#", "hris_absences", "hris_absences.type", "hris_employees",
                          "hris_employees.date_of_birth"}));
    // By the first integration's words, available first, within each model.
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(shownRows(model).mid(0, 7),
             (QByteArrayList{"#", "hris_employees", "hris_employees.first_name",
                          "hris_employees.work_email", "hris_employees.ssn",
                          "hris_employees.date_of_birth", "hris_absences"}));
    model.sort(1, Qt::DescendingOrder);
    QCOMPARE(shownRows(model).at(1), QByteArray("hris_teams"));
    model.sort(-1);
    QCOMPARE(shownRows(model).at(1), QByteArray("hris_employees"));
}

void TestOpenIntegrations::matrixModel_cellsHaveGlyphWordAndReason()
{
    CoverageMatrixModel model;
    model.setPalette(QPalette(Qt::white));
    model.setIntegrations(compareInputs());
    const QModelIndex ssn = model.index(4, 1); // hris_employees.ssn at acme
    QCOMPARE(ssn.data(CoverageMatrixModel::WordRole).toString(), QStringLiteral("scope_disabled"));
    QCOMPARE(ssn.data(Qt::AccessibleTextRole).toString(), QStringLiteral("scope_disabled"));
    QCOMPARE(ssn.data().toString(), QStringLiteral("\u2298"));
    const QString tip = ssn.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("hris_employees.ssn: scope_disabled")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("disabled in the scope config")));
    QVERIFY(ssn.data(Qt::ForegroundRole).value<QColor>().isValid());
    // Every word has its own look apart from colour: a glyph, and dimming where unusable.
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("\u2714"));       // available
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("\u26A0"));       // inactive
    QCOMPARE(model.index(5, 1).data().toString(), QStringLiteral("\u2013"));       // missing
    QVERIFY(model.index(5, 1).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("does not have it")));
}

void TestOpenIntegrations::matrixModel_exportsAllOrTheShownRows()
{
    CoverageMatrixModel model;
    model.setIntegrations(compareInputs());
    QCOMPARE(exported(model, false), readAll(fixture("compare-matrix.csv")));
    MatrixFilter text;
    text.text = QStringLiteral("first_name");
    model.setFilter(text);
    model.sort(0, Qt::DescendingOrder);
    const QList<QByteArray> lines = exported(model, true).split('\n');
    // The header, two models with the field each, and the empty rest after the last CRLF.
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(1).startsWith("read_model,hris_employees,Employees,,"));
    QVERIFY(lines.at(2).startsWith("read_model,hris_employees,Employees,first_name,"));
    QVERIFY(lines.at(3).startsWith("write_action,hris_create_employee,Create employee,,"));
}

void TestOpenIntegrations::batchLoader_keepsFourInFlightAndFinishesEach()
{
    TestServer server;
    const QByteArray body = readAll(fixture("compare-acme.json"));
    server.setResponder([body](const TestServer::Request &request) {
        if (request.target.endsWith("/bad"))
            return TestServer::apiError(404, "PLATFORM.INTEGRATION_NOT_FOUND", "Not found",
                                        "No such integration")
                .withDelay(100);
        return TestServer::json(200, body).withDelay(100);
    });
    QNetworkAccessManager network;
    BatchLoader loader(&network);
    QHash<QString, int> exitCodes;
    connect(&loader, &BatchLoader::finished, this,
            [&](const QString &id, const LoadResult &result) {
                exitCodes.insert(id, result.failure() ? result.failure()->exitCode() : 0);
            });
    QStringList ids;
    for (const char *id : {"a", "b", "bad", "c", "d", "e", "f", "g", "h"})
        ids << QLatin1String(id);
    for (const QString &id : ids)
        loader.load(server.baseUrl(), QStringLiteral("sk_test"), id);
    QCOMPARE(loader.inFlight(), kMaxConcurrentFetches);
    QCOMPARE(loader.count(), int(ids.size()));
    QTRY_COMPARE_WITH_TIMEOUT(exitCodes.size(), int(ids.size()), 20000);
    QCOMPARE(server.maxConcurrentRequests(), kMaxConcurrentFetches);
    QCOMPARE(loader.mostInFlight(), kMaxConcurrentFetches);
    QCOMPARE(exitCodes.value(QStringLiteral("bad")), 4);
    QCOMPARE(exitCodes.value(QStringLiteral("h")), 0);
    QCOMPARE(loader.count(), 0);

    // Cancelling ends each, waiting or in flight, with "cancelled".
    exitCodes.clear();
    for (const QString &id : ids)
        loader.load(server.baseUrl(), QStringLiteral("sk_test"), id);
    loader.cancelAll();
    QCOMPARE(exitCodes.size(), int(ids.size()));
    QCOMPARE(exitCodes.value(QStringLiteral("a")), int(FailureKind::Cancelled));
    QCOMPARE(exitCodes.value(QStringLiteral("h")), int(FailureKind::Cancelled));
}

QTEST_MAIN(TestOpenIntegrations)
#include "tst_openintegrations.moc"
