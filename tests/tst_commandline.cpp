// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include <QtTest>

using namespace kombo;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validArguments_areParsed();
    void usageErrors_areReported_data();
    void usageErrors_areReported();
    void inputs_keepTheOrderGiven();
    void idLists_skipBlanksAndComments();
    void idLists_areExpandedInPlace();
    void help_listsEveryOption();
};

void TestCommandLine::inputs_keepTheOrderGiven()
{
    const auto parsed = parseCommandLine(
        {QStringLiteral("kombo-coverage"), QStringLiteral("a.json"), QStringLiteral("-f"),
         QStringLiteral("x.json"), QStringLiteral("--integration=one"), QStringLiteral("--demo"),
         QStringLiteral("--ids-from"), QStringLiteral("ids.txt"), QStringLiteral("-fy.json"),
         QStringLiteral("-i"), QStringLiteral("two"), QStringLiteral("b.json")});
    QVERIFY2(!parsed.failure(), parsed.failure() ? qPrintable(parsed.failure()->message()) : "");
    using Kind = InputSpec::Kind;
    // Options in the order given, then the positional files.
    const std::vector<InputSpec> expected{
        {Kind::File, QStringLiteral("x.json")},   {Kind::Integration, QStringLiteral("one")},
        {Kind::Demo, {}},                         {Kind::IdList, QStringLiteral("ids.txt")},
        {Kind::File, QStringLiteral("y.json")},   {Kind::Integration, QStringLiteral("two")},
        {Kind::File, QStringLiteral("a.json")},   {Kind::File, QStringLiteral("b.json")}};
    QCOMPARE(parsed.value().inputs, expected);
    QVERIFY(parsed.value().needsApi());
    QVERIFY(!parseCommandLine({QStringLiteral("kombo-coverage"), QStringLiteral("a.json")})
                 .value()
                 .needsApi());
}

