// SPDX-License-Identifier: MIT
#include "history/coveragediff.h"

#include "domain/idtable.h"

namespace kombo {

namespace {

static_assert(IdTable::kNoItem == Change::kNone, "a lookup that finds nothing is no change side");

// Where an old item stands once the new items have been matched.
enum class OldItem : std::uint8_t
{
    Repeated,  // a later occurrence of its ID: ignored
    Unmatched, // removed
    Matched,
};

// Whether two values read from different responses are the same: unrecognised values are
// indexes into each integration's own list, so their texts are compared.
template<typename Enum>
bool sameValue(const Integration &oldIntegration, OpenEnum<Enum> oldValue,
               const Integration &newIntegration, OpenEnum<Enum> newValue)
{
    if (oldValue.value != newValue.value)
        return false;
    return oldValue.isRecognised() ||
           oldIntegration.unrecognisedValues[oldValue.unrecognisedIndex()] ==
               newIntegration.unrecognisedValues[newValue.unrecognisedIndex()];
}

class Differ
{
public:
    Differ(const Integration *oldIntegration, const Integration &newIntegration)
        : m_old(oldIntegration), m_new(newIntegration)
    {}

    std::vector<Change> run()
    {
        if (m_old)
            compareIntegration();
        compareKind(ChangeScope::ReadModel);
        compareKind(ChangeScope::WriteAction);
        return std::move(m_changes);
    }

private:
    void compareIntegration()
    {
        const Integration &before = *m_old;
        if (!sameValue(before, before.status, m_new, m_new.status))
            m_changes.push_back(integrationChange(ChangedProperty::Status));
        if (!sameValue(before, before.setupStatus, m_new, m_new.setupStatus))
            m_changes.push_back(integrationChange(ChangedProperty::SetupStatus));
        if (before.dataExpiredAt != m_new.dataExpiredAt)
            m_changes.push_back(integrationChange(ChangedProperty::DataExpiredAt));
        if (before.scopeConfig.id != m_new.scopeConfig.id)
            m_changes.push_back(integrationChange(ChangedProperty::ScopeConfigId));
    }

    static Change integrationChange(ChangedProperty property)
    {
        Change change;
        change.property = property;
        return change;
    }

    void compareKind(ChangeScope scope)
    {
        static const std::vector<Model> noModels;
        const ModelKind kind = modelKind(scope);
        const std::vector<Model> &oldModels = m_old ? m_old->models(kind) : noModels;
        const std::vector<Model> &newModels = m_new.models(kind);
        const auto oldId = [&](std::uint32_t i) {
            return m_old->utf8(oldModels[i].id);
        };
        const auto newId = [&](std::uint32_t i) {
            return m_new.utf8(newModels[i].id);
        };

        m_oldModels.reset(std::uint32_t(oldModels.size()));
        m_oldModelState.assign(oldModels.size(), OldItem::Repeated);
        for (std::uint32_t i = 0; i < oldModels.size(); ++i) {
            if (m_oldModels.insert(i, oldId))
                m_oldModelState[i] = OldItem::Unmatched;
        }
        m_newModels.reset(std::uint32_t(newModels.size()));
        for (std::uint32_t i = 0; i < newModels.size(); ++i) {
            if (!m_newModels.insert(i, newId))
                continue;
            const std::uint32_t old = m_oldModels.find(newId(i), oldId);
            if (old == Change::kNone) {
                modelOnOneSide(scope, ChangeType::Added, Change::kNone, i);
            } else {
                m_oldModelState[old] = OldItem::Matched;
                compareModel(scope, old, i);
            }
        }
        for (std::uint32_t i = 0; i < oldModels.size(); ++i) {
            if (m_oldModelState[i] == OldItem::Unmatched)
                modelOnOneSide(scope, ChangeType::Removed, i, Change::kNone);
        }
    }

