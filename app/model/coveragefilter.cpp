// SPDX-License-Identifier: MIT
#include "model/coveragefilter.h"

#include "history/treediff.h"
#include "requirements/readinesscheck.h"

#include <algorithm>
#include <string_view>

namespace kombo {

namespace {

bool passes(const FilterCriteria &criteria, OpenEnum<CoverageStatus> status, bool isAvailable,
            bool optedOut)
{
    if (!criteria.statuses[std::size_t(status.value)])
        return false;
    if (criteria.availability == AvailabilityFilter::Available && !isAvailable)
        return false;
    if (criteria.availability == AvailabilityFilter::Unavailable && isAvailable)
        return false;
    return !criteria.optedOutOnly || optedOut;
}

bool passesRequirements(const FilterCriteria &criteria, const RequirementMarks *marks,
                        const CoverageRow &row)
{
    if (!criteria.requiredOnly && !criteria.unmetOnly)
        return true;
    const Need need = marks ? marks->need(row) : Need::NotNeeded;
    if (criteria.requiredOnly && need != Need::Required)
        return false;
    return !criteria.unmetOnly || (need != Need::NotNeeded && !marks->isMet(row));
}

std::string_view view(const Integration &integration, TextRef ref)
{
    return {integration.text.constData() + ref.offset, ref.size};
}

} // namespace

TextSearch::TextSearch(const Integration &integration)
    : m_integration(integration), m_lowerText(integration.text)
{
    // IDs are ASCII in practice; labels, which may not be, are also compared as QStrings.
    for (char &c : m_lowerText) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
}

bool TextSearch::matches(TextRef ref, const QByteArray &lowerNeedle) const
{
    const std::string_view haystack(m_lowerText.constData() + ref.offset, ref.size);
    return haystack.find(std::string_view(
               lowerNeedle.constData(), std::size_t(lowerNeedle.size()))) != std::string_view::npos;
}

std::vector<bool> TextSearch::matchingFields(const QByteArray &lowerNeedle) const
{
    const std::vector<Field> &fields = m_integration.fields;
    std::vector<bool> matches(fields.size(), false);
    const std::string_view text(m_lowerText.constData(), std::size_t(m_lowerText.size()));
    const std::string_view needle(lowerNeedle.constData(), std::size_t(lowerNeedle.size()));
    // The parser appends each field's ID to the text as it goes, so IDs lie in field order
    // (with models' texts between them): one walk pairs each hit with its field.
    std::size_t field = 0;
    for (std::size_t hit = text.find(needle);
         hit != std::string_view::npos && field < fields.size(); hit = text.find(needle, hit + 1)) {
        while (field < fields.size() &&
               fields[field].id.offset + fields[field].id.size < hit + needle.size())
            ++field;
        if (field < fields.size() && fields[field].id.offset <= hit)
            matches[field] = true;
    }
    return matches;
}

VisibleRows::VisibleRows(const Integration &integration, const TextSearch &search,
                         const FilterCriteria &criteria, const TreeDiff *changes,
                         const RequirementMarks *marks)
{
    const std::size_t modelTotal = integration.readModels.size() + integration.writeActions.size();
    m_fieldRanges.resize(modelTotal);
    m_modelMatches.assign(modelTotal, false);
    m_fields.reserve(integration.fields.size());

    const QByteArray needle = TextSearch::needle(criteria.text);
    const bool searching = !needle.isEmpty();
    m_fieldMatches = searching ? search.matchingFields(needle)
                               : std::vector<bool>(integration.fields.size(), false);
    const bool changesOnly = changes && criteria.changesOnly;
    if (changes)
        m_ghostFields.resize(modelTotal + changes->ghostModels().size());
    // Removed fields pass the same filters on their old values; they are few, so their IDs
    // are searched one by one.
    const auto addGhostFields = [&](std::size_t parent, const std::vector<std::uint32_t> &fields,
                                    bool modelMatches) {
        const Integration &older = changes->older();
        for (const std::uint32_t index : fields) {
            const Field &field = older.fields[index];
            if (passes(criteria, field.coverageStatus, field.isAvailable,
                       field.optedOutByCustomer) &&
                (!searching || modelMatches ||
                 older.string(field.id).contains(criteria.text, Qt::CaseInsensitive)))
                m_ghostFields[parent].push_back(index);
        }
        return !m_ghostFields[parent].empty();
    };
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const std::vector<Model> &models = integration.models(kind);
        for (std::uint32_t row = 0; row < models.size(); ++row) {
            const Model &model = models[row];
            const std::size_t number = modelNumber(integration, kind, row);
            const bool modelMatches =
                searching &&
                (search.matches(model.id, needle) ||
                 integration.string(model.label).contains(criteria.text, Qt::CaseInsensitive));
            m_modelMatches[number] = modelMatches;

            const auto first = std::uint32_t(m_fields.size());
            for (std::uint32_t index = model.firstField;
                 index < model.firstField + model.fieldCount; ++index) {
                const Field &field = integration.fields[index];
                if (!passes(criteria, field.coverageStatus, field.isAvailable,
                            field.optedOutByCustomer) ||
                    (changesOnly && changes->fieldChange(index) == RowChange::None) ||
                    !passesRequirements(criteria, marks,
                                        CoverageRow{integration, kind, model, &field}))
                    continue;
                if (!searching || modelMatches || m_fieldMatches[index])
                    m_fields.push_back(index);
            }
            m_fieldRanges[number] = {first, std::uint32_t(m_fields.size()) - first};
            const bool modelPasses =
                passes(criteria, model.coverageStatus, model.isAvailable,
                       model.optedOutByCustomer) &&
                passesRequirements(criteria, marks, CoverageRow{integration, kind, model}) &&
                (!searching || modelMatches) &&
                (!changesOnly || changes->modelChange(number) != RowChange::None);
            const bool hasGhosts =
                changes && addGhostFields(number, changes->removedFields(number), modelMatches);
            if (m_fieldRanges[number].count > 0 || modelPasses || hasGhosts)
                m_models[std::size_t(kind)].push_back(row);
        }
    }
    if (!changes)
        return;
    const Integration &older = changes->older();
    for (std::uint32_t ghost = 0; ghost < changes->ghostModels().size(); ++ghost) {
        const TreeDiff::Ghost &removed = changes->ghostModels()[ghost];
        const Model &model = older.models(removed.kind)[removed.oldModel];
        const bool modelMatches =
            searching && (older.string(model.id).contains(criteria.text, Qt::CaseInsensitive) ||
                          older.string(model.label).contains(criteria.text, Qt::CaseInsensitive));
        const bool hasFields = addGhostFields(modelTotal + ghost, removed.fields, modelMatches);
        if (hasFields ||
            (passes(criteria, model.coverageStatus, model.isAvailable, model.optedOutByCustomer) &&
             (!searching || modelMatches)))
            m_ghostModels[std::size_t(removed.kind)].push_back(ghost);
    }
}

