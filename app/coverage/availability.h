// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"

#include <cstdint>
#include <QByteArrayView>
#include <QHash>
#include <QLatin1String>
#include <unordered_map>

namespace kombo {

// Whether a model, action or field can be used, and if not the first reason why: the words of
// SPEC §8. The enumerators are in the SPEC's order of precedence, so the first reason that
// applies is the smallest one; Available comes first, applying when no other does.
enum class Availability : std::uint8_t
{
    Available,
    IntegrationInvalid, // the integration's status is INVALID
    IntegrationInactive,
    DataExpired, // the integration's data_expired_at is set
    Missing,     // not in this integration
    Unsupported, // its own coverage status
    NotImplemented,
    Unknown,
    Unrecognised,
    ScopeDisabled, // its own scope_config_setting is DISABLED
    OptedOut,
    ModelUnavailable, // a field whose model or action is not available
    Unavailable,      // is_available is false and the response says no more
};
inline constexpr int kAvailabilityCount = int(Availability::Unavailable) + 1;

// The word of SPEC §8 (`integration_inactive`, `scope_disabled`, ...), for CSV and the command
// line.
QLatin1String availabilityWord(Availability availability);

// Every reason of SPEC §8 that applies to one target, not only the first: the window lists
// them all. Empty when the target is available.
class AvailabilityReasons
{
public:
    void add(Availability reason) { m_bits |= bit(reason); }
    bool contains(Availability reason) const { return m_bits & bit(reason); }
    bool isEmpty() const { return m_bits == 0; }
    // The word: the first reason in the SPEC's order, or Available.
    Availability first() const;

private:
    static std::uint16_t bit(Availability reason) { return std::uint16_t(1u << int(reason)); }
    std::uint16_t m_bits = 0;
};
static_assert(kAvailabilityCount <= 16);

// The reasons a target is not available. `model` null: the target is missing from the
// integration; `field` null: the model's (or action's) own row. A field whose lookup failed is
// missing too: pass a null model.
AvailabilityReasons availabilityReasons(const Integration &integration, ModelKind kind,
                                        const Model *model, const Field *field);

// The word for a target: availabilityReasons(...).first().
Availability availabilityOf(const Integration &integration, ModelKind kind, const Model *model,
                            const Field *field);

// Finds models and fields of one integration by ID. Where an ID repeats (a model ID within its
// kind, a field ID within its model) the first occurrence counts (SPEC §8). Models are hashed
// per kind when constructed; a model's fields on the first search among them, so a check of a
// few requirements never hashes the million fields of a large integration. Not thread-safe.
// The integration must outlive it.
class ModelLookup
{
public:
    explicit ModelLookup(const Integration &integration);

    const Model *findModel(ModelKind kind, QByteArrayView id) const;
    // `model`: one of this integration's.
    const Field *findField(const Model &model, QByteArrayView id) const;
    // The word for `modelId`, or for its field `fieldId` unless that is empty.
    Availability availability(ModelKind kind, QByteArrayView modelId, QByteArrayView fieldId) const;

private:
    const Integration &m_integration;
    QHash<QByteArrayView, const Model *> m_models[2]; // by ModelKind
    mutable std::unordered_map<const Model *, QHash<QByteArrayView, const Field *>> m_fields;
};

} // namespace kombo
