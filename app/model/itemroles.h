// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace kombo {

// Every custom role of CoverageTreeModel.
enum ItemRole
{
    CoverageStatusRole = Qt::UserRole + 1, // CoverageStatus as int; group rows have none
    IsAvailableRole,                       // bool; group rows have none
    RowKindRole,                           // CoverageTreeModel::RowKind as int
    FieldStatusCountsRole,                 // model rows: QList<int> of field counts by status
    FieldBreakdownRole,                    // model rows: the same in words
    SearchMatchRole,                       // bool: the row's own ID or label matches the search
    UnavailableReasonRole,                 // QString: why the row is not available, or empty
    IdRole,                                // QString: the model's or field's ID, whole
    LabelRole,                             // QString: the model's label, whole; fields have none
    ChangeRole,     // RowChange as int, while changes are shown (SPEC §9); group rows have none
    ChangeTextRole, // QString: the row's changes in words, one per line; empty when none
    NeedRole,                              // Need as int: the open requirements' mark
};

} // namespace kombo
