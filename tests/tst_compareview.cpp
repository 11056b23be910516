// SPDX-License-Identifier: MIT
// Several integrations in the real window, offscreen: the list of open ones, loading many at
// once, and the compare view with its filters, sorting, export and a screenshot.
#include "compare/matrixmodel.h"
#include "model/openintegrations.h"
#include "requirements/openrequirements.h"
#include "testfiles.h"
#include "testserver.h"
#include "ui/compareview.h"
#include "windowtest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace kombo;

namespace {

QStringList compareFiles()
{
    return {QFINDTESTDATA("data/compare-acme.json"),
            QFINDTESTDATA("data/compare-globex-inactive.json"),
            QFINDTESTDATA("data/compare-initech-unrecognised.json")};
}

} // namespace

class TestCompareView : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void severalFiles_areListedAndEachCanBeShown();
    void closing_showsTheNextAndEndsEmpty();
    void droppedFiles_areAllOpened();
    void pastedIds_loadWithAtMostFourInFlight();
    void reloadAll_marksTheOneFailureOnItsEntryOnly();
    void matrix_columnsCellsAndTooltips();
    void matrix_filtersAndSort();
    void matrix_exportsTheGoldenCsvAndTheFilteredRows();
    void matrix_screenshotOfManyIntegrations();
    void requirements_showEachIntegrationsReadiness();

private:
    QString title() const { return find<QLabel>("toolTitle")->text(); }
    OpenIntegrations &open() { return m_window->openIntegrations(); }
    CoverageMatrixModel &matrix()
    {
        return *static_cast<CoverageMatrixModel *>(find<QTableView>("compareMatrix")->model());
    }
    void showCompare()
    {
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(find<QTableView>("compareMatrix")->isVisible());
        QTRY_COMPARE(matrix().columnCount(), open().loadedIntegrations().size() + 1);
    }
};

void TestCompareView::initTestCase()
{
    prepareApplication();
}

void TestCompareView::init()
{
    QSettings().clear();
    QVERIFY(openWindow());
}

void TestCompareView::cleanup()
{
    closeWindow();
}

void TestCompareView::severalFiles_areListedAndEachCanBeShown()
{
    auto *list = find<QListView>("openIntegrations");
    QVERIFY(!list->isVisible()); // one integration or none: the window as it always was
    m_dialogs.openPaths = compareFiles();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("Personio\nGlobex"));
    // The tool's icon, or its initial on a tile until the icon arrives (here: never).
    QVERIFY(!list->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(title(), QStringLiteral("Factorial")); // the first
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(find<QLabel>("openIntegrationsTitle")->text(), QStringLiteral("Open integrations (3)"));

    list->setCurrentIndex(list->model()->index(2, 0));
    QCOMPARE(title(), QStringLiteral("HiBob"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("@hibob:initech")));
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(title(), QStringLiteral("Personio"));

    // Opening one of them again reloads it in place.
    QVERIFY(m_window->loadFile(compareFiles().at(0)));
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->currentIndex().row(), 0);
}

void TestCompareView::closing_showsTheNextAndEndsEmpty()
{
    QVERIFY(m_window->loadFiles(compareFiles()));
    auto *list = find<QListView>("openIntegrations");
    list->setCurrentIndex(list->model()->index(1, 0));
    find<QToolButton>("closeIntegration")->click();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(title(), QStringLiteral("HiBob")); // the next one
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(title(), QStringLiteral("Factorial")); // none after it: the one before
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(find<QLabel>("emptyState")->isVisible());
}

void TestCompareView::droppedFiles_areAllOpened()
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : compareFiles())
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at(100, 100);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(open().count(), 3);
    QCOMPARE(title(), QStringLiteral("Factorial"));
}

