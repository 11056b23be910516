// SPDX-License-Identifier: MIT
#include "common/safetext.h"
#include "history/snapshotstore.h"
#include "history/watch.h"
#include "model/columns.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"
#include "requirements/openrequirements.h"
#include "settings/settings.h"
#include "testfiles.h"
#include "testserver.h"
#include "testtext.h"
#include "ui/dialogs.h"
#include "ui/settingsdialog.h"
#include "windowtest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace kombo;

namespace {

// Screenshots and other files a person may want to look at after a run: under the build folder,
// whatever the working folder.
QString artefactPath(const QString &name)
{
    const QString folder = QStringLiteral(KOMBO_TEST_ARTEFACTS_DIR);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

// Mean distance of a picture's pixels from its first one: a blank grab has none.
double variety(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    double sum = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += std::abs(qGray(image.pixel(x, y)) - qGray(first));
            ++samples;
        }
    }
    return samples ? sum / samples : 0;
}

// What a payroll product needs of the demo: some of it met, one unmet for each party that can
// act, and comments a save must keep.
const QByteArray kDemoRequirements = "# Payroll (window test)\n"
                                     "read hris_employees               # the list itself\n"
                                     "read hris_employees.first_name\n"
                                     "read hris_employees.ssn           # our scope config\n"
                                     "read hris_employees.date_of_birth # the customer\n"
                                     "read hris_employees.ethnicity     # the tool\n"
                                     "read hris_employees.bank_accounts # Kombo\n"
                                     "read hris_employees.avatar optional\n"
                                     "write hris_create_employee.first_name\n";

// The row of the demo's read model `model`, or of its field `field`, in `column`.
QModelIndex demoRow(QTreeView *tree, const char *model, const char *field = nullptr,
                    int column = kNameColumn)
{
    QAbstractItemModel *items = tree->model();
    const QModelIndex group = items->index(0, 0);
    for (int row = 0; row < items->rowCount(group); ++row) {
        const QModelIndex modelIndex = items->index(row, 0, group);
        if (modelIndex.data(IdRole).toString() != QLatin1String(model))
            continue;
        if (!field)
            return modelIndex.siblingAtColumn(column);
        tree->expand(modelIndex);
        for (int child = 0; child < items->rowCount(modelIndex); ++child) {
            const QModelIndex fieldIndex = items->index(child, column, modelIndex);
            if (fieldIndex.siblingAtColumn(0).data(IdRole).toString() == QLatin1String(field))
                return fieldIndex;
        }
    }
    return {};
}

// Makes `index` the current and only selected row, whatever modifiers a key click left behind.
void selectOnly(QTreeView *tree, const QModelIndex &index)
{
    tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

} // namespace

class TestMainWindow : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demo_fillsHeaderTreeAndSummary();
    void search_filtersExpandsAndFindsMatches();
    void window_fitsHalfOfAFullHdScreen();
    void emptyWindow_saysHowToLoad();
    void searchBox_countsMatchesAndEscClears();
    void recentFilesAndHelp_areOffered();
    void filterAndReload_keepThePersonsPlace();
    void expandAndCollapseAll_onALargeIntegration();
    void statusToggle_hidesRows();
    void selection_showsDetails();
    void copy_putsSelectedRowsOnTheClipboard();
    void columnWidths_areRemembered();
    void failedFile_keepsPreviousIntegration();
    void droppedFile_isLoaded();
    void exportFilteredView_writesTheShownRows();
    void saveResponse_writesTheOriginalBytes();
    void hostileTexts_areShownAsPlainCappedText();
    void apiLoad_showsTheIntegrationAndRemembersTheId();
    void apiError_showsEnvelopeAndLogLink();
    void retry_isAnnouncedAndCancelKeepsPrevious();
    void missingKey_isAskedForOnce();
    void missingKeychain_keepsTheKeyForTheSession();
    void rejectedKey_offersSettings();
    void settingsAndHelp_areInTheMenus();
    void toolLogo_isFetchedAndShown();
    void brokenLogo_leavesThePlaceholderWithTheReason();
    void screenshots_lightAndDark();
    void history_listsApiLoadsAndShowsTheChanges();
    void compareWithFile_exportsTheCliChangesReport();
    void snapshotsOff_keepNothing();
    void corruptSnapshot_isSkippedWithANote();
    void backgroundCheck_notifiesAndMarksTheIntegration();
    void requirements_openShowsMarksReadinessAndWhoCanAct();
    void requirements_markInPlaceAndSaveKeepsComments();
    void requirements_filtersRequiredOnlyAndUnmetOnly();
    void requirements_unsavedEditsAreAskedAbout();
    void requirements_droppedAndReopenedAtStart();
    void screenshot_requirementsReadiness();

private:
    QAction *action(const QString &text) const
    {
        for (QAction *candidate : m_window->findChildren<QAction *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }
    QModelIndex child(const QModelIndex &parent, const QString &id) const
    {
        const QAbstractItemModel *model = find<QTreeView>("coverageTree")->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, 0, parent).data(IdRole).toString() == id)
                return model->index(row, 0, parent);
        }
        return {};
    }
    // Loads `id` from the server and waits for it to be shown and its snapshot kept.
    void loadFromApi(const QString &id, int expectedEntries);

    bool trigger(const QString &text) const
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text && action->isEnabled())
                return action->trigger(), true;
        }
        return false;
    }
    // The demo with kDemoRequirements open from `name` in the test's folder.
    QString openDemoRequirements(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, kDemoRequirements);
        if (!m_window->loadDemo())
            return {};
        m_dialogs.requirementsOpenPath = path;
        return trigger(QStringLiteral("Open requ&irements…")) ? path : QString();
    }
};

void TestMainWindow::initTestCase()
{
    prepareApplication();
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(SnapshotStore::defaultRoot()).removeRecursively();
    QVERIFY(openWindow());
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::demo_fillsHeaderTreeAndSummary()
{
    QVERIFY(m_window->loadDemo());
    QCOMPARE(find<QLabel>("toolTitle")->text(), QStringLiteral("Otterly HR"));
    QVERIFY(find<QLabel>("statusBadges")->text().contains(QStringLiteral("ACTIVE")));
    QVERIFY(find<QLabel>("integrationFacts")
                ->text()
                .contains(QStringLiteral("Brightwater Outfitters GmbH")));
    QVERIFY(find<QLabel>("toolLogo")->pixmap().width() >
            find<QLabel>("toolLogo")->pixmap().height());
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 189 of 189 fields"));
    QCOMPARE(find<QLabel>("available2")->text(), QStringLiteral("48%")); // read fields
    auto *tree = find<QTreeView>("coverageTree");
    QCOMPARE(tree->model()->rowCount(), 2);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Otterly HR")));
}

void TestMainWindow::search_filtersExpandsAndFindsMatches()
{
    QVERIFY(m_window->loadDemo());
    auto *search = find<QLineEdit>("searchBox");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("date_of_birth"));
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 2 of 189 fields"));
    auto *tree = find<QTreeView>("coverageTree");
    const QModelIndex employees = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QVERIFY(tree->isExpanded(employees));

    QTest::keyClick(search, Qt::Key_Return); // next match
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("date_of_birth"));
    QCOMPARE(tree->currentIndex().parent(), employees);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(tree->currentIndex().parent().data().toString(),
             QStringLiteral("Create employee  (hris_create_employee)"));

    search->clear();
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 189 of 189 fields"));
}