void VisibleRows::sort(const Integration &integration, int (*rank)(const CoverageRow &row),
                       bool descending, const RequirementMarks *marks)
{
    auto ordered = [descending](auto less) {
        return [less, descending](const auto &a, const auto &b) {
            return descending ? less(b, a) : less(a, b);
        };
    };
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const std::vector<Model> &models = integration.models(kind);
        std::vector<std::uint32_t> &rows = m_models[std::size_t(kind)];
        if (!rank) {
            std::stable_sort(
                rows.begin(), rows.end(), ordered([&](std::uint32_t a, std::uint32_t b) {
                    return integration.string(models[a].label)
                               .localeAwareCompare(integration.string(models[b].label)) < 0;
                }));
        } else {
            std::stable_sort(
                rows.begin(), rows.end(), ordered([&](std::uint32_t a, std::uint32_t b) {
                    return rank(CoverageRow{integration, kind, models[a], nullptr, marks}) <
                           rank(CoverageRow{integration, kind, models[b], nullptr, marks});
                }));
        }
    }
    const std::size_t readCount = integration.readModels.size();
    for (std::size_t number = 0; number < m_fieldRanges.size(); ++number) {
        const Range &range = m_fieldRanges[number];
        const auto begin = m_fields.begin() + range.first;
        const auto end = begin + range.count;
        if (!rank) {
            std::stable_sort(begin, end, ordered([&](std::uint32_t a, std::uint32_t b) {
                                 return view(integration, integration.fields[a].id) <
                                        view(integration, integration.fields[b].id);
                             }));
            continue;
        }
        const ModelKind kind = number < readCount ? ModelKind::ReadModel : ModelKind::WriteAction;
        const Model &model = number < readCount ? integration.readModels[number]
                                                : integration.writeActions[number - readCount];
        const auto fieldRank = [&](std::uint32_t field) {
            return rank(CoverageRow{integration, kind, model, &integration.fields[field], marks});
        };
        std::stable_sort(begin, end, ordered([&](std::uint32_t a, std::uint32_t b) {
                             return fieldRank(a) < fieldRank(b);
                         }));
    }
}

} // namespace kombo
