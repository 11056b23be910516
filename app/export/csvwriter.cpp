// SPDX-License-Identifier: MIT
#include "export/csvwriter.h"

#include <QIODevice>

namespace kombo {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;
constexpr QByteArrayView kLineEnd = "\r\n";
constexpr QByteArrayView kReplacementCharacter = "\xEF\xBF\xBD"; // U+FFFD in UTF-8
constexpr QByteArrayView kHeader =
    "integration_id,tool_id,tool_label,category,kind,model_id,model_label,field_id,is_available,"
    "coverage_status,scope_config_setting,opted_out_by_customer";

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

bool needsQuotes(QByteArrayView cell)
{
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

QByteArrayView boolCell(bool value)
{
    return value ? QByteArrayView("true") : QByteArrayView("false");
}

template<typename Enum>
void appendEnumCell(QByteArray &row, const Integration &integration, OpenEnum<Enum> value)
{
    if (const auto name = knownWireName(value.value))
        row.append(name->data(), qsizetype(name->size())); // never needs quotes or a guard
    else
        CsvWriter::appendCell(
            row, integration.unrecognisedValues.at(value.unrecognisedIndex()).toUtf8());
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options) : m_device(device), m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
}

void CsvWriter::appendCell(QByteArray &row, QByteArrayView cell)
{
    const bool guard = startsLikeFormula(cell);
    const bool quoted = needsQuotes(cell);
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
    m_buffer.append(kHeader);
    m_buffer.append(kLineEnd);
    return flushIfFull();
}

namespace {

// The first four cells are the same on every row of an integration: escape them once.
QByteArray integrationCells(const Integration &integration)
{
    QByteArray cells;
    for (const QString &cell : {integration.id, integration.tool.id, integration.tool.label,
                                integration.wireName(integration.category)}) {
        CsvWriter::appendCell(cells, cell.toUtf8());
        cells.append(',');
    }
    return cells;
}

} // namespace

bool CsvWriter::writeIntegration(const Integration &integration)
{
    const QByteArray cells = integrationCells(integration);
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        for (const Model &model : integration.models(kind)) {
            const Field *fields = integration.fieldsBegin(model);
            if (!writeModel(integration, kind, model, cells, model.fieldCount,
                            [fields](std::uint32_t i) -> const Field & { return fields[i]; }))
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
    // Field rows repeat their model's kind, ID and label.
    QByteArray modelCells = integrationCells;
    modelCells.append(kind == ModelKind::ReadModel ? "read_model," : "write_action,");
    appendCell(modelCells, integration.utf8(model.id));
    modelCells.append(',');
    appendCell(modelCells, integration.utf8(model.label));
    modelCells.append(',');

    m_buffer.append(modelCells);
    m_buffer.append(',');
    m_buffer.append(boolCell(model.isAvailable));
    m_buffer.append(',');
    appendEnumCell(m_buffer, integration, model.coverageStatus);
    m_buffer.append(',');
    appendEnumCell(m_buffer, integration, model.scopeSetting);
    m_buffer.append(',');
    m_buffer.append(boolCell(model.optedOutByCustomer));
    m_buffer.append(kLineEnd);
    if (!flushIfFull())
        return false;

    for (std::uint32_t i = 0; i < fieldCount; ++i) {
        const Field &field = fieldAt(i);
        m_buffer.append(modelCells);
        appendCell(m_buffer, integration.utf8(field.id));
        m_buffer.append(',');
        m_buffer.append(boolCell(field.isAvailable));
        m_buffer.append(',');
        appendEnumCell(m_buffer, integration, field.coverageStatus);
        m_buffer.append(',');
        if (field.hasScope) {
            appendEnumCell(m_buffer, integration, field.scopeSetting);
            m_buffer.append(',');
            m_buffer.append(boolCell(field.optedOutByCustomer));
        } else {
            m_buffer.append(',');
        }
        m_buffer.append(kLineEnd);
        if (!flushIfFull())
            return false;
    }
    return true;
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
    // A short write is not an error yet; writing the rest then fails with the reason
    // (a full disk, a file size limit).
    for (qsizetype done = 0; done < m_buffer.size();) {
        const qint64 written = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (written <= 0) {
            m_error = m_device->errorString();
            return false;
        }
        done += qsizetype(written);
    }
    m_buffer.resize(0); // keeps the allocation for the next block
    return true;
}

} // namespace kombo
