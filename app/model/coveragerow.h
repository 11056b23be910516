// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"

namespace kombo {

class RequirementMarks;

// One row of an integration's coverage: a model or action, or one of its fields.
struct CoverageRow
{
    const Integration &integration;
    ModelKind kind;
    const Model &model;
    const Field *field = nullptr; // null on the model's own row
    // The requirements' marks on this integration, for the Required column; null: none.
    const RequirementMarks *marks = nullptr;

    bool isAvailable() const { return field ? field->isAvailable : model.isAvailable; }
    OpenEnum<CoverageStatus> coverageStatus() const
    {
        return field ? field->coverageStatus : model.coverageStatus;
    }
    // Null where the row has none: write-action fields.
    const OpenEnum<ScopeSetting> *scopeSetting() const
    {
        return !field ? &model.scopeSetting : field->hasScope ? &field->scopeSetting : nullptr;
    }
    bool optedOutByCustomer() const
    {
        return field ? field->optedOutByCustomer : model.optedOutByCustomer;
    }
};

} // namespace kombo
