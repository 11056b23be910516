// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "load/responsefile.h"
#include "net/apirequest.h"

#include <algorithm>
#include <QStringDecoder>
#include <QCommandLineParser>

namespace kombo {

namespace {

// Both the parser and --help need the same option list.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("See what a Kombo integration can read and write."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A .kcreq file as --require; any other file as "
                                                "--file."),
                                 QStringLiteral("[FILE...]"));
    parser.addOptions({
        {{QStringLiteral("i"), QStringLiteral("integration")},
         QStringLiteral("Load this integration (repeatable: several IDs export into one CSV)."),
         QStringLiteral("ID")},
        {{QStringLiteral("f"), QStringLiteral("file")},
         QStringLiteral("Load a saved response instead of calling the API (repeatable)."),
         QStringLiteral("PATH")},
        {QStringLiteral("ids-from"),
         QStringLiteral("Load the integration IDs listed in PATH, one a line ('-' = stdin)."),
         QStringLiteral("PATH")},
        {QStringLiteral("require"),
         QStringLiteral("Check these requirements (a .kcreq file); exit 7 when one is unmet."),
         QStringLiteral("FILE")},
        {QStringLiteral("diff-against"),
         QStringLiteral("Compare each input with this saved response, or with the one of its ID "
                        "in this folder; exit 8 on change."),
         QStringLiteral("PATH")},
        {QStringLiteral("report"),
         QStringLiteral("What -o writes: coverage (default), requirements, matrix, changes."),
         QStringLiteral("KIND")},
        {QStringLiteral("demo"),
         QStringLiteral("Load the bundled demo integration.")},
        {QStringLiteral("base-url"), QStringLiteral("API base URL."),
         QStringLiteral("URL")},
        {QStringLiteral("timeout"),
         QStringLiteral("Transfer timeout (default 30)."),
         QStringLiteral("SECONDS")},
        {{QStringLiteral("o"), QStringLiteral("export-csv")},
         QStringLiteral("Write the CSV to PATH ('-' = stdout) and exit, without a window."),
         QStringLiteral("PATH")},
        {QStringLiteral("bom"),
         QStringLiteral("Start the CSV with a UTF-8 byte-order mark.")},
        {QStringLiteral("quit-after-paint"),
         QStringLiteral("Open the window on the input, paint it once and exit with "
                                     "the code the command line would give for that load.")},
        {{QStringLiteral("h"), QStringLiteral("help")},
         QStringLiteral("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")},
         QStringLiteral("Show the version and exit.")},
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
                                     QStringLiteral("kombo-coverage")) +
           QStringLiteral(
               "\nExit status:\n"
               "  0  success\n"
               "  2  usage error: options, a file that cannot be read, no API key, a refused "
               "base URL\n"
               "  3  input not valid (JSON or schema)\n"
               "  4  API error (the server answered with an error)\n"
               "  5  network error (connection, TLS, timeout, size cap)\n"
               "  6  the output could not be written\n"
               "  7  a required requirement is unmet (--require)\n"
               "  8  the coverage changed (--diff-against)\n"
               "The first failing input's code (3-5) wins, then 6, then 7, then 8.\n");
}

bool CommandLineOptions::needsApi() const
{
    return std::any_of(inputs.cbegin(), inputs.cend(), [](const InputSpec &input) {
        return input.kind == InputSpec::Kind::Integration || input.kind == InputSpec::Kind::IdList;
    });
}

