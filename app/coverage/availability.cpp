// SPDX-License-Identifier: MIT
#include "coverage/availability.h"

#include <array>
#include <string_view>

namespace kombo {

namespace {

// Indexed by Availability.
constexpr std::array<std::string_view, kAvailabilityCount> kWords{
    "available",
    "integration_invalid",
    "integration_inactive",
    "data_expired",
    "missing",
    "unsupported",
    "not_implemented",
    "unknown",
    "unrecognised",
    "scope_disabled",
    "opted_out",
    "model_unavailable",
    "unavailable",
};

} // namespace

QLatin1String availabilityWord(Availability availability)
{
    const std::string_view word = kWords[std::size_t(availability)];
    return QLatin1String(word.data(), qsizetype(word.size()));
}

Availability AvailabilityReasons::first() const
{
    for (int reason = 0; reason < kAvailabilityCount; ++reason) {
        if (contains(Availability(reason)))
            return Availability(reason);
    }
    return Availability::Available;
}

AvailabilityReasons availabilityReasons(const Integration &integration, ModelKind kind,
                                        const Model *model, const Field *field)
{
    AvailabilityReasons reasons;
    // An unusable integration makes every target unusable, present or not.
    switch (integration.status.value) {
    case IntegrationStatus::Invalid:
        reasons.add(Availability::IntegrationInvalid);
        break;
    case IntegrationStatus::Inactive:
        reasons.add(Availability::IntegrationInactive);
        break;
    case IntegrationStatus::Active:
    case IntegrationStatus::Unrecognised: // not known to be unusable
        break;
    }
    if (integration.dataExpiredAt)
        reasons.add(Availability::DataExpired);
    if (!model) {
        reasons.add(Availability::Missing);
        return reasons;
    }
    if (field ? field->isAvailable && model->isAvailable : model->isAvailable)
        return reasons;

    bool ownReason = false;
    const auto because = [&reasons, &ownReason](Availability reason) {
        reasons.add(reason);
        ownReason = true;
    };
    switch ((field ? field->coverageStatus : model->coverageStatus).value) {
    case CoverageStatus::Supported:
        break;
    case CoverageStatus::Unsupported:
        because(Availability::Unsupported);
        break;
    case CoverageStatus::NotImplemented:
        because(Availability::NotImplemented);
        break;
    case CoverageStatus::Unknown:
        because(Availability::Unknown);
        break;
    case CoverageStatus::Unrecognised:
        because(Availability::Unrecognised);
        break;
    }
    // Write-action fields "can't be configured in the scope config or opted out" (the schema).
    const bool hasScope = !field || (kind == ModelKind::ReadModel && field->hasScope);
    if (hasScope) {
        const ScopeSetting scope = (field ? field->scopeSetting : model->scopeSetting).value;
        if (scope == ScopeSetting::Disabled)
            because(Availability::ScopeDisabled);
        if (field ? field->optedOutByCustomer : model->optedOutByCustomer)
            because(Availability::OptedOut);
    }
    if (field && !model->isAvailable)
        because(Availability::ModelUnavailable);
    if (!ownReason)
        reasons.add(Availability::Unavailable);
    return reasons;
}

Availability availabilityOf(const Integration &integration, ModelKind kind, const Model *model,
                            const Field *field)
{
    return availabilityReasons(integration, kind, model, field).first();
}

ModelLookup::ModelLookup(const Integration &integration) : m_integration(integration)
{
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const std::vector<Model> &models = integration.models(kind);
        QHash<QByteArrayView, const Model *> &byId = m_models[int(kind)];
        byId.reserve(qsizetype(models.size()));
        // Backwards, so that the first occurrence of an ID is the one left in the hash.
        for (auto model = models.rbegin(); model != models.rend(); ++model)
            byId.insert(integration.utf8(model->id), &*model);
    }
}

const Model *ModelLookup::findModel(ModelKind kind, QByteArrayView id) const
{
    return m_models[int(kind)].value(id, nullptr);
}

const Field *ModelLookup::findField(const Model &model, QByteArrayView id) const
{
    auto [fields, added] = m_fields.try_emplace(&model);
    if (added) {
        QHash<QByteArrayView, const Field *> &byId = fields->second;
        byId.reserve(qsizetype(model.fieldCount));
        // Backwards, as for models.
        for (const Field *field = m_integration.fieldsEnd(model);
             field != m_integration.fieldsBegin(model);) {
            --field;
            byId.insert(m_integration.utf8(field->id), field);
        }
    }
    return fields->second.value(id, nullptr);
}

Availability ModelLookup::availability(ModelKind kind, QByteArrayView modelId,
                                       QByteArrayView fieldId) const
{
    const Model *model = findModel(kind, modelId);
    const Field *field = model && !fieldId.isEmpty() ? findField(*model, fieldId) : nullptr;
    if (model && !fieldId.isEmpty() && !field)
        model = nullptr; // a missing field is missing, whatever its model
    return availabilityOf(m_integration, kind, model, field);
}

} // namespace kombo
