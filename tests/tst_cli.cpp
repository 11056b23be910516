// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

bool isCharacterDevice(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

bool isFifo(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

} // namespace

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
    void mixedInputs_exportInTheOrderGiven();
    void unreadablePositionalFile_isAUsageError();
    void requirementsReport_isTheGoldenAndExits7();
    void matrixReport_isTheGolden();
    void changesReport_isTheGoldenAndExits8_data();
    void changesReport_isTheGoldenAndExits8();
    void baselineFolder_matchesEachInputById();
    void exitCodes_followTheSpecsOrder();
    void reportUsageErrors_writeNothing_data();
    void reportUsageErrors_writeNothing();
    void repeatedIds_areLeftOutOfTheCoverageReport();
    void closedPipe_exits6();
    void helpAndVersion();
    void quitAfterPaint_paintsOnceAndExits();
    void quitAfterPaint_opensTheRequirements();
    void quitAfterPaint_exitsWithTheLoadsCode_data();
    void quitAfterPaint_exitsWithTheLoadsCode();
    void specialOutputs_areWrittenInPlace_data();
    void specialOutputs_areWrittenInPlace();
    void standardOutputByName_isWrittenThroughIt_data();
    void standardOutputByName_isWrittenThroughIt();
    void symlinkLoopOutput_isRefused();
    void namedPipeOutput_staysAPipe();
    void deviceNodeOutput_staysADevice();
    void endlessInput_isRefusedAtTheLimit_data();
    void endlessInput_isRefusedAtTheLimit();
    void hostileText_reachesStderrAsOneSafeLine();
};