namespace {

// Whether `path` names this process's standard input, which only one input can read.
bool readsStandardInput(const QString &path)
{
    static const QStringList names{QStringLiteral("/dev/stdin"), QStringLiteral("/dev/fd/0"),
                                   QStringLiteral("/proc/self/fd/0")};
    return names.contains(path);
}

// A positional file that is a requirements file rather than a response (SPEC §6).
bool isRequirementsFile(const QString &path)
{
    return path.endsWith(QLatin1String(".kcreq"), Qt::CaseInsensitive);
}

// -i, -f, --ids-from and --demo in the order they were given: QCommandLineParser keeps each
// option's values in order, and the order of the option names across them.
Result<std::vector<InputSpec>> inputsInOrder(const QCommandLineParser &parser)
{
    struct Source
    {
        QStringList names;
        InputSpec::Kind kind;
        QStringList values;
        qsizetype next = 0;
    };
    Source sources[] = {
        {{QStringLiteral("i"), QStringLiteral("integration")},
         InputSpec::Kind::Integration,
         parser.values(QStringLiteral("integration"))},
        {{QStringLiteral("f"), QStringLiteral("file")},
         InputSpec::Kind::File,
         parser.values(QStringLiteral("file"))},
        {{QStringLiteral("ids-from")},
         InputSpec::Kind::IdList,
         parser.values(QStringLiteral("ids-from"))},
    };
    std::vector<InputSpec> inputs;
    for (const QString &name : parser.optionNames()) {
        if (name == QLatin1String("demo")) {
            inputs.push_back({InputSpec::Kind::Demo, {}});
            continue;
        }
        for (Source &source : sources) {
            if (source.names.contains(name) && source.next < source.values.size())
                inputs.push_back({source.kind, source.values.at(source.next++)});
        }
    }
    for (const QString &path : parser.positionalArguments()) {
        if (!isRequirementsFile(path))
            inputs.push_back({InputSpec::Kind::File, path});
    }

    bool demo = false;
    bool standardInput = false;
    for (const InputSpec &input : inputs) {
        switch (input.kind) {
        case InputSpec::Kind::Integration:
            if (input.value.trimmed().isEmpty())
                return usageError(QStringLiteral("--integration needs an ID"));
            break;
        case InputSpec::Kind::File:
            if (input.value.isEmpty())
                return usageError(QStringLiteral("--file needs a path"));
            if (readsStandardInput(input.value)) {
                if (standardInput)
                    return usageError(QStringLiteral("only one input may read standard input"));
                standardInput = true;
            }
            break;
        case InputSpec::Kind::IdList:
            if (input.value.isEmpty())
                return usageError(QStringLiteral("--ids-from needs a path, or '-' for standard "
                                                 "input"));
            if (input.value == QLatin1String("-")) {
                if (standardInput)
                    return usageError(QStringLiteral("only one input may read standard input"));
                standardInput = true;
            }
            break;
        case InputSpec::Kind::Demo:
            if (demo)
                return usageError(QStringLiteral("--demo may be given only once"));
            demo = true;
            break;
        }
    }
    return inputs;
}

} // namespace

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
    for (const QString &single :
         {QStringLiteral("export-csv"), QStringLiteral("base-url"), QStringLiteral("timeout"),
          QStringLiteral("diff-against"), QStringLiteral("report")}) {
        if (parser.values(single).size() > 1)
            return usageError(QStringLiteral("--%1 may be given only once").arg(single));
    }
    QStringList requirements = parser.values(QStringLiteral("require"));
    for (const QString &path : parser.positionalArguments()) {
        if (isRequirementsFile(path))
            requirements.append(path);
    }
    if (requirements.size() > 1)
        return usageError(QStringLiteral("give one requirements file (--require or a .kcreq)"));
    options.requirementsPath = requirements.value(0);
    if (parser.isSet(QStringLiteral("require")) && options.requirementsPath.isEmpty())
        return usageError(QStringLiteral("--require needs a path"));
    options.baselinePath = parser.value(QStringLiteral("diff-against"));
    if (parser.isSet(QStringLiteral("diff-against")) && options.baselinePath.isEmpty())
        return usageError(QStringLiteral("--diff-against needs a path"));
    if (parser.isSet(QStringLiteral("report"))) {
        const auto kind = reportKindFromName(parser.value(QStringLiteral("report")));
        if (!kind) {
            return usageError(QStringLiteral("--report needs coverage, requirements, matrix or "
                                             "changes, not '%1'")
                                  .arg(parser.value(QStringLiteral("report"))));
        }
        options.report = *kind;
    }

    Result<std::vector<InputSpec>> inputs = inputsInOrder(parser);
    if (const Failure *failure = inputs.failure())
        return *failure;
    options.inputs = std::move(inputs).value();
    options.baseUrl = parser.value(QStringLiteral("base-url"));
    if (parser.isSet(QStringLiteral("base-url")) && options.baseUrl.isEmpty())
        return usageError(QStringLiteral("--base-url needs a URL"));
    options.exportPath = parser.value(QStringLiteral("export-csv"));
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.quitAfterPaint = parser.isSet(QStringLiteral("quit-after-paint"));

    if (parser.isSet(QStringLiteral("export-csv")) && options.exportPath.isEmpty())
        return usageError(QStringLiteral("--export-csv needs a path, or '-' for standard output"));
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

    if (options.isHeadless() && !options.hasInput())
        return usageError(QStringLiteral(
            "--export-csv needs an input: --integration, --file, --ids-from, --demo or a FILE"));
    if (options.isHeadless() && options.quitAfterPaint)
        return usageError(
            QStringLiteral("--quit-after-paint opens a window; --export-csv does not"));
    if (options.byteOrderMark && !options.isHeadless())
        return usageError(QStringLiteral("--bom applies to --export-csv"));
    if (parser.isSet(QStringLiteral("report")) && !options.isHeadless())
        return usageError(QStringLiteral("--report says what --export-csv writes: give -o too"));
    if (options.report == ReportKind::Requirements && options.requirementsPath.isEmpty())
        return usageError(QStringLiteral("--report requirements needs --require"));
    if (options.report == ReportKind::Changes && options.baselinePath.isEmpty())
        return usageError(QStringLiteral("--report changes needs --diff-against"));
    return options;
}

