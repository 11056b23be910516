// SPDX-License-Identifier: MIT
#include "ui/compareview.h"

#include "export/outputfile.h"
#include "export/reports.h"
#include "settings/settings.h"
#include "ui/dialogs.h"
#include "ui/flowlayout.h"
#include "ui/statustoggles.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kombo {

namespace {

constexpr int kCellWidth = 120;     // an integration's column: room for two short header lines
constexpr int kNamesWidth = 280;    // the frozen Name column at first
constexpr int kHeaderIconSize = 20; // the tool's icon in a column's header

} // namespace

CompareView::CompareView(Dialogs &dialogs, Settings &settings, const ToolIcons *icons,
                         QWidget *parent)
    : QWidget(parent), m_dialogs(dialogs), m_settings(settings),
      m_model(new CoverageMatrixModel(icons, this)), m_search(new QLineEdit(this)),
      m_differs(new QCheckBox(tr("Differs between integrations"), this)),
      m_unavailable(new QCheckBox(tr("Unavailable somewhere"), this)), m_shown(new QLabel(this)),
      m_export(new QPushButton(tr("Export matrix CSV…"), this)), m_names(new QTableView(this)),
      m_cells(new QTableView(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_differs->setObjectName(QStringLiteral("matrixDiffers"));
    m_unavailable->setObjectName(QStringLiteral("matrixUnavailableSomewhere"));
    m_shown->setObjectName(QStringLiteral("matrixShownCount"));
    m_export->setObjectName(QStringLiteral("matrixExport"));
    m_names->setObjectName(QStringLiteral("matrixNames"));
    m_cells->setObjectName(QStringLiteral("compareMatrix"));

    m_search->setPlaceholderText(tr("Search IDs and labels"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100);
    m_differs->setToolTip(tr("Only rows whose availability is not the same in every integration"));
    m_unavailable->setToolTip(tr("Only rows that some integration cannot give"));
    connect(m_search, &QLineEdit::textChanged, this, &CompareView::applyFilter);
    connect(m_differs, &QCheckBox::toggled, this, &CompareView::applyFilter);
    connect(m_unavailable, &QCheckBox::toggled, this, &CompareView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportCsv);

    // Everything but the search wraps, so that the view never sets the window's width.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_export);
    auto *statusRow = new FlowLayout;
    statusRow->addWidget(m_differs);
    statusRow->addWidget(m_unavailable);
    statusRow->addWidget(new QLabel(tr("Show:"), this));
    m_statusToggles = new StatusToggles(QStringLiteral("matrixStatusToggle"),
                                        tr("Rows where some integration's status is %1: %2"), this);
    connect(m_statusToggles, &StatusToggles::changed, this, &CompareView::applyFilter);
    m_statusToggles->addTo(statusRow);
    statusRow->addWidget(m_shown);

    // One model, two views: the names stay while the cells scroll sideways. They share the
    // selection, the row height and the vertical scroll position.
    for (QTableView *view : {m_names, m_cells}) {
        view->setModel(m_model);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // same viewport heights
        view->horizontalHeader()->setSectionsClickable(true);
        view->horizontalHeader()->setSortIndicatorShown(true);
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->horizontalHeader()->setHighlightSections(false);
        connect(view->horizontalHeader(), &QHeaderView::sectionClicked, this,
                &CompareView::sortBy);
    }
    QItemSelectionModel *own = m_names->selectionModel();
    m_names->setSelectionModel(m_cells->selectionModel());
    delete own; // a view does not delete the selection model it is given up
    m_names->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_names->horizontalHeader()->setStretchLastSection(true);
    m_names->setTextElideMode(Qt::ElideMiddle); // "Employees (hris_employees)" keeps its ID
    m_cells->horizontalHeader()->setDefaultSectionSize(kCellWidth);
    m_cells->horizontalHeader()->setMinimumSectionSize(40);
    m_cells->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_cells->setIconSize(QSize(kHeaderIconSize, kHeaderIconSize));
    m_cells->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_cells->verticalScrollBar(), &QScrollBar::valueChanged,
            m_names->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_names->verticalScrollBar(), &QScrollBar::valueChanged,
            m_cells->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareView::splitColumns);
    connect(m_model, &CoverageMatrixModel::filterApplied, this, &CompareView::updateShownCount);
    connect(m_cells->horizontalHeader(), &QHeaderView::geometriesChanged, this, [this] {
        // The names' header as tall as the integrations', so that the rows line up.
        const int height = m_cells->horizontalHeader()->height();
        if (m_names->horizontalHeader()->height() != height)
            m_names->horizontalHeader()->setFixedHeight(height);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_names);
    splitter->addWidget(m_cells);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({kNamesWidth, 600});

    auto *legend = new QLabel(
        tr("\u2714 available \u00b7 \u2298 supported, not available here (scope config, opt-out, "
           "its model) \u00b7 \u2716 unsupported \u00b7 \u25D0 not implemented \u00b7 ? unknown "
           "\u00b7 \u25C7 unrecognised \u00b7 \u2013 missing \u00b7 \u26A0 the integration "
           "cannot be used. Hover over a cell for its word and why; click a header to sort."),
        this);
    legend->setObjectName(QStringLiteral("matrixLegend"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true); // the wrapping toggles
    setSizePolicy(policy);
    layout->addLayout(searchRow);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(legend);
    updateColours();
    splitColumns();
    updateShownCount();
}

CompareView::~CompareView() = default;

void CompareView::setIntegrations(std::vector<std::shared_ptr<const Integration>> integrations)
{
    const bool queued = m_pending.has_value();
    m_pending = std::move(integrations);
    // Built once the loads of this turn of the event loop are all in, and only if shown.
    if (!queued && isVisible())
        QTimer::singleShot(0, this, &CompareView::applyPending);
}

void CompareView::applyPending()
{
    if (!m_pending)
        return;
    auto integrations = std::move(*m_pending);
    m_pending.reset();
    m_model->setIntegrations(std::move(integrations));
}

void CompareView::showEvent(QShowEvent *event)
{
    applyPending();
    QWidget::showEvent(event);
}

void CompareView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CompareView::applyFilter()
{
    MatrixFilter filter;
    filter.text = m_search->text().trimmed();
    filter.statuses = m_statusToggles->statuses();
    filter.differsOnly = m_differs->isChecked();
    filter.unavailableSomewhereOnly = m_unavailable->isChecked();
    m_model->setFilter(filter);
}

void CompareView::updateShownCount()
{
    const CoverageMatrix &matrix = m_model->matrix();
    m_shown->setText(tr("Showing %1 of %2 rows in %n integration(s)", nullptr,
                        matrix.columnCount())
                         .arg(m_model->shownMatrixRowCount())
                         .arg(matrix.rowCount()));
    m_export->setEnabled(matrix.columnCount() > 0);
}

void CompareView::splitColumns()
{
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column) {
        const bool isName = column == CoverageMatrixModel::kNameColumn;
        m_names->setColumnHidden(column, !isName);
        m_cells->setColumnHidden(column, isName);
    }
    // The model keeps the sort; the headers show it again after the reset.
    m_names->horizontalHeader()->setSortIndicator(
        m_sortColumn == CoverageMatrixModel::kNameColumn ? 0 : -1, m_sortOrder);
    m_cells->horizontalHeader()->setSortIndicator(m_sortColumn > 0 ? m_sortColumn : -1,
                                                  m_sortOrder);
    if (m_sortColumn >= columns) { // its integration was closed
        m_sortColumn = -1;
        m_model->sort(-1);
    }
}

void CompareView::sortBy(int column)
{
    // Each click on the same header: ascending, descending, then first-seen order again.
    if (column != m_sortColumn) {
        m_sortColumn = column;
        m_sortOrder = Qt::AscendingOrder;
    } else if (m_sortOrder == Qt::AscendingOrder) {
        m_sortOrder = Qt::DescendingOrder;
    } else {
        m_sortColumn = -1;
        m_sortOrder = Qt::AscendingOrder;
    }
    m_names->horizontalHeader()->setSortIndicator(
        m_sortColumn == CoverageMatrixModel::kNameColumn ? 0 : -1, m_sortOrder);
    m_cells->horizontalHeader()->setSortIndicator(m_sortColumn > 0 ? m_sortColumn : -1,
                                                  m_sortOrder);
    m_model->sort(m_sortColumn, m_sortOrder);
}

void CompareView::exportCsv()
{
    applyPending();
    const CoverageMatrix &matrix = m_model->matrix();
    if (matrix.columnCount() == 0)
        return;
    const bool isFiltered = m_model->filter() != MatrixFilter();
    const QString suggested =
        QDir(m_settings.lastFolder()).filePath(QStringLiteral("coverage-matrix.csv"));
    const std::optional<ExportChoice> choice =
        m_dialogs.matrixExportChoice(this, suggested, isFiltered);
    if (!choice)
        return;
    const CsvOptions options{choice->byteOrderMark};
    const bool filtered = choice->filteredView;
    const std::vector<int> rows = filtered ? m_model->shownMatrixRows() : std::vector<int>();
    const Result<void> saved = saveAtomically(choice->path, [&](QIODevice &device) {
        return filtered ? writeMatrixReport(device, matrix, rows, options)
                        : writeMatrixReport(device, matrix, options);
    });
    if (const Failure *failure = saved.failure()) {
        emit exportFailed(tr("Could not export %1:").arg(QFileInfo(choice->path).fileName()),
                          *failure);
        return;
    }
    m_settings.setLastFolder(QFileInfo(choice->path).absolutePath());
    emit exported(tr("Exported %1 to %2.")
                      .arg(filtered ? tr("the filtered matrix") : tr("the whole matrix"),
                           choice->path));
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QWidget::changeEvent(event);
}

void CompareView::updateColours()
{
    m_model->setPalette(palette());
    m_statusToggles->updateColours(palette());
}

} // namespace kombo
