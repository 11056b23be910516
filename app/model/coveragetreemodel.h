// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "history/treediff.h"
#include "model/columns.h"
#include "model/coveragefilter.h"
#include "model/coveragestyle.h"
#include "requirements/readinesscheck.h"

#include <functional>
#include <memory>
#include <optional>
#include <QAbstractItemModel>
#include <QHash>
#include <QPalette>

namespace kombo {

// The integration as a tree: two group rows ("Read models", "Write actions"), one row per
// model or action under them, one row per field under those. It is its own filter: rows are
// positions in a VisibleRows over the Integration's flat arrays, so filtering a hundred
// thousand fields is one pass over plain arrays, and the model allocates nothing per row.
class CoverageTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageTreeModel)

public:
    enum class RowKind
    {
        Group,
        Model,
        Field
    };

    explicit CoverageTreeModel(QObject *parent = nullptr);
    ~CoverageTreeModel() override;

    void setIntegration(std::shared_ptr<const Integration> integration);
    const std::shared_ptr<const Integration> &integration() const { return m_integration; }

    // Marks the rows that changed since an older response, with the removed ones as ghost rows
    // after the others of their parent; null: no changes shown. Its newer integration must be
    // the one shown; another integration drops it.
    void setChanges(std::shared_ptr<const TreeDiff> changes);
    const std::shared_ptr<const TreeDiff> &changes() const { return m_changes; }

    void setFilter(const FilterCriteria &criteria);
    const FilterCriteria &filter() const { return m_criteria; }
    const VisibleRows &visibleRows() const { return m_rows; }

    // The requirements the Required column marks and its filters read (SPEC §8); kept across
    // integrations.
    void setRequirements(std::vector<Requirement> requirements);

    // The model, action or field an index shows; nothing for a group row.
    std::optional<CoverageRow> rowAt(const QModelIndex &index) const;

    // Colours follow the palette the view shows them on.
    void setPalette(const QPalette &palette);

    // A row whose own text matches the search, and where it stands among all that do.
    struct Match
    {
        QModelIndex index; // invalid when nothing matches
        int number = 0;    // from 1, in display order
        int total = 0;
    };
    // The next (or previous) match in display order after (before) `from`, wrapping around.
    Match nextMatch(const QModelIndex &from, bool backwards = false) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filterApplied();

private:
    // Which row a persistent index stood for: a group's row, or a model's number and a
    // field's index in the integration; gone once a reload found no row with its IDs.
    struct RowAddress
    {
        RowKind kind = RowKind::Group;
        bool gone = false;
        int group = 0;
        std::size_t model = 0;
        std::uint32_t field = 0;
        int column = 0;
    };

    // Applies `change` (to the filter, the sort or the integration) as a layout change: the
    // rows that stay keep their persistent indexes, so views keep expansion and selection.
    void relayout(const std::function<void()> &change);
    RowAddress addressOf(const QModelIndex &index) const;
    // Turns addresses into `previous`'s numbers into this integration's, by IDs.
    void readdress(std::vector<RowAddress> &addresses, const Integration &previous) const;
    QModelIndex indexAt(const RowAddress &address, const std::vector<int> &rowOfField) const;
    RowKind rowKind(const QModelIndex &index) const;
    ModelKind kindOfGroup(int row) const;
    // The model or action an index of RowKind::Model stands for, and its number.
    std::size_t modelNumberAt(const QModelIndex &index) const;
    const Model &modelByNumber(std::size_t number) const;
    ModelKind kindOfModel(std::size_t number) const;
    const Field &fieldAt(const QModelIndex &index) const;
    void rebuildRows();
    void rebuildMarks();
    QVariant groupData(const QModelIndex &index, int role) const;
    QVariant modelData(const QModelIndex &index, int role) const;
    QVariant fieldData(const QModelIndex &index, int role) const;
    // The columns' texts and the roles shared by models and fields.
    QVariant rowData(const QModelIndex &index, int role, const CoverageRow &row,
                     bool matchesText) const;
    // Ghost rows (changes only): rows of the older integration, after the shown ones.
    std::size_t modelTotal() const;
    bool isGhost(const QModelIndex &index) const;
    // A model row's number for its children's ids: a model's number, or modelTotal() plus
    // its ghost number.
    std::size_t parentNumberAt(const QModelIndex &index) const;
    CoverageRow ghostRowAt(const QModelIndex &index) const;
    QVariant ghostData(const QModelIndex &index, int role) const;
    QVariant changeData(const QModelIndex &index, int role, const CoverageRow &row,
                        bool matchesText) const;

    std::shared_ptr<const Integration> m_integration;
    std::unique_ptr<TextSearch> m_search;
    FilterCriteria m_criteria;
    VisibleRows m_rows;
    std::vector<int> m_rowOfModel; // by model number: its row under its group, or -1
    int m_sortColumn = -1;         // a tree column (kTreeColumns); -1: the response's own order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RowColours m_colours;
    QPalette m_palette; // for the change backgrounds
    std::shared_ptr<const TreeDiff> m_changes;
    std::vector<int> m_ghostModelRow; // by ghost number: its row under its group, or -1
    std::vector<Requirement> m_requirements;
    std::unique_ptr<RequirementMarks> m_marks; // of m_integration; null without requirements
};

} // namespace kombo
