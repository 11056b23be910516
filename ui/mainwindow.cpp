// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "common/safetext.h"
#include "export/csvfile.h"
#include "export/csvwriter.h"
#include "export/outputfile.h"
#include "load/responsefile.h"
#include "model/columns.h"
#include "model/coveragestyle.h"
#include "model/coveragesummary.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"
#include "net/apiendpoint.h"
#include "keys/apikeystore.h"
#include "net/logoloader.h"
#include "ui/compareview.h"
#include "ui/coveragebardelegate.h"
#include "ui/detailspane.h"
#include "ui/dialogs.h"
#include "ui/filterbar.h"
#include "ui/historypanel.h"
#include "ui/integrationheader.h"
#include "ui/integrationlist.h"
#include "ui/loadbar.h"
#include "ui/messagebanner.h"
#include "ui/readinesspanel.h"
#include "ui/requirementseditor.h"
#include "ui/summarypanel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace kombo {

namespace {

constexpr int kWindowIconSize = 64;
constexpr std::size_t kAutoExpandFieldLimit = 2000;
constexpr int kSidePanelBesideFrom = 1000; // px of window width

bool isJsonFile(const QUrl &url)
{
    return url.isLocalFile() &&
           url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

bool isRequirementsFile(const QUrl &url)
{
    return url.isLocalFile() &&
           url.toLocalFile().endsWith(QLatin1String(".kcreq"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(Dialogs &dialogs, QNetworkAccessManager *network, LogoLoader &logos,
                       ApiKeyStore &keys, QWidget *parent)
    : QMainWindow(parent), m_dialogs(dialogs), m_logos(logos), m_keys(keys), m_loader(network),
      m_model(new CoverageTreeModel(this)), m_header(new IntegrationHeader(this)),
      m_loadBar(new LoadBar(this)), m_message(new MessageBanner(this)),
      m_filterBar(new FilterBar(this)), m_tree(new QTreeView(this)),
      m_summary(new SummaryPanel(this)), m_details(new DetailsPane(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_open(new OpenIntegrations(&m_icons, this)),
      m_list(new IntegrationList(*m_open, this)),
      m_compare(new CompareView(m_dialogs, m_settings, &m_icons, this))
{
    setWindowTitle(tr("Kombo Coverage") + QStringLiteral("[*]")); // [*]: unsaved requirements
    setWindowIcon(QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")));
    setAcceptDrops(true);
    setCentralWidget(createCentralWidget());
    connect(&m_keys, &ApiKeyStore::changed, this, &MainWindow::showKeyState);
    m_requirementsEditor = new RequirementsEditor(
        m_dialogs, m_settings, {this, m_model, m_tree, m_filterBar, m_readiness, m_message});
    const auto requirementsChanged = [this] {
        m_details->showIndex(m_tree->currentIndex());
        showReadinessInList();
        // Without requirements the box is one line of advice; with them, a list to read.
        m_infoLayout->setStretchFactor(m_readinessBox,
                                       m_requirementsEditor->requirements().isActive() ? 1 : 0);
    };
    connect(&m_requirementsEditor->requirements(), &OpenRequirements::changed, this,
            requirementsChanged);
    requirementsChanged(); // the last requirements may have been reopened already
    createActions();
    createMenus();

    connect(&m_logos, &LogoLoader::loaded, this, &MainWindow::logoLoaded);
    connect(&m_logos, &LogoLoader::failed, this, &MainWindow::logoFailed);
    connect(&m_logos, &LogoLoader::loaded, this, &MainWindow::toolIconLoaded);
    connect(&m_loader, &BatchLoader::retrying, this, &MainWindow::showRetry);
    connect(&m_loader, &BatchLoader::finished, this, &MainWindow::loadingFinished);
    m_retryCountdown.setInterval(1000);
    connect(&m_retryCountdown, &QTimer::timeout, this, [this] {
        m_retrySecondsLeft = std::max(0, m_retrySecondsLeft - 1);
        showRetryCountdown();
    });

    m_loadBar->setRecentIds(m_settings.recentIds());
    m_loadBar->setBaseUrl(m_settings.baseUrl());
    connect(m_loadBar, &LoadBar::loadRequested, this, &MainWindow::loadFromLoadBar);
    connect(m_loadBar, &LoadBar::cancelRequested, this, &MainWindow::cancelLoads);
    connect(m_loadBar, &LoadBar::baseUrlChanged, this,
            [this](const QString &url) { m_settings.setBaseUrl(url); });

    connect(m_filterBar, &FilterBar::criteriaChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::nextMatchRequested, this, [this] { goToMatch(false); });
    connect(m_filterBar, &FilterBar::previousMatchRequested, this, [this] { goToMatch(true); });
    connect(m_filterBar, &FilterBar::expandAllRequested, m_tree, &QTreeView::expandAll);
    connect(m_filterBar, &FilterBar::collapseAllRequested, this, &MainWindow::collapseAll);
    connect(m_model, &CoverageTreeModel::filterApplied, this, [this] {
        const Integration *integration = m_model->integration().get();
        m_filterBar->setShownCount(m_model->visibleRows().shownFieldCount(),
                                   integration ? integration->fields.size() : 0);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, m_details,
            &DetailsPane::showIndex);

    m_model->setPalette(palette());
    m_filterBar->updateColours(palette());
    m_summary->updateColours(palette());
    // A first start fills most of the screen it is on, up to a comfortable size.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 820);
    resize(QSize(1280, 820).boundedTo(available * 9 / 10));
    restoreGeometry(m_settings.windowGeometry());
    m_tree->header()->restoreState(m_settings.treeHeaderState());
    m_requirementsEditor->reopenLast();
}

MainWindow::~MainWindow()
{
    // The views go first: while they hide they still ask for icons, which members hold.
    delete takeCentralWidget();
}

QWidget *MainWindow::createCentralWidget()
{
    m_tree->setObjectName(QStringLiteral("coverageTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new CoverageBarDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // the response's own order
    // Names take whatever width the other columns leave; those keep the widths set for them.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->header()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(kCoverageColumn, 200);
    for (int column = kCoverageColumn + 1; column < kTreeColumnCount; ++column)
        m_tree->header()->resizeSection(column, m_tree->header()->sectionSizeHint(column));
    // Its width decides the names' (fitNameColumn). Kept apart from m_tree, whose viewport()
    // cannot be asked for while the tree is being destroyed and its viewport still sends events.
    m_treeViewport = m_tree->viewport();
    m_treeViewport->installEventFilter(this);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != kNameColumn)
            fitNameColumn();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree->header(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showColumnMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { rememberOpenModel(index, true); });
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { rememberOpenModel(index, false); });

    m_legend = new QLabel(tr("Rows in lighter italics are not available: hover over one, or "
                             "select it, to see why. The bar before a model's coverage shows its "
                             "fields' statuses."),
                          this);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setWordWrap(true);

    // Until something is loaded, the tree's place says how to load, rather than showing an
    // empty grid, a summary of zeros and filters that look like data.
    m_emptyState =
        new QLabel(tr("No integration is loaded yet.\n\n"
                      "Type an integration ID above and press Load (Ctrl+L),\n"
                      "open a saved response (File → Open, Ctrl+O) or drop one on this window,\n"
                      "or look around the demo (Help → Open demo)."),
                   this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);

    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_filterBar);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_emptyState, 1);
    treeLayout->addWidget(m_legend);

    // Summary and details, one above the other beside the tree, or side by side below it.
    const auto titled = [this](const QString &title, QWidget *content) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(title, box));
        layout->addWidget(content, 1);
        return box;
    };
    auto *infoSide = new QWidget(this);
    m_infoSide = infoSide;
    m_infoLayout = new QBoxLayout(QBoxLayout::TopToBottom, infoSide);
    m_infoLayout->setContentsMargins(0, 0, 0, 0);
    m_infoLayout->addWidget(titled(tr("<b>Summary</b>"), m_summary));
    QWidget *historyBox = titled(tr("<b>History</b>"), createHistoryPanel());
    m_infoLayout->addWidget(historyBox);
    // A list of snapshots takes room; the response shown alone with its advice does not.
    connect(m_historyPanel, &HistoryPanel::hasHistoryChanged, this,
            [this, historyBox](bool hasHistory) {
                m_infoLayout->setStretchFactor(historyBox, hasHistory ? 1 : 0);
            });
    m_readiness = new ReadinessPanel(this);
    m_readinessBox = titled(tr("<b>Requirements</b>"), m_readiness);
    m_infoLayout->addWidget(m_readinessBox); // takes room once requirements are open
    m_infoLayout->addWidget(titled(tr("<b>Details</b>"), m_details), 2);
    m_details->setMinimumHeight(60);

    m_splitter->addWidget(treeSide);
    m_splitter->addWidget(infoSide);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({900, 320});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(m_loadBar);
    layout->addWidget(m_message);
    layout->addWidget(createWorkArea(m_splitter), 1);
    showContent(false);
    return central;
}

void MainWindow::createActions()
{
    auto shortcut = [this](QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        addAction(action); // works while the menu bar is hidden too
        return action;
    };
    m_saveAction = shortcut(new QAction(tr("&Save response as JSON…"), this), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveResponse);
    m_exportAction =
        shortcut(new QAction(tr("&Export CSV…"), this), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    m_reloadAction = shortcut(new QAction(tr("&Reload"), this), QKeySequence(Qt::Key_F5));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    m_cancelAction =
        shortcut(new QAction(tr("&Cancel loading"), this), QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoads);
    for (QAction *action : {m_saveAction, m_exportAction, m_reloadAction})
        action->setEnabled(false);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open saved response…"), QKeySequence::Open, this, &MainWindow::openFile);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &path : m_settings.recentFiles()) {
            // A file name may be anything: as a menu entry it is one plain line.
            recent->addAction(oneLine(QDir::toNativeSeparators(path), kMaxLabelChars), this,
                              [this, path] { loadFile(path); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No recent files"))->setEnabled(false);
    });
    file->addAction(m_saveAction);
    file->addAction(m_exportAction);
    addHistoryActions(file, nullptr);
    file->addSeparator();
    m_requirementsEditor->addFileActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy rows"), QKeySequence::Copy, this, &MainWindow::copySelection);
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_filterBar, &FilterBar::focusSearch);
    edit->addSeparator();
    QMenu *marks = edit->addMenu(tr("&Requirement of the selected rows"));
    connect(marks, &QMenu::aboutToShow, this, [this, marks] {
        marks->clear();
        m_requirementsEditor->addMarkActions(marks);
    });
    edit->addSeparator();
    // Ctrl+, as most Linux applications: QKeySequence::Preferences is empty on plain X11.
    edit->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                    &MainWindow::showSettings);

    QMenu *load = menuBar()->addMenu(tr("&Integration"));
    load->addAction(tr("Enter &ID"), QKeySequence(Qt::CTRL | Qt::Key_L), m_loadBar,
                    &LoadBar::focusIdBox);
    load->addAction(m_reloadAction);
    load->addAction(m_cancelAction);
    addHistoryActions(nullptr, load);
    createSeveralIntegrationsActions(load);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &demo"), this, &MainWindow::loadDemo);
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    [this] { m_dialogs.showShortcuts(this); });
    help->addAction(tr("Kombo API &documentation"), this,
                    [this] { m_dialogs.openWebPage(komboApiDocumentation()); });
    help->addAction(tr("&About Kombo Coverage"), this, [this] { m_dialogs.showAbout(this); });
}

bool MainWindow::loadFile(const QString &path)
{
    return openResponseFile(path, Show::Now);
}

bool MainWindow::openResponseFile(const QString &path, Show show)
{
    const QString name = QFileInfo(path).fileName();
    const QString location = QFileInfo(path).absoluteFilePath(); // one entry per file
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    auto bytes = readResponseFile(path);
    LoadResult result = bytes.failure() ? LoadResult(*bytes.failure())
                                        : toLoadedIntegration(std::move(bytes).value(), name);
    bool loaded = false;
    if (show == Show::Now) {
        loaded = showLoaded(std::move(result), Source::File, location);
    } else {
        const int row = record(result, Source::File, location);
        loaded = !result.failure();
        if (isShown(Source::File, location) && loaded)
            showEntry(row); // a reload of the one shown keeps the person's place
        updateOpenIntegrations();
        emit loadFinished(loaded ? 0 : result.failure()->exitCode());
    }
    if (loaded)
        m_settings.addRecentFile(location);
    return loaded;
}

bool MainWindow::loadDemo()
{
    const QIcon icon(QStringLiteral(":/kombo/demo/otterly-icon.svg"));
    LoadResult demo = toLoadedIntegration(demoResponse(), QStringLiteral("demo"));
    if (!demo.failure()) // offline by nature: its icon ships with the app
        m_icons.setIcon(demo.value().integration->tool.iconUrl, icon);
    return showLoaded(std::move(demo), Source::Demo, {});
}

void MainWindow::setBaseUrl(const QString &url)
{
    m_loadBar->setBaseUrl(url);
}

void MainWindow::showWelcome()
{
    if (!m_keys.apiKey()) {
        loadDemo();
        m_message->showMessage(
            MessageBanner::Kind::Info,
            tr("This is the bundled demo. To look at a real integration, enter its ID and press "
               "Load; Kombo Coverage asks for an API key (Edit → Settings), or set "
               "KOMBO_API_KEY."));
        return;
    }
    m_loadBar->focusIdBox();
}

QString MainWindow::couldNotLoad(Source source, const QString &location)
{
    switch (source) {
    case Source::Api:
        return tr("Could not load %1:").arg(oneLine(location, kMaxLabelChars));
    case Source::Demo:
        return tr("Could not open the demo:");
    case Source::File:
    case Source::None:
        break;
    }
    return tr("Could not open %1:").arg(QFileInfo(location).fileName());
}

bool MainWindow::showLoaded(LoadResult result, Source source, const QString &location)
{
    const int row = record(result, source, location);
    if (const Failure *failure = result.failure()) {
        showFailure(couldNotLoad(source, location), *failure);
        updateOpenIntegrations();
        emit loadFinished(failure->exitCode());
        return false;
    }
    showEntry(row);
    emit loadFinished(0);
    return true;
}

void MainWindow::showEntry(int row)
{
    const OpenIntegrations::Entry &entry = m_open->entry(row);
    if (!m_current || m_current->integration->id != entry.loaded->integration->id)
        m_openModels.clear(); // another integration: the models opened were the other one's
    // A reload of what is shown keeps what it is compared with, now against the new response.
    const bool reload = m_current && m_source == entry.source && m_location == entry.location;
    const std::shared_ptr<const TreeDiff> compared = reload ? m_model->changes() : nullptr;
    const QString comparedSnapshot = m_comparedSnapshot;
    m_current = entry.loaded;
    showContent(true);
    m_header->show();
    m_source = entry.source;
    m_location = entry.location;
    m_list->setCurrentRow(row);
    const Integration &integration = *m_current->integration;

    m_message->hide();
    m_header->setIntegration(integration);
    showLogo();
    setWindowTitle(tr("%1 — %2 — Kombo Coverage")
                       .arg(oneLine(integration.tool.label, kMaxLabelChars),
                            oneLine(integration.id, kMaxLabelChars)) +
                   QStringLiteral("[*]"));
    m_model->setIntegration(m_current->integration); // a reload keeps the person's place
    m_requirementsEditor->integrationShown();
    expandForView();
    const CoverageSummary summary = CoverageSummary::of(integration);
    m_summary->setSummary(summary);
    m_filterBar->setUnrecognisedToggleVisible(summary.hasUnrecognised());
    keepCurrentRowInView();
    for (QAction *action : {m_saveAction, m_exportAction, m_reloadAction})
        action->setEnabled(true);
    historyAfterLoad();
    if (compared)
        compareWith(compared->olderIntegration(), compared->olderName(), comparedSnapshot);
    updateOpenIntegrations();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_treeViewport && event->type() == QEvent::Resize)
        fitNameColumn();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitNameColumn()
{
    // Names take the width the other columns leave, but never so little that no name can be
    // read (beside the list of integrations, say): then the tree scrolls sideways instead. A
    // window 800 px wide still shows every column beside names this wide.
    constexpr int kMinNameWidth = 150;
    QHeaderView *header = m_tree->header();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != kNameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const bool roomy = m_tree->viewport()->width() - others >= kMinNameWidth;
    header->setSectionResizeMode(kNameColumn, roomy ? QHeaderView::Stretch
                                                    : QHeaderView::Interactive);
    if (!roomy)
        header->resizeSection(kNameColumn, kMinNameWidth);
}

void MainWindow::showLogo()
{
    const qreal ratio = devicePixelRatioF();
    // The demo is offline by nature: its logo and icon ship with the app.
    if (m_source == Source::Demo) {
        const QIcon logo(QStringLiteral(":/kombo/demo/otterly-logo.svg"));
        const QIcon icon(QStringLiteral(":/kombo/demo/otterly-icon.svg"));
        m_header->setLogo(logo.pixmap(QSize(kHeaderLogoHeight * 4, kHeaderLogoHeight), ratio));
        m_header->setIcon(icon.pixmap(QSize(kHeaderIconSize, kHeaderIconSize), ratio));
        setWindowIcon(icon);
        return;
    }
    const Tool &tool = m_current->integration->tool;
    m_header->setLogo({}, tr("Loading the logo from %1…").arg(tool.logoUrl));
    m_header->setIcon({});
    setWindowIcon(QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")));
    // After the first paint: starting TLS costs the GUI thread tens of milliseconds.
    QTimer::singleShot(
        0, this, [this, logo = QUrl(tool.logoUrl), icon = QUrl(tool.iconUrl), ratio] {
            m_logos.load(logo, QSize(kHeaderLogoHeight * 4, kHeaderLogoHeight) * ratio);
            m_logos.load(icon, QSize(kWindowIconSize, kWindowIconSize) * ratio);
        });
}

void MainWindow::logoLoaded(const QUrl &url, const QImage &image)
{
    if (!m_current || m_source == Source::Demo)
        return;
    const Tool &tool = m_current->integration->tool;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    if (url == QUrl(tool.logoUrl))
        m_header->setLogo(pixmap, tool.logoUrl);
    if (url == QUrl(tool.iconUrl)) {
        setWindowIcon(QIcon(pixmap));
        m_header->setIcon(
            pixmap.scaled(QSize(kHeaderIconSize, kHeaderIconSize) * devicePixelRatioF(),
                          Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

void MainWindow::logoFailed(const QUrl &url, const QString &reason)
{
    if (m_current && m_source != Source::Demo && url == QUrl(m_current->integration->tool.logoUrl))
        m_header->setLogo({}, tr("The logo is not shown: %1.").arg(reason));
}

void MainWindow::showFailure(const QString &what, const Failure &failure)
{
    QString text = oneLine(failure.localizedMessage());
    if (m_current) {
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        text += QLatin1Char(' ') + stillShowing();
    }
    MessageBanner::Link log;
    if (failure.apiError && failure.apiError->logUrl)
        log = {QUrl(*failure.apiError->logUrl), tr("Open the log")};
    m_message->showMessage(MessageBanner::Kind::Error, text, what, log);
}

QString MainWindow::stillShowing() const
{
    return tr("Still showing %1.").arg(oneLine(m_current->integration->id, kMaxLabelChars));
}

void MainWindow::applyFilter(const FilterCriteria &criteria)
{
    m_model->setFilter(criteria); // rows that stay keep their expansion and selection
    reopenModels();
    expandForView();
    keepCurrentRowInView();
}

void MainWindow::rememberOpenModel(const QModelIndex &index, bool open)
{
    if (m_expandingForView ||
        index.data(RowKindRole).toInt() != int(CoverageTreeModel::RowKind::Model))
        return;
    const QString key =
        QString::number(index.parent().row()) + QLatin1Char('/') + index.data(IdRole).toString();
    if (open)
        m_openModels.insert(key);
    else
        m_openModels.remove(key);
}

void MainWindow::reopenModels()
{
    // Models a filter hid come back open if the person had opened them.
    if (m_openModels.isEmpty())
        return;
    const QScopedValueRollback<bool> quiet(m_expandingForView, true);
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex groupIndex = m_model->index(group, 0);
        for (int row = 0; row < m_model->rowCount(groupIndex); ++row) {
            const QModelIndex model = m_model->index(row, 0, groupIndex);
            if (m_openModels.contains(QString::number(group) + QLatin1Char('/') +
                                      model.data(IdRole).toString()) &&
                !m_tree->isExpanded(model))
                m_tree->expand(model);
        }
    }
}

void MainWindow::expandForView()
{
    const QScopedValueRollback<bool> quiet(m_expandingForView, true);
    // While searching, matches are opened up unless there are so many that laying them all
    // out would stall typing; the groups are always open. What the person opened stays open.
    if ((!m_model->filter().text.isEmpty() || m_model->filter().changesOnly) &&
        m_model->visibleRows().shownFieldCount() <= kAutoExpandFieldLimit) {
        m_tree->expandAll();
        return;
    }
    // Not expandToDepth(0): that lays the whole tree out again.
    for (int group = 0; group < m_model->rowCount(); ++group)
        m_tree->expand(m_model->index(group, 0));
}

void MainWindow::keepCurrentRowInView()
{
    // The details describe the current row, or nothing once a filter has hidden it.
    const QModelIndex current = m_tree->currentIndex();
    m_details->showIndex(current);
    if (current.isValid())
        m_tree->scrollTo(current);
}

void MainWindow::goToMatch(bool backwards)
{
    const CoverageTreeModel::Match match = m_model->nextMatch(m_tree->currentIndex(), backwards);
    m_filterBar->setMatchPosition(match.number, match.total);
    if (!match.index.isValid())
        return;
    m_tree->setCurrentIndex(match.index);
    m_tree->scrollTo(match.index);
}

std::optional<QString> MainWindow::apiKey()
{
    if (!m_keys.apiKey())
        showSettings();
    return m_keys.apiKey();
}

void MainWindow::showSettings()
{
    // A base URL being typed may not be valid yet: then keys are checked with the default.
    const Result<QUrl> baseUrl = parseBaseUrl(m_loadBar->baseUrl());
    m_dialogs.showSettings(this, baseUrl.failure() ? QUrl(QString::fromLatin1(kEuBaseUrl))
                                                   : baseUrl.value());
}

void MainWindow::showKeyState()
{
    // Said once per reason, and not while a load is under way: its outcome replaces banners.
    if (m_keys.origin() != ApiKeyStore::Origin::Session || m_keys.isBusy() ||
        m_loader.count() > 0 || m_keys.keychainProblem() == m_keyNotice)
        return;
    m_keyNotice = m_keys.keychainProblem();
    m_message->showMessage(MessageBanner::Kind::Warning, m_keyNotice);
}

void MainWindow::loadFromLoadBar()
{
    // A paste of many lines is many IDs.
    const QStringList ids = m_loadBar->integrationIds();
    if (ids.isEmpty()) {
        m_loadBar->focusIdBox();
        return;
    }
    loadIntegrations(ids);
    if (ids.size() > 1)
        m_loadBar->setIntegrationId({}); // they are in the list now; the box is for the next one
}

void MainWindow::loadIntegration(const QString &integrationId)
{
    startLoads({integrationId}, true);
}

void MainWindow::loadIntegrations(const QStringList &integrationIds)
{
    startLoads(integrationIds, true);
}

void MainWindow::startLoads(const QStringList &integrationIds, bool showFirst)
{
    if (integrationIds.isEmpty())
        return;
    const QString integrationId = integrationIds.size() == 1
                                      ? integrationIds.first()
                                      : tr("%n integration(s)", nullptr, int(integrationIds.size()));
    const auto baseUrl = parseBaseUrl(m_loadBar->baseUrl());
    if (const Failure *failure = baseUrl.failure()) {
        showFailure(tr("Cannot load %1:").arg(oneLine(integrationId, kMaxLabelChars)), *failure);
        return emit loadFinished(failure->exitCode());
    }
    const std::optional<QString> key = apiKey();
    if (!key) {
        m_message->showMessage(
            MessageBanner::Kind::Info,
            tr("Loading needs a Kombo API key: enter one in Settings, or set KOMBO_API_KEY."));
        m_message->offerAction(tr("Settings…"), [this] { showSettings(); });
        return;
    }
    const Result<void> usable = checkApiKey(*key);
    if (const Failure *failure = usable.failure()) {
        showFailure(tr("Cannot load %1:").arg(oneLine(integrationId, kMaxLabelChars)), *failure);
        m_message->offerAction(tr("Settings…"), [this] { showSettings(); });
        return emit loadFinished(failure->exitCode());
    }
    m_message->hide(); // an old error does not describe this load
    if (m_loader.count() == 0)
        m_batchFailures = 0;
    m_showNextLoaded = m_showNextLoaded || showFirst;
    if (integrationIds.size() == 1)
        m_loadBar->setIntegrationId(integrationIds.first());
    for (const QString &id : integrationIds) {
        m_open->open(Source::Api, id);
        m_loader.load(baseUrl.value(), *key, id);
    }
    m_loadBar->setBusy(true);
    updateLoadStatus();
    updateOpenIntegrations();
}

void MainWindow::showRetry(const QString &integrationId, int retry,
                           std::chrono::milliseconds delay, const QString &reason)
{
    if (m_loader.count() > 1) {
        // One of several: said on its entry, the load bar counts them all.
        if (const int row = m_open->find(Source::Api, integrationId); row >= 0) {
            m_open->setNote(row, tr("Retrying in %1 s (attempt %2 of %3)")
                                     .arg((delay.count() + 999) / 1000)
                                     .arg(retry + 1)
                                     .arg(kMaxRetries + 1) +
                                     QStringLiteral(": ") + oneLine(reason));
        }
        return;
    }
    m_retrySecondsLeft = int((delay.count() + 999) / 1000);
    m_retry = retry;
    m_retryReason = reason;
    showRetryCountdown();
    m_retryCountdown.start();
}

void MainWindow::showRetryCountdown()
{
    // Short enough to read at a glance; why is in the tooltip.
    m_loadBar->setStatus(tr("Retrying in %1 s (attempt %2 of %3)")
                             .arg(m_retrySecondsLeft)
                             .arg(m_retry + 1)
                             .arg(kMaxRetries + 1),
                         m_retryReason);
}

void MainWindow::loadingFinished(const QString &integrationId, const LoadResult &result)
{
    if (m_loader.count() == 0) {
        m_retryCountdown.stop();
        m_loadBar->setBusy(false);
    } else {
        updateLoadStatus();
    }
    const QString &id = integrationId;
    const int row = m_open->find(Source::Api, id);
    const Failure *failure = result.failure();
    if (failure && failure->kind == FailureKind::Cancelled) {
        if (row >= 0)
            m_open->setCancelled(row);
        if (!m_cancellingAll) {
            m_message->showMessage(
                MessageBanner::Kind::Info,
                tr("Loading %1 was cancelled.").arg(oneLine(id, kMaxLabelChars)) +
                    (m_current ? QLatin1Char(' ') + stillShowing() : QString()));
        }
        updateOpenIntegrations();
        emit loadFinished(failure->exitCode());
        return;
    }
    if (row < 0) // closed while it loaded
        return;
    const bool wasShown = isShown(Source::Api, id);
    if (failure) {
        // The one shown, or the one load asked for: in the banner. One of several: on its
        // entry only, and counted for a word at the end.
        if (wasShown || (m_showNextLoaded && m_loader.count() == 0 && m_batchFailures == 0)) {
            showLoaded(result, Source::Api, id);
            if (failure->rejectsApiKey())
                m_message->offerAction(tr("Settings…"), [this] { showSettings(); });
        } else {
            record(result, Source::Api, id);
            ++m_batchFailures;
            emit loadFinished(failure->exitCode());
        }
    } else {
        m_settings.addRecentId(id);
        m_loadBar->setRecentIds(m_settings.recentIds());
        if (wasShown || m_showNextLoaded) {
            m_showNextLoaded = false;
            showLoaded(result, Source::Api, id);
            showKeyState();
            keepShownSnapshot();
        } else {
            record(result, Source::Api, id);
            keepSnapshot(result.value());
            emit loadFinished(0);
        }
    }
    if (m_loader.count() == 0) {
        m_showNextLoaded = false;
        if (m_batchFailures > 0) {
            m_message->showMessage(
                MessageBanner::Kind::Warning,
                tr("%n integration(s) could not be loaded: the list marks them and says why when "
                   "you point at one.",
                   nullptr, std::exchange(m_batchFailures, 0)));
        }
    }
    updateOpenIntegrations();
}

void MainWindow::openFile()
{
    const QStringList paths = m_dialogs.openResponsePaths(this, m_settings.lastFolder());
    if (!paths.isEmpty())
        loadFiles(paths);
}

void MainWindow::saveResponse()
{
    if (!m_current)
        return;
    const QString suggested =
        QDir(m_settings.lastFolder())
            .filePath(QString(m_current->integration->id)
                          .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")),
                                   QStringLiteral("_")) +
                      QStringLiteral(".json"));
    const QString path = m_dialogs.saveResponsePath(this, suggested);
    if (path.isEmpty())
        return;
    const QByteArray &response = m_current->response;
    const Result<void> saved = saveAtomically(path, [&](QIODevice &device) -> Result<void> {
        if (device.write(response) == response.size())
            return {};
        return cannotWrite(device.errorString());
    });
    if (const Failure *failure = saved.failure()) {
        showFailure(tr("Could not save %1:").arg(QFileInfo(path).fileName()), *failure);
        return;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_message->showMessage(MessageBanner::Kind::Info, tr("Saved the response to %1.").arg(path));
}

void MainWindow::exportCsv()
{
    if (!m_current)
        return;
    const bool isFiltered = m_model->filter() != FilterCriteria();
    const QString suggested =
        QDir(m_settings.lastFolder())
            .filePath(m_current->integration->tool.id + QStringLiteral("-coverage.csv"));
    const std::optional<ExportChoice> choice = m_dialogs.exportChoice(this, suggested, isFiltered);
    if (!choice)
        return;
    const Integration &integration = *m_current->integration;
    const VisibleRows &rows = m_model->visibleRows();
    const bool filtered = choice->filteredView;
    const Result<void> saved = saveCsv(
        choice->path,
        [&](CsvWriter &writer) {
            return filtered ? writer.writeIntegration(integration, rows)
                            : writer.writeIntegration(integration);
        },
        CsvOptions{choice->byteOrderMark});
    if (const Failure *failure = saved.failure()) {
        showFailure(tr("Could not export %1:").arg(QFileInfo(choice->path).fileName()), *failure);
        return;
    }
    m_settings.setLastFolder(QFileInfo(choice->path).absolutePath());
    m_message->showMessage(
        MessageBanner::Kind::Info,
        tr("Exported %1 to %2.")
            .arg(filtered ? tr("the filtered view") : tr("the whole integration"), choice->path));
}

void MainWindow::reload()
{
    // The entry the person chose in the list (one that failed, say), else the one shown.
    int row = m_list->isVisible() ? m_list->currentRow() : -1;
    if (row < 0 && m_current)
        row = m_open->find(m_source, m_location);
    if (row >= 0)
        reloadIntegration(row);
}

void MainWindow::copySelection()
{
    // The export's columns and spelling, so that pasted rows say which model they belong to:
    // tab-separated as text, comma-separated as text/csv; in display order.
    QModelIndexList selected = m_tree->selectionModel()->selectedRows(kNameColumn);
    std::sort(selected.begin(), selected.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_tree->visualRect(a).top() < m_tree->visualRect(b).top();
    });
    std::vector<CoverageRow> rows;
    for (const QModelIndex &index : std::as_const(selected)) {
        if (const auto row = m_model->rowAt(index))
            rows.push_back(*row);
    }
    if (rows.empty())
        return;
    const auto table = [&rows](char separator) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvOptions{false, separator});
        if (!writer.writeHeader() || !writer.writeRows(rows) || !writer.finish())
            return QByteArray(); // memory does not fill up; were it to, nothing is copied
        return buffer.data();
    };
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(table('\t')));
    mime->setData(QStringLiteral("text/csv"), table(','));
    QApplication::clipboard()->setMimeData(mime);
}

void MainWindow::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy rows"), QKeySequence::Copy, this, &MainWindow::copySelection);
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid() &&
        index.data(RowKindRole).toInt() != int(CoverageTreeModel::RowKind::Group)) {
        menu.addAction(tr("Copy &ID"), this, [index] {
            QApplication::clipboard()->setText(index.data(IdRole).toString());
        });
    }
    if (index.isValid() &&
        index.data(RowKindRole).toInt() != int(CoverageTreeModel::RowKind::Group)) {
        menu.addSeparator();
        m_requirementsEditor->addMarkActions(&menu);
    }
    menu.addSeparator();
    menu.addAction(tr("&Expand all"), m_tree, &QTreeView::expandAll);
    menu.addAction(tr("C&ollapse all"), this, &MainWindow::collapseAll);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    // Which columns show; the choice is kept with the column widths.
    QMenu menu(this);
    for (int column = kNameColumn + 1; column < kTreeColumnCount; ++column) {
        QAction *action = menu.addAction(treeHeader(column));
        action->setCheckable(true);
        action->setChecked(!m_tree->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_tree->setColumnHidden(column, !shown); });
    }
    menu.exec(m_tree->header()->viewport()->mapToGlobal(position));
}

