// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"

#include <cstdint>
#include <vector>

namespace kombo {

// What a change is about: the `kind` column of the changes report (SPEC §9).
enum class ChangeScope : std::uint8_t
{
    Integration,
    ReadModel,
    WriteAction
};

enum class ChangeType : std::uint8_t
{
    Added,
    Removed,
    Changed
};

// The property a `Changed` change is about, in the report's order within an object (SPEC §9);
// None for added and removed models and fields.
enum class ChangedProperty : std::uint8_t
{
    None,
    Status,        // the integration's
    SetupStatus,   // the integration's
    DataExpiredAt, // the integration's
    ScopeConfigId, // the integration's
    Label,         // a model's or action's
    IsAvailable,
    CoverageStatus,
    ScopeConfigSetting, // not on write-action fields
    OptedOutByCustomer, // not on write-action fields
};

// One row of the changes report, as positions in the two integrations rather than text: a
// diff of two large responses has a million of them, and their text is only needed when
// written. Which positions are set says where the change is:
//   integration row              none
//   added model                  newModel
//   removed model                oldModel
//   changed model                oldModel and newModel
//   field of a matched model     oldModel, newModel, and oldField and/or newField
//   field of an added model      newModel, newField
//   field of a removed model     oldModel, oldField
struct Change
{
    static constexpr std::uint32_t kNone = UINT32_MAX;

    std::uint32_t oldModel = kNone; // in the old integration's models(kind)
    std::uint32_t newModel = kNone; // in the new integration's models(kind)
    std::uint32_t oldField = kNone; // in the old integration's fields
    std::uint32_t newField = kNone; // in the new integration's fields
    ChangeScope scope = ChangeScope::Integration;
    ChangeType type = ChangeType::Changed;
    ChangedProperty property = ChangedProperty::None;

    bool isField() const { return oldField != kNone || newField != kNone; }
};

// The changes from one response of an integration to a later one, in the report's order
// (SPEC §9). It points into both integrations, which must outlive it.
struct CoverageDiff
{
    const Integration *oldIntegration = nullptr; // null: there was no earlier response
    const Integration *newIntegration = nullptr;
    std::vector<Change> changes;
};

// Compares two responses of one integration, matching models and fields by ID within their
// kind and model; where an ID repeats, its first occurrence counts and the later ones are
// ignored. With no `oldIntegration` every model and field is added and the integration's own
// properties are not compared.
CoverageDiff compareCoverage(const Integration *oldIntegration, const Integration &newIntegration);
// The diff would point into a temporary.
CoverageDiff compareCoverage(const Integration *oldIntegration,
                             const Integration &&newIntegration) = delete;

inline ModelKind modelKind(ChangeScope scope)
{
    return scope == ChangeScope::WriteAction ? ModelKind::WriteAction : ModelKind::ReadModel;
}

} // namespace kombo