void TestMainWindow::emptyWindow_saysHowToLoad()
{
    auto *emptyState = find<QLabel>("emptyState");
    QVERIFY(emptyState->isVisible());
    QVERIFY(emptyState->text().contains(QStringLiteral("Open demo")));
    QVERIFY(!find<QTreeView>("coverageTree")->isVisible());
    QVERIFY(!find<QLineEdit>("searchBox")->isVisible());
    QVERIFY(m_window->loadDemo());
    QVERIFY(!emptyState->isVisible());
    QVERIFY(find<QTreeView>("coverageTree")->isVisible());
}

void TestMainWindow::searchBox_countsMatchesAndEscClears()
{
    QVERIFY(m_window->loadDemo());
    auto *search = find<QLineEdit>("searchBox");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("date_of_birth"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(find<QLabel>("matchPosition")->text(), QStringLiteral("match 1 of 2"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(find<QLabel>("matchPosition")->text(), QStringLiteral("match 2 of 2"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 189 of 189 fields"));
    QCOMPARE(find<QLabel>("matchPosition")->text(), QString());
}

void TestMainWindow::recentFilesAndHelp_areOffered()
{
    const QString file = QFINDTESTDATA("data/example-response.json");
    QVERIFY(m_window->loadFile(file));
    QCOMPARE(Settings().recentFiles().value(0), QFileInfo(file).absoluteFilePath());
    const auto trigger = [this](const QString &text) {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action->trigger(), true;
        }
        return false;
    };
    QVERIFY(trigger(QStringLiteral("&Keyboard shortcuts")));
    QCOMPARE(m_dialogs.shortcutLists, 1);
    QVERIFY(trigger(QStringLiteral("&About Kombo Coverage")));
    QCOMPARE(m_dialogs.aboutBoxes, 1);
    QVERIFY(!keyboardShortcuts().isEmpty());
}

void TestMainWindow::window_fitsHalfOfAFullHdScreen()
{
    QVERIFY(m_window->loadDemo());
    QVERIFY2(m_window->minimumSizeHint().width() <= 800,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    m_window->resize(800, 700);
    QTRY_COMPARE(m_window->width(), 800);
    // Every column of the tree in view, the names taking what the others leave.
    auto *tree = find<QTreeView>("coverageTree");
    const auto columnsEnd = [tree] {
        return tree->header()->sectionViewportPosition(kTreeColumnCount - 1) +
               tree->header()->sectionSize(kTreeColumnCount - 1);
    };
    QTRY_VERIFY2(
        columnsEnd() <= tree->viewport()->width(),
        qPrintable(QStringLiteral("%1 in %2").arg(columnsEnd()).arg(tree->viewport()->width())));
    m_window->resize(1900, 900);
    QTRY_COMPARE(m_window->width(), 1900);
    QTRY_VERIFY(tree->header()->sectionSize(kNameColumn) > 700);
}

void TestMainWindow::filterAndReload_keepThePersonsPlace()
{
    const QString file = QFINDTESTDATA("data/example-response.json");
    QVERIFY(m_window->loadDemo());
    auto *tree = find<QTreeView>("coverageTree");
    auto *details = find<QTextBrowser>("detailsPane");
    QAbstractItemModel *model = tree->model();
    const auto modelRow = [&](const char *id) {
        const QModelIndex readModels = model->index(0, 0);
        for (int row = 0; row < model->rowCount(readModels); ++row) {
            const QModelIndex index = model->index(row, 0, readModels);
            if (index.data(IdRole).toString() == QLatin1String(id))
                return index;
        }
        return QModelIndex();
    };
    const auto fieldRow = [&](const QModelIndex &parent, const char *id) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, 0, parent).data(IdRole).toString() == QLatin1String(id))
                return model->index(row, 0, parent);
        }
        return QModelIndex();
    };
    tree->expand(modelRow("hris_absences"));
    tree->expand(modelRow("hris_employees"));
    tree->setCurrentIndex(fieldRow(modelRow("hris_employees"), "date_of_birth"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("date_of_birth")));

    // A filter that keeps the row keeps it current and its model open, and the other
    // model the person opened too.
    find<QComboBox>("availabilityFilter")->setCurrentIndex(2); // unavailable only
    QCOMPARE(tree->currentIndex().data(IdRole).toString(), QStringLiteral("date_of_birth"));
    QVERIFY(tree->isExpanded(modelRow("hris_employees")));
    QVERIFY(tree->isExpanded(modelRow("hris_absences")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("date_of_birth")));

    // One that hides it leaves no current row, and the details say nothing about it.
    find<QComboBox>("availabilityFilter")->setCurrentIndex(1); // available only
    QVERIFY(!tree->currentIndex().isValid());
    QVERIFY(details->toPlainText().isEmpty());
    QVERIFY(tree->isExpanded(modelRow("hris_absences")));
    find<QComboBox>("availabilityFilter")->setCurrentIndex(0);

    // A reload (F5) of the same integration keeps its place too.
    QVERIFY(m_window->loadFile(file));
    const QModelIndex employees = model->index(0, 0, model->index(0, 0));
    tree->expand(employees);
    const QModelIndex firstField = model->index(0, 0, employees);
    tree->setCurrentIndex(firstField);
    const QString id = firstField.data(IdRole).toString();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(tree->isExpanded(model->index(0, 0, model->index(0, 0))));
    QCOMPARE(tree->currentIndex().data(IdRole).toString(), id);
}

void TestMainWindow::expandAndCollapseAll_onALargeIntegration()
{
    // 300 models of 220 fields: Collapse all once took minutes here (persistent indexes of
    // every field in one hash bucket), past the test's time limit. That it ends, and ends
    // right, is tested here; bench_window measures how fast.
    QJsonObject root =
        QJsonDocument::fromJson(readAll(QFINDTESTDATA("data/example-response.json"))).object();
    QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QJsonObject model = data.value(QStringLiteral("read_models")).toArray().at(0).toObject();
    const QJsonObject field = model.value(QStringLiteral("fields")).toArray().at(0).toObject();
    QJsonArray fields;
    for (int f = 0; f < 220; ++f) {
        QJsonObject copy = field;
        copy.insert(QStringLiteral("id"), QStringLiteral("field_%1").arg(f));
        fields.append(copy);
    }
    QJsonArray models;
    for (int m = 0; m < 300; ++m) {
        QJsonObject copy = model;
        copy.insert(QStringLiteral("id"), QStringLiteral("model_%1").arg(m));
        copy.insert(QStringLiteral("fields"), fields);
        models.append(copy);
    }
    data.insert(QStringLiteral("read_models"), models);
    root.insert(QStringLiteral("data"), data);
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
    QVERIFY(m_window->loadFile(path));

    auto *tree = find<QTreeView>("coverageTree");
    const QModelIndex lastModel = tree->model()->index(299, 0, tree->model()->index(0, 0));
    find<QToolButton>("expandAll")->click();
    QVERIFY(tree->isExpanded(lastModel));
    find<QToolButton>("collapseAll")->click();
    QVERIFY(!tree->isExpanded(lastModel));
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0))); // the groups stay open
}

