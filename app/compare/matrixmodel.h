// SPDX-License-Identifier: MIT
#pragma once

#include "compare/coveragematrix.h"
#include "model/coveragestyle.h"

#include <array>
#include <memory>
#include <optional>
#include <QAbstractTableModel>
#include <QPalette>
#include <QStringList>
#include <vector>

namespace kombo {

class ToolIcons;

// What the compare view lets through (SPEC §8 "the window"): the tree's search and status
// toggles, and the two questions of several integrations.
struct MatrixFilter
{
    QString text; // IDs and labels, case-insensitively, as the tree's search
    std::array<bool, kCoverageStatusCount> statuses{true, true, true, true, true};
    bool differsOnly = false;             // "differs between integrations"
    bool unavailableSomewhereOnly = false; // "unavailable somewhere"

    bool operator==(const MatrixFilter &other) const
    {
        return text == other.text && statuses == other.statuses &&
               differsOnly == other.differsOnly &&
               unavailableSomewhereOnly == other.unavailableSomewhereOnly;
    }
    bool operator!=(const MatrixFilter &other) const { return !(*this == other); }
};

// How a cell shows an availability word: the coverage status whose colour, glyph and toggle it
// takes (none for `missing` and for a whole integration that is not usable), and whether it
// is dimmed as the tree dims rows that are not available. Each word has its own glyph, so
// colour is never the only signal.
struct MatrixCellLook
{
    std::optional<CoverageStatus> status;
    QString glyph;
    bool dimmed = false;
};
MatrixCellLook matrixCellLook(Availability availability);

// The matrix as a table (SPEC §8): column 0 names the row, column 1 + i is integration i.
// Rows are grouped as in the tree: a heading row "Read models", each model followed by its
// fields, then "Write actions". It is its own filter and sort, over plain arrays built once per
// set of integrations: a keystroke in the search costs one pass over the rows, whatever the
// number of columns.
class CoverageMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageMatrixModel)

public:
    enum Role
    {
        AvailabilityRole = Qt::UserRole + 1, // cells: Availability as int
        WordRole,                            // cells: SPEC §8's word
        MatrixRowRole,                       // the row's number in matrix(); -1 on a heading
        RowTypeRole,                         // RowType as int
    };
    enum class RowType
    {
        Heading,
        Model,
        Field
    };
    static constexpr int kNameColumn = 0;

    explicit CoverageMatrixModel(const ToolIcons *icons = nullptr, QObject *parent = nullptr);
    ~CoverageMatrixModel() override;

    // The columns, in order; the matrix is built anew, in time proportional to their rows.
    // The same integrations again change nothing.
    void setIntegrations(std::vector<std::shared_ptr<const Integration>> integrations);
    const CoverageMatrix &matrix() const { return *m_matrix; }
    // A line under each integration's header, in the order of setIntegrations(): its
    // readiness under the open requirements (SPEC §8); empty: none.
    void setColumnNotes(QStringList notes);

    void setFilter(const MatrixFilter &filter);
    const MatrixFilter &filter() const { return m_filter; }
    // Colours follow the palette the view shows them on.
    void setPalette(const QPalette &palette);

    // The matrix rows shown, in display order, without headings: what "export the filtered
    // rows" writes.
    std::vector<int> shownMatrixRows() const;
    int shownMatrixRowCount() const { return m_shownMatrixRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filterApplied();

private:
    QStringList m_columnNotes;
    static constexpr int kReadHeading = -1;
    static constexpr int kWriteHeading = -2;

    // Applies a new filter or sort as a layout change, so that the current row and the
    // selection stay where they still show.
    void relayout();
    // The display rows for the filter and sort, with the counts the headings show.
    void rebuildRows();
    // Whether a row passes the filters other than the search.
    bool passes(int row) const;
    QVariant nameData(int row, int role) const;
    QVariant cellData(int row, int column, int role) const;
    QString cellToolTip(int row, int column) const;

    const ToolIcons *m_icons;
    std::vector<std::shared_ptr<const Integration>> m_integrations;
    std::unique_ptr<CoverageMatrix> m_matrix;
    std::vector<QString> m_searchText;        // by matrix row: lower-cased IDs and label
    std::vector<std::uint8_t> m_statusesSeen; // by matrix row: a bit per status of its cells
    mutable std::vector<std::unique_ptr<ModelLookup>> m_lookups; // by column, made for tooltips
    MatrixFilter m_filter;
    int m_sortColumn = -1; // -1: first-seen order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows; // display row → matrix row, or a heading
    int m_shownMatrixRows = 0;
    std::array<int, 2> m_shownModels{}; // by kind, for the headings
    std::optional<RowColours> m_colours;
    QPalette m_palette;
};

} // namespace kombo
