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
#include "ui/coveragebardelegate.h"
#include "ui/detailspane.h"
#include "ui/dialogs.h"
#include "ui/filterbar.h"
#include "ui/integrationheader.h"
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
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Kombo Coverage") + QStringLiteral("[*]")); // [*]: unsaved requirements
    setWindowIcon(QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")));
    setAcceptDrops(true);
    setCentralWidget(createCentralWidget());
    connect(&m_keys, &ApiKeyStore::changed, this, &MainWindow::showKeyState);
    m_requirementsEditor = new RequirementsEditor(
        m_dialogs, m_settings, {this, m_model, m_tree, m_filterBar, m_readiness, m_message});
    connect(&m_requirementsEditor->requirements(), &OpenRequirements::changed, this,
            [this] { m_details->showIndex(m_tree->currentIndex()); });
    createActions();
    createMenus();

    connect(&m_logos, &LogoLoader::loaded, this, &MainWindow::logoLoaded);
    connect(&m_logos, &LogoLoader::failed, this, &MainWindow::logoFailed);
    connect(&m_loader, &IntegrationLoader::retrying, this, &MainWindow::showRetry);
    connect(&m_loader, &IntegrationLoader::finished, this, &MainWindow::loadingFinished);
    m_retryCountdown.setInterval(1000);
    connect(&m_retryCountdown, &QTimer::timeout, this, [this] {
        m_retrySecondsLeft = std::max(0, m_retrySecondsLeft - 1);
        showRetryCountdown();
    });

    m_loadBar->setRecentIds(m_settings.recentIds());
    m_loadBar->setBaseUrl(m_settings.baseUrl());
    connect(m_loadBar, &LoadBar::loadRequested, this, &MainWindow::loadFromLoadBar);
    connect(m_loadBar, &LoadBar::cancelRequested, &m_loader, &IntegrationLoader::cancel);
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

MainWindow::~MainWindow() = default;

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
    m_infoLayout->addWidget(titled(tr("<b>History</b>"), createHistoryPanel()), 1);
    m_readiness = new ReadinessPanel(this);
    m_infoLayout->addWidget(titled(tr("<b>Requirements</b>"), m_readiness), 1);
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
    layout->addWidget(m_splitter, 1);
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
    connect(m_cancelAction, &QAction::triggered, &m_loader, &IntegrationLoader::cancel);
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
    const QString name = QFileInfo(path).fileName();
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    auto bytes = readResponseFile(path);
    if (const Failure *failure = bytes.failure()) {
        showFailure(tr("Could not open %1:").arg(name), *failure);
        emit loadFinished(failure->exitCode());
        return false;
    }
    const bool shown =
        showLoaded(toLoadedIntegration(std::move(bytes).value(), name), Source::File, path);
    if (shown)
        m_settings.addRecentFile(QFileInfo(path).absoluteFilePath());
    return shown;
}

bool MainWindow::loadDemo()
{
    return showLoaded(toLoadedIntegration(demoResponse(), QStringLiteral("demo")), Source::Demo,
                      {});
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

bool MainWindow::showLoaded(LoadResult result, Source source, const QString &location)
{
    if (const Failure *failure = result.failure()) {
        const QString what =
            source == Source::Api ? tr("Could not load %1:").arg(oneLine(location, kMaxLabelChars))
            : source == Source::Demo ? tr("Could not open the demo:")
                                     : tr("Could not open %1:").arg(QFileInfo(location).fileName());
        showFailure(what, *failure);
        emit loadFinished(failure->exitCode());
        return false;
    }
    if (!m_current || m_current->integration->id != result.value().integration->id)
        m_openModels.clear(); // another integration: the models opened were the other one's
    m_current = std::move(result).value();
    showContent(true);
    m_source = source;
    m_location = location;
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
    emit loadFinished(0);
    return true;
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
        !m_loadingId.isEmpty() || m_keys.keychainProblem() == m_keyNotice)
        return;
    m_keyNotice = m_keys.keychainProblem();
    m_message->showMessage(MessageBanner::Kind::Warning, m_keyNotice);
}

void MainWindow::loadFromLoadBar()
{
    const QString id = m_loadBar->integrationId();
    if (id.isEmpty()) {
        m_loadBar->focusIdBox();
        return;
    }
    loadIntegration(id);
}

void MainWindow::loadIntegration(const QString &integrationId)
{
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
    m_loadingId = integrationId;
    m_loadBar->setIntegrationId(integrationId);
    m_loadBar->setBusy(true);
    m_loadBar->setStatus(tr("Loading %1…").arg(oneLine(integrationId, kMaxLabelChars)));
    m_loader.load(baseUrl.value(), *key, integrationId);
}

void MainWindow::showRetry(int retry, std::chrono::milliseconds delay, const QString &reason)
{
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

void MainWindow::loadingFinished(const LoadResult &result)
{
    m_retryCountdown.stop();
    m_loadBar->setBusy(false);
    const QString id = std::exchange(m_loadingId, QString());
    const Failure *failure = result.failure();
    if (failure && failure->kind == FailureKind::Cancelled) {
        m_message->showMessage(
            MessageBanner::Kind::Info,
            tr("Loading %1 was cancelled.").arg(oneLine(id, kMaxLabelChars)) +
                (m_current ? QLatin1Char(' ') + stillShowing() : QString()));
        emit loadFinished(failure->exitCode());
        return;
    }
    const bool shown = showLoaded(result, Source::Api, id);
    if (failure && failure->rejectsApiKey())
        m_message->offerAction(tr("Settings…"), [this] { showSettings(); });
    else if (shown)
        showKeyState();
    if (shown) {
        m_settings.addRecentId(id);
        m_loadBar->setRecentIds(m_settings.recentIds());
        keepShownSnapshot();
    }
}

void MainWindow::openFile()
{
    const QString path = m_dialogs.openResponsePath(this, m_settings.lastFolder());
    if (!path.isEmpty())
        loadFile(path);
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
    switch (m_source) {
    case Source::Api:
        loadIntegration(m_location);
        break;
    case Source::File:
        loadFile(m_location);
        break;
    case Source::Demo:
        loadDemo();
        break;
    case Source::None:
        break;
    }
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
    if (urls.size() == 1 && (isJsonFile(urls.first()) || isRequirementsFile(urls.first())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isJsonFile(urls.first())) {
        event->acceptProposedAction();
        loadFile(urls.first().toLocalFile());
    } else if (urls.size() == 1 && isRequirementsFile(urls.first())) {
        event->acceptProposedAction();
        m_requirementsEditor->openAsked(urls.first().toLocalFile());
    }
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
