// SPDX-License-Identifier: MIT
#include "model/coveragetreemodel.h"

#include "common/safetext.h"
#include "coverage/availability.h"
#include "model/changestyle.h"
#include "model/columns.h"
#include "model/coveragestyle.h"
#include "model/coveragesummary.h"
#include "model/itemroles.h"

#include <algorithm>
#include <QFont>

namespace kombo {

namespace {

// Whether a row can be used through this integration (SPEC §8's `available`): a field under
// an unavailable model, or anything of an inactive integration, is dimmed although its own
// is_available says true.
bool isUsable(const CoverageRow &row)
{
    return availabilityOf(row.integration, row.kind, &row.model, row.field) ==
           Availability::Available;
}


// internalId() of an index names its parent, so that parent() needs no lookup table:
// 0 for group rows; 1 + group row for model rows; for field rows, the model's number (across
// read models, then write actions) plus one, scrambled. Qt hashes an index as
// (row << 4) + column + internalId(), and QHash picks a bucket by the low bits: unscrambled,
// the fields of every model would share buckets, and a view that makes a persistent index per
// row (Expand all) would take seconds to expand and minutes to collapse. The multiplier is
// odd, so the scramble is undone by multiplying with its inverse.
constexpr quintptr kGroupParent = 0;
constexpr quintptr kFirstModelParent = 1;
static_assert(sizeof(quintptr) == 8, "the scramble below is for 64-bit ids");
constexpr quintptr kScramble = 0x9E3779B97F4A7C15u;

constexpr quintptr inverseOf(quintptr odd)
{
    quintptr inverse = odd; // right in the lowest three bits; each step doubles that
    for (int step = 0; step < 5; ++step)
        inverse *= 2 - odd * inverse;
    return inverse;
}
constexpr quintptr kUnscramble = inverseOf(kScramble);
static_assert(kScramble * kUnscramble == 1);
// No model number a response can hold scrambles to a group's or a model's id.
static_assert(kUnscramble > (quintptr(1) << 40) && 2 * kUnscramble > (quintptr(1) << 40));

constexpr quintptr fieldParentId(std::size_t modelNumber)
{
    return quintptr(modelNumber + 1) * kScramble;
}

constexpr std::size_t modelNumberOfField(const QModelIndex &field)
{
    return std::size_t(field.internalId() * kUnscramble) - 1;
}
constexpr int kGroupCount = 2;

} // namespace

// Until a view hands its palette over: a plain light one, which needs no QGuiApplication.
CoverageTreeModel::CoverageTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_colours(QPalette(Qt::black, Qt::white)),
      m_palette(Qt::black, Qt::white)
{}

CoverageTreeModel::~CoverageTreeModel() = default;

void CoverageTreeModel::setIntegration(std::shared_ptr<const Integration> integration)
{
    // A reload of the same integration keeps the person's place; another one starts afresh.
    if (m_integration && integration && integration->id == m_integration->id) {
        relayout([&] {
            m_integration = std::move(integration);
            m_search = std::make_unique<TextSearch>(*m_integration);
            m_changes.reset(); // they describe the integration shown before
            rebuildMarks();
        });
        return;
    }
    beginResetModel();
    m_changes.reset();
    m_integration = std::move(integration);
    m_search = m_integration ? std::make_unique<TextSearch>(*m_integration) : nullptr;
    rebuildMarks();
    rebuildRows();
    endResetModel();
    emit filterApplied();
}

void CoverageTreeModel::setChanges(std::shared_ptr<const TreeDiff> changes)
{
    if (!m_integration || (changes && &changes->newer() != m_integration.get()))
        changes.reset();
    if (changes == m_changes)
        return;
    relayout([&] { m_changes = std::move(changes); });
}

void CoverageTreeModel::setFilter(const FilterCriteria &criteria)
{
    if (criteria == m_criteria)
        return;
    relayout([&] { m_criteria = criteria; });
}

void CoverageTreeModel::setRequirements(std::vector<Requirement> requirements)
{
    const auto change = [&] {
        m_requirements = std::move(requirements);
        rebuildMarks();
    };
    // Rows come and go, or move, only where a filter or the sort reads the marks.
    if (m_integration && (m_criteria.requiredOnly || m_criteria.unmetOnly ||
                          (m_sortColumn >= 0 && m_sortColumn == kRequiredColumn))) {
        relayout(change);
        return;
    }
    change();
    if (rowCount() > 0) // views repaint all they show for a range of top-level rows
        emit dataChanged(index(0, 0), index(rowCount() - 1, kTreeColumnCount - 1));
}

void CoverageTreeModel::rebuildMarks()
{
    m_marks = m_integration && !m_requirements.empty()
                  ? std::make_unique<RequirementMarks>(*m_integration, m_requirements)
                  : nullptr;
}

void CoverageTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
    });
}

