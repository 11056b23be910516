#pragma once

#include <Qt>

namespace kombo {

// Every custom role of CoverageTreeModel.
enum ItemRole
{
    CoverageStatusRole = Qt::UserRole + 1, // CoverageStatus as int; group rows have none
    IsAvailableRole,                       // bool; group rows have none
};

} // namespace kombo
