// SPDX-License-Identifier: MIT
#include "requirements/readinesscheck.h"

namespace kombo {

namespace {

std::size_t numberOf(const Integration &integration, ModelKind kind, const Model &model)
{
    const std::size_t row = std::size_t(&model - integration.models(kind).data());
    return kind == ModelKind::ReadModel ? row : integration.readModels.size() + row;
}

} // namespace

ReadinessCheck checkReadiness(const Integration &integration,
                              const std::vector<Requirement> &requirements)
{
    const ModelLookup lookup(integration);
    ReadinessCheck result;
    result.checks.reserve(requirements.size());
    std::vector<Availability> words;
    words.reserve(requirements.size());
    for (const Requirement &requirement : requirements) {
        const RequirementTarget &target = requirement.target;
        RequirementCheck check{requirement};
        check.model = lookup.findModel(target.kind, target.modelId);
        if (check.model && !target.fieldId.isEmpty()) {
            check.field = lookup.findField(*check.model, target.fieldId);
            if (!check.field)
                check.model = nullptr; // a missing field is missing, whatever its model
        }
        check.word = availabilityOf(integration, target.kind, check.model, check.field);
        check.modelWord = check.word == Availability::ModelUnavailable
                              ? availabilityOf(integration, target.kind, check.model, nullptr)
                              : check.word;
        words.push_back(check.word);
        result.checks.push_back(check);
    }
    result.readiness = readiness(requirements, words);
    return result;
}

Readiness readinessOf(const Integration &integration, const std::vector<Requirement> &requirements)
{
    return readiness(requirements, checkRequirements(integration, requirements));
}

RequirementMarks::RequirementMarks(const Integration &integration,
                                   const std::vector<Requirement> &requirements)
    : m_integration(integration)
{
    for (const RequirementCheck &check : checkReadiness(integration, requirements).checks) {
        if (!check.model)
            continue; // not in the tree: the readiness list tells of it
        const Mark mark{check.requirement.required ? Need::Required : Need::Optional, check.met()};
        if (check.field)
            m_fields.insert(std::uint32_t(check.field - integration.fields.data()), mark);
        else
            m_models.insert(numberOf(integration, check.requirement.target.kind, *check.model),
                            mark);
    }
}

RequirementMarks::Mark RequirementMarks::mark(const CoverageRow &row) const
{
    Q_ASSERT(&row.integration == &m_integration);
    if (row.field)
        return m_fields.value(std::uint32_t(row.field - m_integration.fields.data()));
    return m_models.value(numberOf(m_integration, row.kind, row.model));
}

} // namespace kombo