CoverageTreeModel::RowAddress CoverageTreeModel::addressOf(const QModelIndex &index) const
{
    if (isGhost(index)) // ghost rows come and go with the changes shown: not followed
        return {RowKind::Model, true, 0, 0, 0, index.column()};
    switch (rowKind(index)) {
    case RowKind::Group:
        return {RowKind::Group, false, index.row(), 0, 0, index.column()};
    case RowKind::Model:
        return {RowKind::Model, false, 0, modelNumberAt(index), 0, index.column()};
    case RowKind::Field:
        return {RowKind::Field,
                false,
                0,
                modelNumberOfField(index),
                std::uint32_t(&fieldAt(index) - m_integration->fields.data()),
                index.column()};
    }
    return {};
}

void CoverageTreeModel::readdress(std::vector<RowAddress> &addresses,
                                  const Integration &previous) const
{
    // The first model with each ID counts, as in every report (SPEC §8).
    QHash<QByteArray, std::size_t> numbers[2];
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const auto &models = m_integration->models(kind);
        for (std::size_t row = 0; row < models.size(); ++row) {
            const QByteArray id = m_integration->utf8(models[row].id).toByteArray();
            if (!numbers[int(kind)].contains(id))
                numbers[int(kind)].insert(id, modelNumber(*m_integration, kind, row));
        }
    }
    const std::size_t previousReadModels = previous.readModels.size();
    for (RowAddress &address : addresses) {
        if (address.kind == RowKind::Group)
            continue;
        const bool isRead = address.model < previousReadModels;
        const Model &model = isRead ? previous.readModels[address.model]
                                    : previous.writeActions[address.model - previousReadModels];
        const auto found = numbers[isRead ? 0 : 1].constFind(previous.utf8(model.id).toByteArray());
        if (found == numbers[isRead ? 0 : 1].cend()) {
            address.gone = true;
            continue;
        }
        if (address.kind == RowKind::Field) {
            const QByteArrayView id = previous.utf8(previous.fields[address.field].id);
            const Model &now = modelByNumber(*found);
            const Field *fields = m_integration->fieldsBegin(now);
            const Field *same =
                std::find_if(fields, fields + now.fieldCount, [&](const Field &field) {
                    return m_integration->utf8(field.id) == id;
                });
            if (same == fields + now.fieldCount) {
                address.gone = true;
                continue;
            }
            address.field = std::uint32_t(same - m_integration->fields.data());
        }
        address.model = *found;
    }
}

QModelIndex CoverageTreeModel::indexAt(const RowAddress &address,
                                       const std::vector<int> &rowOfField) const
{
    if (address.gone)
        return {};
    switch (address.kind) {
    case RowKind::Group:
        return createIndex(address.group, address.column, kGroupParent);
    case RowKind::Model:
        if (m_rowOfModel[address.model] < 0)
            return {}; // hidden by the filter
        return createIndex(m_rowOfModel[address.model], address.column,
                           kFirstModelParent + quintptr(kindOfModel(address.model)));
    case RowKind::Field:
        if (m_rowOfModel[address.model] < 0 || rowOfField[address.field] < 0)
            return {};
        return createIndex(rowOfField[address.field], address.column, fieldParentId(address.model));
    }
    return {};
}