void TestCommandLine::idLists_skipBlanksAndComments()
{
    QCOMPARE(parseIdList(QByteArrayLiteral("# customers\n  first \r\n\n\t#later\nsecond\n# x\n"))
                 .value(),
             (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    QVERIFY(parseIdList(QByteArrayLiteral("\n# only a comment\n   \n")).value().isEmpty());
    // What cannot be an ID in a URL is shown, not sent.
    const auto notUtf8 = parseIdList(QByteArrayLiteral("ok\n\xff\xfe\n"));
    QCOMPARE(notUtf8.failure()->message(), QStringLiteral("line 2: not UTF-8 text"));
    const auto control = parseIdList(QByteArray("a\0b\n", 4));
    QCOMPARE(control.failure()->message(), QStringLiteral("line 1: a control character"));
    const auto utf16 = parseIdList(QByteArray("\xff\xfei\0d\0\n", 7));
    QCOMPARE(utf16.failure()->exitCode(), 2);
}

void TestCommandLine::idLists_areExpandedInPlace()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile list(folder.filePath(QStringLiteral("ids.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("alpha\n\n# beta\ngamma\n");
    list.close();
    using Kind = InputSpec::Kind;
    const auto expanded = expandIdLists({{Kind::Demo, {}}, {Kind::IdList, list.fileName()},
                                         {Kind::Integration, QStringLiteral("last")}});
    QVERIFY(!expanded.failure());
    const std::vector<InputSpec> expected{{Kind::Demo, {}},
                                          {Kind::Integration, QStringLiteral("alpha")},
                                          {Kind::Integration, QStringLiteral("gamma")},
                                          {Kind::Integration, QStringLiteral("last")}};
    QCOMPARE(expanded.value(), expected);

    QFile empty(folder.filePath(QStringLiteral("empty.txt")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("# nobody yet\n");
    empty.close();
    const auto none = expandIdLists({{Kind::IdList, empty.fileName()}});
    QVERIFY(none.failure());
    QCOMPARE(none.failure()->kind, FailureKind::Usage);
    QCOMPARE(none.failure()->message(),
             QStringLiteral("--ids-from %1 lists no integration ID").arg(empty.fileName()));
    const auto missing =
        expandIdLists({{Kind::IdList, folder.filePath(QStringLiteral("missing.txt"))}});
    QVERIFY(missing.failure());
    QCOMPARE(missing.failure()->exitCode(), 2);
}

void TestCommandLine::validArguments_areParsed()
{
    const auto parsed = parseCommandLine(
        {QStringLiteral("kombo-coverage"), QStringLiteral("-i"), QStringLiteral("a"),
         QStringLiteral("--integration"), QStringLiteral("b"), QStringLiteral("--timeout"),
         QStringLiteral("7"), QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--bom")});
    QVERIFY(!parsed.failure());
    const auto &options = parsed.value();
    QCOMPARE(options.inputs, (std::vector<InputSpec>{{InputSpec::Kind::Integration, QStringLiteral("a")},
                                                   {InputSpec::Kind::Integration, QStringLiteral("b")}}));
    QCOMPARE(options.timeoutSeconds, std::optional(7));
    QCOMPARE(options.exportPath, QStringLiteral("-"));
    QVERIFY(options.isHeadless());
    QVERIFY(options.byteOrderMark);
    QCOMPARE(options.action, CommandLineOptions::Action::Run);

    const auto window =
        parseCommandLine({QStringLiteral("kombo-coverage"), QStringLiteral("--demo"),
                          QStringLiteral("--quit-after-paint")});
    QVERIFY(!window.failure());
    QVERIFY(!window.value().isHeadless());
    QVERIFY(window.value().quitAfterPaint);

    // QApplication's own options are left to it.
    const auto qtOptions = parseCommandLine(
        {QStringLiteral("kombo-coverage"), QStringLiteral("-style"), QStringLiteral("Fusion"),
         QStringLiteral("--demo"), QStringLiteral("-platform"), QStringLiteral("offscreen"),
         QStringLiteral("-reverse"), QStringLiteral("-stylesheet=x.qss")});
    QVERIFY2(!qtOptions.failure(),
             qtOptions.failure() ? qPrintable(qtOptions.failure()->message()) : "");
    QCOMPARE(qtOptions.value().inputs, (std::vector<InputSpec>{{InputSpec::Kind::Demo, {}}}));

    const auto help = parseCommandLine({QStringLiteral("kombo-coverage"), QStringLiteral("-h")});
    QCOMPARE(help.value().action, CommandLineOptions::Action::ShowHelp);
    const auto version =
        parseCommandLine({QStringLiteral("kombo-coverage"), QStringLiteral("--version")});
    QCOMPARE(version.value().action, CommandLineOptions::Action::ShowVersion);
}

void TestCommandLine::usageErrors_areReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    auto args = [](std::initializer_list<const char *> list) {
        QStringList out{QStringLiteral("kombo-coverage")};
        for (const char *a : list)
            out.append(QString::fromUtf8(a));
        return out;
    };
    QTest::newRow("unknown option")
        << args({"--frobnicate"}) << QStringLiteral("Unknown option 'frobnicate'.");
    QTest::newRow("missing value")
        << args({"--demo", "-o"}) << QStringLiteral("Missing value after '-o'.");
    QTest::newRow("two demos") << args({"--demo", "--demo"})
                               << QStringLiteral("--demo may be given only once");
    QTest::newRow("stdin twice") << args({"--ids-from", "-", "--ids-from=-"})
                                 << QStringLiteral("only one input may read standard input");
    QTest::newRow("empty id list path") << args({"--ids-from="})
                                        << QStringLiteral(
                                               "--ids-from needs a path, or '-' for standard input");
    QTest::newRow("export without input")
        << args({"-o", "out.csv"})
        << QStringLiteral(
               "--export-csv needs an input: --integration, --file, --ids-from, --demo or a FILE");
    QTest::newRow("empty export path")
        << args({"--demo", "--export-csv="})
        << QStringLiteral("--export-csv needs a path, or '-' for standard output");
    QTest::newRow("stdin as a list and a file")
        << args({"--ids-from", "-", "-f", "/dev/stdin", "-o", "-"})
        << QStringLiteral("only one input may read standard input");
    QTest::newRow("empty base URL") << args({"--demo", "--base-url=", "-o", "-"})
                                    << QStringLiteral("--base-url needs a URL");
    QTest::newRow("empty file") << args({"-f", "", "-o", "-"})
                                << QStringLiteral("--file needs a path");
    QTest::newRow("zero timeout")
        << args({"--demo", "--timeout", "0"})
        << QStringLiteral("--timeout needs a whole number of seconds from 1 to 3600, not '0'");
    QTest::newRow("timeout beyond an hour")
        << args({"--demo", "--timeout", "3601"})
        << QStringLiteral("--timeout needs a whole number of seconds from 1 to 3600, not '3601'");
    QTest::newRow("negative timeout")
        << args({"--demo", "--timeout", "-5"})
        << QStringLiteral("--timeout needs a whole number of seconds from 1 to 3600, not '-5'");
    QTest::newRow("word timeout")
        << args({"--demo", "--timeout", "soon"})
        << QStringLiteral("--timeout needs a whole number of seconds from 1 to 3600, not 'soon'");
    QTest::newRow("blank ID") << args({"-i", " ", "-o", "-"})
                              << QStringLiteral("--integration needs an ID");
    QTest::newRow("bom without export")
        << args({"--demo", "--bom"}) << QStringLiteral("--bom applies to --export-csv");
    QTest::newRow("paint and export")
        << args({"--demo", "-o", "-", "--quit-after-paint"})
        << QStringLiteral("--quit-after-paint opens a window; --export-csv does not");
}

void TestCommandLine::usageErrors_areReported()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto parsed = parseCommandLine(arguments);
    QVERIFY((parsed.failure() != nullptr));
    QCOMPARE(parsed.failure()->kind, FailureKind::Usage);
    QCOMPARE(parsed.failure()->message(), expected);
}

void TestCommandLine::help_listsEveryOption()
{
    const QString help = commandLineHelp();
    for (const char *option :
         {"--integration", "--file", "--ids-from", "FILE", "--demo", "--base-url", "--timeout", "--export-csv", "--bom",
          "--quit-after-paint", "--help", "--version"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