void TestMainWindow::statusToggle_hidesRows()
{
    QVERIFY(m_window->loadDemo());
    find<QCheckBox>("statusToggle0")->click(); // hide Supported
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 73 of 189 fields"));
    auto *availability = find<QComboBox>("availabilityFilter");
    availability->setCurrentIndex(1); // available only: nothing unsupported is available
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 0 of 189 fields"));
    find<QCheckBox>("statusToggle0")->click();
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 93 of 189 fields"));
}

void TestMainWindow::selection_showsDetails()
{
    QVERIFY(m_window->loadDemo());
    find<QLineEdit>("searchBox")->setText(QStringLiteral("ssn"));
    auto *tree = find<QTreeView>("coverageTree");
    const QModelIndex ssn =
        tree->model()->index(0, 0, tree->model()->index(0, 0, tree->model()->index(0, 0)));
    tree->setCurrentIndex(ssn);
    const QString details = find<QTextBrowser>("detailsPane")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("it is disabled in the scope config")),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Scope setting")));
}

void TestMainWindow::copy_putsSelectedRowsOnTheClipboard()
{
    QVERIFY(m_window->loadDemo());
    find<QLineEdit>("searchBox")->setText(QStringLiteral("date_of_birth"));
    auto *tree = find<QTreeView>("coverageTree");
    const QModelIndex field =
        tree->model()->index(0, 0, tree->model()->index(0, 0, tree->model()->index(0, 0)));
    tree->selectionModel()->select(field,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    // With a header and the model, in the export's spelling: rows of different models that
    // share a field ID paste apart.
    const QByteArray csv =
        "integration_id,tool_id,tool_label,category,kind,model_id,model_label,field_id,"
        "is_available,coverage_status,scope_config_setting,opted_out_by_customer\r\n"
        "otterly:4Fq7Zb2mXcR8yTn1KpVw6HsD,otterly,Otterly HR,HRIS,read_model,hris_employees,"
        "Employees,date_of_birth,false,SUPPORTED,OPTIONAL,true\r\n";
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("text/csv")), csv);
    QCOMPARE(QApplication::clipboard()->text(),
             QString::fromUtf8(QByteArray(csv).replace(',', '\t')));
}

void TestMainWindow::columnWidths_areRemembered()
{
    QVERIFY(m_window->loadDemo());
    auto *tree = find<QTreeView>("coverageTree");
    tree->setColumnWidth(kCoverageColumn, 333);
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_dialogs, m_network.get(), *m_logos, *m_keys);
    m_window->show();
    QVERIFY(m_window->loadDemo());
    QCOMPARE(find<QTreeView>("coverageTree")->columnWidth(kCoverageColumn), 333);
}

void TestMainWindow::failedFile_keepsPreviousIntegration()
{
    QVERIFY(m_window->loadFile(QFINDTESTDATA("data/example-response.json")));
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, R"({"status":"success","data":{"id":7}})");
    m_dialogs.openPath = broken;
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY2(bannerText().contains(QStringLiteral("data.id: expected string, got number")),
             qPrintable(bannerText()));
    QVERIFY(
        bannerText().contains(QStringLiteral("Still showing factorial:8d1hpPsbjxUkoCoa1veLZGe5")));
    QCOMPARE(find<QLabel>("toolTitle")->text(), QStringLiteral("Factorial"));
    auto *tree = find<QTreeView>("coverageTree");
    QCOMPARE(tree->model()->index(0, 0, tree->model()->index(0, 0)).data().toString(),
             QStringLiteral("Employees  (hris_employees)"));
}

void TestMainWindow::droppedFile_isLoaded()
{
    QVERIFY(m_window->loadDemo());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QFINDTESTDATA("data/example-response.json"))});
    const QPoint at(100, 100);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(find<QLabel>("toolTitle")->text(), QStringLiteral("Factorial"));

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(QStringLiteral("/etc/hostname"))});
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::exportFilteredView_writesTheShownRows()
{
    QVERIFY(m_window->loadDemo());
    find<QLineEdit>("searchBox")->setText(QStringLiteral("date_of_birth"));
    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    m_dialogs.exportAnswer = ExportChoice{path, true, true};
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFintegration_id,"));
    QCOMPARE(csv.count("\r\n"), 1 + 4);
    QCOMPARE(csv.count("date_of_birth"), 2);

    m_dialogs.exportAnswer = ExportChoice{path, false, false};
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(readAll(path).count("\r\n"), 1 + 19 + 189);

    m_dialogs.exportAnswer =
        ExportChoice{m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), false, false};
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(bannerText().contains(QStringLiteral("Could not export x.csv: cannot write: ")),
             qPrintable(bannerText()));
}

