// SPDX-License-Identifier: MIT
#include "export/reports.h"

#include "export/csvtable.h"
#include "export/outputfile.h"

#include <numeric>

namespace kombo {

namespace {

QByteArrayView utf8(QLatin1String word)
{
    return {word.data(), word.size()};
}

} // namespace

Result<void> writeRequirementsReport(QIODevice &device,
                                     const std::vector<const Integration *> &integrations,
                                     const std::vector<Requirement> &requirements,
                                     CsvOptions options)
{
    CsvTable table(device, options);
    for (const char *name : {"integration_id", "tool_label", "end_user", "kind", "model_id",
                             "field_id", "required", "met", "reason"})
        table.addCell(QByteArrayView(name));
    bool written = table.endRow();
    for (const Integration *integration : integrations) {
        const std::vector<Availability> words = checkRequirements(*integration, requirements);
        for (std::size_t i = 0; i < requirements.size() && written; ++i) {
            const RequirementTarget &target = requirements[i].target;
            table.addCell(integration->id);
            table.addCell(integration->tool.label);
            table.addCell(integration->endUser.organizationName);
            table.addCell(kindWord(target.kind));
            table.addCell(QByteArrayView(target.modelId));
            table.addCell(QByteArrayView(target.fieldId));
            table.addBoolean(requirements[i].required);
            table.addBoolean(words[i] == Availability::Available);
            table.addCell(utf8(availabilityWord(words[i])));
            written = table.endRow();
        }
    }
    if (written && table.finish())
        return {};
    return cannotWrite(table.errorString());
}

Result<void> writeMatrixReport(QIODevice &device, const CoverageMatrix &matrix, CsvOptions options)
{
    std::vector<int> rows(std::size_t(matrix.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    return writeMatrixReport(device, matrix, rows, options);
}

Result<void> writeMatrixReport(QIODevice &device, const CoverageMatrix &matrix,
                               const std::vector<int> &rows, CsvOptions options)
{
    CsvTable table(device, options);
    for (const char *name : {"kind", "model_id", "model_label", "field_id"})
        table.addCell(QByteArrayView(name));
    for (int column = 0; column < matrix.columnCount(); ++column)
        table.addCell(matrix.integration(column).id);
    bool written = table.endRow();
    for (std::size_t i = 0; i < rows.size() && written; ++i) {
        const int row = rows[i];
        table.addCell(kindWord(matrix.kind(row)));
        table.addCell(matrix.modelIdUtf8(row));
        table.addCell(matrix.modelLabelUtf8(row));
        table.addCell(matrix.fieldIdUtf8(row));
        for (int column = 0; column < matrix.columnCount(); ++column)
            table.addCell(utf8(availabilityWord(matrix.cell(row, column))));
        written = table.endRow();
    }
    if (written && table.finish())
        return {};
    return cannotWrite(table.errorString());
}

} // namespace kombo