Result<QStringList> parseIdList(const QByteArray &text)
{
    QStringList ids;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype number = 1; number <= lines.size(); ++number) {
        QByteArray line = lines.at(number - 1);
        if (line.endsWith('\r'))
            line.chop(1);
        // An ID goes into a URL: a byte that is not text there is a mistake to show, not send.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(line);
        if (decoder.hasError())
            return usageError(QStringLiteral("line %1: not UTF-8 text").arg(number));
        if (std::any_of(decoded.cbegin(), decoded.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); })) {
            return usageError(QStringLiteral("line %1: a control character").arg(number));
        }
        const QString id = decoded.trimmed();
        if (!id.isEmpty() && !id.startsWith(QLatin1Char('#')))
            ids.append(id);
    }
    return ids;
}

namespace {

// The largest list of IDs read: a million IDs fit many times over.
constexpr qint64 kMaxIdListBytes = 64 * 1024 * 1024;

Result<QByteArray> readIdList(const QString &path)
{
    // Standard input by its Linux name: read like any pipe, counted against the cap.
    return readResponseFile(path == QLatin1String("-") ? QStringLiteral("/dev/stdin") : path,
                            kMaxIdListBytes);
}

} // namespace

Result<std::vector<InputSpec>> expandIdLists(const std::vector<InputSpec> &inputs)
{
    std::vector<InputSpec> expanded;
    expanded.reserve(inputs.size());
    for (const InputSpec &input : inputs) {
        if (input.kind != InputSpec::Kind::IdList) {
            expanded.push_back(input);
            continue;
        }
        const QString name = input.value == QLatin1String("-") ? QStringLiteral("stdin")
                                                                : input.value;
        Result<QByteArray> text = readIdList(input.value);
        if (const Failure *failure = text.failure())
            return usageError(QStringLiteral("--ids-from %1: %2").arg(name, failure->message()));
        const Result<QStringList> parsed = parseIdList(text.value());
        if (const Failure *failure = parsed.failure())
            return usageError(QStringLiteral("--ids-from %1: %2").arg(name, failure->message()));
        const QStringList &ids = parsed.value();
        if (ids.isEmpty())
            return usageError(QStringLiteral("--ids-from %1 lists no integration ID").arg(name));
        for (const QString &id : ids)
            expanded.push_back({InputSpec::Kind::Integration, id});
    }
    return expanded;
}

} // namespace kombo
