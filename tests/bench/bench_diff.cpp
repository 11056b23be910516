// SPDX-License-Identifier: MIT
// Benchmark of the changes report on large responses (not a test: run it by hand, see README).
//   bench_diff OLD.json NEW.json OUTPUT_FOLDER
// Times what the command line does: parsing NEW and exporting it as the coverage CSV, then
// parsing OLD, comparing and writing the changes CSV, with the peak memory after each; the
// changes report should take at most twice the time and 2.5 times the memory of the export.
#include "benchsupport.h"
#include "export/changeswriter.h"
#include "export/csvfile.h"
#include "export/outputfile.h"
#include "history/coveragediff.h"
#include "load/responsefile.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace kombo;

namespace {

double millisecondsSince(QElapsedTimer &clock)
{
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    return elapsed;
}

bool failed(const Result<void> &result)
{
    if (const Failure *failure = result.failure()) {
        std::fprintf(stderr, "%s\n", qPrintable(failure->message()));
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_diff OLD.json NEW.json OUTPUT_FOLDER\n");
        return 2;
    }
    const QString oldPath = QString::fromLocal8Bit(argv[1]);
    const QString newPath = QString::fromLocal8Bit(argv[2]);
    const QString folder = QString::fromLocal8Bit(argv[3]);

    QElapsedTimer clock;
    clock.start();
    const ParseResult newResult = loadIntegrationFile(newPath);
    if (const Failure *failure = newResult.failure()) {
        std::fprintf(stderr, "%s\n", qPrintable(failure->message()));
        return 3;
    }
    const Integration &newIntegration = newResult.value();
    const double parseNew = millisecondsSince(clock);
    if (failed(saveCsv(folder + QStringLiteral("/coverage.csv"), allRowsOf({&newIntegration}), {})))
        return 6;
    const double exportCsv = millisecondsSince(clock);
    const double exportPeak = peakResidentMiB();
    std::printf("parse NEW:              %8.0f ms\n", parseNew);
    std::printf("coverage CSV of NEW:    %8.0f ms  (%zu fields)\n", exportCsv,
                newIntegration.fields.size());
    std::printf("peak memory, export:    %8.0f MiB\n", exportPeak);

    clock.restart();
    const ParseResult oldResult = loadIntegrationFile(oldPath);
    if (const Failure *failure = oldResult.failure()) {
        std::fprintf(stderr, "%s\n", qPrintable(failure->message()));
        return 3;
    }
    const double parseOld = millisecondsSince(clock);
    const std::vector<CoverageDiff> diffs{compareCoverage(&oldResult.value(), newIntegration)};
    const double compare = millisecondsSince(clock);
    if (failed(saveAtomically(folder + QStringLiteral("/changes.csv"), [&](QIODevice &device) {
            return writeChangesReport(device, diffs, {});
        })))
        return 6;
    const double write = millisecondsSince(clock);
    const double diffPeak = peakResidentMiB();
    std::printf("parse OLD:              %8.0f ms\n", parseOld);
    std::printf("compare:                %8.0f ms  (%zu changes, %zu bytes each)\n", compare,
                diffs.front().changes.size(), sizeof(Change));
    std::printf("changes CSV:            %8.0f ms\n", write);
    std::printf("peak memory, changes:   %8.0f MiB\n", diffPeak);
    std::printf("time, compare + changes CSV / coverage CSV:                  %.2f\n",
                (compare + write) / exportCsv);
    std::printf("time, parse both + compare + changes CSV / parse + coverage CSV: %.2f\n",
                (parseNew + parseOld + compare + write) / (parseNew + exportCsv));
    std::printf("peak memory, changes / export:                               %.2f\n",
                diffPeak / exportPeak);
    return 0;
}