void TestCli::demoToStdout_needsNoDisplay()
{
    const Run run = runCli({QStringLiteral("--demo"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(run.exitCode == 0, run.err.constData());
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
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, readAll(fixture("example-response.csv")));
}

void TestCli::exportToFile_withByteOrderMark()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("coverage.csv"));
    const Run run = runCli({QStringLiteral("--file"), fixture("example-response.json"),
                            QStringLiteral("--export-csv"), out, QStringLiteral("--bom")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(readAll(out), "\xEF\xBB\xBF" + readAll(fixture("example-response.csv")));
}

void TestCli::standardInput_isReadAsAFile()
{
    const Run run = runShell(QStringLiteral("exec \"$0\" -f /dev/stdin -o - < \"$1\""),
                             {fixture("example-response.json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
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
                                << QStringLiteral("kombo-coverage: no API key: set KOMBO_API_KEY, "
                                                  "or save one in the window's Settings");
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
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
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
    QVERIFY2(run.exitCode == 6, run.err.constData());
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
    QVERIFY2(run.exitCode == 6, run.err.constData());
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("kombo-coverage: %1: cannot write: ").arg(out).toLocal8Bit()),
             run.err.constData());
    QCOMPARE(readAll(out), QByteArray("earlier export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("coverage.csv")});
}

void TestCli::helpAndVersion()
{
    const Run help = runCli({QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, help.err.constData());
    QVERIFY(help.out.contains("--export-csv <PATH>"));
    const Run version = runCli({QStringLiteral("-v")});
    QVERIFY2(version.exitCode == 0, version.err.constData());
    QVERIFY(version.out.startsWith("kombo-coverage "));
}

void TestCli::mixedInputs_exportInTheOrderGiven()
{
    // Options in order, then positional files: the demo's rows, then the example's twice.
    const Run run = runCli({fixture("example-response.json"), QStringLiteral("--demo"),
                            QStringLiteral("-f"), fixture("example-response.json"),
                            QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray example = readAll(fixture("example-response.csv"));
    const QByteArray exampleRows = example.mid(example.indexOf("\r\n") + 2);
    QVERIFY(run.out.startsWith(example.left(example.indexOf("\r\n") + 2) + "otterly:"));
    QVERIFY(run.out.endsWith(exampleRows + exampleRows));
    QCOMPARE(run.out.count("otterly:4Fq7Zb2mXcR8yTn1KpVw6HsD,"),
             run.out.count("\r\n") - 1 - 2 * exampleRows.count("\r\n"));
}

void TestCli::unreadablePositionalFile_isAUsageError()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    writeFile(out, "earlier");
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const Run run = runCli({QStringLiteral("--demo"), missing, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("kombo-coverage: " + missing.toUtf8() + ": cannot read"),
             run.err.constData());
    QCOMPARE(readAll(out), QByteArray("earlier")); // nothing written
}

namespace {

QStringList compareInputs()
{
    return {fixture("compare-acme.json"), fixture("compare-globex-inactive.json"),
            fixture("compare-initech-unrecognised.json")};
}

QString history(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("data/history/") + QLatin1String(name));
}

} // namespace

void TestCli::requirementsReport_isTheGoldenAndExits7()
{
    // The requirements as a positional .kcreq, the inputs as positional responses.
    const Run run = runCli(compareInputs() + QStringList{fixture("payroll.kcreq"),
                                                          QStringLiteral("--report"),
                                                          QStringLiteral("requirements"),
                                                          QStringLiteral("-o"),
                                                          QStringLiteral("-")});
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, readAll(fixture("payroll-requirements.csv")));
    // Each unmet required requirement is named on stderr, with its word.
    QVERIFY2(run.err.contains("kombo-coverage: factorial:acme1: required read hris_employees.ssn "
                              "is "),
             run.err.constData());
    QVERIFY(!run.err.contains("date_of_birth")); // optional: never makes the run fail

    // A coverage report with the same requirements still exits 7.
    const Run coverage = runCli({fixture("compare-acme.json"), QStringLiteral("--require"),
                                 fixture("payroll.kcreq"), QStringLiteral("-o"),
                                 QStringLiteral("/dev/null")});
    QCOMPARE(coverage.exitCode, 7);

    // All met: 0.
    QTemporaryDir dir;
    const QString met = dir.filePath(QStringLiteral("met.kcreq"));
    writeFile(met, "\xef\xbb\xbfread hris_employees.first_name\r\n# done\r\n");
    const Run allMet = runCli({fixture("compare-acme.json"), met, QStringLiteral("--report"),
                               QStringLiteral("requirements"), QStringLiteral("-o"),
                               QStringLiteral("-")});
    QVERIFY2(allMet.exitCode == 0, allMet.err.constData());
    QVERIFY(allMet.out.endsWith(",read_model,hris_employees,first_name,true,true,available\r\n"));
}

void TestCli::matrixReport_isTheGolden()
{
    const Run run = runCli({QStringLiteral("-f"), compareInputs().at(0), QStringLiteral("-f"),
                            compareInputs().at(1), compareInputs().at(2),
                            QStringLiteral("--report=matrix"), QStringLiteral("-o"),
                            QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, readAll(fixture("compare-matrix.csv")));
}

void TestCli::changesReport_isTheGoldenAndExits8_data()
{
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no change") << history("base.json") << history("base.json")
                               << history("unchanged.csv") << 0;
    QTest::newRow("moved, nothing else") << history("base.json") << history("base-reordered.json")
                                         << history("unchanged.csv") << 0;
    QTest::newRow("integration") << history("base.json") << history("integration.json")
                                 << history("integration.csv") << 8;
    QTest::newRow("models and fields") << history("base.json") << history("models.json")
                                       << history("models.csv") << 8;
    QTest::newRow("unknown enum values") << history("unknown-before.json")
                                         << history("unknown-after.json")
                                         << history("unknown.csv") << 8;
}

void TestCli::changesReport_isTheGoldenAndExits8()
{
    QFETCH(QString, baseline);
    QFETCH(QString, input);
    QFETCH(QString, golden);
    QFETCH(int, exitCode);
    const Run run = runCli({input, QStringLiteral("--diff-against"), baseline,
                            QStringLiteral("--report"), QStringLiteral("changes"),
                            QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, readAll(golden));
}

void TestCli::baselineFolder_matchesEachInputById()
{
    // One baseline per customer in a folder, as a team keeps them in a repository.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(history("base.json"), dir.filePath(QStringLiteral("int-1.json"))));
    QVERIFY(QFile::copy(fixture("example-response.json"),
                        dir.filePath(QStringLiteral("factorial.json"))));
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a response");
    // int-1 unchanged, the example unchanged: 0, and only the header.
    const Run same = runCli({history("base-reordered.json"), fixture("example-response.json"),
                             QStringLiteral("--diff-against"), dir.path(),
                             QStringLiteral("--report"), QStringLiteral("changes"),
                             QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(same.exitCode == 0, same.err.constData());
    QCOMPARE(same.out, readAll(history("unchanged.csv")));
    // The demo has no baseline there: all of it is added, with no integration rows.
    const Run demo = runCli({QStringLiteral("--demo"), QStringLiteral("--diff-against"),
                             dir.path(), QStringLiteral("--report"), QStringLiteral("changes"),
                             QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(demo.exitCode, 8);
    QVERIFY(!demo.out.contains(",integration,"));
    QCOMPARE(demo.out.count(",added,,,\r\n"), demo.out.count("\r\n") - 1);
    // A file in the folder that is no response, or a second baseline of one ID, is skipped
    // and said so: one bad baseline does not stop every other comparison.
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{");
    QVERIFY(QFile::copy(history("models.json"), dir.filePath(QStringLiteral("zz-int-1.json"))));
    const Run skipped = runCli({history("base-reordered.json"), QStringLiteral("--diff-against"),
                                dir.path(), QStringLiteral("--report"), QStringLiteral("changes"),
                                QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
    QCOMPARE(skipped.out, readAll(history("unchanged.csv")));
    QVERIFY2(skipped.err.contains("kombo-coverage: " +
                                  dir.filePath(QStringLiteral("broken.json")).toUtf8() +
                                  ": skipped as a baseline: invalid JSON"),
             skipped.err.constData());
    QVERIFY2(skipped.err.contains("zz-int-1.json: skipped as a baseline: the baseline of int-1 "
                                  "is int-1.json already"),
             skipped.err.constData());
}

void TestCli::exitCodes_followTheSpecsOrder()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "[]");
    const QString unmet = dir.filePath(QStringLiteral("unmet.kcreq"));
    writeFile(unmet, "read hris_nothing_like_it\n");
    const QString out = dir.filePath(QStringLiteral("out.csv"));

    // A load failure wins over 7, and the report still covers what loaded.
    const Run failed = runCli({broken, fixture("compare-acme.json"), unmet, QStringLiteral("-o"),
                               out, QStringLiteral("--report"), QStringLiteral("requirements")});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY(readAll(out).contains("factorial:acme1,Factorial,"));
    QVERIFY(readAll(out).endsWith(",read_model,hris_nothing_like_it,,true,false,missing\r\n"));

    // An output that cannot be written wins over 7 and 8.
    const Run unwritable = runCli({fixture("compare-acme.json"), unmet, QStringLiteral("-o"),
                                   dir.path(), QStringLiteral("--diff-against"),
                                   history("base.json")});
    QCOMPARE(unwritable.exitCode, 6);

    // 7 wins over 8: a lost requirement matters more than a change.
    const Run both = runCli({fixture("compare-acme.json"), unmet, QStringLiteral("--diff-against"),
                             history("base.json"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(both.exitCode, 7);
    const Run changed = runCli({fixture("compare-acme.json"), QStringLiteral("--diff-against"),
                                history("base.json"), QStringLiteral("-o"),
                                QStringLiteral("/dev/null")});
    QCOMPARE(changed.exitCode, 8);
}

void TestCli::reportUsageErrors_writeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("error");
    QTemporaryDir dir;
    QTest::newRow("report without -o")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--report"),
                       QStringLiteral("matrix")}
        << QByteArray("kombo-coverage: --report says what --export-csv writes: give -o too");
    QTest::newRow("requirements without --require")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--report"),
                       QStringLiteral("requirements"), QStringLiteral("-o"), QStringLiteral("OUT")}
        << QByteArray("kombo-coverage: --report requirements needs --require");
    QTest::newRow("changes without --diff-against")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--report"),
                       QStringLiteral("changes"), QStringLiteral("-o"), QStringLiteral("OUT")}
        << QByteArray("kombo-coverage: --report changes needs --diff-against");
    QTest::newRow("unknown report")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--report"),
                       QStringLiteral("everything"), QStringLiteral("-o"), QStringLiteral("OUT")}
        << QByteArray("kombo-coverage: --report needs coverage, requirements, matrix or changes, "
                      "not 'everything'");
    QTest::newRow("invalid requirements line")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--require"),
                       QStringLiteral("BAD.kcreq"), QStringLiteral("-o"), QStringLiteral("OUT")}
        << QByteArray("kombo-coverage: BAD.kcreq: line 2: expected 'read' or 'write', found "
                      "'raed'");
    QTest::newRow("two requirements files")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("a.kcreq"),
                       QStringLiteral("--require"), QStringLiteral("b.kcreq"),
                       QStringLiteral("-o"), QStringLiteral("OUT")}
        << QByteArray("kombo-coverage: give one requirements file (--require or a .kcreq)");
    QTest::newRow("empty ID list")
        << QStringList{QStringLiteral("--ids-from"), QStringLiteral("EMPTY"),
                       QStringLiteral("-o"), QStringLiteral("OUT")}
        << QByteArray("kombo-coverage: --ids-from EMPTY lists no integration ID");
}

void TestCli::reportUsageErrors_writeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, error);
    QTemporaryDir dir;
    // The arguments name files in it as a person would, relative to where they are.
    const QString before = QDir::currentPath();
    const auto back = qScopeGuard([&] { QDir::setCurrent(before); });
    QVERIFY(QDir::setCurrent(dir.path()));
    writeFile(QStringLiteral("BAD.kcreq"), "read hris_employees\nraed hris_teams\n");
    writeFile(QStringLiteral("EMPTY"), "# nobody yet\n\n");
    writeFile(QStringLiteral("OUT"), "earlier");
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(error), run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(readAll(QStringLiteral("OUT")), QByteArray("earlier"));
}

void TestCli::repeatedIds_areLeftOutOfTheCoverageReport()
{
    // SPEC §8: where an ID repeats within its kind or model, the first occurrence counts.
    const Run run = runCli({history("repeated-before.json"), QStringLiteral("-o"),
                            QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSet<QByteArray> rows;
    const QList<QByteArray> lines = run.out.split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        const QByteArray key = cells.value(4) + ',' + cells.value(5) + ',' + cells.value(7);
        QVERIFY2(!rows.contains(key), key.constData());
        rows.insert(key);
    }
    QVERIFY(rows.size() > 2);
    // The first occurrence's values are the ones written: as the matrix report has them.
    const Run matrix = runCli({history("repeated-before.json"), QStringLiteral("--report"),
                               QStringLiteral("matrix"), QStringLiteral("-o"),
                               QStringLiteral("-")});
    QCOMPARE(matrix.out.count("\r\n") - 1, rows.size());
}

void TestCli::closedPipe_exits6()
{
    // `| head`: the reader goes away early; the program says so and exits 6, not by SIGPIPE.
    QStringList arguments;
    for (int i = 0; i < 20; ++i) // 600 kB: more than a pipe holds
        arguments << QStringLiteral("-f") << QFINDTESTDATA("../resources/demo/integration.json");
    const Run run = runProgram(
        QStringLiteral("/bin/bash"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("\"$0\" \"$@\" -o - | head -c 10 >/dev/null; "
                                   "exit ${PIPESTATUS[0]}"),
                    QStringLiteral(KOMBO_BINARY)} +
            arguments);
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.startsWith("kombo-coverage: stdout: "), run.err.constData());
}

void TestCli::quitAfterPaint_paintsOnceAndExits()
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run demo =
        runCli({QStringLiteral("--demo"), QStringLiteral("--quit-after-paint")}, environment);
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const Run seed = runCli({QStringLiteral("-f"), fixture("example-response.json"),
                             QStringLiteral("--quit-after-paint")},
                            environment);
    QVERIFY2(seed.exitCode == 0, seed.err.constData());
    // As a file manager starts it: the file alone.
    const Run opened =
        runCli({fixture("example-response.json"), QStringLiteral("--quit-after-paint")},
               environment);
    QVERIFY2(opened.exitCode == 0, opened.err.constData());
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "[]");
    const Run failed =
        runCli({QStringLiteral("-f"), broken, QStringLiteral("--quit-after-paint")}, environment);
    QVERIFY2(failed.exitCode == 3, failed.err.constData());
}

void TestCli::quitAfterPaint_opensTheRequirements()
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QTemporaryDir dir;
    const QString requirements = dir.filePath(QStringLiteral("x.kcreq"));
    writeFile(requirements, "read hris_employees\nread hris_employees.ssn  # unmet: still 0\n");
    // As a file manager or a shell starts it: the requirements as a positional file.
    const Run positional =
        runCli({QStringLiteral("--demo"), requirements, QStringLiteral("--quit-after-paint")},
               environment);
    QVERIFY2(positional.exitCode == 0, positional.err.constData());
    QVERIFY2(!positional.err.contains("kombo-coverage:"), positional.err.constData()); // no error
    const Run option = runCli({QStringLiteral("--demo"), QStringLiteral("--require"), requirements,
                               QStringLiteral("--quit-after-paint")},
                              environment);
    QVERIFY2(option.exitCode == 0, option.err.constData());
    // Unattended, requirements that cannot be used are the usage error they are headless.
    const QString broken = dir.filePath(QStringLiteral("broken.kcreq"));
    writeFile(broken, "read hris_employees\nfetch hris_teams\n");
    const Run failed = runCli(
        {QStringLiteral("--demo"), broken, QStringLiteral("--quit-after-paint")}, environment);
    QCOMPARE(failed.exitCode, 2);
    QVERIFY2(failed.err.contains("broken.kcreq") && failed.err.contains("2"),
             failed.err.constData());
}

void TestCli::quitAfterPaint_exitsWithTheLoadsCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentKey"); // KOMBO_API_KEY, if not empty
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unreadable file")
        << QStringList{QStringLiteral("-f"), QStringLiteral("/nonexistent/in.json")} << QString()
        << 2;
    // Nobody can answer a key prompt: a usage error at once, as on the command line.
    QTest::newRow("integration without a key")
        << QStringList{QStringLiteral("-i"), QStringLiteral("abc")} << QString() << 2;
    QTest::newRow("key with a line break")
        << QStringList{QStringLiteral("-i"), QStringLiteral("abc")}
        << QStringLiteral("sk_a\r\nX-Injected: 1") << 2;
    // Port 9 on loopback: nothing listens, so the connection is refused.
    QTest::newRow("network failure")
        << QStringList{QStringLiteral("-i"), QStringLiteral("abc"), QStringLiteral("--base-url"),
                       QStringLiteral("http://127.0.0.1:9/v1")}
        << QStringLiteral("sk_test") << 5;
}

void TestCli::quitAfterPaint_exitsWithTheLoadsCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentKey);
    QFETCH(int, exitCode);
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!environmentKey.isEmpty())
        environment.insert(QStringLiteral("KOMBO_API_KEY"), environmentKey);
    const Run run = runCli(arguments << QStringLiteral("--quit-after-paint"), environment);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
}