void TestMainWindow::saveResponse_writesTheOriginalBytes()
{
    const QString source = QFINDTESTDATA("data/example-response.json");
    QVERIFY(m_window->loadFile(source));
    m_dialogs.savePath = m_dir.filePath(QStringLiteral("copy.json"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readAll(m_dialogs.savePath), readAll(source));
}

void TestMainWindow::hostileTexts_areShownAsPlainCappedText()
{
    // Markup that Qt would render (an image as large as memory allows, a local file, tables
    // nested past its stack) and texts of megabytes, in every string the header shows.
    const QString image = QStringLiteral("<img src=\"%1\" width=1000000 height=1000000>")
                              .arg(QFINDTESTDATA("data/example-response.json"));
    const QString tables = QStringLiteral("<table><tr><td>").repeated(20000);
    QJsonObject root =
        QJsonDocument::fromJson(readAll(QFINDTESTDATA("data/example-response.json"))).object();
    QJsonObject data = root.value(QStringLiteral("data")).toObject();
    QJsonObject tool = data.value(QStringLiteral("tool")).toObject();
    tool.insert(QStringLiteral("label"), image);
    data.insert(QStringLiteral("tool"), tool);
    data.insert(QStringLiteral("end_user"),
                QJsonObject{{QStringLiteral("organization_name"),
                             QString(10 * 1024 * 1024, QLatin1Char('o'))},
                            {QStringLiteral("creator_email"), tables},
                            {QStringLiteral("origin_id"), image}});
    data.insert(QStringLiteral("scope_config"),
                QJsonObject{{QStringLiteral("id"), image}, {QStringLiteral("name"), tables}});
    QJsonArray models = data.value(QStringLiteral("read_models")).toArray();
    QJsonObject model = models.at(0).toObject();
    model.insert(QStringLiteral("label"), image + QStringLiteral("\nsecond line\u202e") +
                                              QString(1024 * 1024, QLatin1Char('l')));
    models.replace(0, model);
    data.insert(QStringLiteral("read_models"), models);
    root.insert(QStringLiteral("data"), data);
    const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
    writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Compact));

    const int widthBefore = m_window->minimumSizeHint().width();
    QVERIFY(m_window->loadFile(path));
    // No text from the response widens the window.
    QVERIFY2(m_window->minimumSizeHint().width() <= widthBefore,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    auto *title = find<QLabel>("toolTitle");
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->text().startsWith(QStringLiteral("<img src=")));
    QCOMPARE(shownText(title->toolTip()), image);
    const QString facts = find<QLabel>("integrationFacts")->text();
    QVERIFY2(facts.size() < 5000, qPrintable(QString::number(facts.size())));
    QVERIFY(!facts.contains(QStringLiteral("<img")));
    QVERIFY(!facts.contains(QStringLiteral("<table")));
    QVERIFY(facts.contains(QStringLiteral("&lt;table&gt;")));
    QVERIFY(find<QLabel>("integrationFacts")->toolTip().size() < kMaxDetailChars + 200);
    QVERIFY(m_window->windowTitle().size() < 2 * kMaxLabelChars + 50);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("<img src=")));

    // The tree names the model with its label cut short; details and copy have it whole.
    auto *tree = find<QTreeView>("coverageTree");
    const QModelIndex first = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QVERIFY(first.data().toString().size() < 2 * kMaxLabelChars + 10);
    // One line, in its own direction: no line break or bidi override reaches the tree.
    QVERIFY(!first.data().toString().contains(QLatin1Char('\n')));
    QVERIFY(!first.data().toString().contains(QChar(0x202e)));
    QCOMPARE(first.data(LabelRole).toString(), model.value(QStringLiteral("label")).toString());
    tree->setCurrentIndex(first);
    auto *details = find<QTextBrowser>("detailsPane");
    QVERIFY(details->toPlainText().contains(QStringLiteral("<img src=")));
    QVERIFY(details->toHtml().size() < 4 * kMaxDetailChars + 10000);

    // It all paints, at a sane size.
    QVERIFY(m_window->width() < 5000 && m_window->height() < 5000);
    QVERIFY(!m_window->grab().isNull());
}

void TestMainWindow::apiLoad_showsTheIntegrationAndRemembersTheId()
{
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(QFINDTESTDATA("data/example-response.json"))));
    m_window->setBaseUrl(server.baseUrl().toString());
    QVERIFY(m_window->loadDemo());
    auto *idBox = find<QComboBox>("integrationIdBox");
    idBox->setCurrentText(QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    find<QPushButton>("loadButton")->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(find<QLabel>("toolTitle")->text(), QStringLiteral("Factorial"));
    QCOMPARE(server.requests().first().headers.value("authorization"),
             QByteArray("Bearer sk_test_window"));
    QCOMPARE(idBox->itemText(0), QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    QCOMPARE(Settings().recentIds(),
             QStringList{QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5")});
}

void TestMainWindow::apiError_showsEnvelopeAndLogLink()
{
    TestServer server;
    server.enqueue(TestServer::apiError(404, "PLATFORM.INTEGRATION_NOT_FOUND", "Not found",
                                        "No such integration"));
    m_window->setBaseUrl(server.baseUrl().toString());
    QVERIFY(m_window->loadDemo());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->loadIntegration(QStringLiteral("nope"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 4); // the API's error, as on the command line
    const QString banner = bannerText();
    QVERIFY2(banner.contains(QStringLiteral("PLATFORM.INTEGRATION_NOT_FOUND")), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("No such integration")));
    QVERIFY(find<MessageBanner>("messageBanner")
                ->findChild<QLabel *>(QStringLiteral("messageText"))
                ->text()
                .contains(QStringLiteral("<a href=\"https://app.kombo.dev/logs/abc\">")));
    QCOMPARE(find<QLabel>("toolTitle")->text(), QStringLiteral("Otterly HR")); // still the demo
}

void TestMainWindow::retry_isAnnouncedAndCancelKeepsPrevious()
{
    TestServer server;
    const TestServer::Response busy =
        TestServer::apiError(503, "PLATFORM.UNKNOWN_ERROR", "Busy", "Try later")
            .withHeader("Retry-After", "30");
    server.enqueue(busy);
    m_window->setBaseUrl(server.baseUrl().toString());
    QVERIFY(m_window->loadDemo());
    m_window->loadIntegration(QStringLiteral("slow"));
    auto *status = find<QLabel>("loadStatus");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().startsWith(QStringLiteral("Retrying in 30 s (attempt 2 of 4)")), 10000);
    QVERIFY(find<QPushButton>("cancelButton")->isEnabled());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY2(
        bannerText().contains(QStringLiteral("Loading slow was cancelled. Still showing otterly:")),
        qPrintable(bannerText()));
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
    QCOMPARE(server.requests().size(), 1);
}

void TestMainWindow::missingKey_isAskedForOnce()
{
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(QFINDTESTDATA("data/example-response.json"))));
    m_key.value.reset();
    m_dialogs.key = QStringLiteral("sk_typed_in");
    m_window->setBaseUrl(server.baseUrl().toString());
    for (int i = 0; i < 2; ++i) {
        QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
        m_window->loadIntegration(QStringLiteral("abc"));
        QVERIFY(finished.wait(10000));
    }
    QCOMPARE(m_dialogs.keyQuestions, 1);
    QCOMPARE(m_keychain.stored, std::optional(QStringLiteral("sk_typed_in")));
    QCOMPARE(m_keys->origin(), ApiKeyStore::Origin::Keychain);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().last().headers.value("authorization"),
             QByteArray("Bearer sk_typed_in"));
    QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("sk_typed_in")));
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(QStringLiteral("sk_typed_in")));
}

