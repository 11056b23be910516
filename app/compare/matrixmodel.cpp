// SPDX-License-Identifier: MIT
#include "compare/matrixmodel.h"

#include "common/safetext.h"
#include "model/toolicons.h"

#include <algorithm>
#include <QFont>
#include <QStringList>

namespace kombo {

namespace {

// A header or name cell is one line of at most this many characters; the tooltip has more.
constexpr qsizetype kHeaderChars = 18; // a line of a column header, which is ~120 px wide

std::uint8_t statusBit(CoverageStatus status)
{
    return std::uint8_t(1u << int(status));
}

} // namespace

MatrixCellLook matrixCellLook(Availability availability)
{
    switch (availability) {
    case Availability::Available:
        return {CoverageStatus::Supported, CoverageStyle::glyph(CoverageStatus::Supported), false};
    case Availability::IntegrationInvalid:
    case Availability::IntegrationInactive:
    case Availability::DataExpired:
        // Nothing in the integration can be used, whatever its coverage says.
        return {std::nullopt, QStringLiteral("\u26A0"), true}; // warning sign
    case Availability::Missing:
        return {std::nullopt, QStringLiteral("\u2013"), true}; // en dash: nothing there
    case Availability::Unsupported:
        return {CoverageStatus::Unsupported, CoverageStyle::glyph(CoverageStatus::Unsupported),
                false};
    case Availability::NotImplemented:
        return {CoverageStatus::NotImplemented,
                CoverageStyle::glyph(CoverageStatus::NotImplemented), false};
    case Availability::Unknown:
        return {CoverageStatus::Unknown, CoverageStyle::glyph(CoverageStatus::Unknown), false};
    case Availability::Unrecognised:
        return {CoverageStatus::Unrecognised, CoverageStyle::glyph(CoverageStatus::Unrecognised),
                false};
    case Availability::ScopeDisabled:
    case Availability::OptedOut:
    case Availability::ModelUnavailable:
    case Availability::Unavailable:
        // Supported by the tool, yet not usable here: the tree's dimmed supported row.
        return {CoverageStatus::Supported, QStringLiteral("\u2298"), true}; // circled slash
    }
    return {};
}

CoverageMatrixModel::CoverageMatrixModel(const ToolIcons *icons, QObject *parent)
    : QAbstractTableModel(parent), m_icons(icons),
      m_matrix(std::make_unique<CoverageMatrix>(std::vector<const Integration *>()))
{
    if (m_icons) {
        connect(m_icons, &ToolIcons::changed, this, [this](const QString &url) {
            for (std::size_t column = 0; column < m_integrations.size(); ++column) {
                if (m_integrations[column]->tool.iconUrl == url)
                    emit headerDataChanged(Qt::Horizontal, int(column) + 1, int(column) + 1);
            }
        });
    }
    rebuildRows();
}

CoverageMatrixModel::~CoverageMatrixModel() = default;

void CoverageMatrixModel::setIntegrations(
    std::vector<std::shared_ptr<const Integration>> integrations)
{
    if (integrations == m_integrations)
        return;
    beginResetModel();
    m_integrations = std::move(integrations);
    std::vector<const Integration *> columns;
    columns.reserve(m_integrations.size());
    for (const auto &integration : m_integrations)
        columns.push_back(integration.get());
    m_matrix = std::make_unique<CoverageMatrix>(std::move(columns));
    m_lookups.clear();
    m_lookups.resize(m_integrations.size());

    // What filtering reads, worked out once per row rather than on every keystroke.
    const int rows = m_matrix->rowCount();
    const int width = m_matrix->columnCount();
    m_searchText.assign(std::size_t(rows), QString());
    m_statusesSeen.assign(std::size_t(rows), 0);
    for (int row = 0; row < rows; ++row) {
        m_searchText[std::size_t(row)] =
            m_matrix->isField(row)
                ? m_matrix->fieldId(row).toLower()
                : (m_matrix->modelLabel(row) + QLatin1Char('\n') + m_matrix->modelId(row))
                      .toLower();
        std::uint8_t seen = 0;
        for (int column = 0; column < width; ++column) {
            if (const auto status = matrixCellLook(m_matrix->cell(row, column)).status)
                seen |= statusBit(*status);
        }
        m_statusesSeen[std::size_t(row)] = seen;
    }
    rebuildRows();
    endResetModel();
    emit filterApplied();
}

void CoverageMatrixModel::setFilter(const MatrixFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    relayout();
}

void CoverageMatrixModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

void CoverageMatrixModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_colours.emplace(palette);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::BackgroundRole});
}

void CoverageMatrixModel::relayout()
{
    // A vertical hint: the columns stay as they are, with their widths.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> matrixRows;
    matrixRows.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        matrixRows.push_back(m_rows[std::size_t(index.row())]);

    rebuildRows();
    // Where each matrix row (and heading) now shows: headings are -1 and -2, so offset by 2.
    std::vector<int> shownAt(std::size_t(m_matrix->rowCount()) + 2, -1);
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        shownAt[std::size_t(m_rows[row] + 2)] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = shownAt[std::size_t(matrixRows[std::size_t(i)] + 2)];
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit filterApplied();
}

