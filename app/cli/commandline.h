// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace kombo {

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
    QStringList integrationIds;
    QString file;
    bool demo = false;
    QString baseUrl;
    std::optional<int> timeoutSeconds;
    QString exportPath; // '-' is standard output; empty opens the window
    bool byteOrderMark = false;
    bool quitAfterPaint = false;

    bool isHeadless() const { return !exportPath.isEmpty(); }
    bool hasInput() const { return !integrationIds.isEmpty() || !file.isEmpty() || demo; }
};

// Parses the arguments (the program name first, as in argv). A Failure is a usage error.
Result<CommandLineOptions> parseCommandLine(const QStringList &arguments);

// The text `--help` prints.
QString commandLineHelp();

} // namespace kombo
