// SPDX-License-Identifier: MIT
#include "export/csvfile.h"

#include "export/outputfile.h"

#include <algorithm>

namespace kombo {

CsvRows allRowsOf(const std::vector<const Integration *> &integrations)
{
    return [integrations](CsvWriter &writer) {
        return std::all_of(integrations.begin(), integrations.end(),
                           [&writer](const Integration *integration) {
                               return writer.writeIntegration(*integration);
                           });
    };
}

Result<void> writeCsv(QIODevice &device, const CsvRows &rows, CsvOptions options)
{
    CsvWriter writer(&device, options);
    if (writer.writeHeader() && rows(writer) && writer.finish())
        return {};
    return cannotWrite(writer.errorString());
}

Result<void> saveCsv(const QString &path, const CsvRows &rows, CsvOptions options)
{
    return saveAtomically(path,
                          [&](QIODevice &device) { return writeCsv(device, rows, options); });
}

} // namespace kombo