void TestMainWindow::missingKeychain_keepsTheKeyForTheSession()
{
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(QFINDTESTDATA("data/example-response.json"))));
    m_key.value.reset();
    m_keychain.behaviour = SecretReply::Status::Unavailable;
    m_dialogs.key = QStringLiteral("sk_session_only");
    m_window->setBaseUrl(server.baseUrl().toString());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->loadIntegration(QStringLiteral("abc"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    QCOMPARE(server.requests().constFirst().headers.value("authorization"),
             QByteArray("Bearer sk_session_only"));
    QCOMPARE(m_keys->origin(), ApiKeyStore::Origin::Session);
    QCOMPARE(m_keychain.stored, std::nullopt);
    // The window says so, once the keychain has answered.
    QTRY_VERIFY2(bannerText().contains(QStringLiteral("kept for this session only")),
                 qPrintable(bannerText()));
}

void TestMainWindow::rejectedKey_offersSettings()
{
    TestServer server;
    server.enqueue(TestServer::json(
        401, R"({"status":"error","error":{"code":"PLATFORM.AUTHENTICATION_INVALID",)"
             R"("title":"Invalid key","message":"The API key is not valid.","log_url":null}})"));
    m_window->setBaseUrl(server.baseUrl().toString());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->loadIntegration(QStringLiteral("abc"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), 4);
    QVERIFY2(bannerText().contains(QStringLiteral("The API key is not valid.")),
             qPrintable(bannerText()));
    QPushButton *settings = nullptr;
    for (auto *button : find<MessageBanner>("messageBanner")->findChildren<QPushButton *>()) {
        if (button->isVisible())
            settings = button;
    }
    QVERIFY(settings);
    QCOMPARE(settings->text(), QStringLiteral("Settings…"));
    QCOMPARE(m_dialogs.keyQuestions, 0);
    settings->click();
    QCOMPARE(m_dialogs.keyQuestions, 1);
    // Nothing was removed from the keychain because the API refused a key.
    QCOMPARE(m_keychain.removes, 0);
    QCOMPARE(m_keychain.writes, 0);
}

void TestMainWindow::settingsAndHelp_areInTheMenus()
{
    QAction *settings = nullptr;
    QAction *documentation = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Settings…"))
            settings = action;
        if (action->text() == QStringLiteral("Kombo API &documentation"))
            documentation = action;
    }
    QVERIFY(settings && documentation);
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->trigger();
    QCOMPARE(m_dialogs.keyQuestions, 1);
    documentation->trigger();
    QCOMPARE(m_dialogs.webPages, QList<QUrl>{komboApiDocumentation()});
}

// Serves the seed example, its logo and icon pointing back at this server (the logo with
// `logoStatus`), and the SVGs themselves.
void serveIntegrationWithLogos(TestServer &server, int logoStatus)
{
    QByteArray integration = readAll(QFINDTESTDATA("data/example-response.json"));
    const QByteArray origin = server.origin().toEncoded();
    integration.replace("https://storage.googleapis.com/kombo-assets/integrations/factorial",
                        origin);
    const QByteArray logo = readAll(QFINDTESTDATA("../resources/demo/otterly-logo.svg"));
    const QByteArray icon = readAll(QFINDTESTDATA("../resources/demo/otterly-icon.svg"));
    server.setResponder([=](const TestServer::Request &request) {
        if (request.target.endsWith("/logo.svg")) {
            TestServer::Response response = TestServer::json(logoStatus, logo);
            return response;
        }
        if (request.target.endsWith("/icon.svg"))
            return TestServer::json(200, icon);
        return TestServer::json(200, integration);
    });
}

void TestMainWindow::toolLogo_isFetchedAndShown()
{
    TestServer server;
    serveIntegrationWithLogos(server, 200);
    m_window->setBaseUrl(server.baseUrl().toString());
    m_window->loadIntegration(QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    auto *logo = find<QLabel>("toolLogo");
    QTRY_COMPARE_WITH_TIMEOUT(shownText(logo->toolTip()),
                              server.origin().toString() + QStringLiteral("/logo.svg"), 10000);
    const QPixmap pixmap = logo->pixmap();
    QVERIFY(pixmap.width() >
            3 * pixmap.height()); // the logo's own 240x64 shape, not the square placeholder
    QTRY_VERIFY(find<QLabel>("toolIcon")->isVisible());
    QVERIFY(!m_window->windowIcon().isNull());
    for (const TestServer::Request &request : server.requests()) {
        if (request.target.endsWith(".svg"))
            QVERIFY(!request.headers.contains("authorization"));
    }
    const QString path = artefactPath(QStringLiteral("mainwindow-fetched-logo.png"));
    QVERIFY(m_window->grab().save(path));
}

void TestMainWindow::brokenLogo_leavesThePlaceholderWithTheReason()
{
    TestServer server;
    serveIntegrationWithLogos(server, 404);
    m_window->setBaseUrl(server.baseUrl().toString());
    m_window->loadIntegration(QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    auto *logo = find<QLabel>("toolLogo");
    QTRY_VERIFY_WITH_TIMEOUT(
        shownText(logo->toolTip()).startsWith(QStringLiteral("The logo is not shown:")), 10000);
    QCOMPARE(logo->pixmap().width(), logo->pixmap().height()); // the square placeholder
}

void TestMainWindow::screenshots_lightAndDark()
{
    QVERIFY(m_window->loadDemo());
    find<QLineEdit>("searchBox")->setText(QStringLiteral("employee"));
    auto *tree = find<QTreeView>("coverageTree");
    tree->setCurrentIndex(
        tree->model()->index(2, 0, tree->model()->index(0, 0, tree->model()->index(0, 0))));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe4, 0xe4, 0xe7));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe4, 0xe4, 0xe7));
    dark.setColor(QPalette::Button, QColor(0x3f, 0x3f, 0x46));
    dark.setColor(QPalette::ButtonText, QColor(0xe4, 0xe4, 0xe7));
    dark.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa1, 0xaa));
    const QPalette light = QApplication::palette();
    for (const auto &[name, palette] : {std::pair{"light", light}, std::pair{"dark", dark}}) {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        const QImage shot = m_window->grab().toImage();
        const QString path =
            artefactPath(QStringLiteral("mainwindow-%1.png").arg(QLatin1String(name)));
        QVERIFY(shot.save(path));
        QVERIFY2(variety(shot) > 10, qPrintable(path));
    }
    QApplication::setPalette(light);
}

QString history(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("data/history/") + QLatin1String(name));
}

void TestMainWindow::loadFromApi(const QString &id, int expectedEntries)
{
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->loadIntegration(id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    auto *list = find<QListWidget>("historyList");
    // Kept in the background, then counted: the top entry says so when both are done.
    QTRY_VERIFY_WITH_TIMEOUT(list->item(0)->text().contains(QStringLiteral("saved response")),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), expectedEntries, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!list->item(0)->text().contains(QStringLiteral("counting")), 10000);
}

