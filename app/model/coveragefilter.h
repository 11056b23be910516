// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "model/columns.h"
#include "model/coveragestyle.h"

#include <array>
#include <cstdint>
#include <QByteArray>
#include <QString>
#include <vector>

namespace kombo {

class TreeDiff;
class RequirementMarks;

// Which rows the availability filter lets through (the tree's is_available, not SPEC §8's words).
enum class AvailabilityFilter
{
    Any,
    Available,
    Unavailable
};

// What the person wants to see (SPEC §4 "Filters").
struct FilterCriteria
{
    QString text; // matched case-insensitively against IDs and labels
    std::array<bool, kCoverageStatusCount> statuses{true, true, true, true, true};
    AvailabilityFilter availability = AvailabilityFilter::Any;
    bool optedOutOnly = false;
    bool changesOnly = false; // while changes are shown: only the rows that changed (SPEC §9)
    // SPEC §8, by the open requirements' marks: rows marked required; rows marked required or
    // optional that are not available. Together: the required ones not met.
    bool requiredOnly = false;
    bool unmetOnly = false;

    bool operator==(const FilterCriteria &other) const
    {
        return text == other.text && statuses == other.statuses &&
               availability == other.availability && optedOutOnly == other.optedOutOnly &&
               changesOnly == other.changesOnly && requiredOnly == other.requiredOnly &&
               unmetOnly == other.unmetOnly;
    }
    bool operator!=(const FilterCriteria &other) const { return !(*this == other); }
};

// Case-insensitive search over an integration's IDs and labels. Keeps a lower-cased copy of
// the text pool, made once, so a keystroke costs one pass of plain byte searches.
class TextSearch
{
public:
    explicit TextSearch(const Integration &integration);
    bool matches(TextRef ref, const QByteArray &lowerNeedle) const;
    // Which fields' IDs hold the needle, by field index: one scan of the whole text rather
    // than a search per field.
    std::vector<bool> matchingFields(const QByteArray &lowerNeedle) const;
    static QByteArray needle(const QString &text) { return text.toLower().toUtf8(); }

private:
    const Integration &m_integration;
    QByteArray m_lowerText;
};

// Which rows of an integration a filter lets through, in display order: the models of each
// kind, and the fields of each shown model. A field shows when it passes the status,
// availability, opt-out and requirement filters and it or its model matches the text; a model
// shows when any of its fields does, or when it passes those filters itself. `marks` (null:
// nothing is marked) must be of the same integration.
class VisibleRows
{
public:
    VisibleRows() = default;
    // With `changes` (whose newer integration is `integration`), removed rows that pass the
    // filter are listed too, as ghost rows, and changesOnly applies.
    VisibleRows(const Integration &integration, const TextSearch &search,
                const FilterCriteria &criteria, const TreeDiff *changes = nullptr,
                const RequirementMarks *marks = nullptr);

    // Indices into integration.models(kind), in display order.
    const std::vector<std::uint32_t> &models(ModelKind kind) const
    {
        return m_models[std::size_t(kind)];
    }
    // Indices into integration.fields of the shown fields of model `modelNumber` (its
    // position across read models then write actions).
    const std::uint32_t *fieldsBegin(std::size_t modelNumber) const
    {
        return m_fields.data() + m_fieldRanges[modelNumber].first;
    }
    std::uint32_t fieldCount(std::size_t modelNumber) const
    {
        return m_fieldRanges[modelNumber].count;
    }
    std::size_t shownFieldCount() const { return m_fields.size(); }

    // The removed models of a kind that show, after its models: numbers into
    // TreeDiff::ghostModels().
    const std::vector<std::uint32_t> &ghostModels(ModelKind kind) const
    {
        return m_ghostModels[std::size_t(kind)];
    }
    // The removed fields that show after the fields of `parent`: a model number, or the number
    // of models plus a ghost model's number. Indices into the older integration's fields.
    const std::vector<std::uint32_t> &ghostFields(std::size_t parent) const
    {
        static const std::vector<std::uint32_t> none;
        return parent < m_ghostFields.size() ? m_ghostFields[parent] : none;
    }

    // Whether a row's own ID or label matched the search text (for highlighting).
    bool modelMatchesText(std::size_t modelNumber) const { return m_modelMatches[modelNumber]; }
    bool fieldMatchesText(std::uint32_t field) const { return m_fieldMatches[field]; }

    // Sorts models and the fields within each by `rank` (a column's sortRank), or by name
    // (labels of models, IDs of fields) when it is null; stable, so equal rows keep the
    // response's order. `marks` reach the rows ranked, for the Required column.
    void sort(const Integration &integration, int (*rank)(const CoverageRow &row), bool descending,
              const RequirementMarks *marks = nullptr);

private:
    struct Range
    {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };

    std::array<std::vector<std::uint32_t>, 2> m_models;
    std::vector<std::uint32_t> m_fields;
    std::vector<Range> m_fieldRanges; // by model number
    std::vector<bool> m_modelMatches; // by model number
    std::vector<bool> m_fieldMatches; // by field index
    std::array<std::vector<std::uint32_t>, 2> m_ghostModels;
    std::vector<std::vector<std::uint32_t>> m_ghostFields; // empty without changes
};

// A model's number across both kinds: read models first.
inline std::size_t modelNumber(const Integration &integration, ModelKind kind, std::size_t row)
{
    return kind == ModelKind::ReadModel ? row : integration.readModels.size() + row;
}

} // namespace kombo
