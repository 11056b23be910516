#pragma once

#include "commandline.h"
#include "integration.h"

#include <QString>

namespace kombo {

// `kombo-coverage -o PATH`: loads each input, writes one CSV of all that loaded, and reports
// each failure on stderr as `kombo-coverage: <input>: <what went wrong>`. Needs no display.
class HeadlessExport final
{
public:
    explicit HeadlessExport(CommandLineOptions options);

    // The process exit code: 0, or that of the first failure (SPEC §6).
    int run();

private:
    void report(const QString &source, const Failure &failure);

    CommandLineOptions m_options;
    int m_exitCode = 0;
};

// Prints one error line on stderr in the form SPEC §6 fixes.
void printError(const QString &source, const QString &message);

} // namespace kombo