void CoverageTreeModel::relayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged();
    // Persistent indexes (expanded rows, selection, current row) name rows by position:
    // remember which model or field each stood for, change, then point it at the same row in
    // its new place, or nowhere when the row is gone or filtered out. Numbers while the
    // integration stays (a keystroke after Expand all remaps every row: it must be cheap);
    // IDs only when a reload brings a new one.
    const QModelIndexList before = persistentIndexList();
    std::vector<RowAddress> addresses;
    addresses.reserve(std::size_t(before.size()));
    bool hasFields = false;
    for (const QModelIndex &index : before) {
        addresses.push_back(addressOf(index));
        hasFields = hasFields || addresses.back().kind == RowKind::Field;
    }

    const std::shared_ptr<const Integration> previous = m_integration;
    change();
    rebuildRows();
    if (m_integration != previous)
        readdress(addresses, *previous);

    // Each shown field's row under its model.
    std::vector<int> rowOfField;
    if (hasFields) {
        rowOfField.assign(m_integration->fields.size(), -1);
        for (std::size_t number = 0; number < m_rowOfModel.size(); ++number) {
            const std::uint32_t *fields = m_rows.fieldsBegin(number);
            for (std::uint32_t row = 0; row < m_rows.fieldCount(number); ++row)
                rowOfField[fields[row]] = int(row);
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const RowAddress &address : addresses)
        after.append(indexAt(address, rowOfField));
    changePersistentIndexList(before, after);
    emit layoutChanged();
    emit filterApplied();
}

void CoverageTreeModel::setPalette(const QPalette &palette)
{
    m_colours = RowColours(palette);
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, kTreeColumnCount - 1));
}

void CoverageTreeModel::rebuildRows()
{
    if (!m_integration) {
        m_rows = VisibleRows();
        m_rowOfModel.clear();
        return;
    }
    m_rows = VisibleRows(*m_integration, *m_search, m_criteria, m_changes.get(), m_marks.get());
    if (m_sortColumn >= 0)
        m_rows.sort(*m_integration, treeColumn(m_sortColumn).sortRank,
                    m_sortOrder == Qt::DescendingOrder, m_marks.get());
    m_rowOfModel.assign(m_integration->readModels.size() + m_integration->writeActions.size(), -1);
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const auto &rows = m_rows.models(kind);
        for (std::size_t row = 0; row < rows.size(); ++row)
            m_rowOfModel[modelNumber(*m_integration, kind, rows[row])] = int(row);
    }
    m_ghostModelRow.assign(m_changes ? m_changes->ghostModels().size() : 0, -1);
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        const auto &ghosts = m_rows.ghostModels(kind);
        for (std::size_t row = 0; row < ghosts.size(); ++row)
            m_ghostModelRow[ghosts[row]] = int(m_rows.models(kind).size() + row);
    }
}

std::size_t CoverageTreeModel::modelTotal() const
{
    return m_integration->readModels.size() + m_integration->writeActions.size();
}

bool CoverageTreeModel::isGhost(const QModelIndex &index) const
{
    if (!m_changes)
        return false;
    switch (rowKind(index)) {
    case RowKind::Group:
        return false;
    case RowKind::Model:
        return std::size_t(index.row()) >=
               m_rows.models(kindOfGroup(int(index.internalId() - kFirstModelParent))).size();
    case RowKind::Field: {
        const std::size_t number = modelNumberOfField(index);
        return number >= modelTotal() || std::uint32_t(index.row()) >= m_rows.fieldCount(number);
    }
    }
    return false;
}

std::size_t CoverageTreeModel::parentNumberAt(const QModelIndex &index) const
{
    if (!isGhost(index))
        return modelNumberAt(index);
    const ModelKind kind = kindOfGroup(int(index.internalId() - kFirstModelParent));
    return modelTotal() +
           m_rows.ghostModels(kind)[std::size_t(index.row()) - m_rows.models(kind).size()];
}

CoverageRow CoverageTreeModel::ghostRowAt(const QModelIndex &index) const
{
    const Integration &older = m_changes->older();
    if (rowKind(index) == RowKind::Model) {
        const TreeDiff::Ghost &ghost =
            m_changes->ghostModels()[parentNumberAt(index) - modelTotal()];
        return {older, ghost.kind, older.models(ghost.kind)[ghost.oldModel]};
    }
    const std::size_t parent = modelNumberOfField(index);
    const std::vector<std::uint32_t> &ghosts = m_rows.ghostFields(parent);
    if (parent >= modelTotal()) { // a field of a removed model
        const TreeDiff::Ghost &ghost = m_changes->ghostModels()[parent - modelTotal()];
        return {older, ghost.kind, older.models(ghost.kind)[ghost.oldModel],
                &older.fields[ghosts[std::size_t(index.row())]]};
    }
    const ModelKind kind = kindOfModel(parent);
    return {older, kind, older.models(kind)[m_changes->oldModelOf(parent)],
            &older.fields[ghosts[std::size_t(index.row()) - m_rows.fieldCount(parent)]]};
}

