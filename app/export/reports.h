// SPDX-License-Identifier: MIT
#pragma once

#include "compare/coveragematrix.h"
#include "domain/integration.h"
#include "domain/result.h"
#include "export/csvwriter.h"
#include "requirements/requirements.h"

#include <vector>

class QIODevice;

namespace kombo {

// The CSV reports of SPEC §8 beside the coverage CSV (§5), by the same rules. Each writes the
// whole report, header first, to `device`, and fails with cannotWrite(); to write a path, hand
// it to saveAtomically():
//     saveAtomically(path, [&](QIODevice &device) { return writeMatrixReport(device, matrix); });

// `requirements`: for each integration in order, one row per requirement in file order.
Result<void> writeRequirementsReport(QIODevice &device,
                                     const std::vector<const Integration *> &integrations,
                                     const std::vector<Requirement> &requirements,
                                     CsvOptions options = {});

// `matrix`: one row per row of the matrix, one column per integration.
Result<void> writeMatrixReport(QIODevice &device, const CoverageMatrix &matrix,
                               CsvOptions options = {});
// The same with only `rows` of the matrix, in that order: what the window's filters show.
Result<void> writeMatrixReport(QIODevice &device, const CoverageMatrix &matrix,
                               const std::vector<int> &rows, CsvOptions options = {});

} // namespace kombo
