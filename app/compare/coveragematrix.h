// SPDX-License-Identifier: MIT
#pragma once

#include "coverage/availability.h"
#include "domain/integration.h"

#include <cstdint>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace kombo {

// Several integrations side by side (SPEC §8 "matrix"): one row per model, action or field
// that any of them has, one column per integration, each cell the availability word of that
// target in that integration.
//
// Rows are the union in first-seen order across the integrations: read models first, then
// write actions, each model followed by the union of its fields. Where an ID repeats within
// one response, its first occurrence counts. A row's IDs and label stay in the text of the
// integration that had them first: the matrix copies no string, and the integrations must
// outlive it.
class CoverageMatrix
{
public:
    explicit CoverageMatrix(std::vector<const Integration *> integrations);

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_integrations.size()); }
    const Integration &integration(int column) const
    {
        return *m_integrations[std::size_t(column)];
    }

    ModelKind kind(int row) const { return at(row).kind; }
    bool isField(int row) const { return at(row).isField; }
    // The row of a field's model or action; a model's own row number for a model row.
    int modelRow(int row) const { return int(at(row).modelRow); }

    // As UTF-8, for writers; the views stay valid as long as the integrations.
    QByteArrayView modelIdUtf8(int row) const;
    QByteArrayView modelLabelUtf8(int row) const; // the label first seen
    QByteArrayView fieldIdUtf8(int row) const;    // empty on a model's row
    // The same as QStrings, made on each call: for display.
    QString modelId(int row) const { return QString::fromUtf8(modelIdUtf8(row)); }
    QString modelLabel(int row) const { return QString::fromUtf8(modelLabelUtf8(row)); }
    QString fieldId(int row) const { return QString::fromUtf8(fieldIdUtf8(row)); }

    Availability cell(int row, int column) const
    {
        return m_cells[std::size_t(row) * m_integrations.size() + std::size_t(column)];
    }
    // Not the same word in every integration ("differs between integrations").
    bool differs(int row) const { return at(row).differs; }
    // Some integration's word is not `available` ("unavailable somewhere").
    bool unavailableSomewhere(int row) const { return at(row).unavailableSomewhere; }

private:
    struct Row
    {
        TextRef id;             // the model's or the field's
        TextRef label;          // a model's row: its label
        std::uint32_t source;   // the integration whose text holds id and label
        std::uint32_t modelRow; // see modelRow()
        ModelKind kind;
        bool isField;
        bool differs;
        bool unavailableSomewhere;
    };

    const Row &at(int row) const { return m_rows[std::size_t(row)]; }
    void addKind(ModelKind kind);
    QByteArrayView text(std::uint32_t source, TextRef ref) const
    {
        return m_integrations[source]->utf8(ref);
    }

    std::vector<const Integration *> m_integrations;
    std::vector<Row> m_rows;
    std::vector<Availability> m_cells; // by row, then column
};

} // namespace kombo