void TestCompareView::pastedIds_loadWithAtMostFourInFlight()
{
    TestServer server;
    const QByteArray body = readAll(QFINDTESTDATA("data/compare-acme.json"));
    server.setResponder([body](const TestServer::Request &) {
        return TestServer::json(200, body).withDelay(150);
    });
    m_window->setBaseUrl(server.baseUrl().toString());
    // A paste of many lines into the ID box is many IDs.
    auto *idBox = find<QComboBox>("integrationIdBox");
    idBox->setCurrentText(QStringLiteral("one\ntwo\r\nthree\n\nfour\nfive\nsix\nseven"));
    find<QPushButton>("loadButton")->click();
    QCOMPARE(open().count(), 7);
    QVERIFY(find<QLabel>("loadStatus")->text().contains(QStringLiteral("7 integrations")));
    QTRY_COMPARE_WITH_TIMEOUT(open().loadingCount(), 0, 20000);
    QCOMPARE(server.requests().size(), 7);
    QCOMPARE(server.maxConcurrentRequests(), 4);
    QCOMPARE(title(), QStringLiteral("Factorial")); // the first that loaded is shown
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
}

void TestCompareView::reloadAll_marksTheOneFailureOnItsEntryOnly()
{
    TestServer server;
    const QByteArray body = readAll(QFINDTESTDATA("data/compare-acme.json"));
    bool failThree = false;
    server.setResponder([&](const TestServer::Request &request) {
        if (failThree && request.target.endsWith("/three"))
            return TestServer::apiError(404, "PLATFORM.INTEGRATION_NOT_FOUND", "Not found",
                                        "No such integration")
                .withDelay(150);
        return TestServer::json(200, body).withDelay(150);
    });
    m_window->setBaseUrl(server.baseUrl().toString());
    QVERIFY(m_window->loadFile(compareFiles().at(1))); // shown: Personio
    m_dialogs.ids = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                     QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six")};
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(open().loadingCount(), 0, 20000);
    QCOMPARE(open().count(), 7);
    auto *list = find<QListView>("openIntegrations");
    list->setCurrentIndex(list->model()->index(0, 0)); // Personio again
    QCOMPARE(title(), QStringLiteral("Personio"));

    failThree = true;
    const qsizetype before = server.requests().size();
    find<QToolButton>("reloadAll")->click();
    QTRY_COMPARE_WITH_TIMEOUT(open().loadingCount(), 0, 20000);
    QCOMPARE(server.requests().size() - before, 6);
    QCOMPARE(server.maxConcurrentRequests(), 4);
    QCOMPARE(title(), QStringLiteral("Personio")); // nothing switched the view

    const int three = open().find(LoadSource::Api, QStringLiteral("three"));
    const QModelIndex failed = list->model()->index(three, 0);
    QVERIFY2(failed.data().toString().startsWith(QStringLiteral("\u26A0 Factorial")),
             qPrintable(failed.data().toString()));
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No such integration")));
    for (int row = 0; row < open().count(); ++row) {
        if (row != three)
            QVERIFY(!list->model()->index(row, 0).data().toString().startsWith(QChar(0x26A0)));
    }
    // The banner speaks of it once, not as the error of the one shown.
    QVERIFY2(bannerText().contains(QStringLiteral("1 integration could not be loaded")),
             qPrintable(bannerText()));
    // Choosing it shows what it had, and its error in the banner.
    list->setCurrentIndex(failed);
    QVERIFY(bannerText().contains(QStringLiteral("No such integration")));
    QCOMPARE(title(), QStringLiteral("Factorial"));
}

