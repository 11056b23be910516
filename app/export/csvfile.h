// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "export/csvwriter.h"

#include <functional>
#include <optional>
#include <vector>

namespace kombo {

// Writes the rows of a CSV after its header, through the writer's writeIntegration().
using CsvRows = std::function<bool(CsvWriter &writer)>;

// Writes a CSV, header and `rows`, to `device`.
Result<void> writeCsv(QIODevice &device, const CsvRows &rows, CsvOptions options);
// Writes a CSV to `path` by the rules of saveAtomically().
Result<void> saveCsv(const QString &path, const CsvRows &rows, CsvOptions options);

// The rows of every model and field of these integrations, in order.
CsvRows allRowsOf(const std::vector<const Integration *> &integrations);

} // namespace kombo
