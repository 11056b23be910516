// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "export/reportkind.h"

#include <optional>
#include <QString>
#include <vector>

namespace kombo {

// One input of the command line, where it was given.
struct InputSpec
{
    enum class Kind
    {
        Integration, // an ID, fetched from the API
        IdList,      // a file of IDs, one a line ('-' = standard input): --ids-from
        File,        // a saved response
        Demo         // the bundled demo
    };

    Kind kind;
    QString value; // the ID or path; empty for the demo

    friend bool operator==(const InputSpec &a, const InputSpec &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
};

// What the command line of SPEC §6 asks for.
struct CommandLineOptions
{
    enum class Action
    {
        Run,
        ShowHelp,
        ShowVersion
    };

    Action action = Action::Run;
    std::vector<InputSpec> inputs; // in the order given; positional files last
    QString requirementsPath;      // --require, or a positional .kcreq file (SPEC §8)
    QString baselinePath;          // --diff-against: a saved response or a folder of them (§9)
    ReportKind report = ReportKind::Coverage;
    QString baseUrl;
    std::optional<int> timeoutSeconds;
    QString exportPath; // '-' is standard output; empty opens the window
    bool byteOrderMark = false;
    bool quitAfterPaint = false;

    bool isHeadless() const { return !exportPath.isEmpty(); }
    bool hasInput() const { return !inputs.empty(); }
    bool needsApi() const; // whether any input is fetched from the API
};

// Parses the arguments (the program name first, as in argv). A Failure is a usage error.
Result<CommandLineOptions> parseCommandLine(const QStringList &arguments);

// The text `--help` prints.
QString commandLineHelp();

// The IDs of an --ids-from list: one a line, surrounding white space trimmed, blank lines and
// lines starting with '#' skipped. A line that is not UTF-8 text, or holds a control character,
// is a usage failure naming it.
Result<QStringList> parseIdList(const QByteArray &text);

// `inputs` with each IdList replaced by the IDs it lists, read from its file or standard input.
// An unreadable or empty list is a usage failure naming it.
Result<std::vector<InputSpec>> expandIdLists(const std::vector<InputSpec> &inputs);

} // namespace kombo