void TestCompareView::matrix_columnsCellsAndTooltips()
{
    QVERIFY(m_window->loadFiles(compareFiles()));
    showCompare();
    auto *cells = find<QTableView>("compareMatrix");
    auto *names = find<QTableView>("matrixNames");
    QCOMPARE(cells->model()->columnCount(), 4);
    QVERIFY(cells->isColumnHidden(0));
    QVERIFY(!names->isColumnHidden(0) && names->isColumnHidden(1));
    QCOMPARE(cells->model()->headerData(3, Qt::Horizontal).toString(),
             QStringLiteral("HiBob\n=Initech")); // as written: a header is no spreadsheet
    QVERIFY(cells->model()
                ->headerData(3, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("@hibob:initech")));
    const QModelIndex dateOfBirth = cells->model()->index(3, 3);
    QCOMPARE(dateOfBirth.data(CoverageMatrixModel::WordRole).toString(),
             QStringLiteral("unrecognised"));
    QCOMPARE(dateOfBirth.data().toString(), QStringLiteral("\u25C7"));
    QVERIFY(dateOfBirth.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unrecognised")));
    // The names stay while the integrations scroll sideways; both scroll down together.
    cells->horizontalScrollBar()->setValue(cells->horizontalScrollBar()->maximum());
    QVERIFY(names->isVisible());
    cells->verticalScrollBar()->setValue(cells->verticalScrollBar()->maximum());
    QCOMPARE(names->verticalScrollBar()->value(), cells->verticalScrollBar()->value());
    QCOMPARE(find<QLabel>("matrixShownCount")->text(),
             QStringLiteral("Showing 12 of 12 rows in 3 integrations"));
}

void TestCompareView::matrix_filtersAndSort()
{
    QStringList files = compareFiles();
    files.removeAt(1); // without the inactive one, some rows agree
    QVERIFY(m_window->loadFiles(files));
    showCompare();
    find<QCheckBox>("matrixDiffers")->click();
    QCOMPARE(find<QLabel>("matrixShownCount")->text(),
             QStringLiteral("Showing 8 of 9 rows in 2 integrations"));
    find<QCheckBox>("matrixDiffers")->click();
    find<QCheckBox>("matrixUnavailableSomewhere")->click();
    QCOMPARE(find<QLabel>("matrixShownCount")->text(),
             QStringLiteral("Showing 8 of 9 rows in 2 integrations"));
    find<QCheckBox>("matrixUnavailableSomewhere")->click();
    QTest::keyClicks(find<QLineEdit>("matrixSearch"), QStringLiteral("birth"));
    QCOMPARE(find<QLabel>("matrixShownCount")->text(),
             QStringLiteral("Showing 4 of 9 rows in 2 integrations"));
    find<QLineEdit>("matrixSearch")->clear();
    find<QCheckBox>("matrixStatusToggle0")->click(); // rows with nothing supported go
    QCOMPARE(find<QLabel>("matrixShownCount")->text(),
             QStringLiteral("Showing 7 of 9 rows in 2 integrations"));
    find<QCheckBox>("matrixStatusToggle0")->click();

    // A click on an integration's header sorts by its words; the names keep their rows.
    auto *cells = find<QTableView>("compareMatrix");
    auto *names = find<QTableView>("matrixNames");
    const int acme = cells->horizontalHeader()->sectionViewportPosition(1) + 5;
    QTest::mouseClick(cells->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(acme, 5));
    QCOMPARE(names->model()->index(1, 0).data().toString(),
             QStringLiteral("Employees  (hris_employees)"));
    QCOMPARE(names->model()->index(3, 0).data().toString().trimmed(),
             QStringLiteral("ssn")); // scope_disabled (9) before opted_out (10)
    QCOMPARE(cells->horizontalHeader()->sortIndicatorSection(), 1);
    QTest::mouseClick(names->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(20, 5));
    QCOMPARE(cells->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(names->model()->index(2, 0).data().toString().trimmed(),
             QStringLiteral("date_of_birth")); // by name: fields by ID
}

void TestCompareView::matrix_exportsTheGoldenCsvAndTheFilteredRows()
{
    QVERIFY(m_window->loadFiles(compareFiles()));
    showCompare();
    const QString path = m_dir.filePath(QStringLiteral("matrix.csv"));
    m_dialogs.matrixExportAnswer = ExportChoice{path, false, false};
    find<QPushButton>("matrixExport")->click();
    QCOMPARE(readAll(path), readAll(QFINDTESTDATA("data/compare-matrix.csv")));
    QVERIFY(bannerText().contains(QStringLiteral("Exported the whole matrix")));

    find<QLineEdit>("matrixSearch")->setText(QStringLiteral("first_name"));
    m_dialogs.matrixExportAnswer = ExportChoice{path, true, true};
    find<QPushButton>("matrixExport")->click();
    const QByteArray filtered = readAll(path);
    QVERIFY(filtered.startsWith("\xEF\xBB\xBFkind,model_id,model_label,field_id,factorial:acme1,"));
    QCOMPARE(filtered.count("\r\n"), 1 + 4);

    m_dialogs.matrixExportAnswer =
        ExportChoice{m_dir.filePath(QStringLiteral("no/such/dir/m.csv")), false, false};
    find<QPushButton>("matrixExport")->click();
    QVERIFY2(bannerText().contains(QStringLiteral("Could not export m.csv")),
             qPrintable(bannerText()));
}

void TestCompareView::requirements_showEachIntegrationsReadiness()
{
    QVERIFY(m_window->loadFiles(compareFiles()));
    auto *list = find<QListView>("openIntegrations");
    const auto status = [list](int row) {
        return list->model()->index(row, 0).data(OpenIntegrations::StatusTextRole).toString();
    };
    QCOMPARE(status(0), QString()); // no requirements, no readiness
    const Result<void> opened = m_window->openRequirements(QFINDTESTDATA("data/payroll.kcreq"));
    QVERIFY(!opened.failure());
    // The same counts as the requirements report of tests/data/payroll-requirements.csv.
    QCOMPARE(status(0), QStringLiteral("\u2716 3 of 5 required met"));
    QVERIFY2(status(1).endsWith(QStringLiteral("0 of 5 required met")), qPrintable(status(1)));
    QVERIFY(list->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("optional met")));
    // The compare view's headers carry the same line.
    find<QTabWidget>("views")->setCurrentIndex(1);
    auto &matrix = m_window->findChild<CompareView *>(QStringLiteral("compareView"))->model();
    QVERIFY2(matrix.headerData(1, Qt::Horizontal).toString().endsWith(
                 QStringLiteral("\n\u2716 3/5 required")),
             qPrintable(matrix.headerData(1, Qt::Horizontal).toString()));
    // Marking a requirement in place updates every entry.
    m_window->requirements().setNeed({ModelKind::ReadModel, "hris_employees", "ssn"},
                                     Need::NotNeeded);
    QCOMPARE(status(0), QStringLiteral("\u2716 3 of 4 required met"));
    QVERIFY(matrix.headerData(1, Qt::Horizontal).toString().endsWith(
        QStringLiteral("3/4 required")));
}

void TestCompareView::matrix_screenshotOfManyIntegrations()
{
    // 24 integrations made from the fixtures: other IDs, end users and a few fields changed,
    // so that the columns differ as real customers' do.
    QStringList paths;
    const QStringList sources = compareFiles() << QFINDTESTDATA("data/example-response.json");
    const char *customers[] = {"Acme",    "Globex",  "Initech", "Umbrella", "Hooli",   "Stark",
                               "Wayne",   "Wonka",   "Tyrell",  "Cyberdyne", "Soylent", "Gringotts"};
    for (int i = 0; i < 24; ++i) {
        QJsonObject root =
            QJsonDocument::fromJson(readAll(sources.at(i % sources.size()))).object();
        QJsonObject data = root.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("id"), QStringLiteral("tool:customer%1").arg(i));
        QJsonObject endUser = data.value(QStringLiteral("end_user")).toObject();
        endUser.insert(QStringLiteral("organization_name"),
                       QStringLiteral("%1 %2").arg(QLatin1String(customers[i % 12])).arg(i));
        data.insert(QStringLiteral("end_user"), endUser);
        QJsonArray models = data.value(QStringLiteral("read_models")).toArray();
        QJsonObject model = models.at(0).toObject();
        QJsonArray fields = model.value(QStringLiteral("fields")).toArray();
        for (int f = 0; f < fields.size(); ++f) {
            if ((f + i) % 5 == 0) {
                QJsonObject field = fields.at(f).toObject();
                field.insert(QStringLiteral("is_available"), false);
                fields.replace(f, field);
            }
        }
        model.insert(QStringLiteral("fields"), fields);
        models.replace(0, model);
        data.insert(QStringLiteral("read_models"), models);
        root.insert(QStringLiteral("data"), data);
        const QString path = m_dir.filePath(QStringLiteral("customer%1.json").arg(i));
        writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
        paths << path;
    }
    QVERIFY(m_window->loadFiles(paths));
    m_window->resize(1600, 900);
    showCompare();
    QCOMPARE(matrix().columnCount(), 25);
    find<QTableView>("compareMatrix")->setCurrentIndex(matrix().index(3, 2));
    QCoreApplication::processEvents();
    const QString folder = QStringLiteral(KOMBO_TEST_ARTEFACTS_DIR);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("compare-matrix-24.png"));
    QVERIFY(m_window->grab().save(path));
    m_window->resize(800, 700);
    QTRY_COMPARE(m_window->width(), 800);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("compare-matrix-800.png"))));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