void TestCli::specialOutputs_areWrittenInPlace_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("expectsCsvOnStdout");
    QTest::newRow("/dev/null") << QStringLiteral("exec \"$0\" --demo -o /dev/null") << false;
    // QProcess reads standard output through a pipe: /dev/stdout names that pipe.
    QTest::newRow("/dev/stdout into a pipe")
        << QStringLiteral("exec \"$0\" --demo -o /dev/stdout") << true;
}

void TestCli::specialOutputs_areWrittenInPlace()
{
    QFETCH(QString, script);
    QFETCH(bool, expectsCsvOnStdout);
    const Run run = runShell(script, {});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.startsWith("integration_id,tool_id,"), expectsCsvOnStdout);
    QCOMPARE(run.err, QByteArray()); // no warnings about seeking on a device
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/null")));
}

void TestCli::standardOutputByName_isWrittenThroughIt_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("before"); // what the file starts with
    QTest::addColumn<QByteArray>("after");  // what it ends with
    // Others write to the same redirection before and after: nothing of theirs is lost.
    QTest::newRow("/dev/stdout in a group")
        << QStringLiteral("{ echo A; \"$0\" --demo -o /dev/stdout; echo B; } > \"$1\"")
        << QByteArray("A\n") << QByteArray("\r\nB\n");
    QTest::newRow("/dev/fd/1 appended to a log")
        << QStringLiteral("echo LOG > \"$1\"; \"$0\" --demo -o /dev/fd/1 >> \"$1\"")
        << QByteArray("LOG\n") << QByteArray("UNSUPPORTED,,\r\n");
}

