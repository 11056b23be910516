#pragma once

#include "integration.h"

#include <memory>
#include <QAbstractItemModel>

namespace kombo {

// The integration as a tree: two group rows ("Read models", "Write actions"), one row per
// model or action under them, one row per field under those. Rows are addressed straight into
// the Integration's flat arrays; the model allocates nothing per row.
class CoverageTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageTreeModel)

public:
    enum Column
    {
        NameColumn,
        CoverageColumn,
        AvailableColumn,
        ScopeSettingColumn,
        OptedOutColumn,
        ColumnCount
    };

    explicit CoverageTreeModel(QObject *parent = nullptr);
    ~CoverageTreeModel() override;

    void setIntegration(std::shared_ptr<const Integration> integration);
    const Integration *integration() const { return m_integration.get(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class Level
    {
        Group,
        Model,
        Field
    };

    Level level(const QModelIndex &index) const;
    ModelKind kindOfGroup(int row) const;
    const Model &modelAt(const QModelIndex &index) const;
    const Model &parentModelOf(const QModelIndex &fieldIndex) const;
    QVariant groupData(const QModelIndex &index, int role) const;
    QVariant modelData(const QModelIndex &index, int role) const;
    QVariant fieldData(const QModelIndex &index, int role) const;

    std::shared_ptr<const Integration> m_integration;
};

} // namespace kombo
