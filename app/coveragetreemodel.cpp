#include "coveragetreemodel.h"

#include "itemroles.h"

namespace kombo {

namespace {

// internalId() of an index names its parent, so that parent() needs no lookup table:
// 0 for group rows; 1 + group row for model rows; kFirstFieldParent + the model's number
// across both groups (read models first) for field rows.
constexpr quintptr kGroupParent = 0;
constexpr quintptr kFirstModelParent = 1;
constexpr quintptr kFirstFieldParent = 3;
constexpr int kGroupCount = 2;

QString coverageLabel(const Integration &integration, OpenEnum<CoverageStatus> status)
{
    switch (status.value) {
    case CoverageStatus::Supported:
        return CoverageTreeModel::tr("Supported");
    case CoverageStatus::Unsupported:
        return CoverageTreeModel::tr("Unsupported");
    case CoverageStatus::NotImplemented:
        return CoverageTreeModel::tr("Not implemented");
    case CoverageStatus::Unknown:
        return CoverageTreeModel::tr("Unknown");
    case CoverageStatus::Unrecognised:
        break;
    }
    return CoverageTreeModel::tr("%1 (unrecognised)").arg(integration.wireName(status));
}

QString scopeLabel(const Integration &integration, OpenEnum<ScopeSetting> setting)
{
    switch (setting.value) {
    case ScopeSetting::Enabled:
        return CoverageTreeModel::tr("Enabled");
    case ScopeSetting::Disabled:
        return CoverageTreeModel::tr("Disabled");
    case ScopeSetting::Optional:
        return CoverageTreeModel::tr("Optional");
    case ScopeSetting::Unrecognised:
        break;
    }
    return CoverageTreeModel::tr("%1 (unrecognised)").arg(integration.wireName(setting));
}

QString yesNo(bool value)
{
    return value ? CoverageTreeModel::tr("Yes") : CoverageTreeModel::tr("No");
}

} // namespace

CoverageTreeModel::CoverageTreeModel(QObject *parent) : QAbstractItemModel(parent)
{}

CoverageTreeModel::~CoverageTreeModel() = default;

void CoverageTreeModel::setIntegration(std::shared_ptr<const Integration> integration)
{
    beginResetModel();
    m_integration = std::move(integration);
    endResetModel();
}

CoverageTreeModel::Level CoverageTreeModel::level(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == kGroupParent)
        return Level::Group;
    return id < kFirstFieldParent ? Level::Model : Level::Field;
}

ModelKind CoverageTreeModel::kindOfGroup(int row) const
{
    return row == 0 ? ModelKind::ReadModel : ModelKind::WriteAction;
}

const Model &CoverageTreeModel::modelAt(const QModelIndex &index) const
{
    const auto kind = kindOfGroup(int(index.internalId() - kFirstModelParent));
    return m_integration->models(kind)[std::size_t(index.row())];
}

const Model &CoverageTreeModel::parentModelOf(const QModelIndex &fieldIndex) const
{
    const std::size_t number = fieldIndex.internalId() - kFirstFieldParent;
    const std::size_t readCount = m_integration->readModels.size();
    return number < readCount ? m_integration->readModels[number]
                              : m_integration->writeActions[number - readCount];
}

QModelIndex CoverageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupParent);
    switch (level(parent)) {
    case Level::Group:
        return createIndex(row, column, kFirstModelParent + quintptr(parent.row()));
    case Level::Model: {
        const bool isRead =
            kindOfGroup(int(parent.internalId() - kFirstModelParent)) == ModelKind::ReadModel;
        const quintptr number =
            quintptr(parent.row()) + (isRead ? 0 : m_integration->readModels.size());
        return createIndex(row, column, kFirstFieldParent + number);
    }
    case Level::Field:
        break;
    }
    return {};
}

QModelIndex CoverageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (level(child)) {
    case Level::Group:
        return {};
    case Level::Model:
        return createIndex(int(child.internalId() - kFirstModelParent), 0, kGroupParent);
    case Level::Field: {
        const quintptr number = child.internalId() - kFirstFieldParent;
        const quintptr readCount = m_integration->readModels.size();
        if (number < readCount)
            return createIndex(int(number), 0, kFirstModelParent);
        return createIndex(int(number - readCount), 0, kFirstModelParent + 1);
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
    switch (level(parent)) {
    case Level::Group:
        return int(m_integration->models(kindOfGroup(parent.row())).size());
    case Level::Model:
        return int(modelAt(parent).fieldCount);
    case Level::Field:
        break;
    }
    return 0;
}

int CoverageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CoverageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (level(index)) {
    case Level::Group:
        return groupData(index, role);
    case Level::Model:
        return modelData(index, role);
    case Level::Field:
        return fieldData(index, role);
    }
    return {};
}

QVariant CoverageTreeModel::groupData(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.column() != NameColumn)
        return {};
    const auto kind = kindOfGroup(index.row());
    const auto count = qulonglong(m_integration->models(kind).size());
    return kind == ModelKind::ReadModel ? tr("Read models (%1)").arg(count)
                                        : tr("Write actions (%1)").arg(count);
}

QVariant CoverageTreeModel::modelData(const QModelIndex &index, int role) const
{
    const Model &model = modelAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1 (%2)").arg(m_integration->string(model.label),
                                     m_integration->string(model.id));
        case CoverageColumn:
            return coverageLabel(*m_integration, model.coverageStatus);
        case AvailableColumn:
            return yesNo(model.isAvailable);
        case ScopeSettingColumn:
            return scopeLabel(*m_integration, model.scopeSetting);
        case OptedOutColumn:
            return yesNo(model.optedOutByCustomer);
        }
        return {};
    case CoverageStatusRole:
        return int(model.coverageStatus.value);
    case IsAvailableRole:
        return model.isAvailable;
    default:
        return {};
    }
}

QVariant CoverageTreeModel::fieldData(const QModelIndex &index, int role) const
{
    const Field &field = m_integration->fieldsBegin(parentModelOf(index))[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_integration->string(field.id);
        case CoverageColumn:
            return coverageLabel(*m_integration, field.coverageStatus);
        case AvailableColumn:
            return yesNo(field.isAvailable);
        case ScopeSettingColumn:
            return field.hasScope ? scopeLabel(*m_integration, field.scopeSetting) : QString();
        case OptedOutColumn:
            return field.hasScope ? yesNo(field.optedOutByCustomer) : QString();
        }
        return {};
    case CoverageStatusRole:
        return int(field.coverageStatus.value);
    case IsAvailableRole:
        return field.isAvailable;
    default:
        return {};
    }
}

QVariant CoverageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CoverageColumn:
        return tr("Coverage");
    case AvailableColumn:
        return tr("Available");
    case ScopeSettingColumn:
        return tr("Scope setting");
    case OptedOutColumn:
        return tr("Opted out");
    }
    return {};
}

} // namespace kombo