void TestCli::standardOutputByName_isWrittenThroughIt()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("log.txt"));
    const Run run = runShell(script, {file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray written = readAll(file);
    QVERIFY2(written.startsWith(before + "integration_id,tool_id,"), written.left(80).constData());
    QVERIFY2(written.endsWith(after), written.right(40).constData());
    QCOMPARE(written.count("\r\n"), 209);
}

void TestCli::symlinkLoopOutput_isRefused()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("loop1"));
    const QString second = dir.filePath(QStringLiteral("loop2"));
    QVERIFY(QFile::link(second, first) && QFile::link(first, second));
    const Run run = runCli({QStringLiteral("--demo"), QStringLiteral("-o"), first});
    QVERIFY2(run.exitCode == 6, run.err.constData());
    QVERIFY2(run.err.endsWith(": cannot write: Too many levels of symbolic links\n"),
             run.err.constData());
    QVERIFY(QFileInfo(first).isSymLink()); // as cp does: the link stays a link
}

void TestCli::namedPipeOutput_staysAPipe()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("out.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader on the other end, as `cat fifo > copy` would be.
    const QString copy = dir.filePath(QStringLiteral("copy.csv"));
    const Run run = runShell(QStringLiteral("cat \"$1\" > \"$2\" & \"$0\" --demo -o \"$1\"; "
                                            "status=$?; wait; exit $status"),
                             {fifo, copy});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray());
    QVERIFY(isFifo(fifo));
    QVERIFY(readAll(copy).startsWith("integration_id,tool_id,"));
    QCOMPARE(readAll(copy).count("\r\n"), 209); // the header and the demo's 208 rows
}

