// SPDX-License-Identifier: MIT
#pragma once

#include "model/coveragerow.h"

#include <array>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <string_view>

namespace kombo {

// Every column of the coverage table, each declared once in kColumns: its CSV name and cell,
// and, for those the tree shows, its header, its text and how it sorts. Adding a column is one
// entry there (and one here); the CSV header and rows, the tree, its sorting and the details
// pane all read the table.
enum class Column
{
    IntegrationId,
    ToolId,
    ToolLabel,
    Category,
    Kind,
    ModelId,
    ModelLabel,
    FieldId,
    Name,
    IsAvailable,
    CoverageStatus,
    ScopeConfigSetting,
    OptedOutByCustomer,
    Required, // the open requirements' mark (SPEC §8): the tree's, never the CSV's
    Count
};

// How often a CSV cell changes: once per integration, per model, or per row. Columns are listed
// in this order, so a writer can reuse the cells of the first two.
enum class CellScope
{
    Integration,
    Model,
    Row
};

struct ColumnSpec
{
    Column id;
    std::string_view csvName; // its header in the CSV (SPEC §5); empty: not exported
    CellScope scope;
    // The cell as the CSV spells it, before escaping: a view of the integration's text where it
    // can, else of `scratch`; null when not exported.
    QByteArrayView (*csvValue)(const CoverageRow &row, QByteArray &scratch);
    // Its header in the tree (translated in context "Column"); null when the tree does not show it.
    const char *treeHeader;
    // What its tree cell says.
    QString (*text)(const CoverageRow &row);
    // Its order when the tree sorts by it; null: by the row's text.
    int (*sortRank)(const CoverageRow &row);
    // What its tree cell's tooltip says.
    QString (*toolTip)(const CoverageRow &row);
};

extern const std::array<ColumnSpec, std::size_t(Column::Count)> kColumns;

inline const ColumnSpec &columnSpec(Column column)
{
    return kColumns[std::size_t(column)];
}

// The tree's columns, in the order it shows them; a column number is an index in it.
inline constexpr std::array kTreeColumns{Column::Name,
                                         Column::CoverageStatus,
                                         Column::IsAvailable,
                                         Column::ScopeConfigSetting,
                                         Column::OptedOutByCustomer,
                                         Column::Required};
inline constexpr int kTreeColumnCount = int(kTreeColumns.size());

// Where the tree shows `column`, or -1.
constexpr int treeColumnNumber(Column column)
{
    for (std::size_t i = 0; i < kTreeColumns.size(); ++i) {
        if (kTreeColumns[i] == column)
            return int(i);
    }
    return -1;
}
inline constexpr int kNameColumn = treeColumnNumber(Column::Name);
inline constexpr int kCoverageColumn = treeColumnNumber(Column::CoverageStatus);
inline constexpr int kRequiredColumn = treeColumnNumber(Column::Required);

// The tree column's spec.
inline const ColumnSpec &treeColumn(int number)
{
    return columnSpec(kTreeColumns[std::size_t(number)]);
}
// A row's name as the tree shows it: a model's label and ID, "Employees  (hris_employees)", or a
// field's ID (`label` null). Each part one line and capped; with `isolate`, each in a bidi
// isolate, as painted, so that a right-to-left label stays left of its ID.
QString displayName(const QString &label, const QString &id, bool isolate);

// The tree column's header, translated.
QString treeHeader(int number);

} // namespace kombo
