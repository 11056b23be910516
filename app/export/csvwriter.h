// SPDX-License-Identifier: MIT
#pragma once

#include "domain/idtable.h"
#include "domain/integration.h"
#include "model/columns.h"
#include "model/coveragefilter.h"

#include <QByteArray>
#include <QString>
#include <vector>

class QIODevice;

namespace kombo {

// Writes integrations as the CSV of SPEC §5: UTF-8, RFC 4180 (CRLF, quotes only where a cell
// needs them), spreadsheet formulas defused, one row per model or action followed by its fields.
// Rows are gathered in a buffer and written in large blocks; nothing is written before
// writeHeader().
struct CsvOptions
{
    bool byteOrderMark = false; // for Excel, which otherwise guesses the encoding
    char separator = ',';       // '\t' for tab-separated text (the clipboard)
};

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, CsvOptions options = {});

    bool writeHeader();
    bool writeIntegration(const Integration &integration);
    // Only the rows a filter shows, in their display order ("export what I see").
    bool writeIntegration(const Integration &integration, const VisibleRows &rows);
    // These rows, each on its own (a selection).
    bool writeRows(const std::vector<CoverageRow> &rows);
    // Writes what is still buffered; call once at the end.
    bool finish();

    // Why the last call returned false.
    QString errorString() const { return m_error; }

    // Appends `cell` to `row` as one CSV cell, guarded and quoted as needed (exposed for tests).
    static void appendCell(QByteArray &row, QByteArrayView cell, char separator = ',');

private:
    // Writes a model's row, then the rows of fieldAt(0) … fieldAt(fieldCount - 1).
    template<typename FieldAt>
    bool writeModel(const Integration &integration, ModelKind kind, const Model &model,
                    const QByteArray &integrationCells, std::uint32_t fieldCount, FieldAt fieldAt);
    QByteArray integrationCells(const Integration &integration) const;
    // The cells of `scope` for `row`, escaped, each followed by the separator.
    QByteArray cellsOf(CellScope scope, const CoverageRow &row) const;
    // Writes one row: `prefix` (its integration's and model's cells), then its own cells.
    bool writeRow(const QByteArray &prefix, const CoverageRow &row);
    bool flushIfFull();
    bool flush();

    QIODevice *m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    QByteArray m_scratch;                         // for cells that need converting
    std::vector<const ColumnSpec *> m_rowColumns; // the exported columns of CellScope::Row
    // For leaving out repeated IDs: the tables, and a model's fields whose ID comes first.
    IdTable m_modelIds;
    IdTable m_fieldIds;
    std::vector<std::uint32_t> m_firstFields;
    QString m_error;
};

} // namespace kombo
