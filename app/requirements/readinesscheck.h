// SPDX-License-Identifier: MIT
#pragma once

#include "model/coveragerow.h"
#include "requirements/requirements.h"
#include "requirements/whocanact.h"

#include <cstdint>
#include <QHash>
#include <vector>

namespace kombo {

// One requirement checked against one integration, with what the window says about it.
struct RequirementCheck
{
    Requirement requirement;
    Availability word = Availability::Available; // SPEC §8
    // For a field whose word is model_unavailable, its model's own word; else `word`.
    Availability modelWord = Availability::Available;
    // Where the target is, the first occurrence of its IDs (SPEC §8); null when missing (a
    // missing field leaves both null, as availabilityReasons() wants them).
    const Model *model = nullptr;
    const Field *field = nullptr;

    bool met() const { return word == Availability::Available; }
    Actor actor() const { return whoCanAct(word, modelWord); }
};

// Requirements checked against one integration, in file order, and their counts.
struct ReadinessCheck
{
    Readiness readiness;
    std::vector<RequirementCheck> checks;
};

// The integration must outlive the result (it points at its models and fields).
ReadinessCheck checkReadiness(const Integration &integration,
                              const std::vector<Requirement> &requirements);

// "14 of 16 required met" for any integration: what a list or matrix of integrations shows.
Readiness readinessOf(const Integration &integration, const std::vector<Requirement> &requirements);

// Which rows of one integration are marked required or optional and whether each is met, for
// the tree's Required column and its filters: one lookup per row, none per requirement. Only the
// first occurrence of an ID is marked, as every report counts it (SPEC §8). The integration
// must outlive it.
class RequirementMarks
{
public:
    RequirementMarks(const Integration &integration, const std::vector<Requirement> &requirements);

    // `row`: one of this integration's.
    Need need(const CoverageRow &row) const { return mark(row).need; }
    // Marked and available.
    bool isMet(const CoverageRow &row) const { return mark(row).met; }
    bool isEmpty() const { return m_models.isEmpty() && m_fields.isEmpty(); }

private:
    struct Mark
    {
        Need need = Need::NotNeeded;
        bool met = false;
    };
    Mark mark(const CoverageRow &row) const;

    const Integration &m_integration;
    QHash<std::size_t, Mark> m_models;   // by model number (read models, then write actions)
    QHash<std::uint32_t, Mark> m_fields; // by index in Integration::fields
};

} // namespace kombo
