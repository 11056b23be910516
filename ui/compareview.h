// SPDX-License-Identifier: MIT
#pragma once

#include "compare/matrixmodel.h"

#include <memory>
#include <QWidget>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kombo {

class StatusToggles;

class Dialogs;
struct Failure;
class Settings;
class ToolIcons;

// The compare view of SPEC §8: the open integrations side by side, one column each (tool icon,
// tool and end user; the ID in the tooltip), one row per model, action and field any of them
// has, each cell a glyph and colour for its availability word (the word and the reasons in
// the tooltip). The Name column stays in place while the integrations scroll sideways: two
// views over one model, sharing rows, selection and vertical scrolling. Filters "differs
// between integrations" and "unavailable somewhere", the search and the status toggles; a
// header sorts; the matrix CSV (--report matrix) exports all rows or the filtered ones.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    CompareView(Dialogs &dialogs, Settings &settings, const ToolIcons *icons,
                QWidget *parent = nullptr);
    ~CompareView() override;

    // The columns. The matrix is built when the view is next shown, so a batch of loads
    // builds it once, not once per integration.
    void setIntegrations(std::vector<std::shared_ptr<const Integration>> integrations);
    CoverageMatrixModel &model() { return *m_model; }
    void focusSearch();
    void exportCsv();

signals:
    void exported(const QString &message);
    void exportFailed(const QString &what, const kombo::Failure &failure);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPending();
    void applyFilter();
    void updateColours();
    // After the model's columns changed: the names view shows only the Name column, the
    // cells view every other one.
    void splitColumns();
    void sortBy(int column);
    void updateShownCount();

    Dialogs &m_dialogs;
    Settings &m_settings;
    CoverageMatrixModel *m_model;
    std::optional<std::vector<std::shared_ptr<const Integration>>> m_pending;
    QLineEdit *m_search;
    StatusToggles *m_statusToggles = nullptr;
    QCheckBox *m_differs;
    QCheckBox *m_unavailable;
    QLabel *m_shown;
    QPushButton *m_export;
    QTableView *m_names;
    QTableView *m_cells;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kombo