    // An added or removed model, then its fields the same way, each ID once.
    void modelOnOneSide(ChangeScope scope, ChangeType type, std::uint32_t oldModel,
                        std::uint32_t newModel)
    {
        const bool added = type == ChangeType::Added;
        const Integration &integration = added ? m_new : *m_old;
        const Model &model = integration.models(modelKind(scope))[added ? newModel : oldModel];
        Change change;
        change.oldModel = oldModel;
        change.newModel = newModel;
        change.scope = scope;
        change.type = type;
        m_changes.push_back(change);
        const auto id = [&](std::uint32_t i) {
            return integration.utf8(integration.fields[i].id);
        };
        IdTable &fields = added ? m_newFields : m_oldFields;
        fields.reset(model.fieldCount);
        for (std::uint32_t i = model.firstField; i < model.firstField + model.fieldCount; ++i) {
            if (!fields.insert(i, id))
                continue;
            (added ? change.newField : change.oldField) = i;
            m_changes.push_back(change);
        }
    }

    void compareModel(ChangeScope scope, std::uint32_t oldIndex, std::uint32_t newIndex)
    {
        const ModelKind kind = modelKind(scope);
        const Model &before = m_old->models(kind)[oldIndex];
        const Model &after = m_new.models(kind)[newIndex];
        Change change;
        change.oldModel = oldIndex;
        change.newModel = newIndex;
        change.scope = scope;
        const auto changed = [&](ChangedProperty property) {
            change.property = property;
            m_changes.push_back(change);
        };
        if (m_old->utf8(before.label) != m_new.utf8(after.label))
            changed(ChangedProperty::Label);
        compareProperties(before, after, true, changed);

        const auto oldId = [&](std::uint32_t i) {
            return m_old->utf8(m_old->fields[i].id);
        };
        const auto newId = [&](std::uint32_t i) {
            return m_new.utf8(m_new.fields[i].id);
        };
        m_oldFields.reset(before.fieldCount);
        m_oldFieldState.assign(before.fieldCount, OldItem::Repeated);
        for (std::uint32_t i = 0; i < before.fieldCount; ++i) {
            if (m_oldFields.insert(before.firstField + i, oldId))
                m_oldFieldState[i] = OldItem::Unmatched;
        }
        m_newFields.reset(after.fieldCount);
        for (std::uint32_t i = after.firstField; i < after.firstField + after.fieldCount; ++i) {
            if (!m_newFields.insert(i, newId))
                continue;
            change.newField = i;
            change.oldField = m_oldFields.find(newId(i), oldId);
            if (change.oldField == Change::kNone) {
                change.type = ChangeType::Added;
                change.property = ChangedProperty::None;
                m_changes.push_back(change);
                continue;
            }
            m_oldFieldState[change.oldField - before.firstField] = OldItem::Matched;
            change.type = ChangeType::Changed;
            // Write-action fields have no scope setting or opt-out (SPEC §9).
            compareProperties(m_old->fields[change.oldField], m_new.fields[i],
                              kind == ModelKind::ReadModel, changed);
        }
        change.type = ChangeType::Removed;
        change.property = ChangedProperty::None;
        change.newField = Change::kNone;
        for (std::uint32_t i = 0; i < before.fieldCount; ++i) {
            if (m_oldFieldState[i] != OldItem::Unmatched)
                continue;
            change.oldField = before.firstField + i;
            m_changes.push_back(change);
        }
    }

    // The properties a model and a field share, in the report's order.
    template<typename Object, typename Changed>
    void compareProperties(const Object &before, const Object &after, bool hasScope,
                           Changed changed) const
    {
        if (before.isAvailable != after.isAvailable)
            changed(ChangedProperty::IsAvailable);
        if (!sameValue(*m_old, before.coverageStatus, m_new, after.coverageStatus))
            changed(ChangedProperty::CoverageStatus);
        if (!hasScope)
            return;
        if (!sameValue(*m_old, before.scopeSetting, m_new, after.scopeSetting))
            changed(ChangedProperty::ScopeConfigSetting);
        if (before.optedOutByCustomer != after.optedOutByCustomer)
            changed(ChangedProperty::OptedOutByCustomer);
    }

    const Integration *m_old;
    const Integration &m_new;
    std::vector<Change> m_changes;
    // Kept from model to model, so that their memory is allocated once.
    IdTable m_oldModels;
    IdTable m_newModels;
    IdTable m_oldFields;
    IdTable m_newFields;
    std::vector<OldItem> m_oldModelState;
    std::vector<OldItem> m_oldFieldState;
};

} // namespace

CoverageDiff compareCoverage(const Integration *oldIntegration, const Integration &newIntegration)
{
    return CoverageDiff{oldIntegration, &newIntegration,
                        Differ(oldIntegration, newIntegration).run()};
}

} // namespace kombo
