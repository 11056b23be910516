#include "clirunner.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void demoToStdout_needsNoDisplay();
    void seedExampleToStdout_isExactlyTheSpecRows();
    void exportToFile_withByteOrderMark();
    void standardInput_isReadAsAFile();
    void inputErrors_exitWithOneLine_data();
    void inputErrors_exitWithOneLine();
    void unwritableOutput_exits6_data();
    void unwritableOutput_exits6();
    void fullDisk_keepsEarlierFile();
    void helpAndVersion();
    void quitAfterPaint_paintsOnceAndExits();
};

void TestCli::demoToStdout_needsNoDisplay()
{
    const Run run = runCli({QStringLiteral("--demo"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("integration_id,tool_id,tool_label,category,kind,"));
    QVERIFY(run.out.count("\r\n") > 150);
    QVERIFY(run.out.contains(
        "otterly:4Fq7Zb2mXcR8yTn1KpVw6HsD,otterly,Otterly HR,HRIS,read_model,hris_employees,"
        "Employees,date_of_birth,false,SUPPORTED,OPTIONAL,true\r\n"));
}

void TestCli::seedExampleToStdout_isExactlyTheSpecRows()
{
    const Run run = runCli({QStringLiteral("-f"), fixture("example-response.json"),
                            QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, readAll(fixture("example-response.csv")));
}

void TestCli::exportToFile_withByteOrderMark()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("coverage.csv"));
    const Run run = runCli({QStringLiteral("--file"), fixture("example-response.json"),
                            QStringLiteral("--export-csv"), out, QStringLiteral("--bom")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(readAll(out), "\xEF\xBB\xBF" + readAll(fixture("example-response.csv")));
}

void TestCli::standardInput_isReadAsAFile()
{
    const Run run = runShell(QStringLiteral("exec \"$0\" -f /dev/stdin -o - < \"$1\""),
                             {fixture("example-response.json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, readAll(fixture("example-response.csv")));
}

void TestCli::inputErrors_exitWithOneLine_data()
{
    QTest::addColumn<QByteArray>("content"); // written to a file named in.json; empty: no file
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrLine"); // %1 is the input file's path

    const QStringList fromFile{QStringLiteral("-f"), QStringLiteral("%1"), QStringLiteral("-o"),
                               QStringLiteral("-")};
    QByteArray wrongType = readAll(fixture("example-response.json"));
    wrongType.replace("\"beta\": false", "\"beta\": \"no\"");
    QByteArray badField = readAll(fixture("example-response.json"));
    badField.replace("\"is_available\": false", "\"is_available\": 0");

    QTest::newRow("not JSON") << QByteArray("not json") << fromFile << 3
                              << QStringLiteral("kombo-coverage: %1: invalid JSON");
    QTest::newRow("not an object")
        << QByteArray("[1,2]") << fromFile << 3
        << QStringLiteral("kombo-coverage: %1: expected a JSON object at the top level, got array");
    QTest::newRow("wrong type")
        << wrongType << fromFile << 3
        << QStringLiteral("kombo-coverage: %1: data.beta: expected boolean, got string");
    QTest::newRow("wrong type in a field")
        << badField << fromFile << 3
        << QStringLiteral("kombo-coverage: %1: data.read_models[0].fields[0]."
                          "is_available: expected boolean, got number");
    QTest::newRow("error envelope")
        << QByteArray(
               R"({"status":"error","error":{"code":null,"title":null,"message":"m","log_url":null}})")
        << fromFile << 3
        << QStringLiteral(
               "kombo-coverage: %1: the response is an API error, not an integration: m");
    QTest::newRow("missing file")
        << QByteArray() << fromFile << 2
        << QStringLiteral("kombo-coverage: %1: cannot read: No such file or directory");
    QTest::newRow("unknown option")
        << QByteArray() << QStringList{QStringLiteral("--nope")} << 2
        << QStringLiteral("kombo-coverage: Unknown option 'nope'. (see --help)");
    QTest::newRow("export without input")
        << QByteArray() << QStringList{QStringLiteral("-o"), QStringLiteral("-")} << 2
        << QStringLiteral("kombo-coverage: --export-csv needs an input");
    QTest::newRow("no API key") << QByteArray()
                                << QStringList{QStringLiteral("-i"), QStringLiteral("abc"),
                                               QStringLiteral("-o"), QStringLiteral("-")}
                                << 2
                                << QStringLiteral("kombo-coverage: no API key: set KOMBO_API_KEY");
    QTest::newRow("plain http to another machine")
        << QByteArray()
        << QStringList{QStringLiteral("-i"),         QStringLiteral("abc"),
                       QStringLiteral("--base-url"), QStringLiteral("http://api.kombo.dev/v1"),
                       QStringLiteral("-o"),         QStringLiteral("-")}
        << 2 << QStringLiteral("kombo-coverage: the base URL must use https");
}

void TestCli::inputErrors_exitWithOneLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrLine);

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.json"));
    if (!content.isEmpty())
        writeFile(input, content);
    arguments.replaceInStrings(QStringLiteral("%1"), input);

    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(QString::fromLocal8Bit(run.err).startsWith(
                 QString(stderrLine).replace(QStringLiteral("%1"), input)),
             run.err.constData());
}

void TestCli::unwritableOutput_exits6_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("missing folder")
        << QStringLiteral("exec \"$0\" --demo -o /nonexistent/folder/out.csv");
    QTest::newRow("full standard output") << QStringLiteral("exec \"$0\" --demo -o - > /dev/full");
}

void TestCli::unwritableOutput_exits6()
{
    QFETCH(QString, script);
    const Run run = runShell(script, {});
    QCOMPARE(run.exitCode, 6);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(": cannot write: "), run.err.constData());
}

void TestCli::fullDisk_keepsEarlierFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("coverage.csv"));
    writeFile(out, "earlier export");
    // ulimit -f counts 512-byte blocks in dash: 4 blocks is far less than the demo's CSV.
    const Run run =
        runShell(QStringLiteral("trap '' XFSZ; ulimit -f 4; exec \"$0\" --demo -o \"$1\""), {out});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("kombo-coverage: %1: cannot write: ").arg(out).toLocal8Bit()),
             run.err.constData());
    QCOMPARE(readAll(out), QByteArray("earlier export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("coverage.csv")});
}

void TestCli::helpAndVersion()
{
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--export-csv <PATH>"));
    const Run version = runCli({QStringLiteral("-v")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("kombo-coverage "));
}

void TestCli::quitAfterPaint_paintsOnceAndExits()
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run demo =
        runCli({QStringLiteral("--demo"), QStringLiteral("--quit-after-paint")}, environment);
    QCOMPARE(demo.exitCode, 0);
    const Run seed = runCli({QStringLiteral("-f"), fixture("example-response.json"),
                             QStringLiteral("--quit-after-paint")},
                            environment);
    QCOMPARE(seed.exitCode, 0);
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "[]");
    const Run failed =
        runCli({QStringLiteral("-f"), broken, QStringLiteral("--quit-after-paint")}, environment);
    QCOMPARE(failed.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