void TestCli::deviceNodeOutput_staysADevice()
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("null"));
    // Only root may make device nodes; as root, replacing one is exactly the danger.
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        QSKIP("making a device node is not permitted here");
    const Run run = runCli({QStringLiteral("--demo"), QStringLiteral("-o"), device});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(isCharacterDevice(device));
}

void TestCli::endlessInput_isRefusedAtTheLimit_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("a device that never ends") << QStringLiteral("exec \"$0\" -f /dev/zero -o -");
    QTest::newRow("the same through standard input")
        << QStringLiteral("exec \"$0\" -f /dev/stdin -o - < /dev/zero");
    // A sparse file: its size is known, so not one byte of it is read.
    QTest::newRow("a 5 GB file") << QStringLiteral(
        "truncate -s 5G \"$1\" && exec \"$0\" -f \"$1\" -o -");
}

void TestCli::endlessInput_isRefusedAtTheLimit()
{
    QFETCH(QString, script);
    QTemporaryDir dir;
    const Run run = runShell(script, {dir.filePath(QStringLiteral("sparse.json"))});
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QVERIFY2(run.err.endsWith(": too large to load (limit 2 GiB)\n"), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void TestCli::hostileText_reachesStderrAsOneSafeLine()
{
    // A saved error answer whose message forges a second line, retitles the terminal, cuts
    // the line with a NUL and goes on for half a megabyte.
    const QByteArray message = "bad\\nkombo-coverage: FAKE: all good\\u001b]0;owned\\u0007"
                               "\\u0000cut\\u202e" +
                               QByteArray(512 * 1024, 'x');
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("error.json"));
    writeFile(input, R"({"status":"error","error":{"code":null,"title":null,"message":")" +
                         message + R"(","log_url":null}})");
    const Run run =
        runCli({QStringLiteral("-f"), input, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 3, run.err.left(400).constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!run.err.contains('\x1b'));
    QVERIFY(!run.err.contains('\x07'));
    QVERIFY(!run.err.contains('\0'));
    QVERIFY(!run.err.contains("\xE2\x80\xAE")); // the right-to-left override
    QVERIFY(run.err.contains("bad\xEF\xBF\xBDkombo-coverage: FAKE"));
    const QString line = QString::fromUtf8(run.err).chopped(1);
    const QString prefix = QStringLiteral("kombo-coverage: %1: ").arg(input);
    QVERIFY2(line.size() <= prefix.size() + 300, qPrintable(QString::number(line.size())));
    QVERIFY(line.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
