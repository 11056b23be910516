// SPDX-License-Identifier: MIT
#include "compare/coveragematrix.h"

#include <algorithm>
#include <QHash>

namespace kombo {

namespace {

constexpr std::uint32_t kModelItself = UINT32_MAX;

// A field of the union, by its model's place in the union and its ID.
struct FieldKey
{
    std::uint32_t model;
    QByteArrayView id;

    friend bool operator==(const FieldKey &a, const FieldKey &b)
    {
        return a.model == b.model && a.id == b.id;
    }
    friend size_t qHash(const FieldKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.model, key.id);
    }
};

struct UnionField
{
    std::uint32_t source;
    TextRef id;
    std::uint32_t lastColumn; // the last integration that had it, to skip repeats within one
};

struct UnionModel
{
    std::uint32_t source;
    TextRef id;
    TextRef label;
    std::uint32_t lastColumn;
    std::vector<UnionField> fields;
};

// The number `key` has in `numbers`, and whether it is new there, when it gets `next`: one
// hash lookup either way.
template<typename Key>
std::pair<std::uint32_t, bool> numberOf(QHash<Key, std::uint32_t> &numbers, const Key &key,
                                        std::size_t next)
{
    const qsizetype before = numbers.size();
    std::uint32_t &number = numbers[key];
    const bool added = numbers.size() != before;
    if (added)
        number = std::uint32_t(next);
    return {number, added};
}

// One cell to fill once the rows are laid out.
struct Placement
{
    std::uint32_t model;
    std::uint32_t field; // kModelItself for the model's own row
    std::uint32_t column;
    Availability word;
};

} // namespace

CoverageMatrix::CoverageMatrix(std::vector<const Integration *> integrations)
    : m_integrations(std::move(integrations))
{
    addKind(ModelKind::ReadModel);
    addKind(ModelKind::WriteAction);

    const std::size_t columns = m_integrations.size();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const auto first = m_cells.begin() + std::ptrdiff_t(row * columns);
        const auto last = first + std::ptrdiff_t(columns);
        m_rows[row].differs = std::adjacent_find(first, last, std::not_equal_to<>()) != last;
        m_rows[row].unavailableSomewhere = std::any_of(
            first, last, [](Availability word) { return word != Availability::Available; });
    }
}

void CoverageMatrix::addKind(ModelKind kind)
{
    std::vector<UnionModel> models;
    QHash<QByteArrayView, std::uint32_t> modelsById;
    QHash<FieldKey, std::uint32_t> fieldsById; // into their model's `fields`
    std::vector<Placement> placements;

    for (std::uint32_t column = 0; column < m_integrations.size(); ++column) {
        const Integration &integration = *m_integrations[column];
        for (const Model &model : integration.models(kind)) {
            const auto [number, added] =
                numberOf(modelsById, integration.utf8(model.id), models.size());
            if (added) {
                models.push_back({column, model.id, model.label, column, {}});
            } else if (models[number].lastColumn == column) {
                continue; // a repeat within this integration: the first counts
            }
            models[number].lastColumn = column;
            placements.push_back(
                {number, kModelItself, column, availabilityOf(integration, kind, &model, nullptr)});

            for (const Field *field = integration.fieldsBegin(model);
                 field != integration.fieldsEnd(model); ++field) {
                std::vector<UnionField> &fields = models[number].fields;
                const auto [fieldNumber, addedField] = numberOf(
                    fieldsById, FieldKey{number, integration.utf8(field->id)}, fields.size());
                if (addedField)
                    fields.push_back({column, field->id, column});
                else if (fields[fieldNumber].lastColumn == column)
                    continue;
                fields[fieldNumber].lastColumn = column;
                placements.push_back({number, fieldNumber, column,
                                      availabilityOf(integration, kind, &model, field)});
            }
        }
    }

    // Lay the rows out, then fill the cells: every target an integration lacks is `missing`,
    // or its integration-level word, which comes first.
    const std::size_t columns = m_integrations.size();
    std::vector<Availability> absent(columns);
    for (std::size_t column = 0; column < columns; ++column)
        absent[column] = availabilityOf(*m_integrations[column], kind, nullptr, nullptr);
    std::vector<std::uint32_t> firstRow(models.size());
    for (std::size_t number = 0; number < models.size(); ++number) {
        const UnionModel &model = models[number];
        const auto modelRow = std::uint32_t(m_rows.size());
        firstRow[number] = modelRow;
        m_rows.push_back(
            {model.id, model.label, model.source, modelRow, kind, false, false, false});
        for (const UnionField &field : model.fields)
            m_rows.push_back({field.id, {}, field.source, modelRow, kind, true, false, false});
    }
    m_cells.reserve(m_rows.size() * columns);
    while (m_cells.size() < m_rows.size() * columns)
        m_cells.insert(m_cells.end(), absent.begin(), absent.end());
    for (const Placement &placement : placements) {
        const std::size_t row =
            firstRow[placement.model] + (placement.field == kModelItself ? 0 : placement.field + 1);
        m_cells[row * columns + placement.column] = placement.word;
    }
}

QByteArrayView CoverageMatrix::modelIdUtf8(int row) const
{
    const Row &model = at(int(at(row).modelRow));
    return text(model.source, model.id);
}

QByteArrayView CoverageMatrix::modelLabelUtf8(int row) const
{
    const Row &model = at(int(at(row).modelRow));
    return text(model.source, model.label);
}

QByteArrayView CoverageMatrix::fieldIdUtf8(int row) const
{
    const Row &field = at(row);
    return field.isField ? text(field.source, field.id) : QByteArrayView();
}

} // namespace kombo