QVariant CoverageTreeModel::ghostData(const QModelIndex &index, int role) const
{
    const CoverageRow row = ghostRowAt(index);
    const Integration &older = row.integration;
    switch (role) {
    case Qt::ForegroundRole:
        return m_colours.text(nullptr, false, false);
    case Qt::FontRole: {
        QFont font;
        font.setStrikeOut(true); // gone: struck through, not only lighter
        font.setItalic(true);
        return font;
    }
    case Qt::BackgroundRole:
    case SearchMatchRole:
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(m_changes->removedText() + QStringLiteral("\n\n") +
                            treeColumn(index.column()).toolTip(row));
    case Qt::AccessibleDescriptionRole:
        return m_changes->removedText();
    case Qt::AccessibleTextRole:
        return ChangeStyle::label(RowChange::Removed) + QStringLiteral(": ") +
               treeColumn(index.column()).text(row);
    case ChangeRole:
        return int(RowChange::Removed);
    case ChangeTextRole:
        return m_changes->removedText();
    case IdRole:
        return older.string(row.field ? row.field->id : row.model.id);
    case LabelRole:
        return row.field ? QVariant() : older.string(row.model.label);
    case RowKindRole:
        return int(row.field ? RowKind::Field : RowKind::Model);
    case FieldBreakdownRole:
        return row.field ? QVariant() : fieldBreakdown(older, row.model);
    case FieldStatusCountsRole: {
        if (row.field)
            return {};
        const StatusCounts counts = fieldCounts(older, row.model);
        return QVariant::fromValue(QList<int>(counts.byStatus.begin(), counts.byStatus.end()));
    }
    default:
        return rowData(index, role, row, false);
    }
}

QVariant CoverageTreeModel::changeData(const QModelIndex &index, int role, const CoverageRow &row,
                                       bool matchesText) const
{
    const std::size_t number = modelNumber(
        *m_integration, row.kind, std::size_t(&row.model - m_integration->models(row.kind).data()));
    const RowChange change =
        row.field ? m_changes->fieldChange(std::uint32_t(row.field - m_integration->fields.data()))
                  : m_changes->modelChange(number);
    if (role == ChangeRole)
        return int(change);
    if (change == RowChange::None)
        return {};
    const bool cellChanged =
        change == RowChange::Changed && m_changes->cellChanged(number, row.field, index.column());
    switch (role) {
    case ChangeTextRole:
        return m_changes->rowText(number, row.field);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // A changed cell says what it was and is: "No → Yes".
        if (cellChanged && index.column() != kNameColumn)
            return m_changes->cellText(number, row.field, index.column());
        // The name's glyph, in words.
        if (role == Qt::AccessibleTextRole && index.column() == kNameColumn)
            return ChangeStyle::label(change) + QStringLiteral(": ") +
                   treeColumn(index.column()).text(row);
        return {};
    case Qt::BackgroundRole:
        if (matchesText ||
            (change == RowChange::Changed && !cellChanged && index.column() != kNameColumn))
            return {};
        return ChangeStyle::background(change, m_palette);
    case Qt::ToolTipRole:
        return plainToolTip(m_changes->rowText(number, row.field) + QStringLiteral("\n\n") +
                            treeColumn(index.column()).toolTip(row));
    case Qt::AccessibleDescriptionRole:
        return m_changes->rowText(number, row.field) + QLatin1Char('\n') +
               treeColumn(index.column()).toolTip(row);
    default:
        return {};
    }
}

CoverageTreeModel::RowKind CoverageTreeModel::rowKind(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == kGroupParent)
        return RowKind::Group;
    return id <= kFirstModelParent + 1 ? RowKind::Model : RowKind::Field;
}

ModelKind CoverageTreeModel::kindOfGroup(int row) const
{
    return row == 0 ? ModelKind::ReadModel : ModelKind::WriteAction;
}

std::size_t CoverageTreeModel::modelNumberAt(const QModelIndex &index) const
{
    const ModelKind kind = kindOfGroup(int(index.internalId() - kFirstModelParent));
    return modelNumber(*m_integration, kind, m_rows.models(kind)[std::size_t(index.row())]);
}

