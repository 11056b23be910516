#pragma once

#include "csvwriter.h"
#include "failure.h"

#include <optional>
#include <vector>

namespace kombo {

// Writes the CSV of `integrations` to `path`, or to standard output for "-". A file is replaced
// atomically (QSaveFile): when anything fails, an earlier file at `path` is left as it was.
// The failure is FailureKind::Output.
std::optional<Failure> saveCsv(const QString &path,
                               const std::vector<const Integration *> &integrations,
                               CsvOptions options);

} // namespace kombo
