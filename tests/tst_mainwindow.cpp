#include "mainwindow.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace kombo;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void demo_fillsTheTree();
    void failedLoad_keepsPreviousIntegration();
};

void TestMainWindow::demo_fillsTheTree()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadDemo());
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("coverageTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 2);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .contains(QStringLiteral("Otterly HR")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Otterly HR")));
}

void TestMainWindow::failedLoad_keepsPreviousIntegration()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadFile(QFINDTESTDATA("data/example-response.json")));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("coverageTree"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("errorLine"));
    QVERIFY(error->isHidden());

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"status":"success","data":{"id":7}})");
    file.close();

    QVERIFY(!window.loadFile(broken));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("data.id: expected string, got number")),
             qPrintable(error->text()));
    const QModelIndex reads = tree->model()->index(0, 0);
    QCOMPARE(tree->model()->index(0, 0, reads).data().toString(),
             QStringLiteral("Employees (hris_employees)"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