void TestMainWindow::history_listsApiLoadsAndShowsTheChanges()
{
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(history("base.json"))));
    server.enqueue(TestServer::json(200, readAll(history("models.json"))));
    m_window->setBaseUrl(server.baseUrl().toString());
    m_window->resize(1280, 900);
    auto *list = find<QListWidget>("historyList");
    loadFromApi(QStringLiteral("int-1"), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("saved response (shown)")),
             qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("the first kept")));
    loadFromApi(QStringLiteral("int-1"), 2);
    QTRY_VERIFY2(list->item(0)->text().contains(QStringLiteral("20 changes to the one before")),
                 qPrintable(list->item(0)->text()));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("the first kept")));
    QCOMPARE(SnapshotStore().list(QStringLiteral("int-1")).size(), std::size_t(2));
    QVERIFY(!find<QCheckBox>("changesOnly")->isVisible());

    // Choosing the older one marks the tree.
    list->setCurrentRow(1);
    auto *tree = find<QTreeView>("coverageTree");
    const QModelIndex read = tree->model()->index(0, 0);
    const QModelIndex employees = child(read, QStringLiteral("employees"));
    QCOMPARE(employees.data(ChangeRole).toInt(), int(RowChange::Changed));
    QVERIFY(shownText(employees.data(Qt::ToolTipRole).toString())
                .contains(QStringLiteral("Label: Employees → Employees, all")));
    QCOMPARE(child(employees, QStringLiteral("nickname")).data(ChangeRole).toInt(),
             int(RowChange::Added));
    const QModelIndex gone = child(employees, QStringLiteral("date_of_birth"));
    QCOMPARE(gone.data(ChangeRole).toInt(), int(RowChange::Removed));
    QVERIFY(gone.data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(child(read, QStringLiteral("jobs")).data(ChangeRole).toInt(), int(RowChange::Removed));
    const QModelIndex firstName = child(employees, QStringLiteral("first_name"));
    QCOMPARE(firstName.siblingAtColumn(treeColumnNumber(Column::IsAvailable)).data().toString(),
             QStringLiteral("Yes → No"));
    tree->setCurrentIndex(firstName);
    const QString details = find<QTextBrowser>("detailsPane")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Scope setting: Enabled → Disabled")),
             qPrintable(details));
    const QString since = find<QLabel>("changesSince")->text();
    QVERIFY2(since.startsWith(QStringLiteral("20 changes since ")), qPrintable(since));
    QVERIFY(find<QLabel>("changesSince")->toolTip().isEmpty()); // no change of the integration

    // Changes only.
    auto *changesOnly = find<QCheckBox>("changesOnly");
    QVERIFY(changesOnly->isVisible());
    changesOnly->click();
    QCOMPARE(find<QLabel>("shownCount")->text(), QStringLiteral("Showing 7 of 11 fields"));
    QVERIFY(!child(employees, QStringLiteral("last_name")).isValid());
    tree->expandAll();
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(artefactPath(QStringLiteral("history-diff-tree.png"))));
    QVERIFY(find<QWidget>("historyPanel")
                ->grab()
                .save(artefactPath(QStringLiteral("history-panel.png"))));
    m_window->resize(800, 700);
    QTRY_COMPARE(m_window->width(), 800);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(artefactPath(QStringLiteral("history-diff-800.png"))));

    // The top entry stops comparing.
    list->setCurrentRow(0);
    QVERIFY(!changesOnly->isVisible());
    QVERIFY(!find<QLabel>("changesSince")->isVisible());
    QVERIFY(!child(employees, QStringLiteral("date_of_birth")).isValid());
}

void TestMainWindow::compareWithFile_exportsTheCliChangesReport()
{
    QVERIFY(m_window->loadFile(history("models.json")));
    QVERIFY(!action(QStringLiteral("Export c&hanges CSV…"))->isEnabled());
    m_dialogs.openPath = history("base.json");
    action(QStringLiteral("Co&mpare with file…"))->trigger();
    QCOMPARE(find<QLabel>("changesSince")->text(), QStringLiteral("20 changes since base.json"));
    QVERIFY(action(QStringLiteral("Export c&hanges CSV…"))->isEnabled());
    m_dialogs.changesPath = m_dir.filePath(QStringLiteral("changes.csv"));
    action(QStringLiteral("Export c&hanges CSV…"))->trigger();
    QCOMPARE(readAll(m_dialogs.changesPath), readAll(history("models.csv")));
    // A reload (F5) keeps the comparison, against the response as it is now.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(find<QLabel>("changesSince")->text(), QStringLiteral("20 changes since base.json"));

    // The integration's own changes: in the summary's tooltip, and in the same report.
    QVERIFY(m_window->loadFile(history("integration.json")));
    QVERIFY(!find<QLabel>("changesSince")->isVisible()); // a new response: no changes yet
    QVERIFY(m_window->compareWithPath(history("base.json")));
    QVERIFY2(find<QLabel>("changesSince")
                 ->toolTip()
                 .contains(QStringLiteral("Status: ACTIVE → INVALID")),
             qPrintable(find<QLabel>("changesSince")->toolTip()));
    action(QStringLiteral("Export c&hanges CSV…"))->trigger();
    QCOMPARE(readAll(m_dialogs.changesPath), readAll(history("integration.csv")));
}

void TestMainWindow::snapshotsOff_keepNothing()
{
    // The setting, as the Settings dialog sets it.
    ApiKeyStore keys(m_keychain, m_key);
    SettingsDialog dialog(keys, m_network.get(), QUrl(QStringLiteral("https://127.0.0.1/v1")));
    auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("keepSnapshots"));
    QVERIFY(keep && keep->isChecked());
    keep->click();
    QVERIFY(!Settings().keepSnapshots());

    TestServer server;
    server.enqueue(TestServer::json(200, readAll(history("base.json"))));
    m_window->setBaseUrl(server.baseUrl().toString());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->loadIntegration(QStringLiteral("int-1"));
    QVERIFY(finished.wait(10000));
    QTest::qWait(200); // a keep would have run by now
    QVERIFY(SnapshotStore().list(QStringLiteral("int-1")).empty());
    QVERIFY(!QDir(SnapshotStore::defaultRoot()).exists());
    QVERIFY(find<QLabel>("historyEmpty")->isVisible());
    QVERIFY(find<QLabel>("historyEmpty")->text().contains(QStringLiteral("not kept")));
}

void TestMainWindow::corruptSnapshot_isSkippedWithANote()
{
    const SnapshotStore store;
    const QString id = QStringLiteral("int-1");
    const QDateTime may(QDate(2025, 5, 1), QTime(8, 0), Qt::UTC);
    const Result<Snapshot> base = store.keep(id, readAll(history("base.json")), may);
    QVERIFY(!base.failure());
    const Result<Snapshot> broken = store.keep(id, R"({"status":"succ)", may.addDays(1));
    QVERIFY(!broken.failure());
    QVERIFY(m_window->loadFile(history("models.json")));
    auto *list = find<QListWidget>("historyList");
    QCOMPARE(list->count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(list->item(1)->text().contains(QStringLiteral("cannot be read")),
                             10000);
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));
    QVERIFY(list->item(2)->text().contains(QStringLiteral("the first kept")));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Shown now")));
    list->setCurrentRow(2);
    QVERIFY(find<QLabel>("changesSince")->text().startsWith(QStringLiteral("20 changes since")));
}

