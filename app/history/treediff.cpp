// SPDX-License-Identifier: MIT
#include "history/treediff.h"

#include "common/safetext.h"
#include "model/columns.h"
#include "model/coveragefilter.h"

#include <QStringList>

namespace kombo {

TreeDiff::TreeDiff(std::shared_ptr<const Integration> older,
                   std::shared_ptr<const Integration> newer, QString olderName)
    : m_older(std::move(older)), m_newer(std::move(newer)), m_olderName(std::move(olderName)),
      m_diff(compareCoverage(m_older.get(), *m_newer))
{
    // With nothing before, every row is added and nothing is read from the older side; an
    // empty one spares every reader a null check.
    if (!m_older)
        m_older = std::make_shared<const Integration>();
    const Integration &integration = *m_newer;
    m_models.resize(integration.readModels.size() + integration.writeActions.size());
    m_fields.resize(integration.fields.size());
    for (std::uint32_t i = 0; i < m_diff.changes.size(); ++i) {
        const Change &change = m_diff.changes[i];
        if (change.scope == ChangeScope::Integration) {
            m_integrationChanges.push_back(i);
            continue;
        }
        const ModelKind kind = modelKind(change.scope);
        if (change.newModel == Change::kNone) { // a removed model, then its fields
            if (!change.isField())
                m_ghosts.push_back(Ghost{kind, change.oldModel, {}});
            else
                m_ghosts.back().fields.push_back(change.oldField);
            continue;
        }
        RowState &model = m_models[modelNumber(integration, kind, change.newModel)];
        model.touched = true;
        if (!change.isField()) {
            if (change.type == ChangeType::Added)
                model.change = RowChange::Added;
            else
                noteChanged(model, i);
            continue;
        }
        switch (change.type) {
        case ChangeType::Added:
            m_fields[change.newField].change = RowChange::Added;
            break;
        case ChangeType::Removed:
            model.oldModel = change.oldModel;
            model.removedFields.push_back(change.oldField);
            break;
        case ChangeType::Changed:
            noteChanged(m_fields[change.newField], i);
            break;
        }
    }
}

template<typename State> void TreeDiff::noteChanged(State &state, std::uint32_t change)
{
    // The diff lists an object's changed properties one after the other.
    state.change = RowChange::Changed;
    if (state.firstChange == Change::kNone)
        state.firstChange = change;
    ++state.changeCount;
}

int TreeDiff::treeColumnOf(ChangedProperty property)
{
    switch (property) {
    case ChangedProperty::None:
    case ChangedProperty::Status:
    case ChangedProperty::SetupStatus:
    case ChangedProperty::DataExpiredAt:
    case ChangedProperty::ScopeConfigId:
        break;
    case ChangedProperty::Label:
        return kNameColumn;
    case ChangedProperty::IsAvailable:
        return treeColumnNumber(Column::IsAvailable);
    case ChangedProperty::CoverageStatus:
        return treeColumnNumber(Column::CoverageStatus);
    case ChangedProperty::ScopeConfigSetting:
        return treeColumnNumber(Column::ScopeConfigSetting);
    case ChangedProperty::OptedOutByCustomer:
        return treeColumnNumber(Column::OptedOutByCustomer);
    }
    return -1;
}

QString TreeDiff::propertyName(ChangedProperty property)
{
    switch (property) {
    case ChangedProperty::None:
        break;
    case ChangedProperty::Status:
        return tr("Status");
    case ChangedProperty::SetupStatus:
        return tr("Setup status");
    case ChangedProperty::DataExpiredAt:
        return tr("Data expired at");
    case ChangedProperty::ScopeConfigId:
        return tr("Scope config ID");
    case ChangedProperty::Label:
        return tr("Label");
    case ChangedProperty::IsAvailable:
    case ChangedProperty::CoverageStatus:
    case ChangedProperty::ScopeConfigSetting:
    case ChangedProperty::OptedOutByCustomer:
        return treeHeader(treeColumnOf(property));
    }
    return {};
}

QString TreeDiff::valueText(const Change &change, bool newSide) const
{
    const Integration &integration = newSide ? *m_newer : *m_older;
    switch (change.property) {
    case ChangedProperty::None:
        return {};
    case ChangedProperty::Status:
        return oneLine(integration.wireName(integration.status), kMaxLabelChars);
    case ChangedProperty::SetupStatus:
        return oneLine(integration.wireName(integration.setupStatus), kMaxLabelChars);
    case ChangedProperty::DataExpiredAt:
        return integration.dataExpiredAt ? oneLine(*integration.dataExpiredAt, kMaxLabelChars)
                                         : tr("none");
    case ChangedProperty::ScopeConfigId:
        return oneLine(integration.scopeConfig.id, kMaxLabelChars);
    case ChangedProperty::Label:
    case ChangedProperty::IsAvailable:
    case ChangedProperty::CoverageStatus:
    case ChangedProperty::ScopeConfigSetting:
    case ChangedProperty::OptedOutByCustomer:
        break;
    }
    const ModelKind kind = modelKind(change.scope);
    const Model &model = integration.models(kind)[newSide ? change.newModel : change.oldModel];
    if (change.property == ChangedProperty::Label)
        return oneLine(integration.string(model.label), kMaxLabelChars);
    const std::uint32_t field = newSide ? change.newField : change.oldField;
    const CoverageRow row{integration, kind, model,
                          field == Change::kNone ? nullptr : &integration.fields[field]};
    return treeColumn(treeColumnOf(change.property)).text(row);
}

const Change *TreeDiff::changeOf(std::uint32_t first, std::uint32_t count, int column) const
{
    for (std::uint32_t i = first; i < first + count && first != Change::kNone; ++i) {
        if (treeColumnOf(m_diff.changes[i].property) == column)
            return &m_diff.changes[i];
    }
    return nullptr;
}

bool TreeDiff::cellChanged(std::size_t modelNumber, const Field *field, int column) const
{
    if (field) {
        const FieldState &state = m_fields[std::size_t(field - m_newer->fields.data())];
        return changeOf(state.firstChange, state.changeCount, column) != nullptr;
    }
    const RowState &state = m_models[modelNumber];
    return changeOf(state.firstChange, state.changeCount, column) != nullptr;
}

QString TreeDiff::cellText(std::size_t modelNumber, const Field *field, int column) const
{
    const Change *change = nullptr;
    if (field) {
        const FieldState &state = m_fields[std::size_t(field - m_newer->fields.data())];
        change = changeOf(state.firstChange, state.changeCount, column);
    } else {
        const RowState &state = m_models[modelNumber];
        change = changeOf(state.firstChange, state.changeCount, column);
    }
    if (!change)
        return {};
    return tr("%1 → %2").arg(valueText(*change, false), valueText(*change, true));
}

QString TreeDiff::rowText(std::size_t modelNumber, const Field *field) const
{
    RowChange change = RowChange::None;
    std::uint32_t first = Change::kNone;
    std::uint32_t count = 0;
    if (field) {
        const FieldState &state = m_fields[std::size_t(field - m_newer->fields.data())];
        change = state.change;
        first = state.firstChange;
        count = state.changeCount;
    } else {
        const RowState &state = m_models[modelNumber];
        change = state.change;
        first = state.firstChange;
        count = state.changeCount;
    }
    switch (change) {
    case RowChange::None:
        return {};
    case RowChange::Added:
        return tr("Added since %1").arg(m_olderName);
    case RowChange::Removed:
        return removedText();
    case RowChange::Changed:
        break;
    }
    QStringList lines;
    for (std::uint32_t i = first; i < first + count; ++i) {
        const Change &one = m_diff.changes[i];
        lines.append(
            tr("%1: %2 → %3")
                .arg(propertyName(one.property), valueText(one, false), valueText(one, true)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TreeDiff::integrationText() const
{
    QStringList lines;
    for (const std::uint32_t i : m_integrationChanges) {
        const Change &one = m_diff.changes[i];
        lines.append(
            tr("%1: %2 → %3")
                .arg(propertyName(one.property), valueText(one, false), valueText(one, true)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kombo
