// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "net/apirequest.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace kombo {

namespace {

// Both the parser and --help need the same option list.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "See what a Kombo integration can read and write."));
    parser.addOptions({
        {{QStringLiteral("i"), QStringLiteral("integration")},
         QCoreApplication::translate(
             "CommandLine", "Load this integration (repeatable: several IDs export into one CSV)."),
         QStringLiteral("ID")},
        {{QStringLiteral("f"), QStringLiteral("file")},
         QCoreApplication::translate("CommandLine",
                                     "Load a saved response instead of calling the API."),
         QStringLiteral("PATH")},
        {QStringLiteral("demo"),
         QCoreApplication::translate("CommandLine", "Load the bundled demo integration.")},
        {QStringLiteral("base-url"), QCoreApplication::translate("CommandLine", "API base URL."),
         QStringLiteral("URL")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("CommandLine", "Transfer timeout (default 30)."),
         QStringLiteral("SECONDS")},
        {{QStringLiteral("o"), QStringLiteral("export-csv")},
         QCoreApplication::translate(
             "CommandLine", "Write the CSV to PATH ('-' = stdout) and exit, without a window."),
         QStringLiteral("PATH")},
        {QStringLiteral("bom"),
         QCoreApplication::translate("CommandLine", "Start the CSV with a UTF-8 byte-order mark.")},
        {QStringLiteral("quit-after-paint"),
         QCoreApplication::translate("CommandLine",
                                     "Open the window on the input, paint it once and exit with "
                                     "the code the command line would give for that load.")},
        {{QStringLiteral("h"), QStringLiteral("help")},
         QCoreApplication::translate("CommandLine", "Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")},
         QCoreApplication::translate("CommandLine", "Show the version and exit.")},
    });
}

// The command line speaks English only (SPEC §6): its usage errors are worded here.
Failure usageError(const QString &message)
{
    return Failure(FailureKind::Usage, Reason::CommandLine, {message});
}

// QApplication's own options (-style Fusion, -platform offscreen, -reverse, …): left for it to
// take, so they are not mistaken for ours.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{
        QStringLiteral("-style"),           QStringLiteral("-stylesheet"),
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-display"),
        QStringLiteral("-session"),         QStringLiteral("-geometry")};
    static const QStringList alone{QStringLiteral("-reverse"), QStringLiteral("-nograb"),
                                   QStringLiteral("-dograb"), QStringLiteral("-widgetcount")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i; // and its value
            continue;
        }
        if (alone.contains(argument) ||
            std::any_of(withValue.cbegin(), withValue.cend(), [&](const QString &option) {
                return argument.startsWith(option + QLatin1Char('='));
            }))
            continue;
        kept.append(argument);
    }
    return kept;
}

} // namespace

QString commandLineHelp()
{
    QCommandLineParser parser;
    addOptions(parser);
    // Printed before any application object exists, which is where Qt finds the program's name.
    return parser.helpText().replace(QStringLiteral("<executable_name>"),
                                     QStringLiteral("kombo-coverage"));
}

Result<CommandLineOptions> parseCommandLine(const QStringList &allArguments)
{
    const QStringList arguments = withoutQtOptions(allArguments);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    CommandLineOptions options;
    if (parser.isSet(QStringLiteral("help"))) {
        options.action = CommandLineOptions::Action::ShowHelp;
        return options;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        options.action = CommandLineOptions::Action::ShowVersion;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("unexpected argument '%1'")
                              .arg(parser.positionalArguments().constFirst()));
    }
    for (const QString &single : {QStringLiteral("file"), QStringLiteral("export-csv"),
                                  QStringLiteral("base-url"), QStringLiteral("timeout")}) {
        if (parser.values(single).size() > 1)
            return usageError(QStringLiteral("--%1 may be given only once").arg(single));
    }

    options.integrationIds = parser.values(QStringLiteral("integration"));
    options.file = parser.value(QStringLiteral("file"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.baseUrl = parser.value(QStringLiteral("base-url"));
    options.exportPath = parser.value(QStringLiteral("export-csv"));
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.quitAfterPaint = parser.isSet(QStringLiteral("quit-after-paint"));

    if (parser.isSet(QStringLiteral("file")) && options.file.isEmpty())
        return usageError(QStringLiteral("--file needs a path"));
    if (parser.isSet(QStringLiteral("export-csv")) && options.exportPath.isEmpty())
        return usageError(QStringLiteral("--export-csv needs a path, or '-' for standard output"));
    for (const QString &id : std::as_const(options.integrationIds)) {
        if (id.trimmed().isEmpty())
            return usageError(QStringLiteral("--integration needs an ID"));
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < kMinTransferTimeout.count() || seconds > kMaxTransferTimeout.count()) {
            return usageError(QStringLiteral("--timeout needs a whole number of seconds from %1 "
                                             "to %2, not '%3'")
                                  .arg(kMinTransferTimeout.count())
                                  .arg(kMaxTransferTimeout.count())
                                  .arg(parser.value(QStringLiteral("timeout"))));
        }
        options.timeoutSeconds = seconds;
    }

    const int inputKinds =
        int(!options.integrationIds.isEmpty()) + int(!options.file.isEmpty()) + int(options.demo);
    if (inputKinds > 1)
        return usageError(
            QStringLiteral("give one kind of input: --integration, --file or --demo"));
    if (options.isHeadless() && !options.hasInput())
        return usageError(
            QStringLiteral("--export-csv needs an input: --integration, --file or --demo"));
    if (options.isHeadless() && options.quitAfterPaint)
        return usageError(
            QStringLiteral("--quit-after-paint opens a window; --export-csv does not"));
    if (options.byteOrderMark && !options.isHeadless())
        return usageError(QStringLiteral("--bom applies to --export-csv"));
    return options;
}

} // namespace kombo