void MainWindow::showContent(bool loaded)
{
    for (QWidget *content : {static_cast<QWidget *>(m_filterBar), static_cast<QWidget *>(m_tree),
                             static_cast<QWidget *>(m_legend), m_infoSide})
        content->setVisible(loaded);
    m_emptyState->setVisible(!loaded);
}

void MainWindow::collapseAll()
{
    m_openModels.clear();
    m_tree->collapseAll();
    m_tree->expandToDepth(0); // the groups stay open
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_requirementsEditor->mayDiscard()) {
        event->ignore(); // the person chose to stay with unsaved requirements
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setTreeHeaderState(m_tree->header()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    placeIntegrationList();
    // Narrow windows (half a screen) put the summary and details below the tree, which then
    // has the whole width for its columns.
    const Qt::Orientation wanted = width() < kSidePanelBesideFrom ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    m_infoLayout->setDirection(wanted == Qt::Vertical ? QBoxLayout::LeftToRight
                                                      : QBoxLayout::TopToBottom);
    // Most of the room for the tree, shared out once the splitter has been laid out anew.
    QTimer::singleShot(0, this, [this] {
        const bool below = m_splitter->orientation() == Qt::Vertical;
        const int length = below ? m_splitter->height() : m_splitter->width();
        const int tree = below ? length * 2 / 3 : length * 3 / 4;
        m_splitter->setSizes({tree, length - tree});
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Themes that set no placeholder colour leave Qt's near-black one on a dark base.
        const QColor placeholder = palette().color(QPalette::PlaceholderText);
        if (const QColor fixed = readable(placeholder, palette()); fixed != placeholder) {
            QPalette readablePalette = palette();
            readablePalette.setColor(QPalette::PlaceholderText, fixed);
            setPalette(readablePalette); // comes back here once, then reads
            return;
        }
        m_model->setPalette(palette());
        m_filterBar->updateColours(palette());
        m_summary->updateColours(palette());
        m_details->showIndex(m_tree->currentIndex());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if ((!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), isJsonFile)) ||
        (urls.size() == 1 && isRequirementsFile(urls.first())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isRequirementsFile(urls.first())) {
        event->acceptProposedAction();
        m_requirementsEditor->openAsked(urls.first().toLocalFile());
        return;
    }
    if (urls.isEmpty() || !std::all_of(urls.cbegin(), urls.cend(), isJsonFile))
        return;
    event->acceptProposedAction();
    QStringList paths;
    for (const QUrl &url : urls)
        paths.append(url.toLocalFile());
    loadFiles(paths);
}

// Several integrations (SPEC §8) ---------------------------------------------------------------

QWidget *MainWindow::createWorkArea(QWidget *coverage)
{
    // Coverage (the tree of the one shown) and Compare (all of them) as tabs; the list of open
    // integrations beside both, in a splitter the person can narrow or close.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(coverage, tr("Coverage"));
    m_views->addTab(m_compare, tr("Compare"));
    m_views->setTabToolTip(1, tr("All open integrations side by side (Ctrl+M)"));
    connect(m_compare, &CompareView::exported, this, [this](const QString &message) {
        m_message->showMessage(MessageBanner::Kind::Info, message);
    });
    connect(m_compare, &CompareView::exportFailed, this, &MainWindow::showFailure);
    connect(m_list, &IntegrationList::showRequested, this, &MainWindow::showOpenIntegration);
    connect(m_list, &IntegrationList::reloadRequested, this, &MainWindow::reloadIntegration);
    connect(m_list, &IntegrationList::closeRequested, this, &MainWindow::closeIntegration);
    connect(m_list, &IntegrationList::reloadAllRequested, this, &MainWindow::reloadAll);

    m_listSplitter = new QSplitter(Qt::Horizontal, this);
    m_listSplitter->setObjectName(QStringLiteral("listSplitter"));
    m_listSplitter->addWidget(m_list);
    m_listSplitter->addWidget(m_views);
    m_listSplitter->setStretchFactor(0, 0);
    m_listSplitter->setStretchFactor(1, 1);
    m_listSplitter->setCollapsible(1, false);
    m_listSplitter->setSizes({220, 1000});
    updateOpenIntegrations();
    return m_listSplitter;
}

void MainWindow::createSeveralIntegrationsActions(QMenu *integration)
{
    integration->addSeparator();
    integration->addAction(tr("Open several &IDs…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                           [this] { loadIntegrations(m_dialogs.integrationIds(this)); });
    addAction(integration->addAction(tr("Reload &all"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this,
                                     &MainWindow::reloadAll));
    addAction(integration->addAction(tr("C&lose integration"), QKeySequence(Qt::CTRL | Qt::Key_W), this, [this] {
        if (const int row = m_open->find(m_source, m_location); row >= 0 && m_current)
            closeIntegration(row);
    }));

    auto *view = new QMenu(tr("&View"), this);
    QAction *compare = view->addAction(tr("&Compare integrations"));
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    compare->setCheckable(true);
    addAction(compare); // works while the menu bar is hidden too
    connect(compare, &QAction::toggled, this, [this](bool on) {
        m_views->setCurrentIndex(on ? 1 : 0);
        if (on)
            m_compare->focusSearch();
    });
    connect(m_views, &QTabWidget::currentChanged, compare,
            [compare](int index) { compare->setChecked(index == 1); });
    menuBar()->insertMenu(integration->menuAction(), view); // before Integration and Help
}

int MainWindow::record(const LoadResult &result, Source source, const QString &location)
{
    int row = m_open->find(source, location);
    if (row < 0)
        row = m_open->open(source, location);
    if (const Failure *failure = result.failure())
        m_open->setFailed(row, *failure);
    else
        m_open->setLoaded(row, result.value());
    return row; // the callers update the list once they know what is shown
}

bool MainWindow::isShown(Source source, const QString &location) const
{
    return m_current && m_source == source && m_location == location;
}

bool MainWindow::loadFiles(const QStringList &paths)
{
    if (paths.size() == 1)
        return loadFile(paths.first());
    int firstLoaded = -1;
    int failures = 0;
    for (const QString &path : paths) {
        if (openResponseFile(path, Show::InPlace)) {
            if (firstLoaded < 0)
                firstLoaded = m_open->find(Source::File, QFileInfo(path).absoluteFilePath());
        } else {
            ++failures;
        }
    }
    if (firstLoaded >= 0) {
        m_message->hide();
        showEntry(firstLoaded);
    }
    if (failures > 0) {
        m_message->showMessage(
            MessageBanner::Kind::Warning,
            tr("%n file(s) could not be opened: the list marks them and says why when you point "
               "at one.",
               nullptr, failures));
    }
    return firstLoaded >= 0;
}

void MainWindow::updateLoadStatus()
{
    const QStringList loading = m_loader.loadingIds();
    if (loading.size() == 1)
        m_loadBar->setStatus(tr("Loading %1…").arg(oneLine(loading.first(), kMaxLabelChars)));
    else if (loading.size() > 1)
        m_loadBar->setStatus(tr("Loading %n integration(s)…", nullptr, int(loading.size())));
}

void MainWindow::cancelLoads()
{
    const int loading = m_loader.count();
    const QScopedValueRollback<bool> oneMessage(m_cancellingAll, loading > 1);
    m_loader.cancelAll();
    if (loading > 1) {
        m_message->showMessage(MessageBanner::Kind::Info,
                               tr("Loading %n integration(s) was cancelled.", nullptr, loading) +
                                   (m_current ? QLatin1Char(' ') + stillShowing() : QString()));
    }
}

void MainWindow::showOpenIntegration(int row)
{
    const OpenIntegrations::Entry &entry = m_open->entry(row);
    if (entry.loaded && !isShown(entry.source, entry.location)) {
        m_message->hide();
        showEntry(row);
    }
    // Its last failure, beside what is shown (its older value, or the one shown before).
    if (entry.failure) {
        showFailure(couldNotLoad(entry.source, entry.location), *entry.failure);
    }
}

void MainWindow::reloadIntegration(int row)
{
    // Reloading one entry is asking to see it: it is shown once it loads.
    const OpenIntegrations::Entry entry = m_open->entry(row);
    switch (entry.source) {
    case Source::Api:
        startLoads({entry.location}, true);
        break;
    case Source::File:
        openResponseFile(entry.location, Show::Now);
        break;
    case Source::Demo:
        loadDemo();
        break;
    case Source::None:
        break;
    }
}

void MainWindow::reloadAll()
{
    // Files at once, API loads through the loader, four at a time; nothing switches the view.
    QStringList ids;
    for (int row = 0; row < m_open->count(); ++row) {
        const OpenIntegrations::Entry &entry = m_open->entry(row);
        if (entry.source == Source::Api)
            ids.append(entry.location);
        else if (entry.source == Source::File)
            openResponseFile(entry.location, Show::InPlace);
    }
    startLoads(ids, false);
}

void MainWindow::closeIntegration(int row)
{
    const OpenIntegrations::Entry entry = m_open->entry(row);
    if (entry.source == Source::Api && m_loader.isLoading(entry.location)) {
        m_loader.drop(entry.location);
        if (m_loader.count() == 0)
            m_loadBar->setBusy(false);
        updateLoadStatus();
    }
    const bool wasShown = isShown(entry.source, entry.location);
    if (entry.failure && !wasShown)
        m_message->hide(); // it may be telling of this entry's failure
    m_open->remove(row);
    if (wasShown) {
        // The next one that has loaded, else the one before, else nothing.
        int next = -1;
        for (int other = row; other < m_open->count() && next < 0; ++other) {
            if (m_open->entry(other).loaded)
                next = other;
        }
        for (int other = row - 1; other >= 0 && next < 0; --other) {
            if (m_open->entry(other).loaded)
                next = other;
        }
        if (next >= 0) {
            showEntry(next);
        } else {
            m_current.reset();
            m_source = Source::None;
            m_location.clear();
            m_model->setIntegration(nullptr);
            m_header->hide();
            showContent(false);
            setWindowTitle(tr("Kombo Coverage"));
            for (QAction *action : {m_saveAction, m_exportAction, m_reloadAction})
                action->setEnabled(false);
        }
    }
    updateOpenIntegrations();
}

void MainWindow::updateOpenIntegrations()
{
    if (!m_views)
        return; // still being built
    // One integration looks as it always did; the list and the tabs come with the second.
    const bool several = m_open->count() > 1 || (m_open->count() == 1 && !m_current);
    if (m_list->isHidden() == several) {
        m_list->setVisible(several);
        m_views->tabBar()->setVisible(several);
        m_listSplitter->updateGeometry(); // a splitter does not say so when a child hides
    }
    m_list->setCurrentRow(m_current ? m_open->find(m_source, m_location) : -1);
    m_compare->setIntegrations(m_open->loadedIntegrations());
    showReadinessInList();

    // Each tool's icon once, for the list and the compare view's headers.
    const qreal ratio = devicePixelRatioF();
    for (int row = 0; row < m_open->count(); ++row) {
        const OpenIntegrations::Entry &entry = m_open->entry(row);
        if (!entry.loaded || entry.source == Source::Demo)
            continue;
        const QString &iconUrl = entry.loaded->integration->tool.iconUrl;
        const QUrl url(iconUrl);
        if (iconUrl.isEmpty() || m_iconRequests.contains(url))
            continue;
        m_iconRequests.insert(url, iconUrl);
        m_logos.load(url, QSize(kWindowIconSize, kWindowIconSize) * ratio);
    }
}

void MainWindow::showReadinessInList()
{
    // Each open integration's readiness under the open requirements (SPEC §8), on its entry.
    if (!m_requirementsEditor)
        return; // the list is built before the requirements: nothing open yet
    // The compare view's headers say the same, one per loaded integration, in list order.
    const OpenRequirements &requirements = m_requirementsEditor->requirements();
    QStringList columnNotes;
    for (int row = 0; row < m_open->count(); ++row) {
        const OpenIntegrations::Entry &entry = m_open->entry(row);
        if (!requirements.isActive() || !entry.loaded) {
            m_open->setStatus(row, {});
            if (entry.loaded)
                columnNotes.append(QString());
            continue;
        }
        const Readiness readiness = requirements.readinessOf(*entry.loaded->integration);
        const QString text = (readiness.ready() ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 ")) +
                             tr("%1 of %Ln required met", nullptr, readiness.required)
                                 .arg(readiness.requiredMet);
        m_open->setStatus(row, text,
                          tr("%1 of %Ln optional met", nullptr, readiness.optional)
                              .arg(readiness.optionalMet));
        // A column header is narrow: the counts only ("✖ 3/5 required").
        columnNotes.append(text.left(2) + tr("%1/%2 required")
                                              .arg(readiness.requiredMet)
                                              .arg(readiness.required));
    }
    m_compare->model().setColumnNotes(columnNotes);
}

void MainWindow::placeIntegrationList()
{
    // Beside the views in a wide window; above them, a few rows high, in a narrow one, where
    // the tree needs the whole width.
    const Qt::Orientation wanted = width() < kSidePanelBesideFrom ? Qt::Vertical : Qt::Horizontal;
    if (!m_listSplitter || m_listSplitter->orientation() == wanted)
        return;
    m_listSplitter->setOrientation(wanted);
    QTimer::singleShot(0, this, [this] {
        const bool above = m_listSplitter->orientation() == Qt::Vertical;
        const int length = above ? m_listSplitter->height() : m_listSplitter->width();
        const int list = above ? std::min(150, length / 4) : std::min(260, length / 5);
        m_listSplitter->setSizes({list, length - list});
    });
}

void MainWindow::toolIconLoaded(const QUrl &url, const QImage &image)
{
    const auto request = m_iconRequests.constFind(url);
    if (request == m_iconRequests.cend())
        return;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_icons.setIcon(*request, QIcon(pixmap));
}

Result<void> MainWindow::openRequirements(const QString &path)
{
    return m_requirementsEditor->open(path);
}

OpenRequirements &MainWindow::requirements()
{
    return m_requirementsEditor->requirements();
}

} // namespace kombo