void TestMainWindow::backgroundCheck_notifiesAndMarksTheIntegration()
{
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(history("base.json"))));
    server.enqueue(TestServer::apiError(429, "PLATFORM.RATE_LIMIT_EXCEEDED", "Slow down", "Later")
                       .withHeader("Retry-After", "7200"));
    server.enqueue(TestServer::json(200, readAll(history("models.json"))));
    m_window->setBaseUrl(server.baseUrl().toString());
    loadFromApi(QStringLiteral("int-1"), 1);

    auto *watch = m_window->findChild<Watch *>(QStringLiteral("watch"));
    std::chrono::milliseconds now{0};
    watch->setClock([&now] { return now; });
    m_window->findChild<QAction *>(QStringLiteral("watch1"))->trigger(); // 15 minutes
    now += std::chrono::minutes(14);
    watch->poll();
    QCOMPARE(server.requests().size(), 1);

    // The API asks to wait two hours: the check after 15 minutes waits for them.
    now += std::chrono::minutes(1);
    watch->poll();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 10000);
    QTRY_VERIFY(!watch->isChecking());
    QCOMPARE(watch->nextCheckIn(), std::optional(std::chrono::milliseconds(std::chrono::hours(2))));
    QVERIFY(m_dialogs.notifications.isEmpty());
    QVERIFY(!m_window->windowTitle().startsWith(QStringLiteral("●")));

    now += std::chrono::hours(2);
    watch->poll();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialogs.notifications.size(), 1, 10000);
    QVERIFY2(m_dialogs.notifications.first().contains(QStringLiteral("20 changes")),
             qPrintable(m_dialogs.notifications.first()));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("● ")));
    QVERIFY(bannerText().contains(QStringLiteral("20 changes found by checking again")));
    // Shown on request, as changes since the last load; the snapshot is in the history.
    QPushButton *show = nullptr;
    for (auto *button : find<MessageBanner>("messageBanner")->findChildren<QPushButton *>()) {
        if (button->isVisible())
            show = button;
    }
    QVERIFY(show);
    show->click();
    QVERIFY(!m_window->windowTitle().startsWith(QStringLiteral("●")));
    QCOMPARE(find<QLabel>("changesSince")->text(),
             QStringLiteral("20 changes since the last load"));
    QTRY_COMPARE(find<QListWidget>("historyList")->count(), 2);
    QCOMPARE(server.requests().size(), 3);
}

