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
    void help_listsEveryOption();
};

void TestCommandLine::validArguments_areParsed()
{
    const auto parsed = parseCommandLine(
        {QStringLiteral("kombo-coverage"), QStringLiteral("-i"), QStringLiteral("a"),
         QStringLiteral("--integration"), QStringLiteral("b"), QStringLiteral("--timeout"),
         QStringLiteral("7"), QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--bom")});
    QVERIFY(!parsed.failure());
    const auto &options = parsed.value();
    QCOMPARE(options.integrationIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
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
    QVERIFY(qtOptions.value().demo);

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
    QTest::newRow("positional") << args({"file.json"})
                                << QStringLiteral("unexpected argument 'file.json'");
    QTest::newRow("two inputs") << args({"--demo", "-f", "x.json"})
                                << QStringLiteral(
                                       "give one kind of input: --integration, --file or --demo");
    QTest::newRow("export without input")
        << args({"-o", "out.csv"})
        << QStringLiteral("--export-csv needs an input: --integration, --file or --demo");
    QTest::newRow("empty export path")
        << args({"--demo", "--export-csv="})
        << QStringLiteral("--export-csv needs a path, or '-' for standard output");
    QTest::newRow("two files") << args({"-f", "a", "-f", "b"})
                               << QStringLiteral("--file may be given only once");
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
         {"--integration", "--file", "--demo", "--base-url", "--timeout", "--export-csv", "--bom",
          "--quit-after-paint", "--help", "--version"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