std::optional<CoverageRow> CoverageTreeModel::rowAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    if (isGhost(index))
        return ghostRowAt(index);
    switch (rowKind(index)) {
    case RowKind::Group:
        break;
    case RowKind::Model: {
        const std::size_t number = modelNumberAt(index);
        return CoverageRow{*m_integration, kindOfModel(number), modelByNumber(number), nullptr,
                           m_marks.get()};
    }
    case RowKind::Field: {
        const std::size_t number = modelNumberOfField(index);
        return CoverageRow{*m_integration, kindOfModel(number), modelByNumber(number),
                           &fieldAt(index), m_marks.get()};
    }
    }
    return std::nullopt;
}

ModelKind CoverageTreeModel::kindOfModel(std::size_t number) const
{
    return number < m_integration->readModels.size() ? ModelKind::ReadModel
                                                     : ModelKind::WriteAction;
}

const Model &CoverageTreeModel::modelByNumber(std::size_t number) const
{
    const std::size_t readCount = m_integration->readModels.size();
    return number < readCount ? m_integration->readModels[number]
                              : m_integration->writeActions[number - readCount];
}

const Field &CoverageTreeModel::fieldAt(const QModelIndex &index) const
{
    const std::size_t number = modelNumberOfField(index);
    return m_integration->fields[m_rows.fieldsBegin(number)[index.row()]];
}

QModelIndex CoverageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupParent);
    switch (rowKind(parent)) {
    case RowKind::Group:
        return createIndex(row, column, kFirstModelParent + quintptr(parent.row()));
    case RowKind::Model:
        return createIndex(row, column, fieldParentId(parentNumberAt(parent)));
    case RowKind::Field:
        break;
    }
    return {};
}

QModelIndex CoverageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (rowKind(child)) {
    case RowKind::Group:
        return {};
    case RowKind::Model:
        return createIndex(int(child.internalId() - kFirstModelParent), 0, kGroupParent);
    case RowKind::Field: {
        const std::size_t number = modelNumberOfField(child);
        if (number >= modelTotal()) { // a field of a removed model
            const std::size_t ghost = number - modelTotal();
            return createIndex(m_ghostModelRow[ghost], 0,
                               kFirstModelParent + quintptr(m_changes->ghostModels()[ghost].kind));
        }
        const quintptr group = number < m_integration->readModels.size() ? 0 : 1;
        return createIndex(m_rowOfModel[number], 0, kFirstModelParent + group);
    }
    }
    return {};
}

int CoverageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_integration || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return kGroupCount;
    switch (rowKind(parent)) {
    case RowKind::Group: {
        const ModelKind kind = kindOfGroup(parent.row());
        return int(m_rows.models(kind).size() + m_rows.ghostModels(kind).size());
    }
    case RowKind::Model: {
        const std::size_t number = parentNumberAt(parent);
        return int((number < modelTotal() ? m_rows.fieldCount(number) : 0) +
                   m_rows.ghostFields(number).size());
    }
    case RowKind::Field:
        break;
    }
    return 0;
}

int CoverageTreeModel::columnCount(const QModelIndex &) const
{
    return kTreeColumnCount;
}

QVariant CoverageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGhost(index))
        return ghostData(index, role);
    switch (rowKind(index)) {
    case RowKind::Group:
        return groupData(index, role);
    case RowKind::Model:
        return modelData(index, role);
    case RowKind::Field:
        return fieldData(index, role);
    }
    return {};
}

QVariant CoverageTreeModel::groupData(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() != kNameColumn)
            return {};
        const ModelKind kind = kindOfGroup(index.row());
        const auto total = qulonglong(m_integration->models(kind).size());
        const auto shown = qulonglong(m_rows.models(kind).size());
        const QString count =
            shown == total ? QString::number(total) : tr("%1 of %2").arg(shown).arg(total);
        return kind == ModelKind::ReadModel ? tr("Read models (%1)").arg(count)
                                            : tr("Write actions (%1)").arg(count);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case RowKindRole:
        return int(RowKind::Group);
    default:
        return {};
    }
}

QVariant CoverageTreeModel::modelData(const QModelIndex &index, int role) const
{
    const std::size_t number = modelNumberAt(index);
    const Model &model = modelByNumber(number);
    switch (role) {
    case IdRole:
        return m_integration->string(model.id);
    case LabelRole:
        return m_integration->string(model.label);
    case RowKindRole:
        return int(RowKind::Model);
    case FieldBreakdownRole:
        return fieldBreakdown(*m_integration, model);
    case FieldStatusCountsRole: {
        const StatusCounts counts = fieldCounts(*m_integration, model);
        return QVariant::fromValue(QList<int>(counts.byStatus.begin(), counts.byStatus.end()));
    }
    default:
        break;
    }
    return rowData(index, role,
                   CoverageRow{*m_integration, kindOfModel(number), model, nullptr, m_marks.get()},
                   m_rows.modelMatchesText(number));
}