bool CoverageMatrixModel::passes(int row) const
{
    const bool allStatuses = std::all_of(m_filter.statuses.cbegin(), m_filter.statuses.cend(),
                                         [](bool on) { return on; });
    if (!allStatuses) {
        std::uint8_t wanted = 0;
        for (int status = 0; status < kCoverageStatusCount; ++status) {
            if (m_filter.statuses[std::size_t(status)])
                wanted |= statusBit(CoverageStatus(status));
        }
        if (!(m_statusesSeen[std::size_t(row)] & wanted))
            return false;
    }
    return (!m_filter.differsOnly || m_matrix->differs(row)) &&
           (!m_filter.unavailableSomewhereOnly || m_matrix->unavailableSomewhere(row));
}

void CoverageMatrixModel::rebuildRows()
{
    const QString needle = m_filter.text.trimmed().toLower();
    const auto matchesText = [&](int row) {
        return needle.isEmpty() || m_searchText[std::size_t(row)].contains(needle);
    };
    const int rows = m_matrix->rowCount();
    const int width = m_matrix->columnCount();
    // Sorting keys: a model by its label, a field by its ID; in an integration's column by its
    // word, in the SPEC's order (available first). Stable, so ties keep first-seen order.
    const auto before = [&](int a, int b) {
        if (m_sortColumn == kNameColumn) {
            const QString &first = m_searchText[std::size_t(a)];
            const QString &second = m_searchText[std::size_t(b)];
            return m_sortOrder == Qt::AscendingOrder ? first < second : second < first;
        }
        const int column = m_sortColumn - 1;
        const int first = int(m_matrix->cell(a, column));
        const int second = int(m_matrix->cell(b, column));
        return m_sortOrder == Qt::AscendingOrder ? first < second : second < first;
    };
    const bool sorted = m_sortColumn == kNameColumn || (m_sortColumn > 0 && m_sortColumn <= width);

    std::vector<int> shown;
    shown.reserve(std::size_t(rows) + 2);
    int shownMatrixRows = 0;
    std::array<int, 2> shownModels{};
    std::vector<std::pair<int, std::vector<int>>> models; // a kind's shown models and fields
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        models.clear();
        int row = 0;
        while (row < rows) {
            const int model = row++;
            const int fieldsEnd = [&] {
                int end = row;
                while (end < rows && m_matrix->isField(end))
                    ++end;
                return end;
            }();
            if (m_matrix->kind(model) != kind) {
                row = fieldsEnd;
                continue;
            }
            const bool modelMatches = matchesText(model);
            std::vector<int> fields;
            for (; row < fieldsEnd; ++row) {
                if (passes(row) && (modelMatches || matchesText(row)))
                    fields.push_back(row);
            }
            if (fields.empty() && !(modelMatches && passes(model)))
                continue;
            if (sorted)
                std::stable_sort(fields.begin(), fields.end(), before);
            models.emplace_back(model, std::move(fields));
        }
        if (sorted) {
            std::stable_sort(models.begin(), models.end(),
                             [&](const auto &a, const auto &b) { return before(a.first, b.first); });
        }
        shown.push_back(kind == ModelKind::ReadModel ? kReadHeading : kWriteHeading);
        for (const auto &[model, fields] : models) {
            shown.push_back(model);
            shown.insert(shown.end(), fields.begin(), fields.end());
            shownMatrixRows += 1 + int(fields.size());
        }
        shownModels[std::size_t(kind)] = int(models.size());
    }
    m_rows = std::move(shown);
    m_shownMatrixRows = shownMatrixRows;
    m_shownModels = shownModels;
}

std::vector<int> CoverageMatrixModel::shownMatrixRows() const
{
    std::vector<int> rows;
    rows.reserve(std::size_t(m_shownMatrixRows));
    for (const int row : m_rows) {
        if (row >= 0)
            rows.push_back(row);
    }
    return rows;
}

int CoverageMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + m_matrix->columnCount();
}

Qt::ItemFlags CoverageMatrixModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return m_rows[std::size_t(index.row())] < 0 ? Qt::ItemIsEnabled
                                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CoverageMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::BackgroundRole:
        if (row < 0) // a heading, across the whole row
            return m_palette.color(QPalette::Button);
        break;
    case MatrixRowRole:
        return row < 0 ? -1 : row;
    case RowTypeRole:
        return int(row < 0                  ? RowType::Heading
                   : m_matrix->isField(row) ? RowType::Field
                                            : RowType::Model);
    default:
        break;
    }
    if (index.column() == kNameColumn)
        return nameData(row, role);
    if (row < 0)
        return {};
    return cellData(row, index.column() - 1, role);
}