void TestMainWindow::requirements_openShowsMarksReadinessAndWhoCanAct()
{
    // Before any requirements: the panel says how to make some, the filters are off.
    QVERIFY(m_window->loadDemo());
    QVERIFY(find<QLabel>("requirementsFile")->text().contains(QStringLiteral("Required column")));
    QVERIFY(!find<QCheckBox>("requiredOnly")->isEnabled());

    const QString path = openDemoRequirements(QStringLiteral("open.kcreq"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(Settings().lastRequirementsFile(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(find<QLabel>("requirementsFile")->text(), QStringLiteral("open.kcreq"));
    QCOMPARE(find<QLabel>("readinessText")->text(), QStringLiteral("\u2716 3 of 7 required met"));
    QCOMPARE(find<QLabel>("optionalReadiness")->text(), QStringLiteral("0 of 1 optional met"));
    QVERIFY(find<QCheckBox>("requiredOnly")->isEnabled());

    auto *tree = find<QTreeView>("coverageTree");
    QCOMPARE(tree->model()->headerData(kRequiredColumn, Qt::Horizontal).toString(),
             QStringLiteral("Required"));
    QCOMPARE(demoRow(tree, "hris_employees", nullptr, kRequiredColumn).data().toString(),
             QStringLiteral("\u2605 Required"));
    QCOMPARE(demoRow(tree, "hris_employees", "avatar", kRequiredColumn).data().toString(),
             QStringLiteral("\u2606 Optional"));
    QCOMPARE(demoRow(tree, "hris_employees", "gender", kRequiredColumn).data().toString(),
             QString());

    // Each unmet one with its word, why, and who can act; required ones first.
    const QStringList unmet = listTexts(find<QListWidget>("unmetList"));
    QCOMPARE(unmet.size(), 5);
    const auto expect = [&unmet](int row, const char *target, const char *word, const char *actor) {
        const QString text = unmet.value(row);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].mid(2), QString::fromUtf8(target));
        QVERIFY2(lines[1].startsWith(QString::fromUtf8(word) +
                                     QStringLiteral(" \u2014 Not available: ")),
                 qPrintable(text));
        QVERIFY2(lines[2].startsWith(QString::fromUtf8(actor)), qPrintable(text));
    };
    expect(0, "read hris_employees.ssn", "scope_disabled",
           "You: enable it in your scope config in Kombo's dashboard.");
    expect(1, "read hris_employees.date_of_birth", "opted_out",
           "The customer: ask them to share it");
    expect(2, "read hris_employees.ethnicity", "unsupported",
           "The tool: only Otterly HR can add it");
    expect(3, "read hris_employees.bank_accounts", "not_implemented",
           "Kombo: ask Kombo to implement it.");
    expect(4, "read hris_employees.avatar", "not_implemented", "Kombo:");
    QVERIFY(unmet[0].startsWith(QStringLiteral("\u2605 ")));
    QVERIFY(unmet[4].startsWith(QStringLiteral("\u2606 ")));
    QVERIFY(unmet[0].contains(QStringLiteral("it is disabled in the scope config")));

    // Choosing one goes to its row.
    auto *list = find<QListWidget>("unmetList");
    emit list->itemActivated(list->item(1));
    QCOMPARE(tree->currentIndex().data(IdRole).toString(), QStringLiteral("date_of_birth"));
}

void TestMainWindow::requirements_markInPlaceAndSaveKeepsComments()
{
    const QString path = openDemoRequirements(QStringLiteral("edit.kcreq"));
    QVERIFY(!path.isEmpty());
    QVERIFY(!m_window->isWindowModified());
    auto *tree = find<QTreeView>("coverageTree");

    // A click in the Required column: required becomes optional.
    const QModelIndex firstName = demoRow(tree, "hris_employees", "first_name", kRequiredColumn);
    tree->scrollTo(firstName);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                      tree->visualRect(firstName).center());
    QCOMPARE(firstName.data().toString(), QStringLiteral("\u2606 Optional"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("[*]")));
    QVERIFY(find<QLabel>("requirementsFile")->text().contains(QStringLiteral("unsaved")));

    // By keyboard: not needed (Ctrl+0) and required (Ctrl+1) for the selected rows.
    tree->setFocus();
    selectOnly(tree, demoRow(tree, "hris_employees", "ssn"));
    QTest::keyClick(tree, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(demoRow(tree, "hris_employees", "ssn", kRequiredColumn).data().toString(), QString());
    selectOnly(tree, demoRow(tree, "hris_employees", "gender"));
    QTest::keyClick(tree, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(demoRow(tree, "hris_employees", "gender", kRequiredColumn).data().toString(),
             QStringLiteral("\u2605 Required"));
    // The readiness follows: first_name is optional now, ssn gone, gender met.
    QCOMPARE(find<QLabel>("readinessText")->text(), QStringLiteral("\u2716 3 of 6 required met"));

    QVERIFY(trigger(QStringLiteral("Save require&ments")));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(readAll(path), QByteArray("# Payroll (window test)\n"
                                       "read hris_employees               # the list itself\n"
                                       "read hris_employees.first_name optional\n"
                                       "read hris_employees.date_of_birth # the customer\n"
                                       "read hris_employees.ethnicity     # the tool\n"
                                       "read hris_employees.bank_accounts # Kombo\n"
                                       "read hris_employees.avatar optional\n"
                                       "read hris_employees.gender\n"
                                       "write hris_create_employee.first_name\n"));
    QVERIFY(bannerText().contains(QStringLiteral("Saved the requirements")));

    // Save as: a new file, remembered for the next start.
    const QString copy = m_dir.filePath(QStringLiteral("edit-copy.kcreq"));
    m_dialogs.requirementsSavePath = copy;
    QVERIFY(trigger(QStringLiteral("Save requirements &as…")));
    QCOMPARE(readAll(copy), readAll(path));
    QCOMPARE(Settings().lastRequirementsFile(), copy);
}

void TestMainWindow::requirements_filtersRequiredOnlyAndUnmetOnly()
{
    QVERIFY(!openDemoRequirements(QStringLiteral("filters.kcreq")).isEmpty());
    auto *requiredOnly = find<QCheckBox>("requiredOnly");
    auto *unmetOnly = find<QCheckBox>("unmetOnly");
    auto *shown = find<QLabel>("shownCount");
    requiredOnly->setChecked(true);
    QCOMPARE(shown->text(), QStringLiteral("Showing 6 of 189 fields"));
    unmetOnly->setChecked(true);
    QCOMPARE(shown->text(), QStringLiteral("Showing 4 of 189 fields"));
    requiredOnly->setChecked(false);
    QCOMPARE(shown->text(), QStringLiteral("Showing 5 of 189 fields")); // the optional avatar too
    // With the other filters, as ever.
    find<QLineEdit>("searchBox")->setText(QStringLiteral("birth"));
    QCOMPARE(shown->text(), QStringLiteral("Showing 1 of 189 fields"));
    find<QLineEdit>("searchBox")->clear();

    // A mark taken away while filtering takes its row away at once.
    auto *tree = find<QTreeView>("coverageTree");
    tree->setFocus();
    selectOnly(tree, demoRow(tree, "hris_employees", "ssn"));
    QTest::keyClick(tree, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(shown->text(), QStringLiteral("Showing 4 of 189 fields"));

    // Without requirements the toggles are off and do nothing.
    m_dialogs.unsavedAnswer = UnsavedChoice::Discard;
    QVERIFY(trigger(QStringLiteral("C&lose requirements")));
    QCOMPARE(m_dialogs.unsavedQuestions, 1);
    QVERIFY(!unmetOnly->isChecked() && !unmetOnly->isEnabled());
    QCOMPARE(shown->text(), QStringLiteral("Showing 189 of 189 fields"));
    QVERIFY(Settings().lastRequirementsFile().isEmpty());
}

void TestMainWindow::requirements_unsavedEditsAreAskedAbout()
{
    // Made from scratch: mark a row, and the window has unsaved requirements.
    QVERIFY(m_window->loadDemo());
    auto *tree = find<QTreeView>("coverageTree");
    tree->setFocus();
    selectOnly(tree, demoRow(tree, "hris_employees"));
    QTest::keyClick(tree, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(find<QLabel>("requirementsFile")->text(),
             QStringLiteral("Untitled (unsaved changes)"));
    QCOMPARE(find<QLabel>("readinessText")->text(), QStringLiteral("\u2714 1 of 1 required met"));

    // Cancel keeps the window open, and another file from opening.
    m_dialogs.unsavedAnswer = UnsavedChoice::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    const QString other = m_dir.filePath(QStringLiteral("other.kcreq"));
    writeFile(other, "read hris_teams\n");
    m_dialogs.requirementsOpenPath = other;
    QVERIFY(trigger(QStringLiteral("Open requ&irements…")));
    QCOMPARE(m_dialogs.unsavedQuestions, 2);
    QVERIFY(m_window->requirements().path().isEmpty());

    // Save asks where (Save as), writes, and lets the window close.
    const QString saved = m_dir.filePath(QStringLiteral("scratch.kcreq"));
    m_dialogs.unsavedAnswer = UnsavedChoice::Save;
    m_dialogs.requirementsSavePath = saved;
    QVERIFY(m_window->close());
    QCOMPARE(readAll(saved), QByteArray("read hris_employees\n"));
    QCOMPARE(Settings().lastRequirementsFile(), saved);
}

void TestMainWindow::requirements_droppedAndReopenedAtStart()
{
    QVERIFY(m_window->loadDemo());
    const QString path = m_dir.filePath(QStringLiteral("dropped.kcreq"));
    writeFile(path, kDemoRequirements);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at(100, 100);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->requirements().path(), path);

    // A broken file says which line, and keeps what was open.
    const QString broken = m_dir.filePath(QStringLiteral("broken.kcreq"));
    writeFile(broken, "read hris_employees\nfetch hris_teams\n");
    const Result<void> opened = m_window->openRequirements(broken);
    QVERIFY(opened.failure());
    QVERIFY2(bannerText().contains(QStringLiteral("broken.kcreq")), qPrintable(bannerText()));
    QVERIFY2(bannerText().contains(QStringLiteral("2")), qPrintable(bannerText()));
    QCOMPARE(m_window->requirements().path(), path);

    // The next start opens the last one again, while it is still there.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_dialogs, m_network.get(), *m_logos, *m_keys);
    QCOMPARE(m_window->requirements().path(), path);
    QVERIFY(QFile::remove(path));
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_dialogs, m_network.get(), *m_logos, *m_keys);
    QVERIFY(!m_window->requirements().isActive());
}

void TestMainWindow::screenshot_requirementsReadiness()
{
    QVERIFY(!openDemoRequirements(QStringLiteral("screenshot.kcreq")).isEmpty());
    auto *tree = find<QTreeView>("coverageTree");
    find<QCheckBox>("requiredOnly")->setChecked(true);
    tree->expandAll();
    selectOnly(tree, demoRow(tree, "hris_employees", "ssn"));
    QCoreApplication::processEvents();
    const QImage shot = m_window->grab().toImage();
    const QString path = artefactPath(QStringLiteral("mainwindow-requirements.png"));
    QVERIFY(shot.save(path));
    QVERIFY2(variety(shot) > 10, qPrintable(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
