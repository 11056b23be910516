// SPDX-License-Identifier: MIT
#include "export/csvwriter.h"

#include "export/outputfile.h"

#include <QIODevice>

namespace kombo {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;
constexpr QByteArrayView kLineEnd = "\r\n";
constexpr QByteArrayView kReplacementCharacter = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

// A spreadsheet would run a cell starting with one of these as a formula (CSV injection).
bool startsLikeFormula(QByteArrayView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QByteArrayView cell, char separator)
{
    for (const char c : cell) {
        if (c == separator || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options) : m_device(device), m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    for (const ColumnSpec &column : kColumns) {
        if (column.scope == CellScope::Row && !column.csvName.empty())
            m_rowColumns.push_back(&column);
    }
}

void CsvWriter::appendCell(QByteArray &row, QByteArrayView cell, char separator)
{
    const bool guard = startsLikeFormula(cell);
    const bool quoted = needsQuotes(cell, separator);
    if (quoted)
        row.append('"');
    if (guard)
        row.append('\'');
    if (!quoted && !cell.contains('\0')) {
        row.append(cell);
        return;
    }
    for (const char c : cell) {
        if (c == '"')
            row.append('"');
        if (c == '\0')
            row.append(kReplacementCharacter); // a NUL would end the cell for many readers
        else
            row.append(c);
    }
    if (quoted)
        row.append('"');
}

bool CsvWriter::writeHeader()
{
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    bool first = true;
    for (const ColumnSpec &column : kColumns) {
        if (column.csvName.empty())
            continue;
        if (!first)
            m_buffer.append(m_options.separator);
        first = false;
        appendCell(m_buffer,
                   QByteArrayView(column.csvName.data(), qsizetype(column.csvName.size())),
                   m_options.separator);
    }
    m_buffer.append(kLineEnd);
    return flushIfFull();
}

QByteArray CsvWriter::cellsOf(CellScope scope, const CoverageRow &row) const
{
    QByteArray cells;
    QByteArray scratch;
    for (const ColumnSpec &column : kColumns) {
        if (column.scope != scope || column.csvName.empty())
            continue;
        appendCell(cells, column.csvValue(row, scratch), m_options.separator);
        cells.append(m_options.separator);
    }
    return cells;
}

QByteArray CsvWriter::integrationCells(const Integration &integration) const
{
    // They read no model.
    static const Model noModel;
    return cellsOf(CellScope::Integration, CoverageRow{integration, ModelKind::ReadModel, noModel});
}

bool CsvWriter::writeRows(const std::vector<CoverageRow> &rows)
{
    for (const CoverageRow &row : rows) {
        if (!writeRow(integrationCells(row.integration) + cellsOf(CellScope::Model, row), row))
            return false;
    }
    return true;
}

bool CsvWriter::writeIntegration(const Integration &integration)
{
    // Where an ID repeats (a model within its kind, a field within its model), the first
    // occurrence counts and later ones are left out, as in every report (SPEC §8).
    const QByteArray cells = integrationCells(integration);
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const std::vector<Model> &models = integration.models(kind);
        m_modelIds.reset(std::uint32_t(models.size()));
        for (std::uint32_t number = 0; number < models.size(); ++number) {
            const Model &model = models[number];
            if (!m_modelIds.insert(number, [&](std::uint32_t item) {
                    return integration.utf8(models[item].id);
                }))
                continue;
            const Field *fields = integration.fieldsBegin(model);
            const auto fieldId = [&](std::uint32_t item) { return integration.utf8(fields[item].id); };
            m_firstFields.clear();
            m_fieldIds.reset(model.fieldCount);
            for (std::uint32_t i = 0; i < model.fieldCount; ++i) {
                if (m_fieldIds.insert(i, fieldId))
                    m_firstFields.push_back(i);
            }
            if (!writeModel(integration, kind, model, cells, std::uint32_t(m_firstFields.size()),
                            [&](std::uint32_t i) -> const Field & {
                                return fields[m_firstFields[i]];
                            }))
                return false;
        }
    }
    return true;
}

bool CsvWriter::writeIntegration(const Integration &integration, const VisibleRows &rows)
{
    const QByteArray cells = integrationCells(integration);
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        for (const std::uint32_t row : rows.models(kind)) {
            const std::size_t number = modelNumber(integration, kind, row);
            const std::uint32_t *fields = rows.fieldsBegin(number);
            if (!writeModel(integration, kind, integration.models(kind)[row], cells,
                            rows.fieldCount(number), [&](std::uint32_t i) -> const Field & {
                                return integration.fields[fields[i]];
                            }))
                return false;
        }
    }
    return true;
}

template<typename FieldAt>
bool CsvWriter::writeModel(const Integration &integration, ModelKind kind, const Model &model,
                           const QByteArray &integrationCells, std::uint32_t fieldCount,
                           FieldAt fieldAt)
{
    const CoverageRow modelRow{integration, kind, model};
    // Field rows repeat their model's cells.
    const QByteArray prefix = integrationCells + cellsOf(CellScope::Model, modelRow);
    if (!writeRow(prefix, modelRow))
        return false;
    for (std::uint32_t i = 0; i < fieldCount; ++i) {
        if (!writeRow(prefix, CoverageRow{integration, kind, model, &fieldAt(i)}))
            return false;
    }
    return true;
}

bool CsvWriter::writeRow(const QByteArray &prefix, const CoverageRow &row)
{
    m_buffer.append(prefix);
    for (std::size_t i = 0; i < m_rowColumns.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.separator);
        appendCell(m_buffer, m_rowColumns[i]->csvValue(row, m_scratch), m_options.separator);
    }
    m_buffer.append(kLineEnd);
    return flushIfFull();
}

bool CsvWriter::finish()
{
    return flush();
}

bool CsvWriter::flushIfFull()
{
    return m_buffer.size() < kFlushThreshold || flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (!writeAll(*m_device, m_buffer)) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.resize(0); // keeps the allocation for the next block
    return true;
}

} // namespace kombo