QVariant CoverageMatrixModel::nameData(int row, int role) const
{
    if (row < 0) {
        const bool read = row == kReadHeading;
        switch (role) {
        case Qt::DisplayRole:
            return read ? tr("Read models (%1)").arg(m_shownModels[0])
                        : tr("Write actions (%1)").arg(m_shownModels[1]);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        // Fields indented under their model, as in the tree; one line each, capped.
        if (m_matrix->isField(row))
            return QStringLiteral("\u2003\u2003") + oneLine(m_matrix->fieldId(row), kMaxLabelChars);
        return QStringLiteral("%1  (%2)").arg(oneLine(m_matrix->modelLabel(row), kMaxLabelChars),
                                              oneLine(m_matrix->modelId(row), kMaxLabelChars));
    case Qt::ToolTipRole: {
        const QString model = oneLine(m_matrix->modelLabel(row), kMaxLabelChars) +
                              QStringLiteral(" (") + oneLine(m_matrix->modelId(row), kMaxLabelChars) +
                              QLatin1Char(')');
        QString text = m_matrix->isField(row)
                           ? tr("Field %1 of %2").arg(oneLine(m_matrix->fieldId(row), kMaxLabelChars), model)
                           : model;
        if (m_matrix->differs(row))
            text += QLatin1Char('\n') + tr("Differs between integrations.");
        return plainToolTip(text);
    }
    case Qt::FontRole:
        if (!m_matrix->isField(row)) {
            QFont semiBold;
            semiBold.setWeight(QFont::DemiBold);
            return semiBold;
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant CoverageMatrixModel::cellData(int row, int column, int role) const
{
    const Availability word = m_matrix->cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return matrixCellLook(word).glyph;
    case Qt::AccessibleTextRole:
    case WordRole:
        return QString(availabilityWord(word));
    case AvailabilityRole:
        return int(word);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole: {
        if (!m_colours)
            return {};
        const MatrixCellLook look = matrixCellLook(word);
        const CoverageStatus *status = look.status && !look.dimmed ? &*look.status : nullptr;
        return m_colours->text(status, false, !look.dimmed);
    }
    case Qt::ToolTipRole:
        return cellToolTip(row, column);
    default:
        break;
    }
    return {};
}

QString CoverageMatrixModel::cellToolTip(int row, int column) const
{
    const Integration &integration = m_matrix->integration(column);
    const Availability word = m_matrix->cell(row, column);
    std::unique_ptr<ModelLookup> &lookup = m_lookups[std::size_t(column)];
    if (!lookup)
        lookup = std::make_unique<ModelLookup>(integration); // only columns someone hovers
    const ModelKind kind = m_matrix->kind(row);
    const Model *model = lookup->findModel(kind, m_matrix->modelIdUtf8(row));
    const Field *field = nullptr;
    if (model && m_matrix->isField(row)) {
        field = lookup->findField(*model, m_matrix->fieldIdUtf8(row));
        if (!field)
            model = nullptr; // the field is missing: so says the reason
    }
    const QString target = m_matrix->isField(row)
                               ? oneLine(m_matrix->modelId(row), kMaxLabelChars) +
                                     QLatin1Char('.') + oneLine(m_matrix->fieldId(row), kMaxLabelChars)
                               : oneLine(m_matrix->modelId(row), kMaxLabelChars);
    QStringList lines;
    lines << tr("%1 for %2").arg(oneLine(integration.tool.label, kMaxLabelChars),
                                 oneLine(integration.endUser.organizationName, kMaxLabelChars))
          << QStringLiteral("%1: %2").arg(target, availabilityWord(word));
    const QString reason = unavailableReason(integration, kind, model, field);
    lines << (reason.isEmpty() ? tr("Available.") : reason);
    return plainToolTip(lines.join(QLatin1Char('\n')));
}

void CoverageMatrixModel::setColumnNotes(QStringList notes)
{
    if (notes == m_columnNotes)
        return;
    m_columnNotes = std::move(notes);
    if (columnCount() > 1)
        emit headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kNameColumn) {
        if (role == Qt::DisplayRole)
            return tr("Name");
        return {};
    }
    const Integration &integration = m_matrix->integration(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        // Tool and end user, as people tell integrations apart; the ID is in the tooltip.
        return oneLine(integration.tool.label, kHeaderChars) + QLatin1Char('\n') +
               oneLine(integration.endUser.organizationName, kHeaderChars) +
               (m_columnNotes.value(section - 1).isEmpty()
                    ? QString()
                    : QLatin1Char('\n') + m_columnNotes.value(section - 1));
    case Qt::DecorationRole:
        if (m_icons)
            return m_icons->icon(integration.tool.iconUrl, integration.tool.label);
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1 for %2\nIntegration ID: %3")
                                .arg(oneLine(integration.tool.label, kMaxLabelChars),
                                     oneLine(integration.endUser.organizationName, kMaxLabelChars),
                                     oneLine(integration.id, kMaxLabelChars)));
    default:
        break;
    }
    return {};
}

} // namespace kombo