QVariant CoverageTreeModel::fieldData(const QModelIndex &index, int role) const
{
    const Field &field = fieldAt(index);
    switch (role) {
    case IdRole:
        return m_integration->string(field.id);
    case RowKindRole:
        return int(RowKind::Field);
    default:
        break;
    }
    const std::size_t fieldIndex = std::size_t(&field - m_integration->fields.data());
    const std::size_t number = modelNumberOfField(index);
    return rowData(index, role,
                   CoverageRow{*m_integration, kindOfModel(number), modelByNumber(number), &field,
                               m_marks.get()},
                   m_rows.fieldMatchesText(std::uint32_t(fieldIndex)));
}

QVariant CoverageTreeModel::rowData(const QModelIndex &index, int role, const CoverageRow &row,
                                    bool matchesText) const
{
    if (m_changes && &row.integration == m_integration.get()) {
        if (QVariant changed = changeData(index, role, row, matchesText); changed.isValid())
            return changed;
    }
    switch (role) {
    case Qt::DisplayRole:
        return treeColumn(index.column()).text(row);
    case Qt::ForegroundRole: {
        const CoverageStatus status = row.coverageStatus().value;
        return m_colours.text(index.column() == kCoverageColumn ? &status : nullptr, matchesText,
                              isUsable(row));
    }
    case Qt::FontRole:
        if (isUsable(row))
            return {};
        {
            // Unavailable rows differ in shape too, not only in a lighter colour.
            QFont font;
            font.setItalic(true);
            return font;
        }
    case Qt::BackgroundRole:
        if (!matchesText)
            return {};
        return m_colours.matchBackground();
    case Qt::ToolTipRole:
        // A tooltip may quote an unrecognised value from the response: plain text.
        return plainToolTip(treeColumn(index.column()).toolTip(row));
    case Qt::AccessibleTextRole: // what the glyphs, colours and bars say, for screen readers
        return treeColumn(index.column()).text(row);
    case Qt::AccessibleDescriptionRole:
        return treeColumn(index.column()).toolTip(row);
    case CoverageStatusRole:
        return int(row.coverageStatus().value);
    case IsAvailableRole:
        return row.isAvailable();
    case SearchMatchRole:
        return matchesText;
    case UnavailableReasonRole:
        return unavailableReason(row);
    case NeedRole:
        return int(row.marks ? row.marks->need(row) : Need::NotNeeded);
    default:
        return {};
    }
}

CoverageTreeModel::Match CoverageTreeModel::nextMatch(const QModelIndex &from, bool backwards) const
{
    if (!m_integration || m_criteria.text.isEmpty())
        return {};
    // Every match in display order; cheap next to the keystroke that made them.
    QModelIndexList matches;
    for (int group = 0; group < kGroupCount; ++group) {
        const QModelIndex groupIndex = index(group, 0);
        const auto models = int(m_rows.models(kindOfGroup(group)).size()); // not ghost rows
        for (int modelRow = 0; modelRow < models; ++modelRow) {
            const QModelIndex modelIndex = index(modelRow, 0, groupIndex);
            if (m_rows.modelMatchesText(modelNumberAt(modelIndex)))
                matches.append(modelIndex);
            const std::size_t number = modelNumberAt(modelIndex);
            const std::uint32_t *fields = m_rows.fieldsBegin(number);
            for (std::uint32_t fieldRow = 0; fieldRow < m_rows.fieldCount(number); ++fieldRow) {
                if (m_rows.fieldMatchesText(fields[fieldRow]))
                    matches.append(index(int(fieldRow), 0, modelIndex));
            }
        }
    }
    if (matches.isEmpty())
        return {};
    const QModelIndex current = from.siblingAtColumn(0);
    const qsizetype at = matches.indexOf(current);
    const qsizetype next = at < 0 ? (backwards ? matches.size() - 1 : 0)
                                  : (at + (backwards ? matches.size() - 1 : 1)) % matches.size();
    return {matches[next], int(next) + 1, int(matches.size())};
}

QVariant CoverageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kTreeColumnCount)
        return {};
    return treeHeader(section);
}

} // namespace kombo
